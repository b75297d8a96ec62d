import Dispatch
import PeerpolisDomain
import SQLKit

/// Filters of the place list. Nil means "any".
public struct PlaceFilter: Sendable, Hashable {
    public var countryCode: String?
    public var sizeClass: SizeClass?
    public var kind: PlaceKind?
    /// Places whose name or ASCII name starts with this text (case-insensitive).
    public var namePrefix: String?

    public init(countryCode: String? = nil, sizeClass: SizeClass? = nil, kind: PlaceKind? = nil,
                namePrefix: String? = nil) {
        self.countryCode = countryCode
        self.sizeClass = sizeClass
        self.kind = kind
        self.namePrefix = namePrefix
    }

    func predicates(postgres: Bool) -> [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let countryCode { result.append(Filter.equals("country_code", countryCode)) }
        if let kind { result.append(Filter.equals("kind", kind.rawValue)) }
        if let sizeClass {
            let range = sizeClass.populationRange
            result.append(SQLQueryString("population >= \(bind: range.lowerBound)"))
            if range.upperBound < Int.max {
                result.append(SQLQueryString("population < \(bind: range.upperBound)"))
            }
        }
        if let namePrefix {
            let prefix = ASCIIFolding.fold(namePrefix).lowercased()
            if !prefix.isEmpty {
                // A range on LOWER(ascii_name) uses its index on both engines (in byte order on PostgreSQL,
                // whose index is built with the C collation); ASCII names sort below DEL.
                let collate = postgres ? " COLLATE \"C\"" : ""
                result.append(SQLQueryString("LOWER(ascii_name)\(unsafeRaw: collate) >= \(bind: prefix) AND LOWER(ascii_name)\(unsafeRaw: collate) < \(bind: prefix + "\u{7F}")"))
            }
        }
        return result
    }
}

/// The orders a place list can be read in.
public enum PlaceOrder: String, CaseIterable, Sendable {
    case largestFirst = "-population"
    case smallestFirst = "population"
    case name = "name"
    case nameDescending = "-name"

    var terms: [any SQLExpression] {
        switch self {
        case .largestFirst: [SQLOrderBy(expression: SQLIdentifier("population"), direction: SQLDirection.descending)]
        case .smallestFirst: [SQLOrderBy(expression: SQLIdentifier("population"), direction: SQLDirection.ascending)]
        case .name: [SQLOrderBy(expression: SQLIdentifier("ascii_name"), direction: SQLDirection.ascending)]
        case .nameDescending: [SQLOrderBy(expression: SQLIdentifier("ascii_name"), direction: SQLDirection.descending)]
        }
    }
}

extension Place {
    static let columns = ["id", "slug", "name", "ascii_name", "alternate_names", "country_code", "admin1_code",
                          "kind", "latitude", "longitude", "population", "time_zone", "created_at", "updated_at"]

