import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A good practice as typed in its form, every field kept as text, with a message per field that cannot be
/// published. Its transfers have a form of their own (`TransferForm`), since the receiving places'
/// representatives fill that one in too.
struct PracticeForm: EditorForm {
    static let fieldNames = ["title", "place", "summary", "body", "results", "networks", "themes"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    init() {}

    init(_ practice: GoodPractice, placeSlug: String, networkSlugs: [String]) {
        fields = ["title": practice.title, "place": placeSlug, "summary": practice.summary, "body": practice.body,
                  "results": practice.results ?? "", "networks": networkSlugs.joined(separator: ", "),
                  "themes": practice.themeSlugs.joined(separator: ",")]
    }

    var networkSlugs: [String] { ApplicationForm.slugs(self["networks"]) }

    /// Checks every field and, when all hold, returns the practice. `networkIDs` are the ids of those of
    /// `networkSlugs` that exist, by slug; the others are reported. An existing practice keeps its transfers.
    mutating func validated(existing: GoodPractice?, owner: Place, networkIDs: [String: Int], knownThemes: Set<String>,
                            _ t: Catalog) -> GoodPractice? {
        errors = [:]
        let title = text("title", 3...200, t[.editorCheckTitle])
        _ = text("summary", 1...2_000, t[.editorCheckPracticeSummary])
        let number = Formatter(catalog: t)
        if self["body"].count > 100_000 {
            errors["body"] = t.format(.editorCheckDescription, number.integer(100_000), number.integer(self["body"].count))
        }
        if self["results"].count > 5_000 {
            errors["results"] = t.format(.editorCheckResults, number.integer(5_000), number.integer(self["results"].count))
        }
        let unknown = networkSlugs.filter { networkIDs[$0] == nil }
        if !unknown.isEmpty {
            errors["networks"] = t.format(.editorCheckNetworks, unknown.map { "'\($0)'" }.joined(separator: ", "))
        }
        let themeSlugs = themes(known: knownThemes, t)
        guard errors.isEmpty else { return nil }
        let results = self["results"].trimmingCharacters(in: .whitespacesAndNewlines)
        return GoodPractice(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, ownerPlaceID: owner.id,
                            summary: self["summary"], body: self["body"], results: results.isEmpty ? nil : results,
                            themeSlugs: themeSlugs, networkIDs: networkSlugs.compactMap { networkIDs[$0] },
                            transfers: existing?.transfers ?? [])
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: GoodPractice?, to new: GoodPractice) -> [String: AuditChange] {
        auditChanges([
            ("title", old?.title, new.title),
            ("owner_place_id", old.map { String($0.ownerPlaceID) }, String(new.ownerPlaceID)),
            ("summary", old?.summary, new.summary),
            ("body", old?.body, new.body),
            ("results", old?.results, new.results),
            ("networks", old.map { $0.networkIDs.map(String.init).joined(separator: ",") },
             new.networkIDs.map(String.init).joined(separator: ",")),
            ("themes", old.map { $0.themeSlugs.joined(separator: ",") }, new.themeSlugs.joined(separator: ",")),
        ])
    }
}
