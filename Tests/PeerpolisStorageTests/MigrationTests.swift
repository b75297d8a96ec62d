import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

@Suite struct MigrationTests {
    @Test func migratingTwiceAppliesEverythingOnceAndCreatesTheTables() async throws {
        try await withTestDatabase(migrated: false) { db in
            let first = try await db.migrate()
            let second = try await db.migrate()
            let tables = try await tableNames(db)

            #expect(first == migrations.map(\.name))
            #expect(first.count == 37)
            #expect(second.isEmpty)
            let expected: Set<String> = [
                "schema_migrations", "countries", "places", "sdgs", "themes", "organizations", "networks",
                "network_members", "network_themes", "cooperations", "cooperation_places", "cooperation_themes",
                "cooperation_outcomes", "good_practices", "good_practice_themes", "good_practice_networks",
                "transfers", "events", "event_themes", "articles", "article_themes", "article_places",
                "article_networks", "article_organizations", "article_events", "calls", "call_themes", "pledges",
                "pledge_progress", "place_interests", "search_documents", "search_document_themes",
                "partner_search_posts", "partner_search_post_themes", "users", "sessions", "password_resets", "outbox",
                "role_grants", "audit_log", "event_registrations", "call_applications", "call_application_partners", "drafts",
                "api_tokens",
            ]
            #expect(expected.subtracting(tables).isEmpty, "missing tables: \(expected.subtracting(tables).sorted())")
            let recorded = try await db.sql.select().column("name").from("schema_migrations").all()
                .map { try $0.decode(column: "name", as: String.self) }
            #expect(Set(recorded) == Set(migrations.map(\.name)))
        }
    }

    private func tableNames(_ db: Database) async throws -> Set<String> {
        let query: SQLQueryString = db.dialect == .sqlite
            ? "SELECT name AS table_name FROM sqlite_master WHERE type = 'table'"
            : "SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        return Set(try await db.sql.raw(query).all().map { try $0.decode(column: "table_name", as: String.self) })
    }
}
