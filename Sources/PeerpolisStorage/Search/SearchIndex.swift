import PeerpolisDomain
import SQLKit

/// The search over every public entity. Writes go through `index` and `remove`, inside the caller's
/// transaction, so the index never disagrees with the tables; reads through `search` and `suggest`.
/// What differs between SQLite FTS5 and PostgreSQL full text sits behind `SearchEngine`.
public enum SearchIndex {
    static func engine(for db: any SQLDatabase) -> any SearchEngine {
        db.dialect.name == "sqlite" ? SQLiteSearchEngine() : PostgresSearchEngine()
    }

    /// Adds documents, or replaces those already indexed for the same entities.
    ///
    /// With `deferringFullText` (bulk imports), SQLite's FTS5 entries are written later, all at once, by
    /// `writeDeferredFullText`, which must run in the same transaction: FTS5 flushes its pending terms at every
    /// statement of a transaction, so writing them batch by batch made hundreds of small segments to merge.
    /// PostgreSQL writes at once either way.
    public static func index(_ documents: [SearchDocument], deferringFullText: Bool = false,
                             on db: any SQLDatabase) async throws {
        guard !documents.isEmpty else { return }
        // Places never carry themes: a batch of places skips the theme work (a third of a bulk import's index
        // time). Any other batch rewrites its documents' themes, so a theme taken off an entity leaves the index.
        let themes = documents.allSatisfy { $0.type == .place } ? nil : try await themeParents(on: db)
        try await write(prepare(documents, themeParents: themes), deferringFullText: deferringFullText, on: db)
    }

    /// The database-free half of `index`: what each document's row will hold. Bulk writers run it for the
    /// next batch while the database writes the current one. `themeParents` is nil when no document has themes.
    static func prepare(_ documents: [SearchDocument], themeParents: [String: String]?) -> [PreparedDocument] {
        // One document per entity: when a batch names an entity twice, the last one wins.
        var latest: [String: Int] = [:]
        for (index, document) in documents.enumerated() { latest["\(document.type.rawValue)/\(document.entityID)"] = index }
        return documents.enumerated().filter { latest["\($1.type.rawValue)/\($1.entityID)"] == $0 }
            .map { PreparedDocument(sanitized($0.element), themeParents: themeParents) }
    }

    /// Writes prepared documents' rows, themes and full text.
    static func write(_ prepared: [PreparedDocument], deferringFullText: Bool = false,
                      on db: any SQLDatabase) async throws {
        for batch in prepared.chunked(into: DocumentBatch.size) {
            try await write(DocumentBatch(Array(batch), for: db), deferringFullText: deferringFullText, on: db)
        }
    }

    static func write(_ batch: DocumentBatch, deferringFullText: Bool = false, on db: any SQLDatabase) async throws {
        // The batch's rows take the counter's new value as their revision, so the search facts find them; the
        // counter's row stays locked until the caller commits, so revisions become visible in the order taken.
        let revision = try await db.raw("UPDATE change_counter SET changes = changes + 1 WHERE id = 1 RETURNING changes")
            .first()?.int("changes") ?? 0
        var ids: [String: Int] = [:]
        for row in try await db.all(batch.insert(revision: revision)) {
            ids["\(try row.string("entity_type"))/\(try row.int("entity_id"))"] = try row.int("id")
        }
        let indexed = try batch.documents.map { p -> (Int, PreparedDocument) in
            guard let id = ids["\(p.document.type.rawValue)/\(p.document.entityID)"] else {
                throw StorageError.invalid("The search index did not return an id for \(p.document.type.rawValue) \(p.document.slug).")
            }
            return (id, p)
        }
        if batch.documents.contains(where: { $0.themes != nil }) { try await writeThemes(indexed, on: db) }
        if deferringFullText && db.dialect.name == "sqlite" {
            try await db.raw("CREATE TEMP TABLE IF NOT EXISTS search_pending (id INTEGER PRIMARY KEY)").run()
            let values = indexed.map { SQLQueryString("(\(bind: $0.0))") }.joined(separator: ", ")
            try await db.raw("INSERT OR IGNORE INTO search_pending (id) VALUES " + values).run()
        } else {
            try await engine(for: db).store(indexed.map { ($0.0, $0.1.document) }, on: db)
        }
    }

