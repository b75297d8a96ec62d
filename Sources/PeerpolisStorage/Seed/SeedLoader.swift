import Foundation
import PeerpolisDomain
import SQLKit

/// Loads the bundled data into a database: countries, places, themes, and the curated seed content.
public enum SeedLoader {
    public enum PlaceScope: Sendable {
        /// Every bundled place (about 34,000): what the hub serves.
        case all
        /// Only the places the seed content refers to: fast, for tests.
        case referencedOnly
    }

    public struct Summary: Sendable, Equatable {
        public var countries = 0, places = 0, themes = 0, organizations = 0, networks = 0, cooperations = 0
        public var practices = 0, events = 0, articles = 0, calls = 0, pledges = 0, interests = 0
    }

    /// True when the database holds no country yet, i.e. nothing has been loaded.
    public static func isEmpty(_ database: Database) async throws -> Bool {
        try await Country.fetchCount(on: database.sql) == 0
    }

    /// Loads everything in one transaction, so a failure leaves the database as it was.
    @discardableResult
    public static func load(into database: Database, places scope: PlaceScope = .all) async throws -> Summary {
        let seed = try JSONDecoder().decode(SeedFile.self, from: Data(contentsOf: BundledData.url("seed", "json")))
        let themes = try JSONDecoder().decode(ThemeFile.self, from: Data(contentsOf: BundledData.url("themes", "json")))
        let goals = try JSONDecoder().decode([SDG].self, from: Data(contentsOf: BundledData.url("sdgs", "json")))
        let countries = try BundledData.countries()
        var places = try BundledData.places()
        // Curated records (a metropolitan area standing on its city's GeoNames record) refine the bundled ones.
        let extras = Dictionary(seed.extraPlaces.map { ($0.geonameid, $0) }, uniquingKeysWith: { a, _ in a })
        for index in places.indices {
            if let extra = extras[places[index].id] { places[index].kind = extra.kind }
        }
        let bundledIDs = Set(places.map(\.id))
        var slugger = PlaceSlugger(taken: places.map(\.slug))
        for extra in seed.extraPlaces where !bundledIDs.contains(extra.geonameid) {
            var place = Place(id: extra.geonameid, slug: "", name: extra.name, asciiName: extra.asciiname,
                              alternateNames: extra.alternatenames, countryCode: extra.country, admin1Code: extra.admin1,
                              kind: extra.kind, latitude: extra.latitude, longitude: extra.longitude,
                              population: extra.population, timeZone: extra.timezone)
            place.slug = slugger.slug(for: place)
            places.append(place)
        }
        if scope == .referencedOnly {
            let wanted = seed.referencedPlaceIDs
            places = places.filter { wanted.contains($0.id) }
        }
        let loadedPlaces = places
        return try await database.transaction { db in
            try await Country.upsert(countries, on: db)
            try await Place.upsert(loadedPlaces, on: db)
            try await SDG.upsert(goals, on: db)
            let flatThemes = themes.flattened
            try await Theme.upsert(flatThemes, on: db)
            var summary = Summary(countries: countries.count, places: loadedPlaces.count, themes: flatThemes.count)
            try await loadContent(seed, into: db, summary: &summary)
            return summary
        }
    }

