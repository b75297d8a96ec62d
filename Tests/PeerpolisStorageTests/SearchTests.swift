import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// The same search behaviour on SQLite FTS5 and PostgreSQL full text (`DATABASE_URL` selects the engine).
/// A hidden sampling token (see `SearchTokens`), which a query must never match.
let SearchTokens_sampleWord = "zzs1"

@Suite struct SearchTests {
    let today = day("2021-07-01")

    /// France, Sweden, Brazil and the United States, then the places.
    func insertPlaces(_ places: [Place], on db: Database) async throws {
        try await Country.upsert([
            makeCountry(),
            makeCountry(iso2: "SE", iso3: "SWE", name: "Sweden"),
            makeCountry(iso2: "BR", iso3: "BRA", name: "Brazil", continent: .southAmerica, isEUMember: false),
            makeCountry(iso2: "US", iso3: "USA", name: "United States", continent: .northAmerica, isEUMember: false),
        ], on: db.sql)
        try await Place.upsert(places, on: db.sql)
    }

    func search(_ text: String, _ filters: SearchFilters = .init(), on db: Database) async throws -> SearchResults {
        try await SearchIndex.search(SearchQuery(text), filters: filters, page: PageRequest(number: 1, size: 50),
                                     today: today, in: db)
    }

    @Test func everySeedEntityIsFoundByItsNameAndByAWordOfItsSummary() async throws {
        try await withTestDatabase { db in
            try await SeedLoader.load(into: db, places: .referencedOnly)
            var checked = 0
            for network in try await Network.fetchAll(NetworkFilter(), today: today, on: db.sql) {
                try await expectFound(.network, network.slug, title: network.name, summary: network.summary, on: db)
                checked += 1
            }
            for article in try await Article.fetchAll(ArticleFilter(), on: db.sql) {
                try await expectFound(.article, article.slug, title: article.title, summary: article.summary, on: db)
                checked += 1
            }
            for practice in try await GoodPractice.fetchAll(PracticeFilter(), on: db.sql) {
                try await expectFound(.practice, practice.slug, title: practice.title, summary: practice.summary, on: db)
                checked += 1
            }
            for event in try await Event.fetchAll(EventFilter(), today: today, on: db.sql) {
                try await expectFound(.event, event.slug, title: event.title, summary: event.summary, on: db)
                checked += 1
            }
            for cooperation in try await Cooperation.fetchAll(CooperationFilter(), on: db.sql) {
                try await expectFound(.cooperation, cooperation.slug, title: cooperation.title, summary: cooperation.narrative, on: db)
                checked += 1
            }
            for organization in try await Organization.fetchAll(on: db.sql) {
                try await expectFound(.organization, organization.slug, title: organization.name, summary: organization.summary, on: db)
                checked += 1
            }
            #expect(checked > 80)
        }
    }

    /// The entity must be among the hits for its whole title, and for the longest word of its summary
    /// filtered to its type (a common word may match more than a page of other documents).
    func expectFound(_ type: EntityType, _ slug: String, title: String, summary: String, on db: Database) async throws {
        let byTitle = try await SearchIndex.search(SearchQuery(title), filters: SearchFilters(type: type),
                                                   page: PageRequest(number: 1, size: 100), today: today, in: db)
        #expect(byTitle.hits.contains { $0.slug == slug }, "\(type) \(slug) not found by its title '\(title)'")
        let word = SearchQuery.words(in: summary).max { $0.count < $1.count } ?? title
        let bySummary = try await SearchIndex.search(SearchQuery(word), filters: SearchFilters(type: type),
                                                     page: PageRequest(number: 1, size: 100), today: today, in: db)
        #expect(bySummary.hits.contains { $0.slug == slug }, "\(type) \(slug) not found by the word '\(word)' of its summary")
    }

    @Test func matchingIsAccentInsensitiveBothWaysAndPlacesComeFirstByPopulation() async throws {
        try await withTestDatabase { db in
            try await insertPlaces([
                makePlace(id: 2_692_969, name: "Malmö", country: "SE", population: 301_706),
                makePlace(id: 3_448_439, name: "Sao Paulo", country: "BR", population: 10_021_295),
                makePlace(id: 2_988_507, name: "Paris", country: "FR", population: 2_138_551),
                makePlace(id: 4_717_560, name: "Paris", country: "US", population: 24_171),
            ], on: db)
            let malmo = try await search("malmo", on: db)
            let saoPaulo = try await search("São Paulo", on: db)
            let paris = try await search("paris", on: db)

            #expect(malmo.hits.first?.title == "Malmö")
            #expect(saoPaulo.hits.first?.title == "Sao Paulo")
            #expect(paris.hits.prefix(2).map(\.countryCode) == ["FR", "US"])
        }
    }