    /// Writes the full-text entries that `index(_:deferringFullText:on:)` left pending, in two statements.
    public static func writeDeferredFullText(on db: any SQLDatabase) async throws {
        guard db.dialect.name == "sqlite" else { return }
        try await db.raw("CREATE TEMP TABLE IF NOT EXISTS search_pending (id INTEGER PRIMARY KEY)").run()
        try await db.raw("DELETE FROM search_fts WHERE rowid IN (SELECT id FROM search_pending)").run()
        try await db.raw("""
            INSERT INTO search_fts (rowid, title, names, summary, body, facets) \
            SELECT d.id, d.title, d.names, d.summary, d.body, d.facet_tokens FROM search_documents d \
            JOIN search_pending p ON p.id = d.id
            """).run()
        try await db.raw("DROP TABLE search_pending").run()
    }

    /// The title and other names as folded words, without repeats: what the `names` field holds.
    static func foldedNames(_ document: SearchDocument) -> String {
        Links.orderedUnique(([document.title] + document.names).map { SearchQuery.words(in: $0).joined(separator: " ") })
            .joined(separator: " ")
    }

    /// The snippet markers must only ever come from the engine, so stored text loses any it carries.
    static func sanitized(_ document: SearchDocument) -> SearchDocument {
        var clean = document
        for keyPath in [\SearchDocument.title, \.summary, \.body] where clean[keyPath: keyPath].contains(where: SearchHit.isMarker) {
            clean[keyPath: keyPath].removeAll(where: SearchHit.isMarker)
        }
        return clean
    }

    /// Removes an entity from the index (for deletes).
    public static func remove(_ type: EntityType, entityID: Int, on db: any SQLDatabase) async throws {
        let rows = try await db.select().column("id").from("search_documents")
            .where("entity_type", .equal, SQLBind(type.rawValue)).where("entity_id", .equal, SQLBind(entityID)).all()
        let ids = try rows.map { try $0.int("id") }
        guard !ids.isEmpty else { return }
        try await engine(for: db).remove(ids, on: db)
        try await db.delete(from: "search_documents").where("id", .in, SQLBind.group(ids)).run()
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("search_documents", where: [])
    }

    /// Each theme's parent, so a document tagged with a sub-theme counts under its top-level theme too.
    static func themeParents(on db: any SQLDatabase) async throws -> [String: String] {
        var parents: [String: String] = [:]
        for row in try await db.select().column("slug").column("parent_slug").from("themes").all() {
            if let parent = try row.optionalString("parent_slug") { parents[try row.string("slug")] = parent }
        }
        return parents
    }

    /// Theme slugs with the parents of the sub-themes among them, without repeats.
    static func withParents(_ slugs: [String], parents: [String: String]) -> [String] {
        Links.orderedUnique(slugs + slugs.compactMap { parents[$0] })
    }

