/// The Porter (1980) stemmer, exactly as SQLite FTS5's `porter` tokenizer applies it.
///
/// Snippets are made in Swift, so a text word must be judged a match the way the index judged it: "streets" finds
/// "Street" because both stem to "street". Matching FTS5 rather than another Porter variant keeps the marked words
/// the ones the engine matched. FTS5's version has Porter's own later departures from the paper ("bli" → "ble",
/// "logi" → "log") and a few quirks at the edges ("ies" → "ie", "eed" → "e"), all kept here; the tests compare it
/// with SQLite word for word.
///
/// Words are lowercase ASCII letters and digits, as `SearchQuery.words(in:)` folds them. Digits count as
/// consonants. Words shorter than 3 or longer than 64 letters are left as they are, as FTS5 leaves them.
public enum PorterStemmer {
    static let shortestStemmed = 3
    static let longestStemmed = 64

    public static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        stem(&letters)
        return String(decoding: letters, as: UTF8.self)
    }

    /// Stems `letters` in place. The snippet matcher stems into one reused buffer, so no word allocates.
    static func stem(_ letters: inout [UInt8]) {
        guard (shortestStemmed...longestStemmed).contains(letters.count) else { return }
        removePlural(&letters)
        if removePastOrProgressive(&letters) { tidyAfterRemovingPastOrProgressive(&letters) }
        if letters.last == .y && containsVowel(letters, before: letters.count - 1) {
            letters[letters.count - 1] = .i
        }
        applyFirstMatching(step2, to: &letters, minimumMeasure: 1)
        applyFirstMatching(step3, to: &letters, minimumMeasure: 1)
        applyFirstMatching(step4, to: &letters, minimumMeasure: 2)
        removeFinalE(&letters)
        // Step 5b: "ll" becomes "l" after a stem of measure > 1 ("controll" → "control").
        if letters.count > 1, letters.last == .l, letters[letters.count - 2] == .l,
           measure(letters, letters.count - 1) > 1 {
            letters.removeLast()
        }
    }

    // MARK: - Step 1

    /// Step 1a: "sses" → "ss", "ies" → "i", "ss" stays, a final "s" goes. FTS5 asks for one letter before "sses"
    /// and "ies", so "sses" and "ies" alone only lose their "s".
    private static func removePlural(_ letters: inout [UInt8]) {
        let count = letters.count
        guard letters[count - 1] == .s else { return }
        if letters[count - 2] == .e {
            let isSSES = count > 4 && letters[count - 4] == .s && letters[count - 3] == .s
            let isIES = count > 3 && letters[count - 3] == .i
            letters.removeLast(isSSES || isIES ? 2 : 1)
        } else if letters[count - 2] != .s {
            letters.removeLast()
        }
    }

    /// Step 1b: "eed" → "ee" after a stem of measure > 0; "ed" and "ing" go after a stem with a vowel. Returns
    /// true when "ed" or "ing" went, which calls for the tidying that follows.
    private static func removePastOrProgressive(_ letters: inout [UInt8]) -> Bool {
        if letters.count > 3, hasSuffix(letters, .eed) {
            // Only this rule is tried for "eed", even when its condition fails ("feed" stays).
            if measure(letters, letters.count - 3) > 0 { letters.removeLast() }
            return false
        }
        let suffixCount = hasSuffix(letters, .ed) ? 2 : hasSuffix(letters, .ing) ? 3 : 0
        guard suffixCount > 0, letters.count > suffixCount,
              containsVowel(letters, before: letters.count - suffixCount) else { return false }
        letters.removeLast(suffixCount)
        return true
    }

    /// The rest of step 1b: "at", "bl", "iz" take back an "e"; a doubled final consonant other than l, s or z
    /// becomes single ("hopp" → "hop"); a short stem ending consonant–vowel–consonant takes an "e"
    /// ("hop" → "hope").
    private static func tidyAfterRemovingPastOrProgressive(_ letters: inout [UInt8]) {
        let count = letters.count
        if count > 2, hasSuffix(letters, .at) || hasSuffix(letters, .bl) || hasSuffix(letters, .iz) {
            letters.append(.e)
            return
        }
        let last = letters[count - 1]
        // A plain vowel test: FTS5 counts a doubled "y" as a consonant here.
        let lastIsVowel = last == .a || last == .e || last == .i || last == .o || last == .u
        if !lastIsVowel, last != .l, last != .s, last != .z, count > 1, letters[count - 2] == last {
            letters.removeLast()
        } else if measure(letters, count) == 1 && endsConsonantVowelConsonant(letters, count) {
            letters.append(.e)
        }
    }

    // MARK: - Steps 2 to 4

    /// A suffix and what replaces it, tried only when a stem of at least one letter stays before it.
    private struct Rule {
        var suffix: Suffix
        var replacement: Suffix
        /// Step 4's "ion" goes only after an "s" or a "t".
        var needsSOrTBefore = false

        init(_ suffix: String, _ replacement: String = "", needsSOrTBefore: Bool = false) {
            self.suffix = Suffix(suffix)
            self.replacement = Suffix(replacement)
            self.needsSOrTBefore = needsSOrTBefore
        }
    }

    /// A step's rules grouped by their suffix's last letter, in order, so a word meets only the few that could end
    /// it.
    private struct RuleSet {
        var byLastLetter = [[Rule]](repeating: [], count: 256)

        init(_ rules: [Rule]) {
            for rule in rules { byLastLetter[Int(rule.suffix.letters & 0xFF)].append(rule) }
        }
    }

    /// Applies the first rule whose suffix ends the word when what stays before it has at least `minimumMeasure`.
    /// Only the first matching rule is tried, as in Porter's code: "rational" keeps "ational" (its stem "r" is too
    /// short) rather than falling through to "tional". Where suffixes overlap, the longer comes first in the lists.
    private static func applyFirstMatching(_ rules: RuleSet, to letters: inout [UInt8], minimumMeasure: Int) {
        guard let last = letters.last else { return }
        let ending = Suffix.ending(of: letters)
        for rule in rules.byLastLetter[Int(last)]
        where letters.count > rule.suffix.count && ending & rule.suffix.mask == rule.suffix.letters {
            let stemCount = letters.count - rule.suffix.count
            let sOrTAllows = !rule.needsSOrTBefore || letters[stemCount - 1] == .s || letters[stemCount - 1] == .t
            if sOrTAllows && measure(letters, stemCount) >= minimumMeasure {
                letters.removeLast(rule.suffix.count)
                rule.replacement.append(to: &letters)
            }
            return
        }
    }

    private static let step2 = RuleSet([
        Rule("ational", "ate"), Rule("tional", "tion"), Rule("enci", "ence"), Rule("anci", "ance"),
        Rule("izer", "ize"), Rule("logi", "log"), Rule("bli", "ble"), Rule("alli", "al"), Rule("entli", "ent"),
        Rule("eli", "e"), Rule("ousli", "ous"), Rule("ization", "ize"), Rule("ation", "ate"), Rule("ator", "ate"),
        Rule("alism", "al"), Rule("iveness", "ive"), Rule("fulness", "ful"), Rule("ousness", "ous"),
        Rule("aliti", "al"), Rule("iviti", "ive"), Rule("biliti", "ble"),
    ])

    private static let step3 = RuleSet([
        Rule("icate", "ic"), Rule("ative"), Rule("alize", "al"), Rule("iciti", "ic"), Rule("ical", "ic"),
        Rule("ful"), Rule("ness"),
    ])

    private static let step4 = RuleSet([
        Rule("al"), Rule("ance"), Rule("ence"), Rule("er"), Rule("ic"), Rule("able"), Rule("ible"), Rule("ant"),
        Rule("ement"), Rule("ment"), Rule("ent"), Rule("ion", needsSOrTBefore: true), Rule("ou"), Rule("ism"),
        Rule("ate"), Rule("iti"), Rule("ous"), Rule("ive"), Rule("ize"),
    ])

    // MARK: - Step 5

    /// Step 5a: a final "e" goes after a stem of measure > 1, or of measure 1 that does not end
    /// consonant–vowel–consonant ("rate" stays, "cease" → "ceas").
    private static func removeFinalE(_ letters: inout [UInt8]) {
        guard letters.last == .e else { return }
        let stemCount = letters.count - 1
        let stemMeasure = measure(letters, stemCount)
        if stemMeasure > 1 || (stemMeasure == 1 && !endsConsonantVowelConsonant(letters, stemCount)) {
            letters.removeLast()
        }
    }

    // MARK: - Letters

    /// Porter's consonant: not a, e, i, o, u, and not a "y" that follows a consonant. Digits are consonants.
    private static func isConsonant(_ letters: [UInt8], at index: Int) -> Bool {
        switch letters[index] {
        case .a, .e, .i, .o, .u: false
        case .y: index == 0 || !isConsonant(letters, at: index - 1)
        default: true
        }
    }

    /// Porter's m: how many vowel–consonant sequences the first `count` letters hold ("tree" 0, "trouble" 1,
    /// "troubles" 2).
    private static func measure(_ letters: [UInt8], _ count: Int) -> Int {
        var sequences = 0
        var previousIsVowel = false
        for index in 0..<count {
            let isVowel = !isConsonant(letters, at: index)
            if previousIsVowel && !isVowel { sequences += 1 }
            previousIsVowel = isVowel
        }
        return sequences
    }

    private static func containsVowel(_ letters: [UInt8], before count: Int) -> Bool {
        (0..<count).contains { !isConsonant(letters, at: $0) }
    }

    /// Porter's *o: the first `count` letters end consonant–vowel–consonant, the last not w, x or y ("hop", not
    /// "bow").
    private static func endsConsonantVowelConsonant(_ letters: [UInt8], _ count: Int) -> Bool {
        guard count >= 3, letters[count - 1] != .w, letters[count - 1] != .x, letters[count - 1] != .y else {
            return false
        }
        return isConsonant(letters, at: count - 3) && !isConsonant(letters, at: count - 2)
            && isConsonant(letters, at: count - 1)
    }

    private static func hasSuffix(_ letters: [UInt8], _ suffix: Suffix) -> Bool {
        letters.count >= suffix.count && Suffix.ending(of: letters) & suffix.mask == suffix.letters
    }
}

