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

    init() {}

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
    init(posted form: FormBody, themes: [Theme]) {
        read(form, themes: themes)
        fields["continents"] = Continent.allCases.map(\.rawValue).filter { !form.text("continent." + $0).isEmpty }
            .joined(separator: ",")
    }
    var continents: [Continent] { self["continents"].split(separator: ",").compactMap { Continent(rawValue: String($0)) } }

    /// Checks every field and, when all hold, returns the call they describe. Messages are in the language of `t`.
    mutating func validated(existing: Call?, organizer: Organization?, knownThemes: Set<String>, _ t: Catalog) -> Call? {
        errors = [:]
        let title = self["title"]
        if !(3...200).contains(title.count) { errors["title"] = t[.editorCheckTitle] }
        if organizer == nil { errors["organizer"] = t[.editorCheckCallOrganizer] }
        let opens = optionalDay("opens", t[.editorCheckOpens])
        let closes = optionalDay("closes", t[.editorCheckCloses])
        if let opens, let closes, closes < opens { errors["closes"] = t.format(.editorCheckClosesBeforeOpens, opens.description) }
        if opens == nil && closes == nil && errors["opens"] == nil && errors["closes"] == nil {
            errors["closes"] = t[.editorCheckNoDates]
        }
        let minPartners = count("minPartners", t), maxPartners = count("maxPartners", t)
        let minCountries = count("minCountries", t), maxPerCountry = count("maxPerCountry", t)
        if let minPartners, let maxPartners, maxPartners < minPartners {
            errors["maxPartners"] = t.format(.editorCheckMaxBelowMin, String(minPartners))
        }
        if let minCountries, let maxPartners, minCountries > maxPartners {
            errors["minCountries"] = t.format(.editorCheckCountriesOverPartners, String(maxPartners), String(minCountries))
        }
        let summary = self.summary(limit: 5_000, t)
        let themes = self.themes(known: knownThemes, t)
        let regions = self["regions"].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }

        guard errors.isEmpty, let organizer else { return nil }
        let rules = EligibilityRules(minPartners: minPartners, maxPartners: maxPartners, minCountries: minCountries,
                                     maxPerCountry: maxPerCountry, requiredContinents: continents, requiredRegions: regions)
        return Call(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, organizationID: organizer.id,
                    opensOn: opens, closesOn: closes, summary: summary, rules: rules, themeSlugs: themes)
    }

    /// A rule's number: empty for no rule, else a whole number from 1 to 500.
    private mutating func count(_ name: String, _ t: Catalog) -> Int? {
        guard !self[name].isEmpty else { return nil }
        guard let value = Int(self[name]), (1...500).contains(value) else {
            errors[name] = t[.editorCheckRuleNumber]
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
