import PeerpolisDomain
import SQLKit

public struct PracticeFilter: Sendable, Hashable {
    public var themeSlug: String?
    public var countryCode: String?
    /// Practices this place owns or receives through a transfer.
    public var placeID: Int?
    public var networkID: Int?

    public init(themeSlug: String? = nil, countryCode: String? = nil, placeID: Int? = nil, networkID: Int? = nil) {
        self.themeSlug = themeSlug
        self.countryCode = countryCode
        self.placeID = placeID
        self.networkID = networkID
    }

    var predicates: [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let themeSlug { result.append(Filter.theme(themeSlug, links: "good_practice_themes", owner: "good_practice_id")) }
        if let countryCode {
            result.append(SQLQueryString("owner_place_id IN (SELECT id FROM places WHERE country_code = \(bind: countryCode))"))
        }
        if let placeID {
            result.append(SQLQueryString("(owner_place_id = \(bind: placeID) OR id IN (SELECT good_practice_id FROM transfers WHERE receiving_place_id = \(bind: placeID)))"))
        }
        if let networkID {
            result.append(SQLQueryString("(id IN (SELECT good_practice_id FROM transfers WHERE network_id = \(bind: networkID)) OR id IN (SELECT good_practice_id FROM good_practice_networks WHERE network_id = \(bind: networkID)))"))
        }
        return result
    }
}

extension GoodPractice {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), title: try row.string("title"),
                  ownerPlaceID: try row.int("owner_place_id"), summary: try row.string("summary"),
                  body: try row.string("body"), results: try row.optionalString("results"))
    }

    public static func insert(_ practice: GoodPractice, on db: any SQLDatabase) async throws -> GoodPractice {
        let now = timestampNow()
        let row = try await db.insert(into: "good_practices")
            .columns("slug", "title", "owner_place_id", "summary", "body", "results", "created_at", "updated_at")
            .values(SQLBind(practice.slug), SQLBind(practice.title), SQLBind(practice.ownerPlaceID),
                    SQLBind(practice.summary), SQLBind(practice.body), SQLBind(practice.results), SQLBind(now),
                    SQLBind(now))
            .returning("id").first()
        var saved = practice
        saved.id = try row?.int("id") ?? 0
        try await Links.insertThemes(practice.themeSlugs, table: "good_practice_themes", owner: "good_practice_id",
                                     id: saved.id, on: db)
        try await Links.insertTargets(practice.networkIDs, table: "good_practice_networks", owner: "good_practice_id",
                                      target: "network_id", id: saved.id, on: db)
        saved.themeSlugs = practice.themeSlugs.sorted()
        saved.transfers = []
        for transfer in practice.transfers {
            saved.transfers.append(try await Transfer.insert(transfer, practiceID: saved.id, on: db))
        }
        let country = try await SearchDocuments.country(of: [practice.ownerPlaceID], on: db)
        try await SearchIndex.index([SearchDocuments.of(saved, country: country)], on: db)
        return saved
    }

    static func hydrate(_ practices: [GoodPractice], on db: any SQLDatabase) async throws -> [GoodPractice] {
        let ids = practices.map(\.id)
        let themes = try await Links.themes(table: "good_practice_themes", owner: "good_practice_id", ids: ids, on: db)
        let networks = try await Links.targets(table: "good_practice_networks", owner: "good_practice_id",
                                               target: "network_id", ids: ids, on: db)
        var transfers: [Int: [Transfer]] = [:]
        if !ids.isEmpty {
            let rows = try await db.select().column("*").from("transfers")
                .where("good_practice_id", .in, SQLBind.group(ids)).orderBy("id").all()
            for row in rows {
                transfers[try row.int("good_practice_id"), default: []].append(try Transfer(row: row))
            }
        }
        return practices.map { practice in
            var full = practice
            full.themeSlugs = themes[practice.id] ?? []
            full.networkIDs = networks[practice.id] ?? []
            full.transfers = transfers[practice.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> GoodPractice? {
        guard let row = try await db.select().column("*").from("good_practices").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([GoodPractice(row: row)], on: db).first
    }

    public static func fetchPage(_ filter: PracticeFilter, page: PageRequest,
                                 on db: any SQLDatabase) async throws -> Page<GoodPractice> {
        var result = try await db.fetchPage("good_practices", where: filter.predicates,
                                            orderBy: [SQLOrderBy(expression: SQLIdentifier("title"), direction: SQLDirection.ascending)],
                                            page: page, decode: GoodPractice.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: PracticeFilter, on db: any SQLDatabase) async throws -> [GoodPractice] {
        try await fetchPage(filter, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("good_practices", where: [])
    }
}
