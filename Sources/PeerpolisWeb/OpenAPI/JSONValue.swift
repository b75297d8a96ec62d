/// A JSON value built in Swift, for documents written as data (the OpenAPI description).
indirect enum JSONValue: Encodable, Sendable, ExpressibleByStringLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByArrayLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    case string(String), int(Int), bool(Bool), array([JSONValue]), object([String: JSONValue])

    init(stringLiteral value: String) { self = .string(value) }
    init(integerLiteral value: Int) { self = .int(value) }
    init(booleanLiteral value: Bool) { self = .bool(value) }
    init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// The members of an object (empty for anything else), for the builder to merge objects.
    var members: [String: JSONValue] {
        if case .object(let members) = self { return members }
        return [:]
    }
}

/// Small JSON Schema (2020-12, as OpenAPI 3.1 uses it) builders.
enum Schema {
    static let string: JSONValue = ["type": "string"]
    static let integer: JSONValue = ["type": "integer"]
    static let number: JSONValue = ["type": "number"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let day: JSONValue = ["type": "string", "format": "date"]

    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static func oneOf(_ values: [String]) -> JSONValue { ["type": "string", "enum": .array(values.map { .string($0) })] }
    static func described(_ schema: JSONValue, _ text: String) -> JSONValue {
        var members = schema.members
        members["description"] = .string(text)
        return .object(members)
    }

    /// An object whose `required` properties are always present and whose `optional` ones are left out when
    /// unknown (the API omits absent values rather than writing null).
    static func object(_ required: [String: JSONValue], optional: [String: JSONValue] = [:]) -> JSONValue {
        var properties = required
        properties.merge(optional) { first, _ in first }
        return ["type": "object", "required": .array(required.keys.sorted().map { .string($0) }),
                "properties": .object(properties)]
    }
}
