/// A JSON value as a request sent it, of any shape, so a body can be checked member by member against what
/// an endpoint documents (the editors' writes, whose members are described as data rather than as types).
enum JSONInput: Decodable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONInput])
    case object([String: JSONInput])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([JSONInput].self) {
            self = .array(items)
        } else {
            self = .object(try container.decode([String: JSONInput].self))
        }
    }

    /// The text of a string; nil for anything else.
    var string: String? {
        if case .string(let text) = self { text } else { nil }
    }

    /// The whole number a number holds exactly; nil for anything else, a fraction included.
    var integer: Int? {
        if case .number(let number) = self, number == number.rounded(), abs(number) < 1e15 { Int(number) } else { nil }
    }

    /// The members of an object; nil for anything else.
    var members: [String: JSONInput]? {
        if case .object(let members) = self { members } else { nil }
    }
}
