import PeerpolisDomain
import SQLKit

public struct NetworkFilter: Sendable, Hashable {
    public var themeSlug: String?
    public var kind: NetworkKind?
    public var status: LifecycleStatus?
    public var organizationID: Int?
    /// Networks this place leads or belongs to.
    public var placeID: Int?

    public init(themeSlug: String? = nil, kind: NetworkKind? = nil, status: LifecycleStatus? = nil,
                organizationID: Int? = nil, placeID: Int? = nil) {
        self.themeSlug = themeSlug
        self.kind = kind
        self.status = status
        self.organizationID = organizationID
        self.placeID = placeID
    }

    func predicates(today: Day) -> [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let themeSlug { result.append(Filter.theme(themeSlug, links: "network_themes", owner: "network_id")) }
        if let kind { result.append(Filter.equals("kind", kind.rawValue)) }
        if let organizationID { result.append(Filter.equals("organization_id", organizationID)) }
        if let placeID {
            result.append(SQLQueryString("(lead_place_id = \(bind: placeID) OR id IN (SELECT network_id FROM network_members WHERE place_id = \(bind: placeID)))"))
        }
        if let status {
            // The same rule as `Network.status(today:)`: dates decide where known, else the stated status.
            let t = today.description
            result.append(SQLQueryString("""
                (CASE WHEN end_date IS NOT NULL AND end_date < \(bind: t) THEN 'closed' \
                WHEN start_date IS NOT NULL AND start_date > \(bind: t) THEN 'upcoming' \
                WHEN start_date IS NOT NULL OR end_date IS NOT NULL THEN 'ongoing' \
                ELSE stated_status END) = \(bind: status.rawValue)
                """))
        }
        return result
    }
}

extension Network {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name"),
                  kind: try row.optionalEnum("kind", as: NetworkKind.self),
                  organizationID: try row.optionalInt("organization_id"),
                  leadPlaceID: try row.optionalInt("lead_place_id"), startDate: try row.optionalDay("start_date"),
                  endDate: try row.optionalDay("end_date"),
                  statedStatus: try row.optionalEnum("stated_status", as: LifecycleStatus.self),
                  summary: try row.string("summary"), outputs: try row.stringList("outputs"),
                  website: try row.optionalString("website"))
    }

    /// Inserts a network with its members and themes; returns it with its new id.
    public static func insert(_ network: Network, on db: any SQLDatabase) async throws -> Network {
        let now = timestampNow()
        let row = try await db.insert(into: "networks")
            .columns("slug", "name", "kind", "organization_id", "lead_place_id", "start_date", "end_date",
                     "stated_status", "summary", "outputs", "website", "created_at", "updated_at")
            .values(SQLBind(network.slug), SQLBind(network.name), SQLBind(network.kind?.rawValue),
                    SQLBind(network.organizationID), SQLBind(network.leadPlaceID),
                    SQLBind(network.startDate?.description), SQLBind(network.endDate?.description),
                    SQLBind(network.statedStatus?.rawValue), SQLBind(network.summary),
                    SQLBind(jsonText(network.outputs)), SQLBind(network.website), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = network
        saved.id = try row?.int("id") ?? 0
        saved.themeSlugs = network.themeSlugs.sorted()
        try await insertLinks(saved, on: db)
        return saved
    }

    /// Writes a saved network's members and themes, then its search document.
    static func insertLinks(_ network: Network, on db: any SQLDatabase) async throws {
        if !network.members.isEmpty {
            var insert = db.insert(into: "network_members").columns("network_id", "place_id", "role", "position")
            for (position, member) in network.members.enumerated() {
                insert = insert.values(SQLBind(network.id), SQLBind(member.placeID), SQLBind(member.role.rawValue),
                                       SQLBind(position))
            }
            try await insert.run()
        }
        try await Links.insertThemes(network.themeSlugs, table: "network_themes", owner: "network_id", id: network.id, on: db)
        let country = try await SearchDocuments.country(of: [network.leadPlaceID] + network.members.map(\.placeID), on: db)
        try await SearchIndex.index([SearchDocuments.of(network, country: country, today: .indexingDay)], on: db)
    }

    /// Loads members and themes for networks read from their table.
    static func hydrate(_ networks: [Network], on db: any SQLDatabase) async throws -> [Network] {
        let ids = networks.map(\.id)
        let themes = try await Links.themes(table: "network_themes", owner: "network_id", ids: ids, on: db)
        var members: [Int: [NetworkMember]] = [:]
        if !ids.isEmpty {
            let rows = try await db.select().columns("network_id", "place_id", "role").from("network_members")
                .where("network_id", .in, SQLBind.group(ids)).orderBy("position").all()
            for row in rows {
                members[try row.int("network_id"), default: []]
                    .append(NetworkMember(placeID: try row.int("place_id"),
                                          role: try row.enumValue("role", as: MemberRole.self)))
            }
        }
        return networks.map { network in
            var full = network
            full.themeSlugs = themes[network.id] ?? []
            full.members = members[network.id] ?? []
            return full
        }
    }

    /// The ids of the networks with these slugs, keyed by slug, in one query; unknown slugs are left out. For
    /// forms that only link to networks, which need no members or themes.
    public static func fetchIDs(slugs: some Collection<String>, on db: any SQLDatabase) async throws -> [String: Int] {
        let unique = Array(Set(slugs)).sorted()
        guard !unique.isEmpty else { return [:] }
        let rows = try await db.select().column("id").column("slug").from("networks").where("slug", .in, SQLBind.group(unique)).all()
        return Dictionary(try rows.map { (try $0.decode(column: "slug", as: String.self), try $0.decode(column: "id", as: Int.self)) }) { first, _ in first }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Network? {
        guard let row = try await db.select().column("*").from("networks").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([Network(row: row)], on: db).first
    }

    public static func fetchPage(_ filter: NetworkFilter, today: Day, page: PageRequest,
                                 on db: any SQLDatabase) async throws -> Page<Network> {
        var result = try await db.fetchPage("networks", where: filter.predicates(today: today),
                                            orderBy: [SQLOrderBy(expression: SQLIdentifier("name"), direction: SQLDirection.ascending)],
                                            page: page, decode: Network.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: NetworkFilter, today: Day, on db: any SQLDatabase) async throws -> [Network] {
        try await fetchPage(filter, today: today, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchDictionary(ids: some Collection<Int>, on db: any SQLDatabase) async throws -> [Int: Network] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.select().column("*").from("networks")
            .where("id", .in, SQLBind.group(Array(Set(ids)))).all()
        return Dictionary(uniqueKeysWithValues: try rows.map { let n = try Network(row: $0); return (n.id, n) })
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("networks", where: [])
    }
}
