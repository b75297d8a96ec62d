import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// An application as typed: the lead place's slug, the partners' slugs (separated by commas, spaces or
/// lines), the proposal; with a message per field and the call's rules checked against the consortium.
struct ApplicationForm: Sendable {
    var lead = ""
    var partners = ""
    var proposal = ""
    var errors: [String: String] = [:]
    /// Every rule of the call, met or not, once the places are known.
    var rules: [RuleStatus] = []
    var leadPlace: Place?
    var partnerPlaces: [Place] = []

    init() {}

    static func slugs(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }).map { $0.lowercased() }
    }

    /// Reads a submission and looks its places up; `check` then applies the call's rules.
    init(form: FormBody, call: Call, today: Day, db: Database) async throws {
        lead = form.text("lead")
        partners = form.text("partners")
        proposal = form.text("proposal")
        if call.status(today: today) != .open {
            if let closes = call.closesOn, closes < today {
                errors["call"] = "This call closed on \(closes); it takes no more applications."
            } else if let opens = call.opensOn, today < opens {
                errors["call"] = "This call opens on \(opens); applications are taken from then."
            } else {
                errors["call"] = "This call states no dates, so the hub cannot take applications for it."
            }
        }
        if lead.isEmpty {
            errors["lead"] = "Give the slug of the lead place, as in its address: malmo-se for /places/malmo-se."
        } else if let place = try await Place.fetchOne(slug: lead.lowercased(), on: db.sql) {
            leadPlace = place
        } else {
            errors["lead"] = "No place has the slug '\(lead)'."
        }
        let slugs = Self.slugs(partners)
        var unknown: [String] = [], repeated: [String] = [], seen: Set<String> = [lead.lowercased()]
        for slug in slugs {
            guard seen.insert(slug).inserted else { repeated.append(slug); continue }
            if let place = try await Place.fetchOne(slug: slug, on: db.sql) { partnerPlaces.append(place) } else { unknown.append(slug) }
        }
        if slugs.isEmpty {
            errors["partners"] = "Name at least one partner place by its slug."
        } else if !unknown.isEmpty {
            errors["partners"] = "No place has the slug \(unknown.map { "'\($0)'" }.joined(separator: ", "))."
        } else if !repeated.isEmpty {
            errors["partners"] = "Name each place once, and the lead only as the lead: \(repeated.joined(separator: ", ")) came twice."
        } else if partnerPlaces.count > 50 {
            errors["partners"] = "An application names at most 50 partners."
        }
        if !(50...20_000).contains(proposal.count) {
            errors["proposal"] = "Write a proposal of 50 to 20,000 characters; it has \(proposal.count)."
        }
    }

    /// Checks the call's rules against the consortium; each unmet rule becomes an error in its own sentence.
    mutating func check(_ call: Call, countries: [String: Country]) {
        guard let leadPlace, errors["partners"] == nil else { return }
        func candidate(_ place: Place) -> ConsortiumCandidate? {
            guard let country = countries[place.countryCode.uppercased()] else { return nil }
            return ConsortiumCandidate(placeID: place.id, name: place.name, countryCode: country.iso2,
                                       continent: country.continent, isEUMember: country.isEUMember, score: 0)
        }
        guard let leadCandidate = candidate(leadPlace) else { return }
        rules = ConsortiumBuilder(rules: call.rules).evaluate(lead: leadCandidate, partners: partnerPlaces.compactMap(candidate))
        let unmet = rules.filter { !$0.isMet }
        if !unmet.isEmpty { errors["rules"] = unmet.map(\.sentence).joined(separator: " ") }
    }
}