    /// The columns `init(row:)` reads: lists skip the timestamps.
    static let readColumns = columns.filter { $0 != "created_at" && $0 != "updated_at" }

    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name"),
                  asciiName: try row.string("ascii_name"),
                  alternateNames: try row.stringList("alternate_names"),
                  countryCode: try row.string("country_code"), admin1Code: try row.optionalString("admin1_code"),
                  kind: try row.enumValue("kind", as: PlaceKind.self), latitude: try row.double("latitude"),
                  longitude: try row.double("longitude"), population: try row.int("population"),
                  timeZone: try row.string("time_zone"))
    }

    func binds(now: String) -> [any SQLExpression] {
        [SQLBind(id), SQLBind(slug), SQLBind(name), SQLBind(asciiName), SQLBind(jsonText(alternateNames)),
         SQLBind(countryCode), SQLBind(admin1Code), SQLBind(kind.rawValue), SQLBind(latitude), SQLBind(longitude),
         SQLBind(population), SQLBind(timeZone), SQLBind(now), SQLBind(now)]
    }

    /// 14 binds a row: 2,000 rows (28,000 binds) stay under SQLite's limit of 32,766 and PostgreSQL's 65,535;
    /// fewer, larger statements made a bulk import faster.
    static let upsertBatchSize = 2000

    /// Inserts places, or updates every fact of those whose GeoNames id is already there. A place keeps its
    /// slug and creation time, so links to it never break. With `keepingKinds`, a place already there also keeps
    /// its kind: a GeoNames import must not turn a curated metropolitan area back into a city.
    /// `progress` is called with the number of places written after each batch.
    public static func upsert(_ places: some Collection<Place>, keepingKinds: Bool = false,
                              deferringFullText: Bool = false, progress: ((Int) -> Void)? = nil,
                              on db: any SQLDatabase) async throws {
        guard !places.isEmpty else { return }
        let kept: Set<String> = keepingKinds ? ["id", "slug", "created_at", "kind"] : ["id", "slug", "created_at"]
        let now = timestampNow()
        let batches = Array(places).chunked(into: upsertBatchSize)
        // While the database writes one batch, the next is prepared on a Dispatch worker: names as JSON,
        // folded names, hidden tokens and both statements serialized. That work was a third of a bulk import,
        // spent with the database idle. A child task would not do: where NIO's event loops run Swift's tasks,
        // it would share this task's thread.
        let statement = UpsertStatement(keptColumns: kept, now: now)
        var prepared = PreparedPlaces(batches[0], statement: statement, for: db)
        for next in batches.indices {
            async let following = next + 1 < batches.count
                ? PreparedPlaces.onWorkerThread(batches[next + 1], statement: statement, for: db) : nil
            try await db.execute(sql: prepared.upsert) { _ in }
            // The index keeps the slug stored for places that were already there.
            try await SearchIndex.write(prepared.documents, deferringFullText: deferringFullText, on: db)
            progress?(batches[next].endIndex)
            guard let following = await following else { break }
            prepared = following
        }
    }

    /// How `upsert` writes a batch: which columns a place already there keeps, and the time written.
    struct UpsertStatement: Sendable {
        let keptColumns: Set<String>
        let now: String

        func statement(_ places: some Collection<Place>, on db: any SQLDatabase) -> any SQLExpression {
            let insert = db.insert(into: "places").columns(columns)
            for place in places { insert.values(place.binds(now: now)) }
            insert.onConflict(with: ["id"]) { conflict in
                var update = conflict
                for column in columns where !keptColumns.contains(column) {
                    update = update.set(excludedValueOf: column)
                }
                return update
            }
            return insert.insert
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Place? {
        try await db.select().column("*").from("places").where("slug", .equal, SQLBind(slug)).first()
            .map(Place.init(row:))
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Place? {
        try await db.select().column("*").from("places").where("id", .equal, SQLBind(id)).first()
            .map(Place.init(row:))
    }

    /// The places with these GeoNames ids, keyed by id; unknown ids are left out.
    public static func fetchDictionary(ids: some Collection<Int>, on db: any SQLDatabase) async throws -> [Int: Place] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        var result: [Int: Place] = [:]
        for batch in unique.chunked(into: 500) {
            let rows = try await db.select().column("*").from("places")
                .where("id", .in, SQLBind.group(Array(batch))).all()
            for row in rows {
                let place = try Place(row: row)
                result[place.id] = place
            }
        }
        return result
    }

    /// The places with these slugs, keyed by slug; unknown slugs are left out. Forms that name places by slug
    /// look them all up at once with it.
    public static func fetchDictionary(slugs: some Collection<String>, on db: any SQLDatabase) async throws -> [String: Place] {
        let unique = Array(Set(slugs)).sorted()
        guard !unique.isEmpty else { return [:] }
        let rows = try await db.select().column("*").from("places").where("slug", .in, SQLBind.group(unique)).all()
        return Dictionary(try rows.map { let place = try Place(row: $0); return (place.slug, place) }) { first, _ in first }
    }

    /// Places with every fact, largest first unless `order` says otherwise (the id breaks ties, so pages never
    /// overlap). A caller that knows the filter's total (from a cache) passes it to save the count.
    public static func fetchPage(_ filter: PlaceFilter, page: PageRequest, order: PlaceOrder = .largestFirst,
                                 knownTotal: Int? = nil, on db: any SQLDatabase) async throws -> Page<Place> {
        try await db.fetchPage("places", where: filter.predicates(postgres: db.dialect.name != "sqlite"),
                               orderBy: order.terms + [SQLOrderBy(expression: SQLIdentifier("id"), direction: SQLDirection.ascending)],
                               page: page, knownTotal: knownTotal, columns: readColumns, decode: Place.init(row:))
    }

    /// A page of place summaries, largest first: what the HTML lists show, read from six columns instead of
    /// twelve (the list page spent a tenth of its time decoding the columns it did not show).
    public static func fetchSummaryPage(_ filter: PlaceFilter, page: PageRequest, knownTotal: Int? = nil,
                                        on db: any SQLDatabase) async throws -> Page<PlaceSummary> {
        try await db.fetchPage("places", where: filter.predicates(postgres: db.dialect.name != "sqlite"),
                               orderBy: [SQLOrderBy(expression: SQLIdentifier("population"), direction: SQLDirection.descending),
                                         SQLOrderBy(expression: SQLIdentifier("id"), direction: SQLDirection.ascending)],
                               page: page, knownTotal: knownTotal, columns: PlaceSummary.columns,
                               decode: PlaceSummary.init(row:))
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("places", where: [])
    }

    /// Every slug in use, to give new places unique ones.
    public static func fetchSlugs(on db: any SQLDatabase) async throws -> [Int: String] {
        var result: [Int: String] = [:]
        let rows = try await db.select().column("id").column("slug").from("places").all()
        for row in rows { result[try row.int("id")] = try row.string("slug") }
        return result
    }
}

extension PlaceSummary {
    static let columns = ["id", "slug", "name", "country_code", "kind", "population"]

    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name"),
                  countryCode: try row.string("country_code"), kind: try row.enumValue("kind", as: PlaceKind.self),
                  population: try row.int("population"))
    }
}

/// A batch of places with their statements serialized and their search documents prepared, worked out
/// without reaching the database.
struct PreparedPlaces: Sendable {
    let upsert: SerializedStatement
    let documents: DocumentBatch

    init(_ places: ArraySlice<Place>, statement: Place.UpsertStatement, for db: any SQLDatabase) {
        upsert = SerializedStatement(statement.statement(places, on: db), for: db)
        documents = DocumentBatch(SearchIndex.prepare(places.map(SearchDocuments.of), themeParents: nil), for: db)
    }

    /// Prepares a batch on a Dispatch worker thread, off the executor of the task that awaits it.
    static func onWorkerThread(_ places: ArraySlice<Place>, statement: Place.UpsertStatement,
                               for db: any SQLDatabase) async -> PreparedPlaces {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: PreparedPlaces(places, statement: statement, for: db))
            }
        }
    }
}
