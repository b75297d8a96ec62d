/// Escaping for XML text and attribute values, shared by the Atom, RSS and sitemap writers.
///
/// Besides the five markup characters it drops what XML 1.0 forbids outright (control characters other
/// than tab, LF and CR, and U+FFFE/U+FFFF): escaping them as `&#1;` would still be ill-formed, and a
/// single one makes a strict parser such as feedparser reject the whole feed.
enum XMLEscaping {
    /// Escapes `text` for element content and for single- or double-quoted attribute values alike.
    static func escape(_ text: String) -> String {
        // Most text needs nothing; returning it untouched avoids a copy on every entry of a large feed.
        // Scanned as bytes, which is several times faster than by scalars; 0xEF, the lead byte of U+FFFE
        // and U+FFFF, only sends the text to the exact check below.
        let suspect: (UInt8) -> Bool = {
            switch $0 {
            case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0xEF: true
            default: $0 < 0x20 && $0 != 0x9 && $0 != 0xA && $0 != 0xD
            }
        }
        let clean = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: suspect) }
            ?? !text.utf8.contains(where: suspect)
        if clean { return text }
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// True when XML 1.0 allows the scalar in a document (its `Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "&", "<", ">", "\"", "'": true
        default: !isAllowed(scalar)
        }
    }
}
