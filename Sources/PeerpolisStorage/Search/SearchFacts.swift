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
        var country: UInt32, status: UInt32
        var year: Int
        /// yyyy-mm-dd as written in the index; empty when the entity has no date.
        var date: String
        var population: Int
    }

    /// Facet values as numbers: each value's index, and back.
    struct Values: Sendable {
        private(set) var names: [String] = [""]
        private var numbers: [String: UInt32] = ["": 0]

        mutating func number(_ name: String?) -> UInt32 {
            guard let name, !name.isEmpty else { return 0 }
            if let known = numbers[name] { return known }
            let number = UInt32(names.count)
            names.append(name)
            numbers[name] = number
            return number
        }

        subscript(number: UInt32) -> String { names[Int(number)] }
    }

    var documents: [Int: Document] = [:]
    var themes: [Int: [UInt32]] = [:]
    var values = Values()
    /// The highest revision read.
    var revision: Int64 = -1

    /// Facet counts of the documents `ids` (ids the facts do not know are not counted).
    func facetCounts(_ ids: [Int]) -> FacetCounts {
        var types: [EntityType: Int] = [:]
        var countries: [UInt32: Int] = [:], statuses: [UInt32: Int] = [:], topics: [UInt32: Int] = [:]
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

    /// Reads the documents written since `revision`. When they are most of the index (a rebuild), the facts
    /// start again from every document, which also forgets the ids the rebuild deleted.
    func updated(on db: any SQLDatabase) async throws -> SearchFacts {
        var since = revision
        var changed = try await Self.packedDocuments(since: since, on: db)
        guard !changed.isEmpty else { return self }
        var next = self
        if since >= 0 && Self.recordCount(changed) * 2 > documents.count {
            next = SearchFacts()
            since = -1
            changed = try await Self.packedDocuments(since: since, on: db)
        }
        var themed = Set<Int>()
        try Self.forEachRecord(changed) { fields in
            guard fields.count == 8, let id = Int(fields[0]), let type = EntityType(rawValue: String(fields[1])) else {
                throw StorageError.invalid("A search document's facts could not be read: \(fields.joined(separator: ", ").prefix(200))")
            }
            next.documents[id] = Document(
                type: type, country: next.values.number(String(fields[2])), status: next.values.number(String(fields[4])),
                year: Int(fields[3]) ?? 0, date: String(fields[5]), population: Int(fields[6]) ?? 0)
            next.revision = max(next.revision, Int64(fields[7]) ?? 0)
            // Places never carry themes (see `SearchIndex.index`).
            if type != .place {
                themed.insert(id)
                next.themes[id] = nil
            }
        }
        guard !themed.isEmpty else { return next }
        try Self.forEachRecord(try await Self.packedThemes(since: since, on: db)) { fields in
            guard fields.count == 2, let id = Int(fields[0]), themed.contains(id) else { return }
            next.themes[id, default: []].append(next.values.number(String(fields[1])))
        }
        return next
    }

    /// Documents' rows written after revision `since`: id, type, country, year, status, date, population and
    /// revision, as text. They come packed in one value, fields and rows apart by control characters no field
    /// holds: a row each took 25 µs to read through the driver (8.5 s for 335,000). The revision index finds
    /// them, and nothing when nothing changed.
    static func packedDocuments(since: Int64, on db: any SQLDatabase) async throws -> String {
        let (field, row) = separators(db)
        return try await db.raw("""
            SELECT string_agg(CAST(id AS TEXT) || \(unsafeRaw: field) || entity_type || \(unsafeRaw: field) || \
            COALESCE(country_code, '') || \(unsafeRaw: field) || COALESCE(CAST(year AS TEXT), '') || \(unsafeRaw: field) || \
            COALESCE(status, '') || \(unsafeRaw: field) || COALESCE(date, '') || \(unsafeRaw: field) || \
            COALESCE(CAST(population AS TEXT), '') || \(unsafeRaw: field) || CAST(revision AS TEXT), \(unsafeRaw: row)) AS packed \
            FROM search_documents WHERE revision > \(bind: since)
            """).first()?.optionalString("packed") ?? ""
    }

    /// (document id, theme slug) of the documents written after revision `since`, packed the same way.
    static func packedThemes(since: Int64, on db: any SQLDatabase) async throws -> String {
        let (field, row) = separators(db)
        return try await db.raw("""
            SELECT string_agg(CAST(t.document_id AS TEXT) || \(unsafeRaw: field) || t.theme_slug, \(unsafeRaw: row)) AS packed \
            FROM search_document_themes t JOIN search_documents d ON d.id = t.document_id WHERE d.revision > \(bind: since)
            """).first()?.optionalString("packed") ?? ""
    }

    static func separators(_ db: any SQLDatabase) -> (field: String, row: String) {
        db.dialect.name == "sqlite" ? ("char(31)", "char(30)") : ("chr(31)", "chr(30)")
    }

    static func recordCount(_ packed: String) -> Int {
        packed.isEmpty ? 0 : packed.utf8.reduce(1) { $1 == 0x1E ? $0 + 1 : $0 }
    }

    /// Calls `body` with each record's fields in turn, so only one record's pieces exist at a time. It splits on
    /// bytes: the separators are ASCII, and splitting by Character would first find graphemes.
    static func forEachRecord(_ packed: String, _ body: ([Substring]) throws -> Void) rethrows {
        guard !packed.isEmpty else { return }
        let bytes = packed.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x1E) ?? bytes.endIndex
            try body(bytes[start..<end].split(separator: 0x1F, omittingEmptySubsequences: false).map { Substring($0) })
            start = end == bytes.endIndex ? end : bytes.index(after: end)
        }
    }
}

/// The facts of one database, shared by every search on it. An actor, so one read of the changes serves
/// the searches that arrive while it runs; searches then count on their own copy.
public actor SearchFactsCache {
    private var facts = SearchFacts()
    private var reading: Task<SearchFacts, any Error>?

    /// How many documents hold each search term (keyed by its FTS5 text), for the SQLite ranking's rarities,
    /// with the number of documents indexed when it was counted.
    private var termCounts: [String: (indexed: Int, count: Int)] = [:]

    public init() {}

    /// The counts known for `keys`, unless the index has since grown or shrunk by more than a tenth.
    func termCounts(_ keys: [String], indexed: Int) -> [String: Int] {
        var known: [String: Int] = [:]
        for key in keys {
            if let entry = termCounts[key], abs(entry.indexed - indexed) * 10 <= max(indexed, 1) { known[key] = entry.count }
        }
        return known
    }

    func remember(_ counts: [String: Int], indexed: Int) {
        if termCounts.count > 50_000 { termCounts.removeAll() }
        for (key, count) in counts { termCounts[key] = (indexed, count) }
    }

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