    @Test func prefixesPhrasesExclusionsAndStemming() async throws {
        try await withTestDatabase { db in
            try await insertPlaces([makePlace(id: 2_996_944, name: "Lyon", country: "FR")], on: db)
            let organization = try await Organization.insert(makeOrganization(), on: db.sql)
            _ = try await Article.insert(Article(slug: "streets", title: "School streets for children", kind: .news,
                                                 summary: "Cities closing streets near schools", body: "Walking safely.",
                                                 placeIDs: [2_996_944], organizationIDs: [organization.id]), on: db.sql)
            _ = try await Article.insert(Article(slug: "commons", title: "Urban commons", kind: .news,
                                                 summary: "Streets and squares managed with citizens"), on: db.sql)

            #expect(Set(try await search("stree*", on: db).hits.map(\.slug)) == ["streets", "commons"])
            #expect(try await search("\"school streets\"", on: db).hits.map(\.slug) == ["streets"])
            #expect(try await search("\"streets school\"", on: db).hits.isEmpty)
            #expect(try await search("streets -school", on: db).hits.map(\.slug) == ["commons"])
            // English stemming: "school" finds "schools", "walk" finds "walking".
            #expect(try await search("walk", on: db).hits.map(\.slug) == ["streets"])
            let snippet = try #require(try await search("walking", on: db).hits.first?.snippet)
            #expect(snippet.contains("\u{1}Walking\u{2}"))
            // A prefix's snippets and name matches come from one pass over the ids' range (see
            // `SQLiteSearchEngine.among`): every hit still has its highlighted words, whatever the prefix's length.
            for prefix in ["str*", "stre*", "stree*", "street*"] {
                let hits = try await search(prefix, on: db).hits
                #expect(hits.count == 2)
                #expect(hits.allSatisfy { $0.snippet.contains("\u{1}") }, "\(prefix): \(hits.map(\.snippet))")
            }
            #expect(try await search("ly* -streets", on: db).hits.map(\.slug) == ["lyon-fr"])
        }
    }

    @Test func facetsCountWhatMatchedAndAddUpAndFiltersCombine() async throws {
        try await withTestDatabase { db in
            try await SeedLoader.load(into: db, places: .referencedOnly)
            let all = try await search("city", on: db)
            let typeSum = all.facets.types.reduce(0) { $0 + $1.1 }
            #expect(all.total > 5)
            #expect(typeSum == all.total)
            let articles = try await search("city", SearchFilters(type: .article), on: db)
            #expect(articles.total == all.facets.types.first { $0.0 == "article" }?.1)
            #expect(articles.hits.allSatisfy { $0.type == .article })
            let themed = try await search("city", SearchFilters(themeSlug: "social-inclusion"), on: db)
            #expect(themed.total == all.facets.themes.first { $0.0 == "social-inclusion" }?.1)
        }
    }

    /// Facets are counted from facts held in memory (`SearchFacts`): a document indexed again with another
    /// country, or removed, is counted as it now is by the next search.
    @Test func facetsFollowEveryWriteToTheIndex() async throws {
        try await withTestDatabase { db in
            @Sendable func note(_ id: Int, _ country: String) -> SearchDocument {
                SearchDocument(type: .article, entityID: id, slug: "note-\(id)", title: "Note \(id)",
                               body: "The harbour and its quays", countryCode: country, year: 2020)
            }
            try await db.transaction { try await SearchIndex.index([note(1, "FR"), note(2, "FR"), note(3, "SE")], on: $0) }
            func countries() async throws -> [String: Int] {
                Dictionary(uniqueKeysWithValues: try await search("harbour", on: db).facets.countries.map { ($0.0, $0.1) })
            }
            #expect(try await countries() == ["FR": 2, "SE": 1])
            try await db.transaction { try await SearchIndex.index([note(1, "SE")], on: $0) }
            #expect(try await countries() == ["FR": 1, "SE": 2])
            try await db.transaction { try await SearchIndex.remove(.article, entityID: 2, on: $0) }
            #expect(try await countries() == ["SE": 2])
        }
    }

