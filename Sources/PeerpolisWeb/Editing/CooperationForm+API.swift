import PeerpolisDomain

extension CooperationForm {
    static let outcomeMembers = ["description", "amount", "unit"]

    /// Outcomes in an API body: objects as the read API shows them (`description`, and optionally `amount` with
    /// its `unit`), each becoming a line of the form's field, which the form then checks as it checks typed lines.
    static let outcomesKind = APIFieldKind.custom(
        schema: Schema.array(OpenAPIDocument.closed(
            ["description": ["type": "string", "minLength": 1, "maxLength": 500, "pattern": "^[^|\\n\\r]+$"]],
            optional: ["amount": Schema.described(Schema.number, "A figure, such as 50000000."),
                       "unit": Schema.described(["type": "string", "maxLength": 40, "pattern": "^[^\\n\\r]*$"],
                                                "The figure's unit, such as USD; only with an amount.")])),
        text: { value, path in
            guard case .array(let entries) = value else { throw APIField.refusal(path, "must be a list") }
            return try entries.enumerated().map { index, entry in try line(entry, path: "\(path)[\(index)]") }
                .joined(separator: "\n")
        })

    /// One outcome object as the line the form reads; 400 for what a line cannot hold.
    private static func line(_ entry: JSONInput, path: String) throws -> String {
        guard let members = entry.members else { throw APIField.refusal(path, "must be an object") }
        if let unknown = members.keys.filter({ !outcomeMembers.contains($0) }).sorted().first {
            throw MatchAPIBody.Keys.unknownField("\(path).\(unknown)", allowed: outcomeMembers)
        }
        let description = try APIField.string(members["description"] ?? .null, path + ".description")
        if description.trimmingCharacters(in: .whitespaces).isEmpty || description.contains(where: { $0 == "|" || $0.isNewline }) {
            throw APIField.refusal(path + ".description", "must be a text without a vertical bar or a line break")
        }
        var amount: Double?
        switch members["amount"] ?? .null {
        case .null: amount = nil
        case .number(let number): amount = number
        default: throw APIField.refusal(path + ".amount", "must be a number")
        }
        let unit = try members["unit"].flatMap { $0 == .null ? nil : try APIField.string($0, path + ".unit") }
            .flatMap { $0.isEmpty ? nil : $0 }
        if let unit, amount == nil || unit.contains(where: \.isNewline) {
            throw APIField.refusal(path + ".unit", "goes with an amount and holds no line break")
        }
        return CooperationForm.line(Outcome(description: description, amount: amount, unit: unit))
    }
}
