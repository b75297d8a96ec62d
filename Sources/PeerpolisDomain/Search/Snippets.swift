/// Search snippets: a short fragment of a document's own text with the query's words marked.
///
/// They are made here, in Swift, rather than by the engines, so SQLite and PostgreSQL show the same snippet for the
/// same document, and because it is far cheaper: FTS5's `snippet()` and PostgreSQL's `ts_headline` took 1.5–13 ms
/// for a page of 20 rows, where this takes microseconds per document.
///
/// What is matched, term by term (a query's terms need not sit together):
/// - a word of a term matches a text word when their Porter stems are equal, as FTS5's `porter` tokenizer sees them
///   ("streets" marks "Street"), the text word first folded the way queries are: accents to ASCII, lowercase,
///   cut to `SearchQuery.maximumWordLength` ("malmo" marks "Malmö");
/// - the last word of a prefix term (`inter*`) matches text words whose folded form starts with it, unstemmed;
/// - a phrase matches only as consecutive text words in order, and then all of them are marked;
/// - excluded terms mark nothing.
///
/// Words are runs of letters and digits, with the combining marks that follow them, so text is split as
/// `Character.isLetter || isNumber` would split it. A text word that folds to several ASCII pieces (a letter with no
/// ASCII form in its middle, as in "abcΩdef") is matched by its first piece only.
public enum Snippets {
    /// Returns about `length` words of the first of `fields` (the caller's order of preference) whose best window
    /// holds the most distinct included terms, with each matched word between `SearchHit.markStart` and `markEnd`.
    ///
    /// Within a field, the earliest window with the most terms wins, then moves so its marked words sit in the
    /// middle (it keeps every term it held), so a lone match is not shown as the last word. The text between the
    /// window's first and last word is kept as written, without any marker characters it held; "…" stands before a
    /// window that does not start the field and after one that does not end it. With no match anywhere, the first
    /// `length` words of the first field that has words come unmarked; with no words at all, "".
    public static func snippet(fields: [String], query: SearchQuery, length: Int = 18) -> String {
        let length = max(1, length)
        let words = QueryWords(query)
        var fallback: ScannedField?
        var best: (field: ScannedField, window: Window)?
        for text in fields {
            let field = ScannedField(text, matching: words)
            guard field.wordCount > 0 else { continue }
            if fallback == nil { fallback = field }
            if let window = field.bestWindow(for: words, length: length), window.score > best?.window.score ?? 0 {
                best = (field, window)
                // No later field can hold more terms, and ties go to the earlier one: the body need not be read.
                if window.score == words.terms.count { break }
            }
        }
        if let best { return best.field.render(best.window) }
        guard let fallback else { return "" }
        return fallback.render(Window(start: 0, end: min(length, fallback.wordCount), score: 0, marked: []))
    }
}

/// The query's included terms as byte strings to compare text words with.
struct QueryWords {
    /// One distinct word to look for: a stem, or a prefix as typed.
    struct Matcher {
        var letters: [UInt8]
        var isPrefix: Bool
        /// The first (up to) three letters of a stem, "y" read as "i", packed. Stemming keeps all but the last two
        /// letters of a stem as they were in the word (checked over 370,000 words against FTS5), and a final "y"
        /// it turns to "i": so a text word whose first three letters, or whose letters before the stem's last
        /// two, differ from the stem's cannot stem to it. Checking that first means almost no text word is stemmed.
        var key: UInt32
        var keyLength: Int
    }

    /// A text word's match is a bit per matcher, so only the first 64 distinct words of a query are looked for
    /// (12 terms of short phrases stay far below); a term needing another is left unmarked.
    static let maximumMatchers = 64

    var matchers: [Matcher] = []
    /// Each term's matchers, word by word.
    var terms: [[Int]] = []
    /// The first letters of all matchers, a bit each (see `letterBit`), to pass over most text words at once.
    var firstLetters: UInt64 = 0

    init(_ query: SearchQuery) {
        for term in query.terms where !term.isExcluded && !term.words.isEmpty {
            var indices: [Int] = []
            for (position, word) in term.words.enumerated() where !word.isEmpty {
                let isPrefix = term.isPrefix && position == term.words.count - 1
                var letters = Array(word.utf8)
                if !isPrefix { PorterStemmer.stem(&letters) }
                if let index = matchers.firstIndex(where: { $0.letters == letters && $0.isPrefix == isPrefix }) {
                    indices.append(index)
                } else {
                    let keyLength = min(3, letters.count)
                    let key = Self.key(letters, length: keyLength)
                    matchers.append(Matcher(letters: letters, isPrefix: isPrefix, key: key, keyLength: keyLength))
                    firstLetters |= Self.letterBit(letters[0])
                    indices.append(matchers.count - 1)
                }
            }
            if indices.count == term.words.count, indices.allSatisfy({ $0 < Self.maximumMatchers }) {
                terms.append(indices)
            }
        }
    }

