import PeerpolisDomain
import SQLKit

public struct EventFilter: Sendable, Hashable {
    public enum When: String, Sendable, Hashable, CaseIterable { case upcoming, past }

    public var themeSlug: String?
    public var kind: EventKind?
    public var year: Int?
    public var countryCode: String?
    public var organizerID: Int?
    public var networkID: Int?
    public var hostPlaceID: Int?
    public var when: When?

    public init(themeSlug: String? = nil, kind: EventKind? = nil, year: Int? = nil, countryCode: String? = nil,
                organizerID: Int? = nil, networkID: Int? = nil, hostPlaceID: Int? = nil, when: When? = nil) {
        self.themeSlug = themeSlug
        self.kind = kind
        self.year = year
        self.countryCode = countryCode
        self.organizerID = organizerID
        self.networkID = networkID
        self.hostPlaceID = hostPlaceID
        self.when = when
    }

    func predicates(today: Day) -> [any SQLExpression] {
        var result: [any SQLExpression] = []
        if let themeSlug { result.append(Filter.theme(themeSlug, links: "event_themes", owner: "event_id")) }
        if let kind { result.append(Filter.equals("kind", kind.rawValue)) }
        if let year { result.append(Filter.year(year, column: "start_date")) }
        if let organizerID { result.append(Filter.equals("organizer_id", organizerID)) }
        if let networkID { result.append(Filter.equals("network_id", networkID)) }
        if let hostPlaceID { result.append(Filter.equals("host_place_id", hostPlaceID)) }
        if let countryCode {
            result.append(SQLQueryString("host_place_id IN (SELECT id FROM places WHERE country_code = \(bind: countryCode))"))
        }
        switch when {
        case .upcoming: result.append(SQLQueryString("end_date >= \(bind: today.description)"))
        case .past: result.append(SQLQueryString("end_date < \(bind: today.description)"))
        case nil: break
        }
        return result
    }
}

extension Event {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), title: try row.string("title"),
                  kind: try row.enumValue("kind", as: EventKind.self), organizerID: try row.optionalInt("organizer_id"),
                  networkID: try row.optionalInt("network_id"), hostPlaceID: try row.optionalInt("host_place_id"),
                  isOnline: try row.bool("is_online"), startDate: try row.day("start_date"),
                  endDate: try row.day("end_date"), startTime: try row.optionalString("start_time"),
                  endTime: try row.optionalString("end_time"), timeZone: try row.string("time_zone"),
                  capacity: try row.optionalInt("capacity"),
                  registrationDeadline: try row.optionalDay("registration_deadline"), summary: try row.string("summary"))
    }

    public static func insert(_ event: Event, on db: any SQLDatabase) async throws -> Event {
        let now = timestampNow()
        let row = try await db.insert(into: "events")
            .columns("slug", "title", "kind", "organizer_id", "network_id", "host_place_id", "is_online", "start_date",
                     "end_date", "start_time", "end_time", "time_zone", "capacity", "registration_deadline", "summary",
                     "created_at", "updated_at")
            .values(SQLBind(event.slug), SQLBind(event.title), SQLBind(event.kind.rawValue), SQLBind(event.organizerID),
                    SQLBind(event.networkID), SQLBind(event.hostPlaceID), SQLBind(event.isOnline),
                    SQLBind(event.startDate.description), SQLBind(event.endDate.description), SQLBind(event.startTime),
                    SQLBind(event.endTime), SQLBind(event.timeZone), SQLBind(event.capacity),
                    SQLBind(event.registrationDeadline?.description), SQLBind(event.summary), SQLBind(now), SQLBind(now))
            .returning("id").first()
        var saved = event
        saved.id = try row?.int("id") ?? 0
        try await Links.insertThemes(event.themeSlugs, table: "event_themes", owner: "event_id", id: saved.id, on: db)
        saved.themeSlugs = event.themeSlugs.sorted()
        let country = try await SearchDocuments.country(of: [event.hostPlaceID], on: db)
        try await SearchIndex.index([SearchDocuments.of(saved, country: country)], on: db)
        return saved
    }

    static func hydrate(_ events: [Event], on db: any SQLDatabase) async throws -> [Event] {
        let themes = try await Links.themes(table: "event_themes", owner: "event_id", ids: events.map(\.id), on: db)
        return events.map { event in
            var full = event
            full.themeSlugs = themes[event.id] ?? []
            return full
        }
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Event? {
        guard let row = try await db.select().column("*").from("events").where("slug", .equal, SQLBind(slug)).first()
        else { return nil }
        return try await hydrate([Event(row: row)], on: db).first
    }

    /// Upcoming events soonest first; past (or mixed) lists newest first.
    public static func fetchPage(_ filter: EventFilter, today: Day, page: PageRequest,
                                 on db: any SQLDatabase) async throws -> Page<Event> {
        let direction: SQLDirection = filter.when == .upcoming ? .ascending : .descending
        var result = try await db.fetchPage("events", where: filter.predicates(today: today),
                                            orderBy: [SQLOrderBy(expression: SQLIdentifier("start_date"), direction: direction),
                                                      SQLOrderBy(expression: SQLIdentifier("id"), direction: direction)],
                                            page: page, decode: Event.init(row:))
        result.items = try await hydrate(result.items, on: db)
        return result
    }

    public static func fetchAll(_ filter: EventFilter, today: Day, on db: any SQLDatabase) async throws -> [Event] {
        try await fetchPage(filter, today: today, page: PageRequest(number: 1, size: PageRequest.maximumSize), on: db).items
    }

    public static func fetchDictionary(ids: some Collection<Int>, on db: any SQLDatabase) async throws -> [Int: Event] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.select().column("*").from("events").where("id", .in, SQLBind.group(Array(Set(ids)))).all()
        return Dictionary(uniqueKeysWithValues: try rows.map { let e = try Event(row: $0); return (e.id, e) })
    }

    public static func fetchCount(on db: any SQLDatabase) async throws -> Int {
        try await db.count("events", where: [])
    }
}
