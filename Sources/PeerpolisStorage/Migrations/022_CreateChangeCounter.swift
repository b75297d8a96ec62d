import SQLKit

/// One counter that every write to a public table moves forward, by triggers, so caches of pages built from
/// public data can tell in one small query whether anything changed, whichever instance or command wrote it.
struct CreateChangeCounter: Migration {
    /// Every table whose rows the public pages, feeds and API show (the open-data dump's tables).
    static let publicTables = [
        "countries", "places", "sdgs", "themes", "place_interests", "organizations", "networks", "network_members",
        "cooperations", "cooperation_outcomes", "good_practices", "transfers", "network_themes", "cooperation_places",
        "cooperation_themes", "good_practice_themes", "good_practice_networks", "events", "articles", "calls", "pledges",
        "pledge_progress", "partner_search_posts", "partner_search_post_themes", "event_themes", "article_themes",
        "article_places", "article_networks", "article_organizations", "article_events", "call_themes",
    ]

    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "change_counter")
            .column("id", type: .int, .primaryKey(autoIncrement: false))
            .column("changes", type: .bigint, .notNull)
            .run()
        try await db.raw("INSERT INTO change_counter (id, changes) VALUES (1, 0)").run()
        switch dialect {
        case .sqlite:
            // SQLite has row triggers only: a bulk import moves the counter once per row (about 1.4 µs each).
            for table in Self.publicTables {
                for event in ["INSERT", "UPDATE", "DELETE"] {
                    try await db.raw("""
                        CREATE TRIGGER \(unsafeRaw: table)_count_\(unsafeRaw: event.lowercased()) AFTER \(unsafeRaw: event) \
                        ON \(unsafeRaw: table) BEGIN UPDATE change_counter SET changes = changes + 1 WHERE id = 1; END
                        """).run()
                }
            }
        case .postgres:
            // Once per statement. Writers take turns on the counter's row until they commit; writes are rare.
            try await db.raw("""
                CREATE FUNCTION count_change() RETURNS trigger LANGUAGE plpgsql AS $$ \
                BEGIN UPDATE change_counter SET changes = changes + 1 WHERE id = 1; RETURN NULL; END $$
                """).run()
            for table in Self.publicTables {
                try await db.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_count AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE \
                    ON \(unsafeRaw: table) FOR EACH STATEMENT EXECUTE FUNCTION count_change()
                    """).run()
            }
        }
    }
}
