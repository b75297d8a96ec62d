import Foundation
import PeerpolisDomain
import SQLKit

/// Typed column readers. Rows are read column by column rather than through `Codable` models because list
/// columns (authors, alternate names) are JSON text on both engines, and explicit reads keep one code path.
extension SQLRow {
    func string(_ column: String) throws -> String {
        try decode(column: column, as: String.self)
    }

    func optionalString(_ column: String) throws -> String? {
        try decodeNil(column: column) ? nil : decode(column: column, as: String.self)
    }

    func int(_ column: String) throws -> Int {
        try decode(column: column, as: Int.self)
    }

    func optionalInt(_ column: String) throws -> Int? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Int.self)
    }

    func double(_ column: String) throws -> Double {
        try decode(column: column, as: Double.self)
    }

    func optionalDouble(_ column: String) throws -> Double? {
        try decodeNil(column: column) ? nil : decode(column: column, as: Double.self)
    }

    func bool(_ column: String) throws -> Bool {
        try decode(column: column, as: Bool.self)
    }

    func day(_ column: String) throws -> Day {
        let text = try string(column)
        guard let day = Day(text) else { throw StorageError.corruptValue(column: column, value: text) }
        return day
    }

    func optionalDay(_ column: String) throws -> Day? {
        guard let text = try optionalString(column) else { return nil }
        guard let day = Day(text) else { throw StorageError.corruptValue(column: column, value: text) }
        return day
    }

    func enumValue<E: RawRepresentable>(_ column: String, as type: E.Type) throws -> E where E.RawValue == String {
        let text = try string(column)
        guard let value = E(rawValue: text) else { throw StorageError.corruptValue(column: column, value: text) }
        return value
    }

    func optionalEnum<E: RawRepresentable>(_ column: String, as type: E.Type) throws -> E? where E.RawValue == String {
        guard let text = try optionalString(column) else { return nil }
        guard let value = E(rawValue: text) else { throw StorageError.corruptValue(column: column, value: text) }
        return value
    }

    /// A list of strings stored as a JSON array. Reading the list of a place's names through JSONDecoder (or
    /// Foundation's string search) took a third of a place list's time; arrays without escapes (nearly all)
    /// are split here byte by byte, and anything else goes to JSONDecoder.
    func stringList(_ column: String) throws -> [String] {
        let text = try string(column)
        if let list = Self.splitSimpleJSONArray(text) { return list }
        return try json(column, as: [String].self)
    }

    /// `["a","b"]` without backslashes → `["a", "b"]`; nil for anything else.
    static func splitSimpleJSONArray(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), backslash = UInt8(ascii: "\\")
        guard bytes.count >= 2, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
              !bytes.contains(backslash) else { return nil }
        if bytes.count == 2 { return [] }
        var items: [String] = []
        var index = 1
        let end = bytes.count - 1
        while index < end {
            guard bytes[index] == quote else { return nil }
            var close = index + 1
            while close < end, bytes[close] != quote { close += 1 }
            guard close < end else { return nil }
            items.append(String(decoding: bytes[(index + 1)..<close], as: UTF8.self))
            index = close + 1
            if index < end {
                guard bytes[index] == comma else { return nil }
                index += 1
            }
        }
        return items
    }

    /// A JSON-encoded value stored as text.
    func json<T: Decodable>(_ column: String, as type: T.Type) throws -> T {
        let text = try string(column)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StorageError.corruptValue(column: column, value: text)
        }
    }
}

/// Encodes a value as the compact JSON text stored in list columns.
func jsonText<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    // Encoding plain arrays and structs of strings and numbers cannot fail.
    return String(decoding: (try? encoder.encode(value)) ?? Data("null".utf8), as: UTF8.self)
}

public enum StorageError: Error, CustomStringConvertible, Equatable {
    case corruptValue(column: String, value: String)
    case notFound(String)
    case invalid(String)

    public var description: String {
        switch self {
        case .corruptValue(let column, let value): "The stored value '\(value)' of column \(column) cannot be read."
        case .notFound(let what): "\(what) was not found."
        case .invalid(let message): message
        }
    }
}
