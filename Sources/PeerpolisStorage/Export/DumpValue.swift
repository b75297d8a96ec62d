import SQLKit

/// One cell of a dump: the JSON value written for a column, typed as the column is.
public enum DumpValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case number(Double)
    case boolean(Bool)
    /// Text, days and timestamps, exactly as stored.
    case text(String)

    /// Reads the column `name` of `row` as `type` says.
    static func read(_ row: any SQLRow, _ name: String, as type: DumpFieldType) throws -> DumpValue {
        if try row.decodeNil(column: name) { return .null }
        switch type {
        case .integer: return .integer(try row.decode(column: name, as: Int64.self))
        case .number: return .number(try row.decode(column: name, as: Double.self))
        case .boolean: return .boolean(try row.decode(column: name, as: Bool.self))
        case .string, .date, .datetime: return .text(try row.decode(column: name, as: String.self))
        }
    }

    /// The value as an SQL expression: a bind, or the literal NULL (a typed null bind would need a type).
    var sqlExpression: any SQLExpression {
        switch self {
        case .null: SQLLiteral.null
        case .integer(let value): SQLBind(value)
        case .number(let value): SQLBind(value)
        case .boolean(let value): SQLBind(value)
        case .text(let value): SQLBind(value)
        }
    }
}

/// Writes dump values as JSON into a byte buffer. Hand-written because a dump writes millions of cells and
/// the format is fixed: compact, keys in column order, non-ASCII text as UTF-8, doubles in Swift's shortest
/// form that reads back to the same bits (so a round trip writes the same bytes).
enum DumpJSON {
    /// Appends `{"name":value,...}` for one row.
    static func appendRow(_ values: [DumpValue], keys: [[UInt8]], to buffer: inout [UInt8]) throws {
        buffer.append(UInt8(ascii: "{"))
        for index in values.indices {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            buffer.append(contentsOf: keys[index])
            try append(values[index], to: &buffer)
        }
        buffer.append(UInt8(ascii: "}"))
        buffer.append(UInt8(ascii: "\n"))
    }

    /// The `"name":` prefix of a key, computed once per table.
    static func key(_ name: String) -> [UInt8] {
        var bytes: [UInt8] = []
        appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        return bytes
    }

    static func append(_ value: DumpValue, to buffer: inout [UInt8]) throws {
        switch value {
        case .null: buffer.append(contentsOf: "null".utf8)
        case .integer(let number): buffer.append(contentsOf: String(number).utf8)
        case .number(let number):
            guard number.isFinite else { throw DumpError.unwritableNumber(number) }
            buffer.append(contentsOf: number.description.utf8)
        case .boolean(let flag): buffer.append(contentsOf: (flag ? "true" : "false").utf8)
        case .text(let text): appendString(text, to: &buffer)
        }
    }

    private static let hex = Array("0123456789abcdef".utf8)

    /// A JSON string: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func appendString(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\\")); buffer.append(byte)
            case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\")); buffer.append(byte)
            case UInt8(ascii: "\n"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "r"))
            case UInt8(ascii: "\t"): buffer.append(UInt8(ascii: "\\")); buffer.append(UInt8(ascii: "t"))
            case 0..<0x20:
                buffer.append(contentsOf: "\\u00".utf8)
                buffer.append(hex[Int(byte >> 4)])
                buffer.append(hex[Int(byte & 0xF)])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }
}
