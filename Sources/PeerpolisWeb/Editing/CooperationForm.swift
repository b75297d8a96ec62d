import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A cooperation as typed in its form, every field kept as text, with a message per field that cannot be
/// published. Places are given by slug; outcomes one a line, as `description | figure unit`.
struct CooperationForm: EditorForm {
    static let fieldNames = ["title", "programme", "startDate", "endDate", "narrative", "places", "themes", "outcomes"]
    static let maximumPlaces = 100

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    /// Blank, for a new cooperation of this programme.
    init(programmeSlug: String) {
        fields = ["programme": programmeSlug]
    }

    init() {}

    /// The values of a published cooperation; `placeSlugs` holds the slugs of its places.
    init(_ cooperation: Cooperation, programmeSlug: String, placeSlugs: [Int: String]) {
        fields = ["title": cooperation.title, "programme": programmeSlug,
                  "startDate": cooperation.startDate?.description ?? "", "endDate": cooperation.endDate?.description ?? "",
                  "narrative": cooperation.narrative,
                  "places": cooperation.placeIDs.compactMap { placeSlugs[$0] }.joined(separator: ", "),
                  "themes": cooperation.themeSlugs.joined(separator: ","),
                  "outcomes": cooperation.outcomes.map(Self.line).joined(separator: "\n")]
    }

    /// The place slugs the form names, for looking them up at once (bounded: a longer list is refused).
    var placeSlugs: [String] { Array(Self.slugs(in: self["places"]).prefix(Self.maximumPlaces + 1)) }

    /// Checks every field and, when all hold, returns the cooperation. `programme` is the organization the form
    /// names (nil for none), `places` the places of `placeSlugs` that exist. Messages are in the language of `t`.
    mutating func validated(existing: Cooperation?, programme: Organization?, places: [String: Place],
                            knownThemes: Set<String>, _ t: Catalog) -> Cooperation? {
        errors = [:]
        let title = text("title", 3...200, t[.editorCheckTitle])
        let (start, end) = optionalPeriod(start: "startDate", end: "endDate", t)
        let narrative = text("narrative", 0...20_000, t.format(.editorCheckNarrative, String(self["narrative"].count)))
        let partners = self.places("places", found: places, t)
        if errors["places"] == nil && partners.count < 2 {
            errors["places"] = t[.editorCheckTwoPlaces]
        } else if partners.count > Self.maximumPlaces {
            errors["places"] = t.format(.editorCheckTooManyPlaces, String(Self.maximumPlaces))
        }
        let themes = self.themes(known: knownThemes, t)
        let outcomes = self.outcomes(t)

        guard errors.isEmpty else { return nil }
        return Cooperation(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, programmeID: programme?.id,
                           startDate: start, endDate: end, narrative: narrative, placeIDs: partners.map(\.id),
                           themeSlugs: themes, outcomes: outcomes)
    }

    /// The outcomes, one a line: `description`, or `description | figure unit` such as
    /// `public-private partnership | 50000000 USD`.
    private mutating func outcomes(_ t: Catalog) -> [Outcome] {
        let lines = self["outcomes"].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        var outcomes: [Outcome] = []
        for (number, line) in lines.enumerated() {
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let description = parts.first ?? ""
            let figure = parts.count > 1 ? parts[1].split(separator: " ", maxSplits: 1).map(String.init) : []
            let amount = figure.first.flatMap { Double($0) }.flatMap { $0.isFinite ? $0 : nil }
            if !(1...500).contains(description.count) || (!figure.isEmpty && amount == nil) || (figure.count > 1 && figure[1].count > 40) {
                errors["outcomes"] = t.format(.editorCheckOutcomeLine, String(number + 1))
                return []
            }
            outcomes.append(Outcome(description: description, amount: amount, unit: figure.count > 1 ? figure[1] : nil))
        }
        if outcomes.count > 30 { errors["outcomes"] = t[.editorCheckTooManyOutcomes] }
        return outcomes
    }

    /// An outcome as the form shows it.
    static func line(_ outcome: Outcome) -> String {
        guard let amount = outcome.amount else { return outcome.description }
        let figure = amount == amount.rounded() && abs(amount) < 1e15 ? String(Int64(amount)) : String(amount)
        return "\(outcome.description) | \(figure)" + (outcome.unit.map { " " + $0 } ?? "")
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Cooperation?, to new: Cooperation) -> [String: AuditChange] {
        auditChanges([
            ("title", old?.title, new.title),
            ("programme_id", old?.programmeID.map(String.init), new.programmeID.map(String.init)),
            ("start_date", old?.startDate?.description, new.startDate?.description),
            ("end_date", old?.endDate?.description, new.endDate?.description),
            ("narrative", old?.narrative, new.narrative),
            ("places", old.map { $0.placeIDs.map(String.init).joined(separator: ",") },
             new.placeIDs.map(String.init).joined(separator: ",")),
            ("themes", old.map { $0.themeSlugs.joined(separator: ",") }, new.themeSlugs.joined(separator: ",")),
            ("outcomes", old.map { $0.outcomes.map(line).joined(separator: "\n") }, new.outcomes.map(line).joined(separator: "\n")),
        ])
    }
}
