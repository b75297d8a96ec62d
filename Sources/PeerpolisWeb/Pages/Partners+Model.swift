import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// One ranked partner as a page shows it.
struct PartnerRow: Sendable {
    var name: String
    var href: String
    var meta: String
    /// Each signal's label and weighted contribution, strongest first.
    var signals: [(label: String, value: String)]
    var reasons: [String]
}

/// The partners page of a place: the form as filled in, what the text was read as, and the ranking.
struct PartnersPageModel: Sendable {
    var title: String
    var intro: String
    var action: String
    var query: [String: String]
    var themeOptions: [(value: String, label: String)]
    var continentOptions: [(value: String, label: String)]
    /// A sentence shown instead of results, when there is nothing to match on yet.
    var notice: String?
    var interpreted: [String]
    var matchedOn: String?
    var rows: [PartnerRow]
}

extension Pages {
    static let needSlots = 3
    static let weightChoices = ["1", "0.75", "0.5", "0.25"]
    static let limitChoices = ["10", "20", "50", "100"]

    func partners(slug: String, matching: MatchingController) async throws -> PartnersPageModel {
        let place = try await matching.place(slug: slug)
        var model = PartnersPageModel(
            title: t.format(.partnersTitle, place.name), intro: t.format(.partnersIntro, place.name),
            action: SiteURL.placePartners(place.slug).path, query: info.query,
            themeOptions: ReferenceData.Snapshot.themeOptions(reference.themes, language: t.language),
            continentOptions: Continent.allCases.map { ($0.rawValue, t.label("continent", $0.rawValue)) },
            notice: nil, interpreted: [], matchedOn: nil, rows: [])
        let request = try matchRequest(placeID: place.id)
        let response: MatchResponse
        do {
            response = try await matching.matches(request).0
        } catch WebError.badRequest(let sentence) where !hasMatchInput {
            // A first visit to the page of a place without a profile: show the form and say what to fill in.
            model.notice = sentence
            return model
        }
        model.interpreted = response.interpretedThemes.map {
            t.format(.partnersInterpretedLine, themeNames([$0.slug]), $0.words.joined(separator: "”, “"))
        }
        func weighted(_ themes: [String: Double]) -> String {
            themes.isEmpty ? t[.partnersAny] : themes.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\(themeNames([$0.key])) (\(decimal($0.value)))" }.joined(separator: ", ")
        }
        model.matchedOn = t.format(.partnersMatchedOn, weighted(response.needs), weighted(response.offers))
        model.rows = response.results.map(partnerRow)
        if model.rows.isEmpty { model.notice = t[.partnersNone] }
        return model
    }

    func partnerRow(_ match: Match) -> PartnerRow {
        let country = reference.countriesByCode[match.countryCode]?.name ?? match.countryCode
        var meta = [country, t.format(.partnersDistance, format.integer(Int(match.distanceKm.rounded()))),
                    t.format(.partnersScore, decimal(match.score))]
        if match.isExistingPartner { meta.append(t[.partnersExisting]) }
        let signals = match.signals.filter { $0.value > 0 }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { (signalLabel($0.key), decimal($0.value)) }
        return PartnerRow(name: match.name, href: SiteURL.place(match.slug).path, meta: meta.joined(separator: " · "),
                          signals: signals, reasons: match.reasons)
    }

    func signalLabel(_ key: String) -> String {
        switch MatchSignal(rawValue: key) {
        case .thematic: t[.signalThematic]
        case .mutual: t[.signalMutual]
        case .context: t[.signalContext]
        case .trackRecord: t[.signalTrackRecord]
        case .network: t[.signalNetwork]
        case .practicalities: t[.signalPracticalities]
        case nil: key
        }
    }

    /// True when the query holds anything of the form, so an error is the user's to fix (a 400).
    var hasMatchInput: Bool {
        info.query.contains { !$0.value.isEmpty && $0.key != "lang" }
    }

    /// The form's query as a match request: `need1…3` with `need1w…` weights, the same for `offer`,
    /// `text`, the filters and `limit`.
    func matchRequest(placeID: Int) throws -> MatchRequest {
        func themes(_ prefix: String) throws -> [String: Double] {
            var result: [String: Double] = [:]
            for slot in 1...Self.needSlots {
                guard let slug = info.string("\(prefix)\(slot)") else { continue }
                let text = info.string("\(prefix)\(slot)w") ?? "1"
                guard let weight = Double(text) else {
                    throw WebError.badRequest("The weight '\(text.prefix(20))' is not a number; use a value between 0 and 1.")
                }
                result[slug] = max(result[slug] ?? 0, weight)
            }
            return result
        }
        func integer(_ name: String, label: UIKey) throws -> Int? {
            guard let text = info.string(name) else { return nil }
            let digits = text.filter { $0 != "," && $0 != " " && $0 != "_" }
            guard let value = Int(digits) else {
                throw WebError.badRequest("“\(t[label])” must be a whole number, not '\(text.prefix(20))'.")
            }
            return value
        }
        func continent(_ name: String) throws -> Set<Continent> {
            guard let code = info.string(name) else { return [] }
            guard let continent = Continent(rawValue: code.uppercased()) else {
                throw WebError.badRequest("'\(code.prefix(20))' is not a continent code; use one of \(Continent.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            return [continent]
        }
        func codes(_ name: String) -> Set<String> {
            Set((info.string(name) ?? "").split { $0 == "," || $0 == " " }.map { $0.uppercased() })
        }
        let filters = MatchFilters(
            includeContinents: try continent("continent"), excludeContinents: try continent("exclude_continent"),
            includeCountries: codes("countries"), excludeCountries: codes("exclude_countries"),
            crossContinent: info.string("cross") != nil, minPopulation: try integer("min_population", label: .fieldMinPopulation),
            maxPopulation: try integer("max_population", label: .fieldMaxPopulation),
            onlyWithProfile: info.string("profile") != nil, excludeExistingPartners: info.string("existing") == nil)
        let limit = try integer("limit", label: .fieldLimit) ?? 20
        return MatchRequest(placeID: placeID, needs: try themes("need"), offers: try themes("offer"),
                            text: info.string("text") ?? "", filters: filters, limit: limit)
    }
}

extension Pages {
    /// A score or weight with two decimals: enough to compare, few enough to read.
    func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
}
