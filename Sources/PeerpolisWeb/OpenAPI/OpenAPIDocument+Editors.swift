/// The editors' API writes (`Editor+API`), described from each editor's `EditorAPI`: whatever editor the route
/// table registers is documented here without another line.
extension OpenAPIDocument {
    /// The create, change and delete operations of each editor, by path.
    static func editorPaths(_ editors: [any EntityEditor]) -> [String: JSONValue] {
        var paths: [String: JSONValue] = [:]
        for editor in editors {
            let api = editor.api, name = editor.entityName, one = "\(article(name)) \(name)"
            let collection = "/api/v1/\(editor.collection)", notFound = "No \(name) with this slug."
            paths[collection] = ["post": writeOperation(
                "create-\(name)", "Publish a new \(name)",
                description: "Who may: \(api.whoMay). The members are the \(name) form's fields, checked by its rules; the \(name) is published at once (drafts are kept only on the site's pages). Such as: \(api.example)",
                body: "\(api.schema)Input",
                success: ("201", ["description": .string("Published; the \(name) as `GET \(collection)/{slug}` shows it."),
                                  "headers": ["Location": ["description": .string("The new \(name)'s address in the API."),
                                                           "schema": Schema.string]],
                                  "content": json("\(api.schema)Detail")]),
                notFound: nil)]
            paths[collection + "/{slug}"] = [
                "patch": writeOperation(
                    "edit-\(name)", "Change some fields of \(one)",
                    description: "Who may: \(api.whoMay). Only the members present change; null empties a field and a list replaces the whole list. The \(name) is then checked whole, by the form's rules.",
                    body: "\(api.schema)Changes",
                    success: ("200", ["description": .string("Saved; the \(name) as it now is."), "content": json("\(api.schema)Detail")]),
                    notFound: notFound),
                "delete": writeOperation(
                    "delete-\(name)", "Delete \(one)", description: "Who may: \(api.whoMay).", body: nil,
                    success: ("204", ["description": "Deleted."]), notFound: notFound,
                    extra: ["409": ["description": .string("The \(name) cannot be deleted yet; `detail` says what still refers to it."),
                                    "content": problem]]),
            ]
        }
        return paths
    }

    /// Each editor's request bodies: `NameInput` for a new entity, `NameChanges` for some fields of one.
    static func editorSchemas(_ editors: [any EntityEditor]) -> [String: JSONValue] {
        var schemas: [String: JSONValue] = [:]
        for api in editors.map(\.api) {
            let required = api.fields.filter(\.required), optional = api.fields.filter { !$0.required }
            schemas["\(api.schema)Input"] = closed(
                Dictionary(uniqueKeysWithValues: required.map { ($0.name, schema(of: $0, nullable: false)) }),
                optional: Dictionary(uniqueKeysWithValues: optional.map { ($0.name, schema(of: $0, nullable: true)) }))
            schemas["\(api.schema)Changes"] = closed([:], optional: Dictionary(uniqueKeysWithValues: api.fields.map {
                ($0.name, schema(of: $0, nullable: !$0.required))
            }))
        }
        return schemas
    }

    /// A member's schema; a nullable one also takes null, which empties its field.
    static func schema(of field: APIField, nullable: Bool) -> JSONValue {
        let value = schema(of: field.kind)
        return Schema.described(nullable ? ["anyOf": [value, ["type": "null"]]] : value, field.summary)
    }

    static func schema(of kind: APIFieldKind) -> JSONValue {
        switch kind {
        case .text: Schema.string
        case .choice(let values): Schema.oneOf(values)
        case .day: Schema.day
        case .time: ["type": "string", "pattern": "^[0-9]{2}:[0-9]{2}$"]
        case .integer(let range): ["type": "integer", "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)]
        case .boolean: Schema.boolean
        case .list(let item, let separator):
            switch item {
            case .choice(let values): Schema.array(Schema.oneOf(values))
            case .text, .slug: Schema.array(["type": "string", "pattern": .string(pattern(without: separator))])
            }
        case .custom(let schema, _): schema
        }
    }

    /// A pattern for list entries that hold no separator.
    static func pattern(without separator: APIListSeparator) -> String {
        switch separator {
        case .commas: "^[^,]*$"
        case .commasOrSpaces: "^[^,\\s]*$"
        case .lines: "^[^\\n\\r]*$"
        }
    }

    /// `an` before a vowel, else `a`.
    static func article(_ noun: String) -> String {
        noun.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }
}
