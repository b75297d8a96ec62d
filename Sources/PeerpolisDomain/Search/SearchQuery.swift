import Foundation

/// A search as a person typed it, parsed into terms the engines can match safely.
///
/// The grammar is small and forgiving: words, `"quoted phrases"`, `-word` or `-"phrase"` to exclude, and
/// `word*` for a prefix. Everything else (FTS operators, brackets, colons, carets, control characters) is
/// treated as a separator, so no input can reach an engine as syntax. Terms are folded to lowercase ASCII,
/// which makes matching accent-insensitive both ways ("malmo" finds Malmö, "São Paulo" finds Sao Paulo).
public struct SearchQuery: Sendable, Hashable {
    public struct Term: Sendable, Hashable {
        /// Folded words; more than one for a phrase.
        public var words: [String]
        public var isPrefix: Bool
        public var isExcluded: Bool

        public var isPhrase: Bool { words.count > 1 }
    }

    /// The longest input read; the rest is ignored (a search box has no use for more).
    public static let maximumLength = 500
    /// At most this many terms are used.
    public static let maximumTerms = 12
    /// Longer words are cut: no word in any language of the field is this long.
    public static let maximumWordLength = 40

    public var terms: [Term]
    /// The input as read (trimmed, cut to `maximumLength`), for display.
    public var text: String

    /// Terms that must match; a query made only of exclusions matches nothing.
    public var included: [Term] { terms.filter { !$0.isExcluded } }
    public var excluded: [Term] { terms.filter(\.isExcluded) }
    public var isEmpty: Bool { included.isEmpty }

    public init(_ input: String) {
        let cut = String(input.prefix(Self.maximumLength))
        text = cut.trimmingCharacters(in: .whitespacesAndNewlines)
        terms = Self.parse(cut)
    }

    static func parse(_ input: String) -> [Term] {
        var terms: [Term] = []
        var characters = Array(input)
        var index = 0
        // Drop control characters up front: they can only come from a broken client or a probe.
        characters.removeAll { $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control || $0.properties.generalCategory == .format } }
        while index < characters.count, terms.count < maximumTerms {
            var excluded = false
            if characters[index] == "-", index + 1 < characters.count, characters[index + 1] == "\"" || isWordCharacter(characters[index + 1]),
               index == 0 || !isWordCharacter(characters[index - 1]) {
                excluded = true
                index += 1
            }
            if characters[index] == "\"" {
                var end = index + 1
                while end < characters.count, characters[end] != "\"" { end += 1 }
                let words = words(in: String(characters[(index + 1)..<min(end, characters.count)]))
                if !words.isEmpty { terms.append(Term(words: Array(words.prefix(8)), isPrefix: false, isExcluded: excluded)) }
                index = end + 1
                continue
            }
            guard isWordCharacter(characters[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
            let isPrefix = end < characters.count && characters[end] == "*"
            // Letters that fold to more than one word (rare) split; only the last piece keeps the star.
            let pieces = words(in: String(characters[index..<end]))
            for (position, word) in pieces.enumerated() {
                terms.append(Term(words: [word], isPrefix: isPrefix && position == pieces.count - 1, isExcluded: excluded))
            }
            index = end + (isPrefix ? 1 : 0)
        }
        return Array(terms.prefix(maximumTerms))
    }

    /// Splits text into folded, lowercased ASCII words of letters and digits.
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        // Folded text is ASCII: work on bytes, lowercasing as we go.
        for byte in ASCIIFolding.fold(text).utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if current.count < maximumWordLength { current.append(lower) }
            } else if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }
}