    /// Writes every document's hidden tokens from what the index holds (for the migration that added them).
    static func writeFacetTokens(on db: any SQLDatabase) async throws {
        var lastID = 0
        while true {
            let rows = try await db.raw("""
                SELECT id, entity_type, entity_id, country_code, year, status FROM search_documents \
                WHERE id > \(bind: lastID) ORDER BY id LIMIT 2000
                """).all()
            guard let last = rows.last else { return }
            let ids = try rows.map { try $0.int("id") }
            var themes: [Int: [String]] = [:]
            for row in try await db.raw("""
                SELECT document_id, theme_slug FROM search_document_themes WHERE document_id IN (\(binds: ids)) \
                ORDER BY document_id, theme_slug
                """).all() {
                themes[try row.int("document_id"), default: []].append(try row.string("theme_slug"))
            }
            let values = try rows.map { row -> SQLQueryString in
                let id = try row.int("id")
                let tokens = SearchTokens.tokens(
                    type: try row.string("entity_type"), entityID: try row.int("entity_id"),
                    countryCode: try row.optionalString("country_code"), year: try row.optionalInt("year"),
                    status: try row.optionalString("status"), themes: themes[id] ?? [])
                return "(\(bind: id), \(bind: tokens))"
            }
            let update: SQLQueryString = "UPDATE search_documents SET facet_tokens = v.column2 FROM (VALUES "
                + values.joined(separator: ", ") + ") AS v WHERE search_documents.id = v.column1"
            try await db.raw(update).run()
            lastID = try last.int("id")
        }
    }

    static func writeThemes(_ documents: [(Int, PreparedDocument)], on db: any SQLDatabase) async throws {
        try await db.delete(from: "search_document_themes")
            .where("document_id", .in, SQLBind.group(documents.map(\.0))).run()
        var pairs: [(Int, String)] = []
        for (id, document) in documents { pairs += (document.themes ?? []).map { (id, $0) } }
        for batch in pairs.chunked(into: 1000) {
            var insert = db.insert(into: "search_document_themes").columns("document_id", "theme_slug")
            for (id, slug) in batch { insert = insert.values(SQLBind(id), SQLBind(slug)) }
            try await insert.run()
        }
    }
}

/// Prepared documents with the statement that inserts or updates their rows, serialized ahead of time.
struct DocumentBatch: Sendable {
    /// 16 binds a document: 2,000 documents stay under both engines' limits on bound parameters.
    static let size = 2000
    static let bindsPerDocument = 16

    let documents: [PreparedDocument]
    /// Serialized with revision 0; `insert(revision:)` sets the real one.
    private let template: SerializedStatement

    /// The insert, every row at `revision` (a bind each: a subquery per row made SQLite compile 2,000 of them
    /// per batch, a sixth of a cities500 import).
    func insert(revision: Int) -> SerializedStatement {
        template.rebinding(every: Self.bindsPerDocument, from: Self.bindsPerDocument - 1, to: revision)
    }

    init(_ documents: [PreparedDocument], for db: any SQLDatabase) {
        self.documents = documents
        let builder = db.insert(into: "search_documents").columns(
            "entity_type", "entity_id", "slug", "title", "title_folded", "title_prefix", "names", "summary",
            "body", "country_code", "year", "status", "date", "population", "facet_tokens", "revision")
        for p in documents {
            let d = p.document
            builder.values(
                SQLBind(d.type.rawValue), SQLBind(d.entityID), SQLBind(d.slug), SQLBind(d.title),
                SQLBind(p.foldedTitle), SQLBind(String(p.foldedTitle.prefix(2))), SQLBind(p.foldedNames),
                SQLBind(d.summary), SQLBind(d.body), SQLBind(d.countryCode), SQLBind(d.year), SQLBind(d.status),
                SQLBind(d.date?.description), SQLBind(d.population), SQLBind(p.tokens), SQLBind(0))
        }
        builder.onConflict(with: ["entity_type", "entity_id"]) { conflict in
            var update = conflict
            for column in ["slug", "title", "title_folded", "title_prefix", "names", "summary", "body",
                           "country_code", "year", "status", "date", "population", "facet_tokens", "revision"] {
                update = update.set(excludedValueOf: column)
            }
            return update
        }
        .returning("id", "entity_type", "entity_id")
        template = SerializedStatement(builder.insert, for: db)
        assert(template.binds.count == documents.count * Self.bindsPerDocument, "a document's binds changed in number")
    }
}