    static func loadContent(_ seed: SeedFile, into db: any SQLDatabase, summary: inout Summary) async throws {
        var organizations: [String: Int] = [:]
        for o in seed.organizations {
            let saved = try await Organization.insert(
                Organization(slug: o.slug, name: o.name, kind: o.kind, website: o.website, summary: o.summary), on: db)
            organizations[o.slug] = saved.id
        }
        func organization(_ slug: String?, in context: String) throws -> Int? {
            guard let slug else { return nil }
            guard let id = organizations[slug] else {
                throw StorageError.invalid("seed.json: \(context) names the unknown organization '\(slug)'.")
            }
            return id
        }

        var networks: [String: Int] = [:]
        for n in seed.networks {
            let saved = try await Network.insert(
                Network(slug: n.slug, name: n.name, kind: n.kind, organizationID: try organization(n.organization, in: n.slug),
                        leadPlaceID: n.leadPlace, startDate: n.startDate, endDate: n.endDate,
                        statedStatus: n.statedStatus, summary: n.summary, outputs: n.outputs, website: n.website,
                        themeSlugs: n.themes, members: n.members.map { NetworkMember(placeID: $0.place, role: $0.role) }),
                on: db)
            networks[n.slug] = saved.id
        }
        func network(_ slug: String?, in context: String) throws -> Int? {
            guard let slug else { return nil }
            guard let id = networks[slug] else {
                throw StorageError.invalid("seed.json: \(context) names the unknown network '\(slug)'.")
            }
            return id
        }

        for c in seed.cooperations {
            _ = try await Cooperation.insert(
                Cooperation(slug: c.slug, title: c.title, programmeID: try organization(c.programme, in: c.slug),
                            startDate: c.startDate, endDate: c.endDate, narrative: c.narrative, placeIDs: c.places,
                            themeSlugs: c.themes,
                            outcomes: c.outcomes.map { Outcome(description: $0.description, amount: $0.amount, unit: $0.unit) }),
                on: db)
        }
        for p in seed.practices {
            let transfers = try p.transfers.map {
                Transfer(receivingPlaceID: $0.receivingPlace, networkID: try network($0.network, in: p.slug),
                         startDate: $0.startDate, stage: $0.stage)
            }
            _ = try await GoodPractice.insert(
                GoodPractice(slug: p.slug, title: p.title, ownerPlaceID: p.ownerPlace, summary: p.summary, body: p.body,
                             results: p.results, themeSlugs: p.themes,
                             networkIDs: try (p.networks ?? []).compactMap { try network($0, in: p.slug) },
                             transfers: transfers),
                on: db)
        }
        var events: [String: Int] = [:]
        for e in seed.events {
            let saved = try await Event.insert(
                Event(slug: e.slug, title: e.title, kind: e.kind, organizerID: try organization(e.organizer, in: e.slug),
                      networkID: try network(e.network, in: e.slug), hostPlaceID: e.hostPlace, isOnline: e.online,
                      startDate: e.startDate, endDate: e.endDate, startTime: e.startTime, endTime: e.endTime,
                      timeZone: e.timeZone, capacity: e.capacity, registrationDeadline: e.registrationDeadline,
                      summary: e.summary, themeSlugs: e.themes),
                on: db)
            events[e.slug] = saved.id
        }
        for a in seed.articles {
            let eventIDs = try a.events.map { slug in
                guard let id = events[slug] else {
                    throw StorageError.invalid("seed.json: \(a.slug) names the unknown event '\(slug)'.")
                }
                return id
            }
            _ = try await Article.insert(
                Article(slug: a.slug, title: a.title, kind: a.kind, authors: a.authors, publishedOn: a.publishedOn,
                        summary: a.summary, body: a.body, statedReadingMinutes: a.statedReadingMinutes,
                        themeSlugs: a.themes, placeIDs: a.places,
                        networkIDs: try a.networks.compactMap { try network($0, in: a.slug) },
                        organizationIDs: try a.organizations.compactMap { try organization($0, in: a.slug) },
                        eventIDs: eventIDs),
                on: db)
        }
        for c in seed.calls {
            guard let organizationID = try organization(c.organization, in: c.slug) else { continue }
            let rules = EligibilityRules(minPartners: c.rules.minPartners, maxPartners: c.rules.maxPartners,
                                         minCountries: c.rules.minCountries, maxPerCountry: c.rules.maxPerCountry,
                                         requiredContinents: c.rules.requiredContinents,
                                         requiredRegions: c.rules.requiredRegions)
            _ = try await Call.insert(
                Call(slug: c.slug, title: c.title, organizationID: organizationID, opensOn: c.opensOn,
                     closesOn: c.closesOn, summary: c.summary, rules: rules, themeSlugs: c.themes),
                on: db)
        }
        for p in seed.pledges {
            _ = try await Pledge.insert(
                Pledge(slug: p.slug, title: p.title, placeID: p.place, organizationID: try organization(p.organization, in: p.slug),
                       framework: p.framework, principles: p.principles, amount: p.amount, currency: p.currency,
                       quantity: p.quantity, unit: p.unit, startDate: p.startDate, endDate: p.endDate,
                       summary: p.summary,
                       progress: p.progress.map { PledgeProgress(date: $0.date, note: $0.note, amount: $0.amount, quantity: $0.quantity) }),
                on: db)
        }
        for i in seed.interests {
            _ = try await PlaceInterest.insert(
                PlaceInterest(placeID: i.place, themeSlug: i.theme, direction: i.direction, weight: i.weight, note: i.note),
                on: db)
        }
        summary.organizations = seed.organizations.count
        summary.networks = seed.networks.count
        summary.cooperations = seed.cooperations.count
        summary.practices = seed.practices.count
        summary.events = seed.events.count
        summary.articles = seed.articles.count
        summary.calls = seed.calls.count
        summary.pledges = seed.pledges.count
        summary.interests = seed.interests.count
    }
}
