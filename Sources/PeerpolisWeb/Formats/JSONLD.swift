import Foundation

/// A JSON value with ordered keys, and its serialisation for an HTML `<script type="application/ld+json">`.
///
/// A writer of our own rather than `JSONSerialization`: key order is kept as built (`@context` and `@type`
/// first, which people reading the page source expect), numbers print the same on every platform, and the
/// characters that could end the script element are escaped.
public indirect enum JSONLD: Sendable, Hashable {
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case array([JSONLD])
    case object([(String, JSONLD)])

    /// An object from pairs, leaving out nil values, empty strings and empty arrays, so builders can list every
    /// property and let absent data vanish rather than write `"url": ""`.
    public static func node(_ pairs: [(String, JSONLD?)]) -> JSONLD {
        .object(pairs.compactMap { key, value in
            switch value {
            case nil, .string("")?, .array([])?: nil
            case let value?: (key, value)
            }
        })
    }

    /// A string value, or nil for a nil or empty string.
    public static func text(_ value: String?) -> JSONLD? {
        guard let value, !value.isEmpty else { return nil }
        return .string(value)
    }

    /// The compact JSON text, safe to place between `<script type="application/ld+json">` tags: `<`, `>` and
    /// `&` are written as `\u003c`, `\u003e`, `\u0026`, so neither `</script>` nor `<!--` can appear.
    public var serialized: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .integer(let number): out += String(number)
        case .bool(let flag): out += flag ? "true" : "false"
        case .number(let number):
            // JSON has no NaN or infinity; a coordinate that is not finite is written as null.
            out += number.isFinite ? Self.format(number) : "null"
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                item.write(into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out += "," }
                Self.quote(key, into: &out)
                out += ":"
                value.write(into: &out)
            }
            out += "}"
        }
    }

    /// Integral values without a fraction (`4.0` as `4`), others in Swift's shortest round-trip form.
    private static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return "\(number)"
    }

    private static func quote(_ text: String, into out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            // U+2028 and U+2029 are legal in JSON but end a line in older JavaScript parsers.
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    public static func == (a: JSONLD, b: JSONLD) -> Bool { a.serialized == b.serialized }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized) }
}
