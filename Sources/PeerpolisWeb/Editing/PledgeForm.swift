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
    mutating func validated(existing: Pledge?, owner: Place, organization: Organization?, _ t: Catalog) -> Pledge? {
        errors = [:]
        let title = text("title", 3...200, t[.editorCheckTitle])
        if !self["organization"].isEmpty && organization == nil {
            errors["organization"] = t.format(.editorCheckPledgeOrganization, self["organization"])
        }
        let framework = text("framework", 2...200, t[.editorCheckFramework])
        if principles.count > 20 || principles.contains(where: { $0.count > 100 }) {
            errors["principles"] = t[.editorCheckPrinciples]
        }
        let amount = measure("amount", t[.editorCheckAmount])
        let currency = self["currency"].trimmingCharacters(in: .whitespaces).uppercased()
        if amount != nil && !(currency.count == 3 && currency.allSatisfy { $0.isASCII && $0.isLetter }) {
            errors["currency"] = t[.editorCheckCurrency]
        } else if amount == nil && !currency.isEmpty && errors["amount"] == nil {
            errors["amount"] = t.format(.editorCheckAmountForCurrency, currency)
        }
        let quantity = measure("quantity", t[.editorCheckQuantity])
        let unit = self["unit"].trimmingCharacters(in: .whitespaces)
        if quantity != nil && !(1...40).contains(unit.count) {
            errors["unit"] = t[.editorCheckUnit]
        } else if quantity == nil && !unit.isEmpty && errors["quantity"] == nil {
            errors["quantity"] = t.format(.editorCheckQuantityForUnit, unit)
        }
        let start = optionalDay("startDate", t[.editorCheckFirstDay])
        let end = optionalDay("endDate", t[.editorCheckLastDay])
        if let start, let end, end < start { errors["endDate"] = t.format(.editorCheckPledgeEnd, start.description) }
        _ = summary(limit: 5_000, t)
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
