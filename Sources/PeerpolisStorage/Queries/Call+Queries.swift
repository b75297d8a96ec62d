import PeerpolisDomain
import SQLKit

public struct CallFilter: Sendable, Hashable {
    public var status: CallStatus?
    public var organizationID: Int?
    public var themeSlug: String?
    public var year: Int?

    public init(status: CallStatus? = nil, organizationID: Int? = nil, themeSlug: String? = nil, year: Int? = nil) {
        self.status = status
        self.organizationID = organizationID
        self.themeSlug = themeSlug
        self.year = year
    }

    func predicates(today: Day) -> [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let themeSlug { result.append(Filter.theme(themeSlug, links: "call_themes", owner: "call_id")) }
        if let organizationID { result.append(Filter.equals("organization_id", organizationID)) }
        if let year {
            result.append(SQLQueryString("(opens_on LIKE \(bind: "\(year)-%") OR closes_on LIKE \(bind: "\(year)-%"))"))
        }
        if let status {
            // The same rule as `Call.status(today:)`.
            let t = today.description
            result.append(SQLQueryString("""
                (CASE WHEN closes_on IS NOT NULL AND closes_on < \(bind: t) THEN 'closed' \
                WHEN opens_on IS NOT NULL AND opens_on > \(bind: t) THEN 'upcoming' \
                WHEN opens_on IS NOT NULL OR closes_on IS NOT NULL THEN 'open' ELSE NULL END) = \(bind: status.rawValue)
                """))
        }
        return result
    }
}

extension Call {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), title: try row.string("title"),
                  organizationID: try row.int("organization_id"), opensOn: try row.optionalDay("opens_on"),
                  closesOn: try row.optionalDay("closes_on"), summary: try row.string("summary"),
                  rules: try row.json("rules", as: EligibilityRules.self))
    }

    public static func insert(_ call: Call, on db: any SQLDatabase) async throws -> Call {
        let now = timestampNow()
        let row = try await db.insert(into: "calls")
            .columns("slug", "title", "organization_id", "opens_on", "closes_on", "summary", "rules", "created_at",
                     "updated_at")
            .values(SQLBind(call.slug), SQLBind(call.title), SQLBind(call.organizationID),
                    SQLBind(call.opensOn?.description), SQLBind(call.closesOn?.description), SQLBind(call.summary),
                    SQLBind(jsonText(call.rules)), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = call
        saved.id = try row?.int("id") ?? 0
        try await Links.insertThemes(call.themeSlugs, table: "call_themes", owner: "call_id", id: saved.id, on: db)
        saved.themeSlugs = call.themeSlugs.sorted()
        try await SearchIndex.index([SearchDocuments.of(saved, today: .indexingDay)], on: db)
        return saved
    }

    static func hydrate(_ calls: [Call], on db: any SQLDatabase) async throws -> [Call] {
        let themes = try await Links.themes(table: "call_themes", owner: "call_id", ids: calls.map(\.id), on: db)
        return calls.map { call in
            var full = call
            full.themeSlugs = themes[call.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Call? {
        guard let row = try await db.select().column("*").from("calls").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([Call(row: row)], on: db).first
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Call? {
        guard let row = try await db.select().column("*").from("calls").where("id", .equal, SQLBind(id)).first()
        else { return nil }
        return try await hydrate([Call(row: row)], on: db).first
    }

    /// Latest closing date first; calls without dates last.
    public static func fetchPage(_ filter: CallFilter, today: Day, page: PageRequest,
                                 on db: any SQLDatabase) async throws -> Page<Call> {
        var result = try await db.fetchPage(
            "calls", where: filter.predicates(today: today),
            orderBy: [SQLOrderBy(expression: SQLRaw("CASE WHEN closes_on IS NULL THEN 1 ELSE 0 END"), direction: SQLDirection.ascending),
                      SQLOrderBy(expression: SQLIdentifier("closes_on"), direction: SQLDirection.descending),
                      SQLOrderBy(expression: SQLIdentifier("title"), direction: SQLDirection.ascending)],
            page: page, decode: Call.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: CallFilter, today: Day, on db: any SQLDatabase) async throws -> [Call] {
        try await fetchPage(filter, today: today, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("calls", where: [])
    }
}
