import PeerpolisDomain
import SQLKit

extension Theme {
    init(row: any SQLRow) throws {
        self.init(slug: try row.string("slug"), name: try row.string("name"), nameFr: try row.optionalString("name_fr"),
                  parentSlug: try row.optionalString("parent_slug"), description: try row.string("description"),
                  sdgs: try row.json("sdgs", as: [Int].self), position: try row.int("position"))
    }

    /// Inserts themes, parents before children, or updates those already there.
    public static func upsert(_ themes: [Theme], on db: any SQLDatabase) async throws {
        let now = timestampNow()
        let ordered = themes.filter(\.isTopLevel) + themes.filter { !$0.isTopLevel }
        for theme in ordered {
            try await db.insert(into: "themes")
                .columns("slug", "name", "name_fr", "parent_slug", "description", "sdgs", "position",
                         "created_at", "updated_at")
                .values(SQLBind(theme.slug), SQLBind(theme.name), SQLBind(theme.nameFr), SQLBind(theme.parentSlug),
                        SQLBind(theme.description), SQLBind(jsonText(theme.sdgs)), SQLBind(theme.position),
                        SQLBind(now), SQLBind(now))
                .onConflict(with: ["slug"]) {
                    $0.set(excludedValueOf: "name").set(excludedValueOf: "name_fr").set(excludedValueOf: "parent_slug")
                        .set(excludedValueOf: "description").set(excludedValueOf: "sdgs")
                        .set(excludedValueOf: "position").set(excludedValueOf: "updated_at")
                }
                .run()
        }
    }

    /// Every theme, top-level ones in their order, each followed by its sub-themes.
    public static func fetchAll(on db: any SQLDatabase) async throws -> [Theme] {
        try await db.select().column("*").from("themes").orderBy("position").orderBy("slug").all()
            .map(Theme.init(row:))
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Theme? {
        try await db.select().column("*").from("themes").where("slug", .equal, SQLBind(slug)).first()
            .map(Theme.init(row:))
    }
}

extension SDG {
    public static func upsert(_ goals: [SDG], on db: any SQLDatabase) async throws {
        for goal in goals {
            try await db.insert(into: "sdgs").columns("number", "name")
                .values(SQLBind(goal.number), SQLBind(goal.name))
                .onConflict(with: ["number"]) { $0.set(excludedValueOf: "name") }
                .run()
        }
    }

    public static func fetchAll(on db: any SQLDatabase) async throws -> [SDG] {
        try await db.select().column("*").from("sdgs").orderBy("number").all()
            .map { SDG(number: try $0.int("number"), name: try $0.string("name")) }
    }
}

extension Organization {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name"),
                  kind: try row.enumValue("kind", as: OrganizationKind.self), website: try row.optionalString("website"),
                  summary: try row.string("summary"))
    }

    /// Inserts an organization and returns it with its new id.
    public static func insert(_ organization: Organization, on db: any SQLDatabase) async throws -> Organization {
        let now = timestampNow()
        let row = try await db.insert(into: "organizations")
            .columns("slug", "name", "kind", "website", "summary", "created_at", "updated_at")
            .values(SQLBind(organization.slug), SQLBind(organization.name), SQLBind(organization.kind.rawValue),
                    SQLBind(organization.website), SQLBind(organization.summary), SQLBind(now), SQLBind(now))
            .returning("id")
            .first()
        var saved = organization
        saved.id = try row?.int("id") ?? 0
        try await SearchIndex.index([SearchDocuments.of(saved)], on: db)
        return saved
    }

    public static func fetchAll(on db: any SQLDatabase) async throws -> [Organization] {
        try await db.select().column("*").from("organizations").orderBy("name").all().map(Organization.init(row:))
    }

    public static func fetchOne(slug: String, on db: any SQLDatabase) async throws -> Organization? {
        try await db.select().column("*").from("organizations").where("slug", .equal, SQLBind(slug)).first()
            .map(Organization.init(row:))
    }

    public static func fetchDictionary(ids: some Collection<Int>, on db: any SQLDatabase) async throws -> [Int: Organization] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.select().column("*").from("organizations")
            .where("id", .in, SQLBind.group(Array(Set(ids)))).all()
        return Dictionary(uniqueKeysWithValues: try rows.map { let o = try Organization(row: $0); return (o.id, o) })
    }
}