    /// Buffers reused from word to word, so matching allocates nothing per word.
    struct Scratch {
        /// A non-ASCII word folded (an ASCII word is read in place).
        var folded: [UInt8] = []
        var stem: [UInt8] = []
        /// What words of up to eight letters that needed stemming matched, by the word packed into an integer, in
        /// 16 slots: candidates repeat ("the", "city"), and a stem costs about 100 ns.
        var knownWords: [UInt64] = []
        var knownMatches: [UInt64] = []
    }

    /// The matchers the text word `word` (a range of `bytes`) satisfies, a bit each.
    func matches(_ word: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool,
                 scratch: inout Scratch) -> UInt64 {
        if isASCII {
            guard firstLetters & Self.letterBit(bytes[word.lowerBound] | 0x20) != 0 else { return 0 }
            let letters = UnsafeBufferPointer(rebasing: bytes[word.prefix(SearchQuery.maximumWordLength)])
            return matches(letters, scratch: &scratch)
        }
        var folded = scratch.folded
        scratch.folded = []
        defer { scratch.folded = folded }
        folded.removeAll(keepingCapacity: true)
        ScalarFolding.foldFirstPiece(word, of: bytes, into: &folded, firstLetters: firstLetters)
        guard !folded.isEmpty else { return 0 }
        return folded.withUnsafeBufferPointer { matches($0, scratch: &scratch) }
    }

    /// `letters` are ASCII letters and digits, read lowercased: setting bit 0x20 lowercases a letter and leaves a
    /// digit as it is.
    private func matches(_ letters: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> UInt64 {
        var packed: UInt64 = 0
        if letters.count <= 8 { for letter in letters { packed = packed << 8 | UInt64(letter | 0x20) } }
        let slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 60)
        if packed != 0, !scratch.knownWords.isEmpty, scratch.knownWords[slot] == packed {
            return scratch.knownMatches[slot]
        }
        let key = Self.key(letters, length: 3)
        var found: UInt64 = 0
        var isStemmed = false
        for index in 0..<min(matchers.count, Self.maximumMatchers) {
            let expected = matchers[index].letters
            if matchers[index].isPrefix {
                if letters.count >= expected.count,
                   expected.indices.allSatisfy({ letters[$0] | 0x20 == expected[$0] }) {
                    found |= 1 << UInt64(index)
                }
                continue
            }
            let shift = UInt32(8 * (3 - matchers[index].keyLength))
            guard letters.count >= matchers[index].keyLength, key >> shift == matchers[index].key >> shift,
                  letters.count >= expected.count - 2,
                  (3..<max(3, expected.count - 2)).allSatisfy({ letters[$0] | 0x20 == expected[$0] }) else { continue }
            if !isStemmed {
                scratch.stem.removeAll(keepingCapacity: true)
                for letter in letters { scratch.stem.append(letter | 0x20) }
                PorterStemmer.stem(&scratch.stem)
                isStemmed = true
            }
            if scratch.stem == expected { found |= 1 << UInt64(index) }
        }
        if isStemmed && packed != 0 {
            if scratch.knownWords.isEmpty {
                scratch.knownWords = Array(repeating: 0, count: 16)
                scratch.knownMatches = Array(repeating: 0, count: 16)
            }
            scratch.knownWords[slot] = packed
            scratch.knownMatches[slot] = found
        }
        return found
    }

    /// The first `length` (at most three) letters lowercased and packed into the low three bytes, "y" as "i",
    /// zero where there are none.
    static func key(_ letters: some Collection<UInt8>, length: Int) -> UInt32 {
        var key: UInt32 = 0
        var count = 0
        for letter in letters.prefix(min(length, 3)) {
            let lowercased = letter | 0x20
            key = key << 8 | UInt32(lowercased == UInt8(ascii: "y") ? UInt8(ascii: "i") : lowercased)
            count += 1
        }
        return key << UInt32(8 * (3 - count))
    }

    /// One bit for each of a–z and 0–9; none for anything else.
    static func letterBit(_ byte: UInt8) -> UInt64 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): 1 << UInt64(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1 << UInt64(26 + byte - UInt8(ascii: "0"))
        default: 0
        }
    }
}

/// The words shown: `start..<end` of a field's words, and which of the field's words are marked.
private struct Window {
    var start: Int
    var end: Int
    /// How many distinct terms the window holds.
    var score: Int
    /// Indexed by word; empty when nothing is marked.
    var marked: [Bool]
}

/// One field split into words, with the query words each matched.
private struct ScannedField {
    struct Hit {
        var word: Int
        var matchers: UInt64
    }

    var text: String
    /// Each word's first and end byte offsets in the UTF-8 text, in pairs.
    var bounds: [Int] = []
    /// The words that matched some query word, in order.
    var hits: [Hit] = []

    var wordCount: Int { bounds.count / 2 }

