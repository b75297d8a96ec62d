import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A call as typed in its form, every field kept as text, with a message per field that cannot be published.
/// The eligibility rules are fields of their own, so the consortium builder and the application check read
/// exactly what the organization set.
struct CallForm: EditorForm {
    static let fieldNames = ["title", "organizer", "opens", "closes", "summary", "themes", "minPartners", "maxPartners",
                             "minCountries", "maxPerCountry", "continents", "regions"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    init(organizerSlug: String) {
        fields = ["organizer": organizerSlug]
    }

    init(fields: [String: String]) {
        self.fields = fields.filter { Self.fieldNames.contains($0.key) }
    }

    init(_ call: Call, organizerSlug: String) {
        let rules = call.rules
        fields = ["title": call.title, "organizer": organizerSlug, "opens": call.opensOn?.description ?? "",
                  "closes": call.closesOn?.description ?? "", "summary": call.summary,
                  "themes": call.themeSlugs.joined(separator: ","),
                  "minPartners": rules.minPartners.map(String.init) ?? "", "maxPartners": rules.maxPartners.map(String.init) ?? "",
                  "minCountries": rules.minCountries.map(String.init) ?? "",
                  "maxPerCountry": rules.maxPerCountry.map(String.init) ?? "",
                  "continents": rules.requiredContinents.map(\.rawValue).joined(separator: ","),
                  "regions": rules.requiredRegions.joined(separator: ", ")]
    }

    /// What was posted: theme and continent boxes arrive as `theme.<slug>` and `continent.<code>`.
    init(form: FormBody, themes: [Theme]) {
        for name in Self.fieldNames where name != "themes" && name != "continents" { fields[name] = form.text(name) }
        fields["themes"] = themes.map(\.slug).filter { !form.text("theme." + $0).isEmpty }.joined(separator: ",")
        fields["continents"] = Continent.allCases.map(\.rawValue).filter { !form.text("continent." + $0).isEmpty }
            .joined(separator: ",")
    }

    var themeSlugs: [String] { self["themes"].split(separator: ",").map(String.init) }
    var continents: [Continent] { self["continents"].split(separator: ",").compactMap { Continent(rawValue: String($0)) } }

    /// Checks every field and, when all hold, returns the call they describe.
    mutating func validated(existing: Call?, organizer: Organization?, knownThemes: Set<String>) -> Call? {
        errors = [:]
        let title = self["title"]
        if !(3...200).contains(title.count) { errors["title"] = "Give a title of 3 to 200 characters." }
        if organizer == nil { errors["organizer"] = "Choose the organization that runs the call." }
        let opens = day("opens", "Write the opening day as YYYY-MM-DD, or leave it empty.")
        let closes = day("closes", "Write the closing day as YYYY-MM-DD, or leave it empty.")
        if let opens, let closes, closes < opens { errors["closes"] = "The call cannot close before it opens (\(opens))." }
        if opens == nil && closes == nil && errors["opens"] == nil && errors["closes"] == nil {
            errors["closes"] = "Give at least the closing day: applications are taken only while a call is open."
        }
        let minPartners = count("minPartners"), maxPartners = count("maxPartners")
        let minCountries = count("minCountries"), maxPerCountry = count("maxPerCountry")
        if let minPartners, let maxPartners, maxPartners < minPartners {
            errors["maxPartners"] = "The most partners allowed cannot be fewer than the least asked for (\(minPartners))."
        }
        if let minCountries, let maxPartners, minCountries > maxPartners {
            errors["minCountries"] = "A consortium of at most \(maxPartners) partners cannot span \(minCountries) countries."
        }
        if self["summary"].count > 5_000 {
            errors["summary"] = "The summary may have at most 5,000 characters; it has \(self["summary"].count)."
        }
        let unknown = themeSlugs.filter { !knownThemes.contains($0) }
        if !unknown.isEmpty { errors["themes"] = "Unknown themes: \(unknown.joined(separator: ", "))." }
        let regions = self["regions"].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        guard errors.isEmpty, let organizer else { return nil }
        let rules = EligibilityRules(minPartners: minPartners, maxPartners: maxPartners, minCountries: minCountries,
                                     maxPerCountry: maxPerCountry, requiredContinents: continents, requiredRegions: regions)
        return Call(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, organizationID: organizer.id,
                    opensOn: opens, closesOn: closes, summary: self["summary"], rules: rules, themeSlugs: themeSlugs.sorted())
    }

    private mutating func day(_ name: String, _ message: String) -> Day? {
        guard !self[name].isEmpty else { return nil }
        guard let day = Day(self[name]) else {
            errors[name] = message
            return nil
        }
        return day
    }

    /// A rule's number: empty for no rule, else a whole number from 1 to 500.
    private mutating func count(_ name: String) -> Int? {
        guard !self[name].isEmpty else { return nil }
        guard let value = Int(self[name]), (1...500).contains(value) else {
            errors[name] = "Give a whole number from 1 to 500, or leave it empty for no such rule."
            return nil
        }
        return value
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Call?, to new: Call) -> [String: AuditChange] {
        auditChanges([
            ("title", old?.title, new.title),
            ("organization_id", old.map { String($0.organizationID) }, String(new.organizationID)),
            ("opens_on", old?.opensOn?.description, new.opensOn?.description),
            ("closes_on", old?.closesOn?.description, new.closesOn?.description),
            ("summary", old?.summary, new.summary),
            ("rules", old.map { jsonDescription($0.rules) }, jsonDescription(new.rules)),
            ("themes", old.map { $0.themeSlugs.joined(separator: ",") }, new.themeSlugs.joined(separator: ",")),
        ])
    }

    static func jsonDescription(_ rules: EligibilityRules) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return (try? encoder.encode(rules)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
