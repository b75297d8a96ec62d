import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// The matching engine's input read from the database, and partner-search posts written and read back.
@Suite struct MatchingStorageTests {
    static let lyon = 2_996_944, madrid = 3_117_735, puebla = 3_521_081, sevilla = 2_510_911

    /// Four places, two themes, and one of each kind of evidence.
    func insertEvidence(on db: Database) async throws {
        try await insertGeography([makePlace(id: Self.lyon, name: "Lyon"),
                                   makePlace(id: Self.madrid, name: "Madrid", country: "ES"),
                                   makePlace(id: Self.puebla, name: "Puebla", country: "MX"),
                                   makePlace(id: Self.sevilla, name: "Sevilla", country: "ES")], on: db)
        try await Theme.upsert([makeTheme(slug: "mobility"), makeTheme(slug: "cycling", parent: "mobility", position: 1)],
                               on: db.sql)
        let organization = try await Organization.insert(makeOrganization(), on: db.sql)
        _ = try await PlaceInterest.insert(PlaceInterest(placeID: Self.lyon, themeSlug: "cycling", direction: .need,
                                                         weight: 0.5), on: db.sql)
        _ = try await GoodPractice.insert(GoodPractice(slug: "bike-lanes", title: "Bike lanes", ownerPlaceID: Self.madrid,
                                                       themeSlugs: ["cycling"],
                                                       transfers: [Transfer(receivingPlaceID: Self.sevilla)]), on: db.sql)
        _ = try await Network.insert(Network(slug: "moving", name: "Moving", organizationID: organization.id,
                                             leadPlaceID: Self.puebla, startDate: day("2018-01-01"),
                                             themeSlugs: ["mobility"],
                                             members: [NetworkMember(placeID: Self.lyon, role: .partner)]), on: db.sql)
        _ = try await Cooperation.insert(Cooperation(slug: "pair", title: "Pair", endDate: day("2019-12-31"),
                                                     placeIDs: [Self.madrid, Self.lyon], themeSlugs: ["cycling"]), on: db.sql)
        _ = try await Pledge.insert(Pledge(slug: "jobs", title: "Jobs", placeID: Self.sevilla,
                                           framework: "European Pillar of Social Rights",
                                           startDate: day("2019-02-01")), on: db.sql)
    }

    @Test func loaderReadsEveryKindOfEvidence() async throws {
        try await withTestDatabase { db in
            try await insertEvidence(on: db)

            let input = try await MatchIndexLoader.input(on: db.sql)

            #expect(input.places.map(\.id) == [Self.madrid, Self.sevilla, Self.lyon, Self.puebla].sorted())
            #expect(input.places.first { $0.id == Self.puebla }?.countryCode == "MX")
            #expect(input.countries.count == 3)
            #expect(input.themes.map(\.slug).sorted() == ["cycling", "mobility"])
            #expect(input.interests.map(\.weight) == [0.5])
            #expect(input.interests.first?.direction == .need)
            #expect(input.practices == [MatchIndex.PracticeEvidence(ownerPlaceID: Self.madrid, themeSlugs: ["cycling"],
                                                                    receivingPlaceIDs: [Self.sevilla])])
            // The lead comes first even though only the partner is listed as a member.
            #expect(input.participations.contains(MatchIndex.Participation(
                placeIDs: [Self.puebla, Self.lyon], themeSlugs: ["mobility"], start: day("2018-01-01"))))
            #expect(input.participations.contains(MatchIndex.Participation(
                placeIDs: [Self.madrid, Self.lyon], themeSlugs: ["cycling"], end: day("2019-12-31"))))
            #expect(input.pledges == [MatchIndex.PledgeEvidence(placeID: Self.sevilla, themeSlugs: [], date: day("2019-02-01"))])

            let index = MatchIndex(input)
            #expect(index.count == 4)
            #expect(index.linkCount == 2)
        }
    }

    /// The matching index is rebuilt when the change counter moves: a new interest must move it.
    @Test func aNewInterestMovesTheChangeCounter() async throws {
        try await withTestDatabase { db in
            try await insertEvidence(on: db)
            let before = try await ChangeCounter.current(on: db.sql)

            _ = try await PlaceInterest.insert(PlaceInterest(placeID: Self.puebla, themeSlug: "mobility", direction: .offer),
                                               on: db.sql)
            let after = try await ChangeCounter.current(on: db.sql)

            #expect(after > before)
            #expect(try await ChangeCounter.current(on: db.sql) == after)
        }
    }

    @Test func partnerSearchPostRoundTrip() async throws {
        try await withTestDatabase { db in
            try await insertEvidence(on: db)
            let post = PartnerSearchPost(id: 0, slug: "lyon-seeks-cycling", placeID: Self.lyon,
                                         title: "Lyon seeks “cycling” <partners> & more", seeks: ["cycling", "mobility"],
                                         offers: ["mobility"], text: "Rues scolaires, vélo.",
                                         published: day("2019-03-01"), closes: day("2019-06-30"))

            let saved = try await PartnerSearchPost.insert(post, on: db.sql)
            let read = try await PartnerSearchPost.fetchOne(slug: "lyon-seeks-cycling", on: db.sql)
            let all = try await PartnerSearchPost.fetchAll(on: db.sql)

            #expect(saved.id > 0)
            var expected = post
            expected.id = saved.id
            #expect(read == expected)
            #expect(all == [expected])
            #expect(try await PartnerSearchPost.fetchCount(on: db.sql) == 1)
            #expect(try await PartnerSearchPost.fetchOne(slug: "missing", on: db.sql) == nil)
        }
    }
}
