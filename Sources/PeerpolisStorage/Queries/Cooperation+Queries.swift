import PeerpolisDomain
import SQLKit

public struct CooperationFilter: Sendable, Hashable {
    public var themeSlug: String?
    public var countryCode: String?
    public var programmeID: Int?
    public var placeID: Int?
    /// Cooperations active in this year (their period overlaps it).
    public var year: Int?

    public init(themeSlug: String? = nil, countryCode: String? = nil, programmeID: Int? = nil, placeID: Int? = nil,
                year: Int? = nil) {
        self.themeSlug = themeSlug
        self.countryCode = countryCode
        self.programmeID = programmeID
        self.placeID = placeID
        self.year = year
    }

    var predicates: [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let themeSlug { result.append(Filter.theme(themeSlug, links: "cooperation_themes", owner: "cooperation_id")) }
        if let programmeID { result.append(Filter.equals("programme_id", programmeID)) }
        if let placeID {
            result.append(SQLQueryString("id IN (SELECT cooperation_id FROM cooperation_places WHERE place_id = \(bind: placeID))"))
        }
        if let countryCode {
            result.append(SQLQueryString("id IN (SELECT cp.cooperation_id FROM cooperation_places cp JOIN places p ON p.id = cp.place_id WHERE p.country_code = \(bind: countryCode))"))
        }
        if let year {
            result.append(SQLQueryString("(start_date IS NULL OR start_date <= \(bind: "\(year)-12-31")) AND (end_date IS NULL OR end_date >= \(bind: "\(year)-01-01")) AND (start_date IS NOT NULL OR end_date IS NOT NULL)"))
        }
        return result
    }
}

extension Cooperation {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), title: try row.string("title"),
                  programmeID: try row.optionalInt("programme_id"), startDate: try row.optionalDay("start_date"),
                  endDate: try row.optionalDay("end_date"), narrative: try row.string("narrative"))
    }

    public static func insert(_ cooperation: Cooperation, on db: any SQLDatabase) async throws -> Cooperation {
        let now = timestampNow()
        let row = try await db.insert(into: "cooperations")
            .columns("slug", "title", "programme_id", "start_date", "end_date", "narrative", "created_at", "updated_at")
            .values(SQLBind(cooperation.slug), SQLBind(cooperation.title), SQLBind(cooperation.programmeID),
                    SQLBind(cooperation.startDate?.description), SQLBind(cooperation.endDate?.description),
                    SQLBind(cooperation.narrative), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = cooperation
        saved.id = try row?.int("id") ?? 0
        saved.themeSlugs = cooperation.themeSlugs.sorted()
        try await insertLinks(saved, on: db)
        return saved
    }

    /// Writes a saved cooperation's places, themes and outcomes, then its search document.
    static func insertLinks(_ cooperation: Cooperation, on db: any SQLDatabase) async throws {
        try await Links.insertTargets(cooperation.placeIDs, table: "cooperation_places", owner: "cooperation_id",
                                      target: "place_id", id: cooperation.id, on: db)
        try await Links.insertThemes(cooperation.themeSlugs, table: "cooperation_themes", owner: "cooperation_id",
                                     id: cooperation.id, on: db)
        for (position, outcome) in cooperation.outcomes.enumerated() {
            try await db.insert(into: "cooperation_outcomes")
                .columns("cooperation_id", "position", "description", "amount", "unit")
                .values(SQLBind(cooperation.id), SQLBind(position), SQLBind(outcome.description), SQLBind(outcome.amount),
                        SQLBind(outcome.unit))
                .run()
        }
        let country = try await SearchDocuments.country(of: cooperation.placeIDs, on: db)
        try await SearchIndex.index([SearchDocuments.of(cooperation, country: country)], on: db)
    }

    static func hydrate(_ cooperations: [Cooperation], on db: any SQLDatabase) async throws -> [Cooperation] {
        let ids = cooperations.map(\.id)
        let places = try await Links.targets(table: "cooperation_places", owner: "cooperation_id", target: "place_id",
                                             ids: ids, on: db)
        let themes = try await Links.themes(table: "cooperation_themes", owner: "cooperation_id", ids: ids, on: db)
        var outcomes: [Int: [Outcome]] = [:]
        if !ids.isEmpty {
            let rows = try await db.select().column("*").from("cooperation_outcomes")
                .where("cooperation_id", .in, SQLBind.group(ids)).orderBy("position").all()
            for row in rows {
                outcomes[try row.int("cooperation_id"), default: []].append(
                    Outcome(description: try row.string("description"), amount: try row.optionalDouble("amount"),
                            unit: try row.optionalString("unit")))
            }
        }
        return cooperations.map { cooperation in
            var full = cooperation
            full.placeIDs = places[cooperation.id] ?? []
            full.themeSlugs = themes[cooperation.id] ?? []
            full.outcomes = outcomes[cooperation.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Cooperation? {
        guard let row = try await db.select().column("*").from("cooperations").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([Cooperation(row: row)], on: db).first
    }

    public static func fetchPage(_ filter: CooperationFilter, page: PageRequest,
                                 on db: any SQLDatabase) async throws -> Page<Cooperation> {
        var result = try await db.fetchPage("cooperations", where: filter.predicates,
                                            orderBy: [SQLOrderBy(expression: SQLIdentifier("title"), direction: SQLDirection.ascending)],
                                            page: page, decode: Cooperation.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: CooperationFilter, on db: any SQLDatabase) async throws -> [Cooperation] {
        try await fetchPage(filter, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("cooperations", where: [])
    }
}
