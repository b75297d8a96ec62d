import Foundation
import PeerpolisDomain
import SQLKit

/// How each entity reads to the search index. Country codes of entities tied to places are looked up from
/// their places; statuses are derived on the day of indexing (`peerpolis reindex` refreshes them).
enum SearchDocuments {
    static func of(_ place: Place) -> SearchDocument {
        SearchDocument(type: .place, entityID: place.id, slug: place.slug, title: place.name,
                       names: [place.asciiName] + place.alternateNames, countryCode: place.countryCode,
                       population: place.population)
    }

    static func of(_ country: Country) -> SearchDocument {
        SearchDocument(type: .country, entityID: countryKey(country.iso2), slug: country.slug,
                       title: country.name, names: [country.iso2, country.iso3],
                       summary: [country.capital, country.continent.name].compactMap { $0 }.joined(separator: ", "),
                       countryCode: country.iso2, population: country.population)
    }

    static func of(_ organization: Organization) -> SearchDocument {
        SearchDocument(type: .organization, entityID: organization.id, slug: organization.slug, title: organization.name,
                       summary: organization.summary)
    }

    static func of(_ network: Network, country: String?, today: Day) -> SearchDocument {
        SearchDocument(type: .network, entityID: network.id, slug: network.slug, title: network.name,
                       summary: network.summary, body: network.outputs.joined(separator: "\n"), countryCode: country,
                       themeSlugs: network.themeSlugs, year: network.startDate?.year,
                       status: network.status(today: today)?.rawValue, date: network.startDate)
    }

    static func of(_ cooperation: Cooperation, country: String?) -> SearchDocument {
        SearchDocument(type: .cooperation, entityID: cooperation.id, slug: cooperation.slug, title: cooperation.title,
                       summary: cooperation.narrative,
                       body: cooperation.outcomes.map(\.description).joined(separator: "\n"), countryCode: country,
                       themeSlugs: cooperation.themeSlugs, year: cooperation.startDate?.year, date: cooperation.startDate)
    }

    static func of(_ practice: GoodPractice, country: String?) -> SearchDocument {
        SearchDocument(type: .practice, entityID: practice.id, slug: practice.slug, title: practice.title,
                       summary: practice.summary, body: [practice.body, practice.results ?? ""].joined(separator: "\n"),
                       countryCode: country, themeSlugs: practice.themeSlugs)
    }

    static func of(_ event: Event, country: String?) -> SearchDocument {
        SearchDocument(type: .event, entityID: event.id, slug: event.slug, title: event.title, summary: event.summary,
                       countryCode: country, themeSlugs: event.themeSlugs, year: event.startDate.year,
                       date: event.startDate)
    }

    static func of(_ article: Article, country: String?) -> SearchDocument {
        SearchDocument(type: .article, entityID: article.id, slug: article.slug, title: article.title,
                       names: article.authors, summary: article.summary, body: article.body, countryCode: country,
                       themeSlugs: article.themeSlugs, year: article.publishedOn?.year, date: article.publishedOn)
    }

    static func of(_ call: Call, today: Day) -> SearchDocument {
        SearchDocument(type: .call, entityID: call.id, slug: call.slug, title: call.title, summary: call.summary,
                       themeSlugs: call.themeSlugs, year: (call.closesOn ?? call.opensOn)?.year,
                       status: call.status(today: today)?.rawValue, date: call.opensOn)
    }

    static func of(_ pledge: Pledge, country: String?) -> SearchDocument {
        SearchDocument(type: .pledge, entityID: pledge.id, slug: pledge.slug, title: pledge.title,
                       summary: pledge.summary,
                       body: ([pledge.framework] + pledge.principles + pledge.progress.map(\.note)).joined(separator: "\n"),
                       countryCode: country, year: pledge.startDate?.year, date: pledge.startDate)
    }

    /// Countries are keyed by ISO code, not by a number; the index needs one, so the two letters make it.
    static func countryKey(_ iso2: String) -> Int {
        iso2.uppercased().utf8.reduce(0) { $0 * 256 + Int($1) }
    }

    /// The country of the first of these places that exists.
    static func country(of placeIDs: [Int?], on db: any SQLDatabase) async throws -> String? {
        let ids = placeIDs.compactMap { $0 }
        guard !ids.isEmpty else { return nil }
        let rows = try await db.select().column("id").column("country_code").from("places")
            .where("id", .in, SQLBind.group(ids)).all()
        var byID: [Int: String] = [:]
        for row in rows { byID[try row.int("id")] = try row.string("country_code") }
        return ids.lazy.compactMap { byID[$0] }.first
    }
}

extension Day {
    /// Today in UTC, for statuses written into the index (which `peerpolis reindex` refreshes).
    static var indexingDay: Day {
        Day(daysSince1970: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