/// A document with what its index row holds besides the document's own fields, worked out without the database.
struct PreparedDocument: Sendable {
    var document: SearchDocument
    /// The title folded to lowercase ASCII words.
    var foldedTitle: String
    var foldedNames: String
    var tokens: String
    /// The theme slugs with their parents; nil when the batch was prepared without themes (places).
    var themes: [String]?

    init(_ document: SearchDocument, themeParents: [String: String]?) {
        self.document = document
        foldedTitle = SearchQuery.words(in: document.title).joined(separator: " ")
        foldedNames = SearchIndex.foldedNames(document)
        themes = themeParents.map { SearchIndex.withParents(document.themeSlugs, parents: $0) }
        tokens = SearchTokens.tokens(type: document.type.rawValue, entityID: document.entityID,
                                     countryCode: document.countryCode, year: document.year,
                                     status: document.status, themes: themes ?? [])
    }
}

/// What each engine does its own way.
protocol SearchEngine: Sendable {
    /// About how many matches a broad query is scored and counted on (a uniform sample), and half the number
    /// up to which every match is. Fewer make a search cheaper and its estimates coarser.
    var sampleSize: Int { get }
    /// Makes indexed documents (already in `search_documents`) findable.
    func store(_ documents: [(Int, SearchDocument)], on db: any SQLDatabase) async throws
    /// Forgets documents before their rows are deleted.
    func remove(_ ids: [Int], on db: any SQLDatabase) async throws
    /// How many documents match.
    func count(_ match: SearchMatch, on db: any SQLDatabase) async throws -> Int
    /// Every match with its text score, higher for better matches, in no particular order. Callers bound the
    /// number of matches first (sample tokens), so this is one statement over at most a few thousand rows.
    func scored(_ match: SearchMatch, context: ScoringContext, on db: any SQLDatabase) async throws -> [(id: Int, score: Double)]
    /// Those of `ids` that match.
    func matching(_ ids: [Int], _ match: SearchMatch, on db: any SQLDatabase) async throws -> Set<Int>
}

/// What an engine may use to score besides the match: how many documents are indexed, and the cache where
/// term counts are kept.
struct ScoringContext: Sendable {
    var indexed: Int
    var cache: SearchFactsCache
}

/// What a full-text lookup asks for: the query's words and hidden tokens every match must carry (filters
/// and samples).
struct SearchMatch: Sendable {
    var query: SearchQuery
    var requiredTokens: [String]

    init(_ query: SearchQuery, requiredTokens: [String]) {
        self.query = query
        self.requiredTokens = requiredTokens
    }

    func requiring(_ token: String) -> SearchMatch {
        SearchMatch(query, requiredTokens: requiredTokens + [token])
    }

    /// Whether a query word could reach a hidden token (they all start with `zz`). Only then do the engines
    /// confine the words to the text fields, which costs a look at every match's positions.
    var mayReachHiddenTokens: Bool {
        query.terms.contains { term in term.words.contains { $0.hasPrefix("zz") || (term.isPrefix && $0 == "z") } }
    }
}

/// Scores as the engines pack them: "id score id score …", scores in millionths.
enum SearchScores {
    static func unpacked(_ packed: String) -> [(id: Int, score: Double)] {
        var pairs: [(id: Int, score: Double)] = []
        var numbers: [Int] = []
        numbers.reserveCapacity(2 * 1024)
        var value = 0, negative = false, inNumber = false
        for byte in packed.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value &* 10 &+ Int(byte - UInt8(ascii: "0"))
                inNumber = true
            case UInt8(ascii: "-"):
                negative = true
            default:
                if inNumber { numbers.append(negative ? -value : value) }
                value = 0
                negative = false
                inNumber = false
            }
        }
        if inNumber { numbers.append(negative ? -value : value) }
        pairs.reserveCapacity(numbers.count / 2)
        var index = 0
        while index + 1 < numbers.count {
            pairs.append((numbers[index], Double(numbers[index + 1]) / 1_000_000))
            index += 2
        }
        return pairs
    }
}
