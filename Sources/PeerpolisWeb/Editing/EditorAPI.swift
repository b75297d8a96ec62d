import Foundation

/// How an editor's entities are written through the JSON API (`Editor+API`): the members of the body, each one
/// of the form's fields with the JSON type it takes, and what the OpenAPI document says about them.
struct EditorAPI: Sendable {
    /// The read API's schema of the entity (`Event`): writes answer with its `EventDetail`, and the request
    /// bodies are named `EventInput` and `EventChanges`.
    var schema: String
    /// Who may write, for the operations' descriptions (`the organizing organization's editors, and administrators`).
    var whoMay: String
    /// A body that creates one, for the documentation and the messages that refuse a body.
    var example: String
    /// The members of a body, one per field of the form.
    var fields: [APIField]
}

/// One member of an editor's JSON body: a field of the form, with the JSON type it takes and how its value
/// becomes the field's text, so the form checks an API write exactly as it checks a page's.
struct APIField: Sendable {
    /// The field's name in the form, which is the member's name.
    var name: String
    var kind: APIFieldKind
    /// Whether a new entity needs it (documentation: the form says what is missing).
    var required: Bool
    /// What it holds, for the OpenAPI document.
    var summary: String

    init(_ name: String, _ kind: APIFieldKind, required: Bool = false, _ summary: String) {
        self.name = name
        self.kind = kind
        self.required = required
        self.summary = summary
    }
}

/// The JSON a member takes, and the text its field holds for it. Values the JSON cannot be turned into text the
/// form reads as meant (a number for a text, an entry holding the list's separator) are refused with a 400 that
/// names the member; whatever the form itself checks (a title's length, a day's format) is left to the form.
enum APIFieldKind: Sendable {
    /// A string, kept as sent.
    case text
    /// A string, one of the values (the form refuses others with its own message).
    case choice([String])
    /// A day, `YYYY-MM-DD`.
    case day
    /// A local time, `HH:MM`.
    case time
    /// A whole number.
    case integer(ClosedRange<Int>)
    /// true or false; the form's box is ticked for true.
    case boolean
    /// A list of strings, kept as one field with the entries between separators the form reads; an entry may not
    /// hold a separator, which would split it.
    case list(APIListItem, APIListSeparator)
    /// Anything else: its schema and how a value becomes the field's text (throwing `WebError.badRequest`).
    case custom(schema: JSONValue, text: @Sendable (JSONInput, _ path: String) throws -> String)
}

/// The entries of a list member.
enum APIListItem: Sendable {
    case text
    /// A slug of a place, a theme…
    case slug
    case choice([String])
}

/// What separates a list's entries in its field, as the form splits it.
enum APIListSeparator: Sendable {
    /// Commas (themes, authors, regions).
    case commas
    /// Commas, spaces or line breaks (place slugs).
    case commasOrSpaces
    /// Line breaks (outputs).
    case lines

    var joiner: String {
        switch self {
        case .commas: ","
        case .commasOrSpaces: ", "
        case .lines: "\n"
        }
    }

    /// Why an entry cannot be kept, when it holds a separator.
    func problem(_ entry: String) -> String? {
        switch self {
        case .commas: entry.contains(",") ? "cannot hold a comma" : nil
        case .commasOrSpaces: entry.contains { $0 == "," || $0.isWhitespace } ? "cannot hold a comma or a space" : nil
        case .lines: entry.contains(where: \.isNewline) ? "cannot hold a line break" : nil
        }
    }
}

extension APIField {
    /// The field's text for a member's value: null empties the field.
    func text(_ value: JSONInput) throws -> String {
        if value == .null { return "" }
        switch kind {
        case .text, .choice, .day, .time:
            return try Self.string(value, name)
        case .integer:
            guard let number = value.integer else { throw Self.refusal(name, "must be a whole number") }
            return String(number)
        case .boolean:
            guard case .bool(let flag) = value else { throw Self.refusal(name, "must be true or false") }
            return flag ? "1" : ""
        case .list(let item, let separator):
            guard case .array(let entries) = value else { throw Self.refusal(name, "must be a list") }
            var texts: [String] = []
            for (index, entry) in entries.enumerated() {
                let path = "\(name)[\(index)]", text = try Self.string(entry, path)
                if case .choice(let values) = item, !values.contains(text) {
                    throw Self.refusal(path, "must be one of \(values.joined(separator: ", "))")
                }
                if let problem = separator.problem(text) { throw Self.refusal(path, problem) }
                texts.append(text)
            }
            return texts.joined(separator: separator.joiner)
        case .custom(_, let text):
            return try text(value, name)
        }
    }

    static func string(_ value: JSONInput, _ path: String) throws -> String {
        guard let text = value.string else { throw refusal(path, "must be a string") }
        return text
    }

    static func refusal(_ path: String, _ problem: String) -> WebError {
        .badRequest("The field '\(path)' \(problem).")
    }
}

extension APIFieldKind {
    /// Theme slugs, as `/api/v1/themes` lists them.
    static let themes = APIFieldKind.list(.slug, .commas)
    /// Place slugs, as in a place's address.
    static let places = APIFieldKind.list(.slug, .commasOrSpaces)
    /// Names or phrases, one an entry.
    static let names = APIFieldKind.list(.text, .commas)
    /// Lines of text, one an entry.
    static let lines = APIFieldKind.list(.text, .lines)
    /// A slug naming one place or organization.
    static let slug = APIFieldKind.text
    /// A number, whole or not (an amount, a quantity), written into the field as the form reads it.
    static let number = APIFieldKind.custom(schema: ["type": "number"]) { value, path in
        guard case .number(let number) = value else { throw APIField.refusal(path, "must be a number") }
        return PledgeForm.number(number)
    }
}
