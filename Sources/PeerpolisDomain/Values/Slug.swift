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
    private static let special: [Unicode.Scalar: String] = [
        "ß": "ss", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D",
        "ł": "l", "Ł": "L", "ı": "i", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
    ]

    /// The Latin blocks folded once, up front: decomposing through Foundation for every letter was a large
    /// part of indexing an import of 235,000 places (folding names showed at about 9 % of its profile).
    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for range: ClosedRange<UInt32> in [0xC0...0x24F, 0x1E00...0x1EFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                table[value] = special[scalar] ?? decompose(scalar)
            }
        }
        return table
    }()

    private static func decompose(_ scalar: Unicode.Scalar) -> String {
        let base = String(Character(scalar)).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
        // A character with no ASCII base (a dash, a quote, another script) becomes a space, so the words
        // around it stay apart.
        return base.isEmpty ? " " : String(String.UnicodeScalarView(base))
    }

    public static func fold(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                out.unicodeScalars.append(scalar)
            } else if let folded = latin[scalar.value] {
                out += folded
            } else if (0x300...0x36F).contains(scalar.value) {
                continue // A combining mark: its base letter was already written.
            } else {
                out += decompose(scalar)
            }
        }
        return out
    }
}