    init(_ text: String, matching query: QueryWords) {
        self.text = text
        var contiguous = text
        (bounds, hits) = contiguous.withUTF8 { Self.scan($0, matching: query) }
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, matching query: QueryWords) -> ([Int], [Hit]) {
        var bounds: [Int] = []
        bounds.reserveCapacity(bytes.count / 3)
        var hits: [Hit] = []
        var scratch = QueryWords.Scratch()
        var wordStart = -1
        var wordIsASCII = true
        func endWord(at end: Int) {
            guard wordStart >= 0 else { return }
            bounds.append(wordStart)
            bounds.append(end)
            if !query.terms.isEmpty {
                let found = query.matches(wordStart..<end, in: bytes, isASCII: wordIsASCII, scratch: &scratch)
                if found != 0 { hits.append(Hit(word: bounds.count / 2 - 1, matchers: found)) }
            }
            wordStart = -1
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                // Most text is ASCII: read it without decoding, and the rest of a word's ASCII letters in one run.
                guard ScalarFolding.isASCIILetterOrDigit(byte) else {
                    // A marker is read as absent, as the index drops it: it neither ends a word nor begins one.
                    if ScalarFolding.isMarker(byte) {
                        wordIsASCII = false
                    } else {
                        endWord(at: index)
                    }
                    index += 1
                    continue
                }
                if wordStart < 0 {
                    wordStart = index
                    wordIsASCII = true
                }
                index += 1
                while index < bytes.count, ScalarFolding.isASCIILetterOrDigit(bytes[index]) { index += 1 }
                continue
            }
            let (value, width) = ScalarFolding.decode(bytes, at: index)
            switch ScalarFolding.kind(of: value) {
            case .letterOrDigit:
                if wordStart < 0 { wordStart = index }
                wordIsASCII = false
            case .mark:
                wordIsASCII = false
            case .separator:
                endWord(at: index)
            }
            index += width
        }
        endWord(at: bytes.count)
        return (bounds, hits)
    }

    /// The earliest window of `length` words holding the most distinct terms, centred on its marked words; nil
    /// when no term occurs.
    func bestWindow(for query: QueryWords, length: Int) -> Window? {
        guard !hits.isEmpty else { return nil }
        let windowCount = max(1, wordCount - length + 1)
        var scores = [Int](repeating: 0, count: windowCount)
        var marked = [Bool](repeating: false, count: wordCount)
        for term in query.terms {
            // A window counts an occurrence it holds whole (a phrase longer than the window: its first words).
            let span = min(term.count, length)
            var countedThrough = -1
            forEachOccurrence(of: term) { start in
                for word in start..<(start + term.count) { marked[word] = true }
                let first = max(start + span - length, countedThrough + 1, 0), last = min(start, windowCount - 1)
                guard first <= last else { return }
                for window in first...last { scores[window] += 1 }
                countedThrough = last
            }
        }
        var best = 0
        for window in scores.indices where scores[window] > scores[best] { best = window }
        let shown = best..<min(best + length, wordCount)
        guard scores[best] > 0, let firstMarked = shown.first(where: { marked[$0] }),
              let lastMarked = shown.last(where: { marked[$0] }) else { return nil }
        let slack = length - (lastMarked - firstMarked + 1)
        let start = min(max(firstMarked - slack / 2, 0), windowCount - 1)
        return Window(start: start, end: min(start + length, wordCount), score: scores[best], marked: marked)
    }

    /// Calls `body` with the first word of each place where the term's words follow one another, in order.
    private func forEachOccurrence(of term: [Int], _ body: (Int) -> Void) {
        for (position, hit) in hits.enumerated() where hit.matchers & (1 << UInt64(term[0])) != 0 {
            let followed = term.indices.dropFirst().allSatisfy { offset in
                let next = position + offset
                return next < hits.count && hits[next].word == hit.word + offset
                    && hits[next].matchers & (1 << UInt64(term[offset])) != 0
            }
            if followed { body(hit.word) }
        }
    }

    /// The window's words as written, marked words wrapped, marker characters of the text dropped.
    func render(_ window: Window) -> String {
        let ellipsis: [UInt8] = [0xE2, 0x80, 0xA6] // "…"
        let shownBytes = bounds[2 * window.end - 1] - bounds[2 * window.start]
        let capacity = shownBytes + 2 * ellipsis.count + 2 * (window.end - window.start)
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            // Written straight into the string's storage: no array to grow, one validation at the end.
            String(unsafeUninitializedCapacity: capacity) { out in
                var count = 0
                func write(_ byte: UInt8) {
                    out[count] = byte
                    count += 1
                }
                if window.start > 0 { ellipsis.forEach(write) }
                for word in window.start..<window.end {
                    // From the end of the word before: the text between, then the word.
                    let from = word > window.start ? bounds[2 * word - 1] : bounds[2 * word]
                    let isMarked = !window.marked.isEmpty && window.marked[word]
                    for index in from..<bounds[2 * word + 1] where !ScalarFolding.isMarker(bytes[index]) {
                        if isMarked && index == bounds[2 * word] { write(0x01) }
                        write(bytes[index])
                    }
                    if isMarked { write(0x02) }
                }
                if window.end < wordCount { ellipsis.forEach(write) }
                return count
            }
        }
    }
}
