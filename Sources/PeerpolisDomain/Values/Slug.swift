import Foundation

/// Readable, URL-safe identifiers: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    /// Makes a slug from any text: accents are folded ("Malmö" gives "malmo"), everything that is not a letter
    /// or digit becomes a hyphen, and runs of hyphens collapse.
    public static func make(_ text: String) -> String {
        var out = ""
        var lastWasHyphen = true
        for scalar in ASCIIFolding.fold(text).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
                lastWasHyphen = false
            } else if !lastWasHyphen {
                out.append("-")
                lastWasHyphen = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// True when `text` is already a well-formed slug.
    public static func isValid(_ text: some StringProtocol) -> Bool {
        guard !text.isEmpty, text.count <= 200, text.first != "-", text.last != "-" else { return false }
        return text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}

/// Folds Latin letters with diacritics to plain ASCII, the way GeoNames' `asciiname` column reads.
public enum ASCIIFolding {
    private static let special: [Character: String] = [
        "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D",
        "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
    ]

    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII {
                out.append(character)
            } else if let replacement = special[character] {
                out += replacement
            } else {
                // Keep the base letter of a decomposed character and drop its combining marks. A character with
                // no ASCII base (a dash, a quote, another script) becomes a space, so the words around it stay apart.
                let base = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
                if base.isEmpty {
                    out.append(" ")
                } else {
                    out.unicodeScalars.append(contentsOf: base)
                }
            }
        }
        return out
    }
}

