import PeerpolisDomain
import SQLKit

extension SearchIndex {
    /// Ranked hits for a query, with the total and facet counts of everything that matched under the filters.
    ///
    /// The full-text match runs first, as a subquery on the engine's own index; filters, facets and the
    /// ordering then work on the matching documents. Both facets and ranking cost time in proportion to the
    /// number of matches (BENCHMARKS.md has the figures).
    public static func search(_ query: SearchQuery, filters: SearchFilters = .init(), page: PageRequest,
                              today: Day, on db: any SQLDatabase) async throws -> SearchResults {
        guard !query.isEmpty else { return SearchResults(hits: [], total: 0, facets: FacetCounts()) }
        let engine = engine(for: db)
        let filters = filterSQL(filters)
        let facets = try await facetCounts(engine.matches(query) + filters, on: db)
        let total = facets.types.reduce(0) { $0 + $1.1 }
        guard total > page.offset else { return SearchResults(hits: [], total: total, facets: facets) }
        let hits = try await engine.hits(query, filters: filters, ranking: ranking(query, today: today),
                                         page: page, on: db)
        return SearchResults(hits: hits, total: total, facets: facets)
    }

    /// Type-ahead: names and titles starting with the text, places first by population.
    public static func suggest(_ text: String, limit: Int = 8, on db: any SQLDatabase) async throws -> [SearchHit] {
        let prefix = SearchQuery.words(in: String(text.prefix(SearchQuery.maximumLength))).prefix(6).joined(separator: " ")
        guard !prefix.isEmpty else { return [] }
        // A range on the folded title uses its index on both engines ("{" sorts right after "z" in byte order).
        let collate = db.dialect.name == "sqlite" ? "" : " COLLATE \"C\""
        let rows = try await db.raw("""
            SELECT entity_type, slug, title, country_code, year, population FROM search_documents \
            WHERE title_folded\(unsafeRaw: collate) >= \(bind: prefix) AND title_folded\(unsafeRaw: collate) < \(bind: prefix + "{") \
            ORDER BY CASE WHEN title_folded = \(bind: prefix) THEN 0 ELSE 1 END, COALESCE(population, 0) DESC, title \
            LIMIT \(bind: min(max(limit, 1), 20))
            """).all()
        return try rows.map { row in
            SearchHit(type: try row.enumValue("entity_type", as: EntityType.self), slug: try row.string("slug"),
                      title: try row.string("title"), snippet: "", countryCode: try row.optionalString("country_code"),
                      year: try row.optionalInt("year"), score: 0)
        }
    }

    /// Hits from ranked rows (`id`, `entity_type`, `slug`, `title`, `country_code`, `year`, `score`) and the
    /// snippets fetched for them; both engines read their rows this way. `higherIsBetter` says how the engine
    /// scores (BM25 in FTS5 is lower for better matches).
    static func hits(_ rows: [any SQLRow], snippets: [Int: String], higherIsBetter: Bool) throws -> [SearchHit] {
        try rows.map { row in
            let score = try row.double("score")
            return SearchHit(type: try row.enumValue("entity_type", as: EntityType.self), slug: try row.string("slug"),
                             title: try row.string("title"), snippet: snippets[try row.int("id")] ?? "",
                             countryCode: try row.optionalString("country_code"), year: try row.optionalInt("year"),
                             score: higherIsBetter ? score : -score)
        }
    }

    /// `AND …` conditions on `d` for the filters.
    static func filterSQL(_ filters: SearchFilters) -> SQLQueryString {
        var sql = SQLQueryString("")
        if let type = filters.type { sql += " AND d.entity_type = \(bind: type.rawValue)" }
        if let country = filters.countryCode { sql += " AND d.country_code = \(bind: country)" }
        if let year = filters.year { sql += " AND d.year = \(bind: year)" }
        if let status = filters.status { sql += " AND d.status = \(bind: status)" }
        if let theme = filters.themeSlug {
            sql += " AND d.id IN (SELECT document_id FROM search_document_themes WHERE theme_slug = \(bind: theme))"
        }
        return sql
    }

    /// The ordering after the text score: exact then prefix matches of a place's name first, larger places
    /// before smaller ones, recent articles and events before old ones.
    static func ranking(_ query: SearchQuery, today: Day) -> SQLQueryString {
        let phrase = query.included.flatMap(\.words).joined(separator: " ")
        let recent = Day(year: today.year - 1, month: today.month, day: min(today.day, 28))?.description ?? ""
        return """
            CASE WHEN d.entity_type = 'place' AND d.title_folded = \(bind: phrase) THEN 0 \
            WHEN d.title_folded = \(bind: phrase) THEN 1 \
            WHEN d.entity_type = 'place' AND substr(d.title_folded, 1, \(literal: phrase.count)) = \(bind: phrase) THEN 2 \
            ELSE 3 END, \
            CASE WHEN d.entity_type = 'place' AND substr(d.title_folded, 1, \(literal: phrase.count)) = \(bind: phrase) \
            THEN -COALESCE(d.population, 0) ELSE 0 END, \
            CASE WHEN d.entity_type IN ('article', 'event') AND d.date >= \(bind: recent) THEN 0 ELSE 1 END
            """
    }

    static func facetCounts(_ condition: SQLQueryString, on db: any SQLDatabase) async throws -> FacetCounts {
        // MATERIALIZED: the matches are read once for all five facets.
        let matched = "SELECT d.id, d.entity_type, d.country_code, d.year, d.status " as SQLQueryString
        let sql: SQLQueryString = "WITH m AS MATERIALIZED (" + matched + condition + """
            ) SELECT 'type' AS facet, entity_type AS value, COUNT(*) AS n FROM m GROUP BY entity_type \
            UNION ALL SELECT 'country', country_code, COUNT(*) FROM m WHERE country_code IS NOT NULL GROUP BY country_code \
            UNION ALL SELECT 'year', CAST(year AS TEXT), COUNT(*) FROM m WHERE year IS NOT NULL GROUP BY year \
            UNION ALL SELECT 'status', status, COUNT(*) FROM m WHERE status IS NOT NULL GROUP BY status \
            UNION ALL SELECT 'theme', t.theme_slug, COUNT(*) FROM m JOIN search_document_themes t ON t.document_id = m.id GROUP BY t.theme_slug
            """
        var facets = FacetCounts()
        for row in try await db.raw(sql).all() {
            let entry = (try row.string("value"), try row.int("n"))
            switch try row.string("facet") {
            case "type": facets.types.append(entry)
            case "country": facets.countries.append(entry)
            case "year": facets.years.append(entry)
            case "status": facets.statuses.append(entry)
            default: facets.themes.append(entry)
            }
        }
        let byCount: ((String, Int), (String, Int)) -> Bool = { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        facets.types.sort(by: byCount)
        facets.countries.sort(by: byCount)
        facets.themes.sort(by: byCount)
        facets.statuses.sort(by: byCount)
        facets.years.sort { $0.0 > $1.0 }
        return facets
    }
}
