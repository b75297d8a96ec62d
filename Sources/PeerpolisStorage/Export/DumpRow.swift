import Foundation
import PeerpolisDomain

/// One line of a dump file decoded against its table's columns: exactly the table's keys, each value of the
/// column's type (null only where the column allows it).
struct DumpRow: Decodable {
    static let tableKey = CodingUserInfoKey(rawValue: "peerpolis.dumpTable")!
    var values: [DumpValue]

    /// What was wrong with a line, as a phrase that follows "file line N:".
    struct Problem: Error, CustomStringConvertible {
        var description: String
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        guard let table = decoder.userInfo[Self.tableKey] as? DumpTable else {
            throw Problem(description: "no table to check the line against")
        }
        let container: KeyedDecodingContainer<Key>
        do {
            container = try decoder.container(keyedBy: Key.self)
        } catch {
            throw Problem(description: "the line is not a JSON object")
        }
        let known = Set(table.columns.map(\.name))
        if let unknown = container.allKeys.map(\.stringValue).sorted().first(where: { !known.contains($0) }) {
            throw Problem(description: "unknown field \"\(unknown)\"")
        }
        values = try table.columns.map { try Self.value(of: $0, in: container) }
    }

    private static func value(of column: DumpColumn, in container: KeyedDecodingContainer<Key>) throws -> DumpValue {
        let key = Key(stringValue: column.name)
        guard container.contains(key) else { throw Problem(description: "the field \"\(column.name)\" is missing") }
        if try container.decodeNil(forKey: key) {
            guard !column.required else { throw Problem(description: "\(column.name) must not be null") }
            return .null
        }
        switch column.type {
        case .integer:
            guard let number = try? container.decode(Int64.self, forKey: key) else { throw mismatch(column, "an integer") }
            return .integer(number)
        case .number:
            guard let number = try? container.decode(Double.self, forKey: key) else { throw mismatch(column, "a number") }
            return .number(number)
        case .boolean:
            guard let flag = try? container.decode(Bool.self, forKey: key) else { throw mismatch(column, "true or false") }
            return .boolean(flag)
        case .string, .date, .datetime:
            guard let text = try? container.decode(String.self, forKey: key) else { throw mismatch(column, "a string") }
            if column.type == .date, Day(text) == nil {
                throw Problem(description: "\(column.name) must be a day as YYYY-MM-DD, found \"\(text)\"")
            }
            if column.type == .datetime, !isTimestamp(text) {
                throw Problem(description: "\(column.name) must be a UTC timestamp as YYYY-MM-DDTHH:MM:SSZ, found \"\(text)\"")
            }
            return .text(text)
        }
    }

    private static func mismatch(_ column: DumpColumn, _ expected: String) -> Problem {
        Problem(description: "\(column.name) must be \(expected)")
    }

    /// `YYYY-MM-DDTHH:MM:SSZ`, the only form the hub writes (`timestampNow`).
    static func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, Day(String(decoding: bytes[0..<10], as: UTF8.self)) != nil else { return false }
        let shape = Array("THH:MM:SSZ".utf8)
        for (offset, expected) in shape.enumerated() {
            let byte = bytes[10 + offset]
            let ok = expected == UInt8(ascii: "H") || expected == UInt8(ascii: "M") || expected == UInt8(ascii: "S")
                ? (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) : byte == expected
            if !ok { return false }
        }
        return true
    }

    /// Decodes one line of `table`'s file, or says what is wrong with it.
    static func decode(_ line: ArraySlice<UInt8>, with decoder: JSONDecoder) -> Result<[DumpValue], Problem> {
        guard !line.isEmpty else { return .failure(Problem(description: "the line is empty")) }
        do {
            return .success(try decoder.decode(DumpRow.self, from: Data(line)).values)
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(description: "the line is not valid JSON"))
        }
    }

    /// A decoder that checks lines against `table`.
    static func decoder(for table: DumpTable) -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.userInfo[tableKey] = table
        return decoder
    }
}
