import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// The writes behind the editors of networks, cooperations and organizations: each replaces what it owns,
/// keeps the search index in step, and tells what still refers to what it would delete.
@Suite struct EditorWritesTests {
    let today = day("2021-07-01")

    func slugsFound(_ text: String, _ type: EntityType, on db: Database) async throws -> [String] {
        try await SearchIndex.search(SearchQuery(text), filters: SearchFilters(type: type), page: PageRequest(number: 1, size: 20),
                                     today: today, in: db).hits.map(\.slug)
    }

    func rows(in table: String, on db: Database) async throws -> Int {
        try await db.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table).first()?
            .decode(column: "n", as: Int.self) ?? 0
    }

    /// Lyon, Porto and Malmö, with two themes and an organization.
    func prepare(_ db: Database) async throws -> (places: [Place], organization: Organization) {
        let places = [makePlace(id: 1, name: "Lyon"), makePlace(id: 2, name: "Porto", country: "ES"),
                      makePlace(id: 3, name: "Malmo", country: "MX")]
        try await insertGeography(places, on: db)
        try await Theme.upsert([makeTheme(slug: "mobility"), makeTheme(slug: "energy", position: 1)], on: db.sql)
        return (places, try await Organization.insert(makeOrganization(), on: db.sql))
    }

    @Test func aNetworkUpdateReplacesItsMembersAndThemesAndItsSearchDocument() async throws {
        try await withTestDatabase { db in
            let (places, organization) = try await prepare(db)
            let network = try await Network.insert(
                Network(slug: "tram-peers", name: "Tram peers", organizationID: organization.id, summary: "Depots.",
                        themeSlugs: ["mobility"], members: [NetworkMember(placeID: places[0].id, role: .partner)]), on: db.sql)
            var changed = network
            changed.name = "Heat shelters"
            changed.kind = .transfer
            changed.leadPlaceID = places[1].id
            changed.members = [NetworkMember(placeID: places[1].id, role: .lead), NetworkMember(placeID: places[2].id, role: .observer)]
            changed.themeSlugs = ["energy"]
            changed.outputs = ["A shelter map"]
            changed.website = "https://heat.example"
            try await Network.update(changed, on: db.sql)
            let read = try #require(try await Network.fetchOne(id: network.id, on: db.sql))
            let byNewName = try await slugsFound("shelters", .network, on: db)
            let byOldName = try await slugsFound("tram", .network, on: db)

            #expect(read.name == "Heat shelters" && read.kind == .transfer && read.slug == "tram-peers")
            #expect(read.members == changed.members && read.leadPlaceID == places[1].id)
            #expect(read.themeSlugs == ["energy"] && read.outputs == ["A shelter map"] && read.website == "https://heat.example")
            #expect(byNewName == ["tram-peers"] && byOldName.isEmpty)
        }
    }

    @Test func aNetworksReferencesAreNamedAndDeletingItDetachesEventsAndArticles() async throws {
        try await withTestDatabase { db in
            let (places, organization) = try await prepare(db)
            let network = try await Network.insert(Network(slug: "blue-growth", name: "Blue growth", organizationID: organization.id),
                                                   on: db.sql)
            let bare = try await Network.references(id: network.id, on: db.sql)
            let practice = try await GoodPractice.insert(
                GoodPractice(slug: "harbour-labs", title: "Harbour labs", ownerPlaceID: places[0].id, networkIDs: [network.id],
                             transfers: [Transfer(receivingPlaceID: places[1].id, networkID: network.id)]), on: db.sql)
            var event = makeEvent(slug: "harbour-visit", start: "2021-09-01", end: "2021-09-01")
            event.networkID = network.id
            event = try await Event.insert(event, on: db.sql)
            let article = try await Article.insert(
                Article(slug: "harbour-news", title: "Harbour news", kind: .news, body: "News.", networkIDs: [network.id]), on: db.sql)
            let referred = try await Network.references(id: network.id, on: db.sql)
            try await db.transaction { tx in try await Network.delete(id: network.id, on: tx) }
            let eventAfter = try #require(try await Event.fetchOne(id: event.id, on: db.sql))
            let articleAfter = try #require(try await Article.fetchOne(id: article.id, on: db.sql))
            let found = try await slugsFound("blue growth", .network, on: db)

            #expect(bare == NetworkReferences(practiceTitles: [], transfers: [], eventIDs: [], articleIDs: []))
            #expect(referred.practiceTitles == ["Harbour labs"])
            #expect(referred.transfers == [NetworkReferences.Transfer(practice: "Harbour labs", receivingPlace: "Porto")])
            #expect(referred.eventIDs == [event.id] && referred.articleIDs == [article.id])
            #expect(try await Network.fetchOne(id: network.id, on: db.sql) == nil)
            #expect(eventAfter.networkID == nil && articleAfter.networkIDs.isEmpty)
            #expect(try await GoodPractice.fetchOne(slug: practice.slug, on: db.sql)?.networkIDs == [])
            #expect(found.isEmpty)
        }
    }

    @Test func aCooperationUpdateReplacesItsPlacesAndOutcomesAndDeletingItRemovesThem() async throws {
        try await withTestDatabase { db in
            let (places, organization) = try await prepare(db)
            let cooperation = try await Cooperation.insert(
                Cooperation(slug: "lyon-porto", title: "Lyon and Porto", narrative: "Tram depots.",
                            placeIDs: [places[0].id, places[1].id], themeSlugs: ["mobility"],
                            outcomes: [Outcome(description: "A shared depot", amount: 2, unit: "depots")]), on: db.sql)
            var changed = cooperation
            changed.title = "Porto and Malmo"
            changed.programmeID = organization.id
            changed.startDate = day("2020-01-01")
            changed.placeIDs = [places[1].id, places[2].id]
            changed.themeSlugs = ["energy"]
            changed.outcomes = [Outcome(description: "Heat plan"), Outcome(description: "Loan", amount: 5_000_000, unit: "EUR")]
            try await Cooperation.update(changed, on: db.sql)
            let read = try #require(try await Cooperation.fetchOne(id: cooperation.id, on: db.sql))
            let found = try await slugsFound("malmo", .cooperation, on: db)
            try await db.transaction { tx in try await Cooperation.delete(id: cooperation.id, on: tx) }
            let links = try await rows(in: "cooperation_places", on: db)
            let outcomes = try await rows(in: "cooperation_outcomes", on: db)

            #expect(read.title == "Porto and Malmo" && read.programmeID == organization.id && read.startDate == day("2020-01-01"))
            #expect(read.placeIDs == [places[1].id, places[2].id] && read.themeSlugs == ["energy"])
            #expect(read.outcomes == changed.outcomes)
            #expect(found == ["lyon-porto"])
            #expect(try await Cooperation.fetchOne(id: cooperation.id, on: db.sql) == nil)
            #expect(links == 0 && outcomes == 0)
            #expect(try await slugsFound("malmo", .cooperation, on: db).isEmpty)
        }
    }

    @Test func anOrganizationIsUpdatedCountsWhatNamesItAndIsDeleted() async throws {
        try await withTestDatabase { db in
            let (places, organization) = try await prepare(db)
            var changed = organization
            changed.name = "Cities of the sea"
            changed.kind = .association
            changed.website = nil
            try await Organization.update(changed, on: db.sql)
            let read = try #require(try await Organization.fetchOne(id: organization.id, on: db.sql))
            let found = try await slugsFound("sea", .organization, on: db)
            _ = try await Network.insert(Network(slug: "sea-network", name: "Sea network", organizationID: organization.id), on: db.sql)
            _ = try await Cooperation.insert(Cooperation(slug: "sea-pair", title: "Sea pair", programmeID: organization.id,
                                                         placeIDs: [places[0].id, places[1].id]), on: db.sql)
            let named = try await Organization.references(id: organization.id, on: db.sql)
            let spare = try await Organization.insert(makeOrganization(slug: "spare-agency", kind: .agency), on: db.sql)
            let unnamed = try await Organization.references(id: spare.id, on: db.sql)
            try await db.transaction { tx in try await Organization.delete(id: spare.id, on: tx) }

            #expect(read.name == "Cities of the sea" && read.kind == .association && read.website == nil && read.slug == "eurocities")
            #expect(found == ["eurocities"])
            #expect(named == OrganizationReferences(networks: 1, cooperations: 1, events: 0, calls: 0, articles: 0, pledges: 0))
            #expect(!named.isEmpty && unnamed.isEmpty)
            #expect(try await Organization.fetchOne(id: spare.id, on: db.sql) == nil)
            #expect(try await slugsFound("spare", .organization, on: db).isEmpty)
        }
    }

    @Test func aSlugIsNeverAWordOfTheEditorsPaths() async throws {
        try await withTestDatabase { db in
            let network = try await Network.freeSlug(for: "New", on: db.sql)
            let organization = try await Organization.freeSlug(for: "NEW!", on: db.sql)
            let cooperation = try await Cooperation.freeSlug(for: "New partners", on: db.sql)

            #expect(network == "new-2" && organization == "new-2" && cooperation == "new-partners")
        }
    }

    @Test func placesAreLookedUpBySlugAllAtOnce() async throws {
        try await withTestDatabase { db in
            let (places, _) = try await prepare(db)
            let found = try await Place.fetchDictionary(slugs: [places[0].slug, "atlantis", places[2].slug], on: db.sql)

            #expect(found.keys.sorted() == [places[0].slug, places[2].slug].sorted())
            #expect(found[places[0].slug]?.id == places[0].id)
        }
    }
}