/// A word ending of up to eight letters packed into an integer, the last letter in the low byte, so checking a rule
/// is one comparison and counts no references. With rules as byte arrays tried one by one a stem took 150 ns; packed
/// and grouped by last letter, 110 ns.
private struct Suffix {
    var letters: UInt64
    var count: Int
    var mask: UInt64

    init(_ text: String) {
        letters = text.utf8.reduce(0) { $0 << 8 | UInt64($1) }
        count = text.utf8.count
        mask = count == 0 ? 0 : UInt64.max >> UInt64(64 - 8 * count)
    }

    /// The last (up to) eight letters of `word`, packed the same way.
    static func ending(of word: [UInt8]) -> UInt64 {
        word.suffix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    func append(to word: inout [UInt8]) {
        for index in stride(from: count - 1, through: 0, by: -1) {
            word.append(UInt8(truncatingIfNeeded: letters >> UInt64(8 * index)))
        }
    }

    static let eed = Suffix("eed"), ed = Suffix("ed"), ing = Suffix("ing")
    static let at = Suffix("at"), bl = Suffix("bl"), iz = Suffix("iz")
}

private extension UInt8 {
    static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), s = UInt8(ascii: "s"), t = UInt8(ascii: "t")
    static let l = UInt8(ascii: "l"), z = UInt8(ascii: "z"), w = UInt8(ascii: "w"), x = UInt8(ascii: "x")
}
