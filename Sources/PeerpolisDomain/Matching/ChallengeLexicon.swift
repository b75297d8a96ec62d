/// Reads a challenge written in plain words (English, French, Spanish, Italian, German, Portuguese)
/// as theme slugs, and keeps the words that led to each theme so the answer can show them.
///
/// Terms are matched accent- and case-insensitively. A term ending in `*` is a stem and matches any
/// word it starts (`cycl*` matches "cycling", "cyclistes"); other words also match their common plural
/// endings (`-s`, `-es`, `-x`, `-e`, `-n`, `-en`). A term of several words ("school street",
/// "rues scolaires") matches those words in a row. At each position the most specific match wins (most
/// words, then most letters), so "school streets" reads as school streets and not also as schools.
public struct ChallengeLexicon: Sendable {
    struct Term: Sendable {
        var words: [String]
        var stems: [Bool]
        var slug: String
    }

    /// Terms by their first word's first letter, so a position is tried against few terms.
    let termsByInitial: [Character: [Term]]

    /// Every theme slug the lexicon can produce.
    public let slugs: Set<String>

    /// A lexicon over `vocabulary` (slug → terms); by default the built-in six-language vocabulary.
    public init(vocabulary: [String: [String]] = ChallengeLexicon.builtInVocabulary) {
        var terms: [Term] = []
        for (slug, entries) in vocabulary {
            for entry in entries {
                let words = ChallengeLexicon.words(in: entry).map(\.folded)
                guard !words.isEmpty else { continue }
                let stems = words.map { $0.hasSuffix("*") }
                terms.append(Term(words: words.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 },
                                  stems: stems, slug: slug))
            }
        }
        // By slug, so the order of themes found at one position does not depend on dictionary order.
        terms.sort { ($0.slug, $0.words.joined(separator: " ")) < ($1.slug, $1.words.joined(separator: " ")) }
        termsByInitial = Dictionary(grouping: terms) { $0.words[0].first ?? " " }
        slugs = Set(vocabulary.keys)
    }

    /// The themes a text points at, in the order they first appear, each with the words (as written) that led to it.
    public func interpret(_ text: String) -> [InterpretedTheme] {
        let tokens = ChallengeLexicon.words(in: text)
        var found: [String: [String]] = [:]
        var order: [String] = []
        var position = 0
        while position < tokens.count {
            // The most specific terms win: more words first, then more letters, so "school streets"
            // beats "school*" and "Jugendarbeitslosigkeit" beats "jugend*".
            var best: [Term] = []
            var bestKey = (0, 0)
            for term in termsByInitial[tokens[position].folded.first ?? " "] ?? [] where matches(term, tokens, at: position) {
                let key = (term.words.count, term.words.reduce(0) { $0 + $1.count })
                if key > bestKey { best = [term]; bestKey = key } else if key == bestKey { best.append(term) }
            }
            let matched = bestKey.0
            for term in best {
                let phrase = tokens[position..<(position + matched)].map(\.original).joined(separator: " ")
                if found[term.slug] == nil { order.append(term.slug) }
                if !(found[term.slug]?.contains(phrase) ?? false) { found[term.slug, default: []].append(phrase) }
            }
            position += max(matched, 1)
        }
        return order.map { InterpretedTheme(slug: $0, words: found[$0]!) }
    }

    private static let pluralEndings = ["s", "es", "x", "e", "n", "en"]

    private func matches(_ term: Term, _ tokens: [(original: String, folded: String)], at start: Int) -> Bool {
        guard start + term.words.count <= tokens.count else { return false }
        for (offset, word) in term.words.enumerated() {
            let token = tokens[start + offset].folded
            if term.stems[offset] {
                guard token.hasPrefix(word) else { return false }
            } else if token != word {
                guard token.hasPrefix(word),
                      ChallengeLexicon.pluralEndings.contains(String(token.dropFirst(word.count))) else { return false }
            }
        }
        return true
    }

    /// Splits text into words (letters, digits and the stem mark `*`), each with its folded form:
    /// accents removed, lower case. Apostrophes and hyphens split words ("l'école", "co-creation").
    static func words(in text: String) -> [(original: String, folded: String)] {
        var result: [(String, String)] = []
        var current = ""
        func flush() {
            guard !current.isEmpty else { return }
            let folded = ASCIIFolding.fold(current).lowercased().filter { !$0.isWhitespace }
            if !folded.isEmpty { result.append((current, folded)) }
            current = ""
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "*" { current.append(character) } else { flush() }
        }
        flush()
        return result
    }
}
