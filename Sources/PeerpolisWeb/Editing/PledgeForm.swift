import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A pledge as typed in its form, every field kept as text, with a message per field that cannot be
/// published. Progress is reported on a form of its own (`/pledges/SLUG/progress`) and kept on every edit.
struct PledgeForm: EditorForm {
    static let fieldNames = ["title", "place", "organization", "framework", "principles", "amount", "currency", "quantity",
                             "unit", "startDate", "endDate", "summary"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    init() {}

    init(_ pledge: Pledge, placeSlug: String, organizationSlug: String?) {
        fields = ["title": pledge.title, "place": placeSlug, "organization": organizationSlug ?? "",
                  "framework": pledge.framework, "principles": pledge.principles.joined(separator: ", "),
                  "amount": pledge.amount.map(Self.number) ?? "", "currency": pledge.currency ?? "",
                  "quantity": pledge.quantity.map(Self.number) ?? "", "unit": pledge.unit ?? "",
                  "startDate": pledge.startDate?.description ?? "", "endDate": pledge.endDate?.description ?? "",
                  "summary": pledge.summary]
    }

    var principles: [String] {
        self["principles"].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Checks every field and, when all hold, returns the pledge. `organization` is the one the form's slug
    /// names, looked up (nil when it is empty or names none, which is reported). An existing pledge keeps its
    /// progress reports.
    mutating func validated(existing: Pledge?, owner: Place, organization: Organization?) -> Pledge? {
        errors = [:]
        let title = checkedTitle()
        if !self["organization"].isEmpty && organization == nil {
            errors["organization"] = "No organization has the slug '\(self["organization"])'; give it as in its address, or leave it empty."
        }
        let framework = self["framework"].trimmingCharacters(in: .whitespacesAndNewlines)
        if !(2...200).contains(framework.count) {
            errors["framework"] = "Name the framework the pledge is made under (2 to 200 characters), such as European Pillar of Social Rights."
        }
        if principles.count > 20 || principles.contains(where: { $0.count > 100 }) {
            errors["principles"] = "List at most 20 principles, each of at most 100 characters, separated by commas."
        }
        let amount = measure("amount", "Give the amount as a number greater than 0, such as 4320000, or leave it empty.")
        let currency = self["currency"].trimmingCharacters(in: .whitespaces).uppercased()
        if amount != nil && !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isLetter }) {
            errors["currency"] = "Give the amount's currency as its three-letter code, such as EUR."
        } else if amount == nil && !currency.isEmpty && errors["amount"] == nil {
            errors["amount"] = "Give the amount in \(currency), or leave the currency empty too."
        }
        let quantity = measure("quantity", "Give the quantity as a number greater than 0, such as 400, or leave it empty.")
        let unit = self["unit"].trimmingCharacters(in: .whitespaces)
        if quantity != nil && !(1...40).contains(unit.count) {
            errors["unit"] = "Say what the quantity counts in at most 40 characters, such as homes or trees."
        } else if quantity == nil && !unit.isEmpty && errors["quantity"] == nil {
            errors["quantity"] = "Give the number of \(unit), or leave the unit empty too."
        }
        let start = optionalDay("startDate", "Write the first day as YYYY-MM-DD, or leave it empty.")
        let end = optionalDay("endDate", "Write the last day as YYYY-MM-DD, or leave it empty.")
        if let start, let end, end < start { errors["endDate"] = "The pledge cannot end before it starts (\(start))." }
        checkLength("summary", "The summary", limit: 5_000)
        guard errors.isEmpty else { return nil }
        return Pledge(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, placeID: owner.id,
                      organizationID: organization?.id, framework: framework, principles: principles, amount: amount,
                      currency: amount == nil ? nil : currency, quantity: quantity, unit: quantity == nil ? nil : unit,
                      startDate: start, endDate: end, summary: self["summary"], progress: existing?.progress ?? [])
    }

    /// A positive number written with digits and at most one decimal point; nil when empty or wrong (with
    /// `message` written).
    private mutating func measure(_ name: String, _ message: String) -> Double? {
        let text = self[name].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(text), value > 0,
              value < 1e15 else {
            errors[name] = message
            return nil
        }
        return value
    }

    /// `4320000000` rather than `4.32e+09`, and `12.5` as it is.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Pledge?, to new: Pledge) -> [String: AuditChange] {
        auditChanges([
            ("title", old?.title, new.title),
            ("place_id", old.map { String($0.placeID) }, String(new.placeID)),
            ("organization_id", old?.organizationID.map(String.init), new.organizationID.map(String.init)),
            ("framework", old?.framework, new.framework),
            ("principles", old.map { $0.principles.joined(separator: ", ") }, new.principles.joined(separator: ", ")),
            ("amount", old?.amount.map(number), new.amount.map(number)),
            ("currency", old?.currency, new.currency),
            ("quantity", old?.quantity.map(number), new.quantity.map(number)),
            ("unit", old?.unit, new.unit),
            ("start_date", old?.startDate?.description, new.startDate?.description),
            ("end_date", old?.endDate?.description, new.endDate?.description),
            ("summary", old?.summary, new.summary),
        ])
    }
}
