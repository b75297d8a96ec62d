import PeerpolisDomain
import SQLKit

extension SearchIndex {
    /// How deep a search can be paged: 50 pages of 20.
    public static let maximumDepth = 1_000
    /// How many text-ranked documents the recency boost reorders: pages stay consistent within this depth.
    static let boostWindow = 200

    /// Ranked hits for a query, with the total and facet counts of everything that matched under the filters.
    public static func search(_ query: SearchQuery, filters: SearchFilters = .init(), page: PageRequest,
                              today: Day, in database: Database) async throws -> SearchResults {
        try await search(query, filters: filters, page: page, today: today, on: database.sql, facts: database.searchFacts)
    }

    /// Ranked hits for a query, with the total and facet counts of everything that matched under the filters.
    ///
    /// Each step is bounded whatever the query: the engine scores at most a few thousand matches (a uniform
    /// sample when more match, and then totals and facets are estimates); facets are counted in memory from
    /// the matches' ids (`SearchFacts`); exact and prefix name matches come from the title index. So the best
    /// text match of a very broad query may be missed when it is outside the sample: a filter or another word
    /// narrows the query back to exact ranking. BENCHMARKS.md has the figures.
    public static func search(_ query: SearchQuery, filters: SearchFilters = .init(), page: PageRequest,
                              today: Day, on db: any SQLDatabase, facts cache: SearchFactsCache) async throws -> SearchResults {
        guard !query.isEmpty else { return SearchResults(hits: [], total: 0, facets: FacetCounts()) }
        let engine = engine(for: db)
        let match = SearchMatch(query, requiredTokens: SearchTokens.tokens(for: filters))
        // The finest sample tells a narrow query from a broad one in a few hundred rows at most. A narrow one is
        // scored whole; a broad one on the sample that holds about the engine's `sampleSize` of its matches.
        let probe = try await engine.count(match.requiring(SearchTokens.sample(SearchTokens.deepestSample)), on: db)
        let estimate = probe << SearchTokens.deepestSample
        let level = estimate > 2 * engine.sampleSize ? samplingLevel(estimate, size: engine.sampleSize) : 0
        let facts = try await cache.current(on: db)
        let scored = try await engine.scored(level > 0 ? match.requiring(SearchTokens.sample(level)) : match,
                                             context: ScoringContext(indexed: facts.documents.count, cache: cache), on: db)
        guard !scored.isEmpty else { return SearchResults(hits: [], total: 0, facets: FacetCounts()) }

        var facets = facts.facetCounts(scored.map(\.id))
        let total = scored.count << level
        if level > 0 { facets = facets.scaled(by: 1 << level) }
        let depth = page.offset + page.size
        guard page.offset < min(total, maximumDepth) else {
            return SearchResults(hits: [], total: total, totalIsEstimate: level > 0, facets: facets)
        }

        // A broad query ranks the same sample by text score; exact and prefix name matches join from the title
        // index whatever their number, so "paris" or "san*" still lead with the largest places of that name.
        let window = depth <= boostWindow ? boostWindow : maximumDepth
        let ranked = best(scored, count: window)
        let named = try await nameMatches(query, match: match, limit: depth, engine: engine, on: db)
        let ordered = order(ranked: ranked, named: named, facts: facts, today: today)
        let pageRows = Array(ordered.dropFirst(page.offset).prefix(page.size))
        let hits = try await hits(pageRows, query: query, on: db)
        return SearchResults(hits: hits, total: total, totalIsEstimate: level > 0, facets: facets)
    }

    /// Reads every document's search facts ahead of the first search, so no visitor waits for it
    /// (BENCHMARKS.md has how long it takes for cities500 and the synthetic corpus).
    public static func loadFacts(in database: Database) async throws {
        _ = try await database.searchFacts.current(on: database.sql)
    }

    /// 0 when every match can be read; otherwise the sample level whose share of `count` is at most about
    /// `size` documents.
    static func samplingLevel(_ count: Int, size: Int) -> Int {
        var level = 0
        while count >> level > size && level < SearchTokens.deepestSample { level += 1 }
        return level
    }

