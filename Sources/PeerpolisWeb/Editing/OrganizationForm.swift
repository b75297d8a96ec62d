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

    /// Checks every field and, when all hold, returns the organization. Messages are in the language of `t`.
    mutating func validated(existing: Organization?, _ t: Catalog) -> Organization? {
        errors = [:]
        let name = text("name", 2...200, t.format(.editorCheckName, "2"))
        let kind = OrganizationKind(rawValue: self["kind"])
        if kind == nil { errors["kind"] = t[.editorCheckOrganizationKind] }
        let website = self.website("website", t)
        let summary = self.summary(limit: 5_000, t)
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
