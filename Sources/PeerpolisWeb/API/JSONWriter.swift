/// A value that writes its own JSON, byte for byte what `APIEncoding.encoder` writes for it.
///
/// Foundation's `JSONEncoder` builds a tree of boxed values and dictionaries and then sorts every object's
/// keys; for a page of 50 places that was about half of the request's time (BENCHMARKS.md, issue 5). The hot
/// lists write themselves instead; a test checks that the bytes stay those of `JSONEncoder`.
protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

/// Appends JSON to a byte buffer in the dialect of `APIEncoding.encoder`: keys written in byte order by the
/// caller, nil optionals left out, `/` unescaped, integral doubles without `.0`.
struct JSONWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 16 * 1024) {
        bytes.reserveCapacity(capacity)
    }

    /// Writes `"name":`, after a comma unless it is the object's first key. A value never ends in `{` or `[`
    /// (an empty object ends in `}`), so the previous byte tells whether anything came before.
    mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// A comma before an array element or a key, unless it opens its array or object.
    mutating func separate() {
        if let last = bytes.last, last != UInt8(ascii: "{"), last != UInt8(ascii: "[") {
            bytes.append(UInt8(ascii: ","))
        }
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        body(&self)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func array<S: Sequence>(_ elements: S, _ element: (inout JSONWriter, S.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for item in elements {
            separate()
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func value(_ number: Int) {
        bytes.append(contentsOf: String(number).utf8)
    }

    mutating func value(_ flag: Bool) {
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Swift's shortest round-trip form, as `JSONEncoder` writes it: `45.0` becomes `45`.
    mutating func value(_ number: Double) {
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string with `JSONEncoder`'s escapes: quote, backslash, the short control escapes, `\u00XX` for the
    /// other control characters; everything else, `/` included, as UTF-8. Runs without escapes (nearly all
    /// text) are copied whole.
    mutating func value(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                appendEscape(byte)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(Self.hex[Int(byte >> 4)])
            bytes.append(Self.hex[Int(byte & 0xF)])
        }
    }

    /// Writes `"name":value` when `value` is not nil, as `encodeIfPresent` does.
    mutating func optional<T>(_ name: StaticString, _ value: T?, _ write: (inout JSONWriter, T) -> Void) {
        guard let value else { return }
        key(name)
        write(&self, value)
    }
}