    /// The `count` best scores, best first (ties by id, so pages stay stable).
    static func best(_ scored: [(id: Int, score: Double)], count: Int) -> [(id: Int, score: Double)] {
        Array(scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }.prefix(count))
    }

    /// A matching document as the final ordering needs it.
    struct RankedRow {
        var id: Int
        var score: Double
        /// 0 the exact name of a place, 1 an exact title, 2 a place whose name starts with the query, 3 the rest.
        var tier: Int
        var population: Int
    }

    /// The page's hits: their rows, and snippets of their summary or body around the query's words, made in
    /// Swift (`Snippets`): the same on both engines, and a tenth of the time of FTS5's `snippet()` or
    /// PostgreSQL's `ts_headline` for a page.
    static func hits(_ rows: [RankedRow], query: SearchQuery, on db: any SQLDatabase) async throws -> [SearchHit] {
        guard !rows.isEmpty else { return [] }
        var hits: [Int: SearchHit] = [:]
        for row in try await db.raw("""
            SELECT id, entity_type, slug, title, country_code, year, summary, body FROM search_documents \
            WHERE id IN (\(binds: rows.map(\.id)))
            """).all() {
            let snippet = Snippets.snippet(fields: [try row.string("summary"), try row.string("body")], query: query)
            hits[try row.int("id")] = SearchHit(
                type: try row.enumValue("entity_type", as: EntityType.self), slug: try row.string("slug"),
                title: try row.string("title"), snippet: snippet, countryCode: try row.optionalString("country_code"),
                year: try row.optionalInt("year"), score: 0)
        }
        return rows.compactMap { row in
            guard var hit = hits[row.id] else { return nil }
            hit.score = row.score
            return hit
        }
    }

    /// Places and titles named exactly as the query's words, and places whose name starts with them, largest
    /// first: found through the title index, then kept only if they match the whole query and its filters.
    static func nameMatches(_ query: SearchQuery, match: SearchMatch, limit: Int, engine: any SearchEngine,
                            on db: any SQLDatabase) async throws -> [Int: Int] {
        let phrase = query.included.flatMap(\.words).joined(separator: " ")
        guard phrase.count >= 2 else { return [:] }
        var tiers: [Int: Int] = [:]
        let title = TitleIndexSQL(db), collate = title.collate
        for row in try await db.raw("""
            SELECT id, entity_type FROM search_documents WHERE title_folded\(unsafeRaw: collate) = \(bind: phrase) \
            LIMIT \(bind: limit)
            """).all() {
            tiers[try row.int("id")] = try row.string("entity_type") == "place" ? 0 : 1
        }
        for row in try await db.raw("SELECT id FROM search_documents WHERE " + title.startingWith(phrase) + """
             AND entity_type = 'place' ORDER BY \(unsafeRaw: title.largestFirst) LIMIT \(bind: limit)
            """).all() {
            let id = try row.int("id")
            if tiers[id] == nil { tiers[id] = 2 }
        }
        let kept = try await engine.matching(Array(tiers.keys), match, on: db)
        return tiers.filter { kept.contains($0.key) }
    }

    /// The final order: name matches by tier and population, then the rest by text score, where articles and
    /// events of the last twelve months weigh a quarter more. Read from the facts: no query.
    static func order(ranked: [(id: Int, score: Double)], named: [Int: Int], facts: SearchFacts,
                      today: Day) -> [RankedRow] {
        var scores: [Int: Double] = [:]
        for (id, score) in ranked { scores[id] = score }
        let recent = Day(year: today.year - 1, month: today.month, day: min(today.day, 28))?.description ?? ""
        let rows = Set(scores.keys).union(named.keys).map { id -> RankedRow in
            var score = scores[id] ?? 0
            let document = facts.documents[id]
            if let document, document.type == .article || document.type == .event, document.date >= recent {
                score *= 1.25
            }
            return RankedRow(id: id, score: score, tier: named[id] ?? 3, population: document?.population ?? 0)
        }
        return rows.sorted { a, b in
            if a.tier != b.tier { return a.tier < b.tier }
            if a.tier != 3 && a.population != b.population { return a.population > b.population }
            if a.score != b.score { return a.score > b.score }
            return a.id < b.id
        }
    }

    /// Type-ahead: names and titles starting with the text, an exact name first, then places by population.
    public static func suggest(_ text: String, limit: Int = 8, on db: any SQLDatabase) async throws -> [SearchHit] {
        let prefix = SearchQuery.words(in: String(text.prefix(SearchQuery.maximumLength))).prefix(6).joined(separator: " ")
        guard !prefix.isEmpty else { return [] }
        let limit = min(max(limit, 1), 20)
        let columns = "id, entity_type, slug, title, country_code, year, population FROM search_documents "
        // The prefix indexes list a prefix's titles largest first, then those without a population by folded
        // title: the order asked for, so the scan stops at the limit (see `TitleIndexSQL.startingWith`). Exact
        // names, then names that start with the text, in one statement: one round trip.
        let title = TitleIndexSQL(db), collate = title.collate, largestFirst = title.largestFirst
        let exact: SQLQueryString = "SELECT * FROM (SELECT 0 AS part, \(unsafeRaw: columns)" + """
            WHERE title_folded\(unsafeRaw: collate) = \(bind: prefix) ORDER BY \(unsafeRaw: largestFirst), title \
            LIMIT \(bind: limit)) AS e
            """
        let starting: SQLQueryString = " UNION ALL SELECT * FROM (SELECT 1 AS part, \(unsafeRaw: columns)WHERE "
            + title.startingWith(prefix) + """
             ORDER BY \(unsafeRaw: largestFirst), title_folded\(unsafeRaw: collate) LIMIT \(bind: limit)) AS s
            """
        // Each part comes back in its own order; the parts are put in turn whatever order they arrive in.
        let rows = try await db.raw(exact + starting).all().enumerated()
            .map { (part: try $0.element.int("part"), arrival: $0.offset, row: $0.element) }
            .sorted { ($0.part, $0.arrival) < ($1.part, $1.arrival) }.map(\.row)
        var seen = Set<Int>()
        var hits: [SearchHit] = []
        for row in rows where hits.count < limit {
            guard seen.insert(try row.int("id")).inserted else { continue }
            hits.append(SearchHit(type: try row.enumValue("entity_type", as: EntityType.self), slug: try row.string("slug"),
                                  title: try row.string("title"), snippet: "", countryCode: try row.optionalString("country_code"),
                                  year: try row.optionalInt("year"), score: 0))
        }
        return hits
    }
}

