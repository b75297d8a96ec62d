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

    /// Checks every field and, when all hold, returns the practice. `networks` are those of `networkSlugs`
    /// that exist; the others are reported. An existing practice keeps its transfers.
    mutating func validated(existing: GoodPractice?, owner: Place, networks: [Network], knownThemes: Set<String>) -> GoodPractice? {
        errors = [:]
        let title = checkedTitle()
        if !(1...2_000).contains(self["summary"].trimmingCharacters(in: .whitespacesAndNewlines).count) {
            errors["summary"] = "Say in a sentence or two (up to 2,000 characters) what the practice is."
        }
        checkLength("body", "The description", limit: 100_000)
        checkLength("results", "The results", limit: 5_000)
        let found = Set(networks.map(\.slug))
        let unknown = networkSlugs.filter { !found.contains($0) }
        if !unknown.isEmpty {
            errors["networks"] = "No network has the slug \(unknown.map { "'\($0)'" }.joined(separator: ", ")); give them as in the networks' addresses."
        }
        checkThemes(known: knownThemes)
        guard errors.isEmpty else { return nil }
        let results = self["results"].trimmingCharacters(in: .whitespacesAndNewlines)
        return GoodPractice(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, ownerPlaceID: owner.id,
                            summary: self["summary"], body: self["body"], results: results.isEmpty ? nil : results,
                            themeSlugs: themeSlugs.sorted(), networkIDs: networks.map(\.id),
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