    /// A quoted phrase matches its words in order, in any inflection, and with the same small words between
    /// them: on PostgreSQL too, where the phrase pairs (`PhrasePairs`) narrow the candidates and the stop word
    /// "on" would otherwise match "in".
    @Test func phrasesMatchInflectionsInOrderWithTheirOwnSmallWords() async throws {
        try await withTestDatabase { db in
            let documents = [
                SearchDocument(type: .practice, entityID: 1, slug: "in-order", title: "One", summary: "",
                               body: "A Partner City signs up for an exchange on neighbourhood schools."),
                SearchDocument(type: .practice, entityID: 2, slug: "reversed", title: "Two", summary: "",
                               body: "The city partner and the neighbourhood exchange."),
                SearchDocument(type: .practice, entityID: 3, slug: "other-word", title: "Three", summary: "",
                               body: "An exchange in neighbourhood streets with a partner."),
            ]
            try await db.transaction { try await SearchIndex.index(documents, on: $0) }
            #expect(try await search("\"partner cities\"", on: db).hits.map(\.slug) == ["in-order"])
            #expect(try await search("\"exchange on neighbourhood\"", on: db).hits.map(\.slug) == ["in-order"])
            #expect(Set(try await search("exchange neighbourhood", on: db).hits.map(\.slug)) == ["in-order", "reversed", "other-word"])
            #expect(try await search("\"neighbourhood schools\" -\"partner city\"", on: db).hits.isEmpty)
        }
    }

    /// A two-letter prefix finds every word that starts so, alone or with other words, and can be excluded
    /// (PostgreSQL looks it up by its token, `ShortPrefixes`).
    @Test func twoLetterPrefixesFindEveryWordStartingSo() async throws {
        try await withTestDatabase { db in
            let documents = [
                SearchDocument(type: .practice, entityID: 1, slug: "cooperation", title: "One", summary: "",
                               body: "Cooperation along the harbour"),
                SearchDocument(type: .practice, entityID: 2, slug: "coastal", title: "Two", summary: "", body: "Coastal towns"),
                SearchDocument(type: .practice, entityID: 3, slug: "ecology", title: "Three", summary: "",
                               body: "Ecology of the harbour"),
            ]
            try await db.transaction { try await SearchIndex.index(documents, on: $0) }
            #expect(Set(try await search("co*", on: db).hits.map(\.slug)) == ["cooperation", "coastal"])
            #expect(try await search("co* harbour", on: db).hits.map(\.slug) == ["cooperation"])
            #expect(try await search("harbour -co*", on: db).hits.map(\.slug) == ["ecology"])
            #expect(try await search("\"co\"", on: db).hits.isEmpty)
        }
    }

    /// Field weights: a word in the title ranks above the same word in the summary, which ranks above the body;
    /// between equal matches, an article of the last twelve months comes before an older one.
    @Test func titlesOutrankSummariesOutrankBodiesAndRecentArticlesLead() async throws {
        try await withTestDatabase { db in
            let documents = [
                SearchDocument(type: .practice, entityID: 1, slug: "in-body", title: "First", summary: "A note",
                               body: "About the estuary"),
                SearchDocument(type: .practice, entityID: 2, slug: "in-summary", title: "Second",
                               summary: "The estuary", body: "Nothing more"),
                SearchDocument(type: .practice, entityID: 3, slug: "in-title", title: "Estuary notes", summary: "A note",
                               body: "Nothing more"),
                SearchDocument(type: .article, entityID: 4, slug: "old-article", title: "Old", summary: "Lagoon works",
                               body: "", date: day("2019-03-01")),
                SearchDocument(type: .article, entityID: 5, slug: "new-article", title: "New", summary: "Lagoon works",
                               body: "", date: day("2021-03-01")),
            ]
            try await db.transaction { try await SearchIndex.index(documents, on: $0) }
            #expect(try await search("estuary", on: db).hits.map(\.slug) == ["in-title", "in-summary", "in-body"])
            #expect(try await search("lagoon", on: db).hits.map(\.slug) == ["new-article", "old-article"])
        }
    }