/// What the title indexes need said per engine: PostgreSQL's are built in the C collation (a comparison must
/// name it to use them) and with NULLS LAST (the order SQLite gives a descending column anyway).
struct TitleIndexSQL {
    let collate: String
    let largestFirst: String
    let postgres: Bool

    init(_ db: any SQLDatabase) {
        postgres = db.dialect.name != "sqlite"
        collate = postgres ? " COLLATE \"C\"" : ""
        largestFirst = postgres ? "population DESC NULLS LAST" : "population DESC"
    }

    /// Titles whose folded form starts with `prefix`, said so that the planner walks a prefix index in
    /// population order and stops at the limit. SQLite's index is by two-letter prefix. PostgreSQL, given a
    /// two-letter prefix and the folded-title range together, misjudged them as independent (an estimate of one
    /// row), took the folded-title index and sorted every title in the range (5 ms for "sou"); it gets the
    /// two-letter prefix alone, or the three-letter prefix of its own index (`AddTitlePrefix3`) with the range.
    /// A one-letter text walks the folded-title range ("{" sorts right after "z" in byte order).
    func startingWith(_ prefix: String) -> SQLQueryString {
        let range: SQLQueryString = "title_folded\(unsafeRaw: collate) >= \(bind: prefix) AND title_folded\(unsafeRaw: collate) < \(bind: prefix + "{")"
        guard prefix.count >= 2 else { return range }
        guard postgres else { return "title_prefix = \(bind: String(prefix.prefix(2))) AND " + range }
        guard prefix.count >= 3 else { return "title_prefix\(unsafeRaw: collate) = \(bind: prefix)" }
        return "substr(title_folded, 1, 3)\(unsafeRaw: collate) = \(bind: String(prefix.prefix(3))) AND " + range
    }
}
