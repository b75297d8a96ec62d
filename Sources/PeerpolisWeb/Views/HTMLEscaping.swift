import Plot

/// Escaping for HTML text and double-quoted attribute values (the only kind Peerpolis writes).
///
/// Plot's own text escaping builds a string per character; replacing it took the place list from 390 to 638
/// requests/s on one core (BENCHMARKS.md). This scans bytes and returns the string untouched when, as
/// usual, nothing needs escaping.
enum HTMLEscaping {
    static func escape(_ text: String) -> String {
        var utf8 = text.utf8
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            return text
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 16)
        utf8 = text.utf8
        for byte in utf8 {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Node {
    /// Text, escaped: use this instead of Plot's `.text`.
    static func safe(_ text: String) -> Node { .raw(HTMLEscaping.escape(text)) }
}
