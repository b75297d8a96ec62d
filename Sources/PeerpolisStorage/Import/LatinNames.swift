/// Chooses which GeoNames alternate names a place keeps: those a reader of a Latin-script page can use.
enum LatinNames {
    /// Latin-script alternate names, trimmed, without repeats (compared case-insensitively) and without the
    /// place's own name or ASCII name. Order is kept.
    static func filter(_ names: some Sequence<some StringProtocol>, name: String, asciiName: String) -> [String] {
        var seen: Set<String> = [name.lowercased(), asciiName.lowercased()]
        var result: [String] = []
        for raw in names {
            let candidate = raw.trimmingSpaces()
            guard isLatin(candidate), seen.insert(candidate.lowercased()).inserted else { continue }
            result.append(candidate)
        }
        return result
    }

    /// True when every letter is Latin, there is at least one, and the rest are ASCII digits, spaces,
    /// hyphens, periods, apostrophes, or combining accents on the letters.
    static func isLatin(_ text: String) -> Bool {
        var hasLetter = false
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A:
                hasLetter = true
            case 0x30...0x39, 0x20, 0x2D, 0x2E, 0x27, 0x2019, 0x02BB, 0x02BC:
                continue
            case 0x0300...0x036F:
                // A combining accent counts only after a letter it can sit on.
                guard hasLetter else { return false }
            case 0x00C0...0x024F where scalar.properties.isAlphabetic,
                 0x1E00...0x1EFF where scalar.properties.isAlphabetic:
                // Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional: the common cases,
                // decided without looking up the character's name.
                hasLetter = true
            default:
                guard scalar.properties.isAlphabetic, scalar.properties.name?.hasPrefix("LATIN ") == true else {
                    return false
                }
                hasLetter = true
            }
        }
        return hasLetter
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
        return String(slice)
    }
}
