import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// Each entity written and read back is the entity that was written, with its id filled in.
@Suite struct RoundTripTests {
    @Test func countryAndPlaceWithAccentsAndNegativeCoordinates() async throws {
        try await withTestDatabase { db in
            let mexico = makeCountry(iso2: "MX", iso3: "MEX", name: "Mexico", continent: .northAmerica, isEUMember: false)
            let place = Place(id: 3_986_172, slug: "san-jose-del-cabo-mx", name: "San José del Cabo",
                              asciiName: "San Jose del Cabo", alternateNames: ["San Khosé", "Cabo San José"],
                              countryCode: "MX", admin1Code: "03", kind: .city, latitude: 23.05406,
                              longitude: -109.70367, population: 136_285, timeZone: "America/Mazatlan")

            try await Country.upsert([mexico], on: db.sql)
            try await Place.upsert([place], on: db.sql)

            #expect(try await Country.fetchOne(iso2: "mx", on: db.sql) == mexico)
            #expect(try await Place.fetchOne(id: 3_986_172, on: db.sql) == place)
            #expect(try await Place.fetchOne(slug: "san-jose-del-cabo-mx", on: db.sql) == place)
        }
    }

    @Test func placeUpsertKeepsSlugAndOnlyKeepsKindWhenAsked() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 2_996_944, name: "Lyon", kind: .metropolitanArea)], on: db)
            var renamed = makePlace(id: 2_996_944, name: "Lyon", population: 600_000, kind: .city)
            renamed.slug = "another-slug"

            try await Place.upsert([renamed], keepingKinds: true, on: db.sql)
            let kept = try await Place.fetchOne(id: 2_996_944, on: db.sql)
            try await Place.upsert([renamed], on: db.sql)
            let overwritten = try await Place.fetchOne(id: 2_996_944, on: db.sql)

            #expect(kept?.kind == .metropolitanArea)
            #expect(kept?.population == 600_000)
            #expect(kept?.slug == "lyon-fr")
            #expect(overwritten?.kind == .city)
            #expect(overwritten?.slug == "lyon-fr")
        }
    }

    @Test func themeAndSDG() async throws {
        try await withTestDatabase { db in
            let parent = Theme(slug: "mobility", name: "Mobility", nameFr: "Mobilité", description: "Moving.",
                               sdgs: [9, 11], position: 0)
            let child = Theme(slug: "cycling", name: "Cycling", parentSlug: "mobility", description: "Bikes.",
                              sdgs: [3, 11, 13], position: 1)
            let goals = [SDG(number: 11, name: "Sustainable cities and communities"), SDG(number: 3, name: "Good health")]

            try await Theme.upsert([child, parent], on: db.sql)
            try await SDG.upsert(goals, on: db.sql)

            #expect(try await Theme.fetchOne(slug: "cycling", on: db.sql) == child)
            #expect(try await Theme.fetchAll(on: db.sql) == [parent, child])
            #expect(try await SDG.fetchAll(on: db.sql) == goals.sorted { $0.number < $1.number })
        }
    }

    @Test func organization() async throws {
        try await withTestDatabase { db in
            let saved = try await Organization.insert(makeOrganization(slug: "urbact", kind: .programme), on: db.sql)

            let fetched = try await Organization.fetchOne(slug: "urbact", on: db.sql)

            #expect(saved.id > 0)
            #expect(fetched == saved)
            #expect(fetched?.kind == .programme)
            #expect(fetched?.website == "https://urbact.example")
        }
    }

    @Test func networkWithMembersThemesAndStatedStatus() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 255_274, name: "Piraeus"), makePlace(id: 2_996_944, name: "Lyon")], on: db)
            try await Theme.upsert([makeTheme(slug: "blue-growth"), makeTheme(slug: "tourism", parent: "blue-growth")], on: db.sql)
            let urbact = try await Organization.insert(makeOrganization(slug: "urbact", kind: .programme), on: db.sql)
            let network = Network(slug: "bluact", name: "BluAct", kind: .transfer, organizationID: urbact.id,
                                  leadPlaceID: 255_274, startDate: day("2018-05-01"), endDate: nil,
                                  statedStatus: .ongoing, summary: "Blue entrepreneurship.", outputs: ["Guide", "Toolkit"],
                                  website: nil, themeSlugs: ["tourism", "blue-growth"],
                                  members: [NetworkMember(placeID: 255_274, role: .lead),
                                            NetworkMember(placeID: 2_996_944, role: .partner)])

            let saved = try await Network.insert(network, on: db.sql)
            let fetched = try await Network.fetchOne(slug: "bluact", on: db.sql)

            #expect(saved.id > 0)
            #expect(saved.themeSlugs == ["blue-growth", "tourism"])
            #expect(fetched == saved)
            #expect(fetched?.members.map(\.placeID) == [255_274, 2_996_944])
            #expect(fetched?.statedStatus == .ongoing)
        }
    }

    @Test func cooperationKeepsPlaceOrderAndOutcomes() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 3_986_172, name: "San José del Cabo", country: "MX"),
                                       makePlace(id: 2_521_886, name: "Almería", country: "ES")], on: db)
            let iuc = try await Organization.insert(makeOrganization(slug: "iuc", kind: .programme), on: db.sql)
            let cooperation = Cooperation(
                slug: "los-cabos-almeria", title: "Los Cabos and Almería", programmeID: iuc.id,
                startDate: day("2017-01-01"), endDate: day("2020-12-31"), narrative: "Tourism and water.",
                placeIDs: [3_986_172, 2_521_886],
                outcomes: [Outcome(description: "Partnership", amount: 50_000_000, unit: "USD"),
                           Outcome(description: "Study visits", amount: 4, unit: "visits"),
                           Outcome(description: "Memorandum signed")])

            let saved = try await Cooperation.insert(cooperation, on: db.sql)
            let fetched = try await Cooperation.fetchOne(slug: "los-cabos-almeria", on: db.sql)

            #expect(saved.id > 0)
            #expect(fetched == saved)
            #expect(fetched?.placeIDs == [3_986_172, 2_521_886])
            #expect(fetched?.outcomes.first?.amount == 50_000_000)
            #expect(fetched?.outcomes.last?.amount == nil)
        }
    }

    @Test func goodPracticeWithNetworksAndTransfers() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 255_274, name: "Piraeus"), makePlace(id: 2_996_944, name: "Lyon"),
                                       makePlace(id: 2_521_886, name: "Almería", country: "ES")], on: db)
            let network = try await Network.insert(Network(slug: "bluact", name: "BluAct"), on: db.sql)
            let practice = GoodPractice(
                slug: "blue-lab", title: "Blue lab", ownerPlaceID: 255_274, summary: "A lab.", body: "**Body**",
                results: "Ten start-ups.", networkIDs: [network.id],
                transfers: [Transfer(receivingPlaceID: 2_996_944, networkID: network.id, startDate: day("2019-01-01"), stage: .inProgress),
                            Transfer(receivingPlaceID: 2_521_886)])

            let saved = try await GoodPractice.insert(practice, on: db.sql)
            let fetched = try await GoodPractice.fetchOne(slug: "blue-lab", on: db.sql)

            #expect(saved.transfers.allSatisfy { $0.id > 0 })
            #expect(fetched == saved)
            #expect(fetched?.networkIDs == [network.id])
            #expect(fetched?.transfers.map(\.stage) == [.inProgress, nil])
        }
    }

    @Test func eventWithTimesAndWithout() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 2_803_138, name: "Antwerp")], on: db)
            let timed = Event(slug: "academy", title: "Academy", kind: .academy, hostPlaceID: 2_803_138, isOnline: false,
                              startDate: day("2019-05-21"), endDate: day("2019-05-22"), startTime: "09:30",
                              endTime: "17:00", timeZone: "Europe/Brussels", capacity: 40,
                              registrationDeadline: day("2019-05-01"), summary: "Integration.")
            let allDay = Event(slug: "webinar", title: "Webinar", kind: .webinar, isOnline: true,
                               startDate: day("2024-02-29"), endDate: day("2024-02-29"), timeZone: "UTC")

            let savedTimed = try await Event.insert(timed, on: db.sql)
            let savedAllDay = try await Event.insert(allDay, on: db.sql)

            #expect(try await Event.fetchOne(slug: "academy", on: db.sql) == savedTimed)
            let fetchedAllDay = try await Event.fetchOne(slug: "webinar", on: db.sql)
            #expect(fetchedAllDay == savedAllDay)
            #expect(fetchedAllDay?.isOnline == true)
            #expect(fetchedAllDay?.isAllDay == true)
            #expect(fetchedAllDay?.hostPlaceID == nil)
            #expect(fetchedAllDay?.capacity == nil)
        }
    }

    @Test func articleWithEveryLinkAndReadingMinutes() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 2_996_944, name: "Lyon"), makePlace(id: 2_521_886, name: "Almería", country: "ES")], on: db)
            try await Theme.upsert([makeTheme(slug: "culture")], on: db.sql)
            let organization = try await Organization.insert(makeOrganization(), on: db.sql)
            let network = try await Network.insert(Network(slug: "culture-net", name: "Culture"), on: db.sql)
            let event = try await Event.insert(makeEvent(slug: "forum", start: "2019-03-01", end: "2019-03-02"), on: db.sql)
            let body = Array(repeating: "word", count: 500).joined(separator: " ")
            let article = Article(slug: "culture-story", title: "A story", kind: .caseStudy, authors: ["Ana Pérez", "Jo Li"],
                                  publishedOn: day("2019-03-14"), summary: "Short.", body: body, statedReadingMinutes: 4,
                                  themeSlugs: ["culture"], placeIDs: [2_521_886, 2_996_944], networkIDs: [network.id],
                                  organizationIDs: [organization.id], eventIDs: [event.id])

            let saved = try await Article.insert(article, on: db.sql)
            let fetched = try await Article.fetchOne(slug: "culture-story", on: db.sql)

            #expect(fetched == saved)
            #expect(fetched?.placeIDs == [2_521_886, 2_996_944])
            #expect(fetched?.authors == ["Ana Pérez", "Jo Li"])
            #expect(fetched?.readingMinutes == 3)
            #expect(fetched?.statedReadingMinutes == 4)
        }
    }

    @Test func callWithRules() async throws {
        try await withTestDatabase { db in
            let organization = try await Organization.insert(makeOrganization(slug: "iurc", kind: .programme), on: db.sql)
            let rules = EligibilityRules(minPartners: 2, maxPartners: 6, minCountries: 2, maxPerCountry: 3,
                                         requiredContinents: [.europe, .asia], requiredRegions: ["EU"])
            let call = Call(slug: "pilot-call", title: "Pilot call", organizationID: organization.id,
                            opensOn: day("2024-01-15"), closesOn: nil, summary: "Pilots.", rules: rules)

            let saved = try await Call.insert(call, on: db.sql)
            let fetched = try await Call.fetchOne(slug: "pilot-call", on: db.sql)

            #expect(fetched == saved)
            #expect(fetched?.rules == rules)
            #expect(fetched?.closesOn == nil)
        }
    }

    @Test func pledgeProgressComesBackSortedByDate() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 2_996_944, name: "Lyon")], on: db)
            let pledge = Pledge(slug: "lyon-pledge", title: "Lyon pledge", placeID: 2_996_944, framework: "European Pillar of Social Rights",
                                principles: ["employment", "social inclusion"], amount: 1_500_000, currency: "EUR",
                                startDate: day("2021-01-01"),
                                progress: [PledgeProgress(date: day("2022-06-01"), note: "Second", amount: 900_000),
                                           PledgeProgress(date: day("2021-06-01"), note: "First", amount: 300_000, quantity: 12)])

            let saved = try await Pledge.insert(pledge, on: db.sql)
            let fetched = try await Pledge.fetchOne(slug: "lyon-pledge", on: db.sql)

            #expect(fetched == saved)
            #expect(fetched?.progress.map(\.note) == ["First", "Second"])
            #expect(fetched?.amount == 1_500_000)
            #expect(fetched?.progressRatio == 0.6)
        }
    }

    @Test func placeInterest() async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 2_996_944, name: "Lyon")], on: db)
            try await Theme.upsert([makeTheme(slug: "mobility"), makeTheme(slug: "cycling", parent: "mobility")], on: db.sql)
            let interest = PlaceInterest(placeID: 2_996_944, themeSlug: "cycling", direction: .offer, weight: 0.75,
                                         note: "Vélo'v bike sharing")

            let saved = try await PlaceInterest.insert(interest, on: db.sql)

            #expect(saved.id > 0)
            #expect(try await PlaceInterest.fetchAll(placeID: 2_996_944, on: db.sql) == [saved])
            #expect(try await PlaceInterest.fetchAll(themeSlug: "mobility", on: db.sql) == [saved])
        }
    }
}

@Suite struct StringListTests {
    @Test func listsWithQuotesBackslashesCommasAndEmptyStringsRoundTrip() async throws {
        try await withTestDatabase { db in
            let authors = ["Anne \"Nan\" O'Neil", "C:\\path", "a\",\"b", "", "Zoë, Jr.", "[x]"]
            let saved = try await Article.insert(Article(slug: "lists", title: "Lists", kind: .news, authors: authors), on: db.sql)

            let read = try #require(try await Article.fetchOne(slug: "lists", on: db.sql))

            #expect(saved.id > 0)
            #expect(read.authors == authors)
        }
    }
}
