import PeerpolisDomain
import SQLKit

public struct PledgeFilter: Sendable, Hashable {
    public var placeID: Int?
    public var countryCode: String?
    public var organizationID: Int?
    public var framework: String?

    public init(placeID: Int? = nil, countryCode: String? = nil, organizationID: Int? = nil, framework: String? = nil) {
        self.placeID = placeID
        self.countryCode = countryCode
        self.organizationID = organizationID
        self.framework = framework
    }

    var predicates: [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let placeID { result.append(Filter.equals("place_id", placeID)) }
        if let organizationID { result.append(Filter.equals("organization_id", organizationID)) }
        if let framework { result.append(Filter.equals("framework", framework)) }
        if let countryCode {
            result.append(SQLQueryString("place_id IN (SELECT id FROM places WHERE country_code = \(bind: countryCode))"))
        }
        return result
    }
}

extension Pledge {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), title: try row.string("title"),
                  placeID: try row.int("place_id"), organizationID: try row.optionalInt("organization_id"),
                  framework: try row.string("framework"), principles: try row.stringList("principles"),
                  amount: try row.optionalDouble("amount"), currency: try row.optionalString("currency"),
                  quantity: try row.optionalDouble("quantity"), unit: try row.optionalString("unit"),
                  startDate: try row.optionalDay("start_date"), endDate: try row.optionalDay("end_date"),
                  summary: try row.string("summary"))
    }

    public static func insert(_ pledge: Pledge, on db: any SQLDatabase) async throws -> Pledge {
        let now = timestampNow()
        let row = try await db.insert(into: "pledges")
            .columns("slug", "title", "place_id", "organization_id", "framework", "principles", "amount", "currency",
                     "quantity", "unit", "start_date", "end_date", "summary", "created_at", "updated_at")
            .values(SQLBind(pledge.slug), SQLBind(pledge.title), SQLBind(pledge.placeID), SQLBind(pledge.organizationID),
                    SQLBind(pledge.framework), SQLBind(jsonText(pledge.principles)), SQLBind(pledge.amount),
                    SQLBind(pledge.currency), SQLBind(pledge.quantity), SQLBind(pledge.unit),
                    SQLBind(pledge.startDate?.description), SQLBind(pledge.endDate?.description),
                    SQLBind(pledge.summary), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = pledge
        saved.id = try row?.int("id") ?? 0
        for update in pledge.progress { try await insertProgress(update, pledgeID: saved.id, on: db) }
        saved.progress = pledge.progress.sorted { $0.date < $1.date }
        let country = try await SearchDocuments.country(of: [pledge.placeID], on: db)
        try await SearchIndex.index([SearchDocuments.of(saved, country: country)], on: db)
        return saved
    }

    static func insertProgress(_ update: PledgeProgress, pledgeID: Int, on db: any SQLDatabase) async throws {
        try await db.insert(into: "pledge_progress").columns("pledge_id", "date", "note", "amount", "quantity")
            .values(SQLBind(pledgeID), SQLBind(update.date.description), SQLBind(update.note), SQLBind(update.amount),
                    SQLBind(update.quantity))
            .run()
    }

    static func hydrate(_ pledges: [Pledge], on db: any SQLDatabase) async throws -> [Pledge] {
        let ids = pledges.map(\.id)
        var progress: [Int: [PledgeProgress]] = [:]
        if !ids.isEmpty {
            let rows = try await db.select().column("*").from("pledge_progress")
                .where("pledge_id", .in, SQLBind.group(ids)).orderBy("date").orderBy("id").all()
            for row in rows {
                progress[try row.int("pledge_id"), default: []].append(
                    PledgeProgress(date: try row.day("date"), note: try row.string("note"),
                                   amount: try row.optionalDouble("amount"), quantity: try row.optionalDouble("quantity")))
            }
        }
        return pledges.map { pledge in
            var full = pledge
            full.progress = progress[pledge.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Pledge? {
        guard let row = try await db.select().column("*").from("pledges").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([Pledge(row: row)], on: db).first
    }

    public static func fetchPage(_ filter: PledgeFilter, page: PageRequest, on db: any SQLDatabase) async throws -> Page<Pledge> {
        var result = try await db.fetchPage("pledges", where: filter.predicates,
                                            orderBy: [SQLOrderBy(expression: SQLIdentifier("title"), direction: SQLDirection.ascending)],
                                            page: page, decode: Pledge.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: PledgeFilter, on db: any SQLDatabase) async throws -> [Pledge] {
        try await fetchPage(filter, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("pledges", where: [])
    }
}

extension PlaceInterest {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), placeID: try row.int("place_id"), themeSlug: try row.string("theme_slug"),
                  direction: try row.enumValue("direction", as: InterestDirection.self), weight: try row.double("weight"),
                  note: try row.optionalString("note"))
    }

    public static func insert(_ interest: PlaceInterest, on db: any SQLDatabase) async throws -> PlaceInterest {
        let now = timestampNow()
        let row = try await db.insert(into: "place_interests")
            .columns("place_id", "theme_slug", "direction", "weight", "note", "created_at", "updated_at")
            .values(SQLBind(interest.placeID), SQLBind(interest.themeSlug), SQLBind(interest.direction.rawValue),
                    SQLBind(interest.weight), SQLBind(interest.note), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = interest
        saved.id = try row?.int("id") ?? 0
        return saved
    }

    public static func fetchAll(placeID: Int, on db: any SQLDatabase) async throws -> [PlaceInterest] {
        try await db.select().column("*").from("place_interests").where("place_id", .equal, SQLBind(placeID))
            .orderBy("direction").orderBy("theme_slug").all().map(PlaceInterest.init(row:))
    }

    public static func fetchAll(themeSlug: String, on db: any SQLDatabase) async throws -> [PlaceInterest] {
        try await db.select().column("*").from("place_interests")
            .where(Filter.raw(SQLQueryString("theme_slug IN (SELECT slug FROM themes WHERE slug = \(bind: themeSlug) OR parent_slug = \(bind: themeSlug))")))
            .orderBy("place_id").all().map(PlaceInterest.init(row:))
    }
}
