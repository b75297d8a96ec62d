import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// An organization's profile as typed in its form, with a message per field that cannot be published.
struct OrganizationForm: EditorForm {
    static let fieldNames = ["name", "kind", "website", "summary"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    init() {}

    init(_ organization: Organization) {
        fields = ["name": organization.name, "kind": organization.kind.rawValue, "website": organization.website ?? "",
                  "summary": organization.summary]
    }

    /// Checks every field and, when all hold, returns the organization.
    mutating func validated(existing: Organization?) -> Organization? {
        errors = [:]
        let name = text("name", 2...200, "Give a name of 2 to 200 characters.")
        let kind = OrganizationKind(rawValue: self["kind"])
        if kind == nil { errors["kind"] = "Choose the kind of organization." }
        let website = self.website("website")
        let summary = text("summary", 0...5_000, "The summary may have at most 5,000 characters; it has \(self["summary"].count).")
        guard errors.isEmpty, let kind else { return nil }
        return Organization(id: existing?.id ?? 0, slug: existing?.slug ?? "", name: name, kind: kind, website: website,
                            summary: summary)
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Organization?, to new: Organization) -> [String: AuditChange] {
        auditChanges([
            ("name", old?.name, new.name),
            ("kind", old?.kind.rawValue, new.kind.rawValue),
            ("website", old?.website, new.website),
            ("summary", old?.summary, new.summary),
        ])
    }
}