    /// Among matches that hold every word, the rarer word counts for more on SQLite (BM25): with one word in its
    /// title and the other in its body each, the document titled with the rare word comes first. PostgreSQL's
    /// `ts_rank_cd` has no document frequencies: both are found, in either order.
    @Test func aRareWordOutweighsACommonOne() async throws {
        try await withTestDatabase { db in
            var documents = (0..<30).map { index in
                SearchDocument(type: .article, entityID: index, slug: "filler-\(index)", title: "Filler \(index)",
                               body: "A harbour")
            }
            documents.append(SearchDocument(type: .article, entityID: 100, slug: "harbour-title", title: "Harbour notes",
                                            body: "One quay"))
            documents.append(SearchDocument(type: .article, entityID: 101, slug: "quay-title", title: "Quay notes",
                                            body: "One harbour"))
            let all = documents
            try await db.transaction { try await SearchIndex.index(all, on: $0) }
            for text in ["harbour quay", "quay harbour"] {
                let slugs = try await search(text, on: db).hits.map(\.slug)
                #expect(Set(slugs) == ["quay-title", "harbour-title"])
                if db.dialect == .sqlite { #expect(slugs == ["quay-title", "harbour-title"], "\(text)") }
            }
        }
    }

    /// A broad query takes its total and facets from a sample and says so, they add up, an exact title still
    /// comes first, filters still hold, and hidden tokens cannot be searched for.
    @Test func broadQueriesCountExactlyAndEstimateFacetsFromASample() async throws {
        try await withTestDatabase { db in
            let documents = (0..<3_000).map { index in
                SearchDocument(type: index % 3 == 0 ? .article : .practice, entityID: index, slug: "doc-\(index)",
                               title: index == 2_999 ? "Harbour" : "Note \(index)",
                               body: "The harbour and its quays", countryCode: index % 2 == 0 ? "FR" : "SE",
                               year: 2020)
            }
            try await db.transaction { try await SearchIndex.index(documents, on: $0) }

            let all = try await search("harbour", on: db)
            let french = try await search("harbour", SearchFilters(countryCode: "FR"), on: db)
            let hidden = try await search(SearchTokens_sampleWord, on: db)

            #expect(all.totalIsEstimate && all.facets.areEstimates)
            #expect(abs(all.total - 3_000) < 600, "estimated \(all.total) of 3,000")
            #expect(all.facets.types.reduce(0) { $0 + $1.1 } == all.total)
            #expect(all.hits.first?.slug == "doc-2999")
            #expect(french.totalIsEstimate ? abs(french.total - 1_500) < 400 : french.total == 1_500)
            #expect(french.hits.count == 50 && french.hits.allSatisfy { $0.countryCode == "FR" })
            #expect(hidden.total == 0)
        }
    }

    /// Syntax of either engine is only a separator here: the words around it still match, nothing else does.
    @Test(arguments: [
        ("", []), ("   ", []), ("\"", []), ("*", []), ("(", []), (")", []), ("\u{0}\u{7}", []), ("-", []), ("--x", []),
        ("🙂", []), ("(lyon", ["lyon-fr"]), ("lyon)", ["lyon-fr"]), ("\"lyon", ["lyon-fr"]), ("^lyon", ["lyon-fr"]),
        ("LYON", ["lyon-fr"]), ("lyon:", ["lyon-fr"]), ("title:lyon", []), ("lyon NEAR paris", []), ("lyon -lyon", []),
        (String(repeating: "lyon ", count: 2_000), ["lyon-fr"]), ("ly*", ["lyon-fr"]), ("lyon\u{0}", ["lyon-fr"]),
    ] as [(String, [String])])
    func hostileQueriesGetCleanAnswers(_ text: String, expected: [String]) async throws {
        try await withTestDatabase { db in
            try await insertGeography([makePlace(id: 2_996_944, name: "Lyon", country: "FR")], on: db)
            let results = try await search(text, SearchFilters(type: .place), on: db)
            #expect(results.hits.map(\.slug) == expected, "\(text.prefix(40))")
            #expect(results.total == expected.count)
        }
    }

    @Test func suggestionsStartWithTheTextAndPutLargerPlacesFirst() async throws {
        try await withTestDatabase { db in
            try await insertPlaces([
                makePlace(id: 2_988_507, name: "Paris", country: "FR", population: 2_138_551),
                makePlace(id: 4_717_560, name: "Paris", country: "US", population: 24_171),
                makePlace(id: 3_441_575, name: "Paranaguá", country: "BR", population: 127_339),
            ], on: db)
            let hits = try await SearchIndex.suggest("par", on: db.sql)
            #expect(hits.map(\.title).prefix(3) == ["Paris", "Paranaguá", "Paris"])
            #expect(try await SearchIndex.suggest("parana", on: db.sql).map(\.title) == ["Paranaguá"])
            #expect(try await SearchIndex.suggest("  ", on: db.sql).isEmpty)
        }
    }

    @Test func rebuildingGivesTheSameResults() async throws {
        try await withTestDatabase { db in
            try await SeedLoader.load(into: db, places: .referencedOnly)
            let before = try await search("blue growth", on: db)
            let documentsBefore = try await SearchIndex.fetchCount(on: db.sql)

            let rebuilt = try await SearchIndex.rebuild(db)

            let after = try await search("blue growth", on: db)
            #expect(rebuilt == documentsBefore)
            #expect(try await SearchIndex.fetchCount(on: db.sql) == documentsBefore)
            #expect(after.hits.map(\.slug) == before.hits.map(\.slug))
            #expect(after.facets == before.facets)
        }
    }
}
