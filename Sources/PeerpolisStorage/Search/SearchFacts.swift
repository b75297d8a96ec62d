import PeerpolisDomain
import SQLKit

/// What facets and the final order need of every indexed document (type, country, year, status, themes,
/// date, population), held in memory and kept up to date from the index's revisions.
///
/// Counting facets in SQL joined each match to its document row and theme rows: about 4 ms for the 1,000 or
/// so matches a search counts, most of it b-tree lookups. Here the engine returns only the matching ids, and
/// the counts are a dictionary lookup each: a few microseconds for the same matches. The facts are a cache,
/// never the truth: each search first reads the documents written since the last one (one indexed query
/// that finds nothing when nothing changed), so writes from any process are seen by the next search.
struct SearchFacts: Sendable {
    struct Document: Sendable {
        var type: EntityType
        /// Indexes into `values`; 0 is "none".
        var country: UInt16, status: UInt16
        var year: Int
        /// yyyy-mm-dd as written in the index; empty when the entity has no date.
        var date: String
        var population: Int
    }

    /// Facet values as numbers: each value's index, and back.
    struct Values: Sendable {
        private(set) var names: [String] = [""]
        private var numbers: [String: UInt16] = ["": 0]

        mutating func number(_ name: String?) -> UInt16 {
            guard let name, !name.isEmpty else { return 0 }
            if let known = numbers[name] { return known }
            let number = UInt16(truncatingIfNeeded: names.count)
            names.append(name)
            numbers[name] = number
            return number
        }

        subscript(number: UInt16) -> String { names[Int(number)] }
    }

    var documents: [Int: Document] = [:]
    var themes: [Int: [UInt16]] = [:]
    var values = Values()
    /// The highest revision read.
    var revision: Int64 = -1

    /// Facet counts of the documents `ids` (ids the facts do not know are not counted).
    func facetCounts(_ ids: [Int]) -> FacetCounts {
        var types: [EntityType: Int] = [:]
        var countries: [UInt16: Int] = [:], statuses: [UInt16: Int] = [:], topics: [UInt16: Int] = [:]
        var years: [Int: Int] = [:]
        for id in ids {
            guard let document = documents[id] else { continue }
            types[document.type, default: 0] += 1
            if document.country != 0 { countries[document.country, default: 0] += 1 }
            if document.status != 0 { statuses[document.status, default: 0] += 1 }
            if document.year != 0 { years[document.year, default: 0] += 1 }
            if let slugs = themes[id] { for slug in slugs { topics[slug, default: 0] += 1 } }
        }
        let byCount: ((String, Int), (String, Int)) -> Bool = { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        var facets = FacetCounts()
        facets.types = types.map { ($0.key.rawValue, $0.value) }.sorted(by: byCount)
        facets.countries = countries.map { (values[$0.key], $0.value) }.sorted(by: byCount)
        facets.statuses = statuses.map { (values[$0.key], $0.value) }.sorted(by: byCount)
        facets.themes = topics.map { (values[$0.key], $0.value) }.sorted(by: byCount)
        facets.years = years.map { (String($0.key), $0.value) }.sorted { $0.0 > $1.0 }
        return facets
    }

    /// Reads the documents written since `revision`. When they are most of the index (the first read, a
    /// rebuild), the facts start again from them, which also forgets the ids a rebuild deleted.
    func updated(on db: any SQLDatabase) async throws -> SearchFacts {
        let rows = try await db.raw("""
            SELECT id, entity_type, country_code, year, status, date, population, revision FROM search_documents \
            WHERE revision > \(bind: revision)
            """).all()
        guard !rows.isEmpty else { return self }
        var next = rows.count * 2 > documents.count ? SearchFacts() : self
        next.revision = revision
        var themed: [Int] = []
        for row in rows {
            let id = try row.int("id")
            let type = try row.enumValue("entity_type", as: EntityType.self)
            next.documents[id] = Document(
                type: type, country: next.values.number(try row.optionalString("country_code")),
                status: next.values.number(try row.optionalString("status")), year: try row.optionalInt("year") ?? 0,
                date: try row.optionalString("date") ?? "", population: try row.optionalInt("population") ?? 0)
            next.revision = max(next.revision, Int64(try row.int("revision")))
            // Places never carry themes (see `SearchIndex.index`).
            if type != .place { themed.append(id) }
        }
        for id in themed { next.themes[id] = nil }
        for batch in themed.chunked(into: 2000) {
            for row in try await db.raw("""
                SELECT document_id, theme_slug FROM search_document_themes WHERE document_id IN (\(binds: Array(batch)))
                """).all() {
                next.themes[try row.int("document_id"), default: []].append(next.values.number(try row.string("theme_slug")))
            }
        }
        return next
    }
}

/// The facts of one database, shared by every search on it. An actor, so one read of the changes serves
/// the searches that arrive while it runs; searches then count on their own copy.
public actor SearchFactsCache {
    private var facts = SearchFacts()
    private var reading: Task<SearchFacts, any Error>?

    public init() {}

    func current(on db: any SQLDatabase) async throws -> SearchFacts {
        if let reading { return try await reading.value }
        let known = facts
        let task = Task { try await known.updated(on: db) }
        reading = task
        defer { reading = nil }
        let latest = try await task.value
        if latest.revision > facts.revision { facts = latest }
        return facts
    }
}
