import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// The open-data dump: written from the seed, loaded into an empty database and written again, on the engine
/// under test (SQLite by default, PostgreSQL when DATABASE_URL is set).
@Suite struct DumpRoundTripTests {
    @Test func exportImportExportIsByteIdentical() async throws {
        try await withTemporaryFolder { folder in
            let first = folder.appendingPathComponent("first"), small = folder.appendingPathComponent("small")
            let second = folder.appendingPathComponent("second")
            let written = try await withTestDatabase { db in
                try await seedEveryTable(db)
                try await DumpWriter.export(db, to: small, chunkSize: 7)
                return try await DumpWriter.export(db, to: first)
            }

            let (reloaded, newID, maxID) = try await withTestDatabase { db in
                try await DumpLoader.load(from: first, into: db)
                let summary = try await DumpWriter.export(db, to: second)
                let maxID = try await db.sql.raw("SELECT MAX(id) AS m FROM organizations").first()!.decode(column: "m", as: Int.self)
                let added = try await Organization.insert(makeOrganization(slug: "added-after-import"), on: db.sql)
                return (summary, added.id, maxID)
            }

            #expect(reloaded == written)
            #expect(written.rows.allSatisfy { $0.count > 0 }, "every table has rows, so every table is tested")
            for name in try FileManager.default.contentsOfDirectory(atPath: first.path).sorted() {
                let original = try Data(contentsOf: first.appendingPathComponent(name))
                #expect(try Data(contentsOf: second.appendingPathComponent(name)) == original, "\(name) differs after a round trip")
                #expect(try Data(contentsOf: small.appendingPathComponent(name)) == original, "\(name) differs with small chunks")
            }
            let places = try String(contentsOf: first.appendingPathComponent("places.jsonl"), encoding: .utf8)
            #expect(places.contains(#""name":"Quote \" back\\slash\nnew line\u0001 é 🚲","#))
            #expect(places.contains(#""latitude":-1e-07,"longitude":123456789.125,"#))
            #expect(newID == maxID + 1, "the next id continues after the loaded ones")
        }
    }

    @Test func catalogDescribesEveryPublicTableAndColumn() async throws {
        let schema = try await withTestDatabase { db in try await publicColumns(db) }
        let catalog = Dictionary(uniqueKeysWithValues: DumpCatalog.tables.map { ($0.name, Set($0.columns.map(\.name))) })

        #expect(Set(schema.keys) == Set(catalog.keys))
        for (table, columns) in schema {
            #expect(catalog[table] == columns, "the dump's columns of \(table)")
        }
        for column in DumpCatalog.tables.flatMap(\.columns) {
            #expect(column.description.count > 10, "\(column.name) has a real description")
        }
    }

    @Test func tablesComeAfterTheTablesTheyPointAt() {
        var seen = Set<String>()
        for table in DumpCatalog.tables {
            for key in table.foreignKeys {
                #expect(key.table == table.name || seen.contains(key.table), "\(table.name) → \(key.table)")
                #expect(key.fields.allSatisfy { field in table.columns.contains { $0.name == field } })
            }
            seen.insert(table.name)
        }
    }
}

/// Every table and column of the migrated schema except the search index's and the migrations' own.
func publicColumns(_ db: Database) async throws -> [String: Set<String>] {
    let sql: SQLQueryString = db.dialect == .sqlite
        ? "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
        : "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()"
    var tables: [String: Set<String>] = [:]
    for row in try await db.sql.raw(sql).all() {
        let table = try row.decode(column: "t", as: String.self)
        if table.hasPrefix("search_") || table.hasPrefix("sqlite_") || table == "schema_migrations" || DumpCatalog.privateTables.contains(table) { continue }
        tables[table, default: []].insert(try row.decode(column: "c", as: String.self))
    }
    return tables
}

/// The bundled seed (referenced places only), plus rows for the tables the seed leaves empty and a place whose
/// text and coordinates test the JSON writer's edges.
func seedEveryTable(_ db: Database) async throws {
    try await SeedLoader.load(into: db, places: .referencedOnly)
    let now = "2025-01-02T03:04:05Z"
    let practice = try await db.sql.raw("SELECT MIN(id) AS id FROM good_practices").first()!.decode(column: "id", as: Int.self)
    let place = try await db.sql.raw("SELECT MIN(id) AS id FROM places").first()!.decode(column: "id", as: Int.self)
    let call = try await db.sql.raw("SELECT MIN(id) AS id FROM calls").first()!.decode(column: "id", as: Int.self)
    let pledge = try await db.sql.raw("SELECT MIN(id) AS id FROM pledges").first()!.decode(column: "id", as: Int.self)
    try await db.sql.insert(into: "transfers")
        .columns("good_practice_id", "receiving_place_id", "network_id", "start_date", "stage", "created_at", "updated_at")
        .values(SQLBind(practice), SQLBind(place), SQLLiteral.null, SQLBind("2024-03-01"), SQLBind("in-progress"),
                SQLBind(now), SQLBind(now))
        .run()
    try await db.sql.insert(into: "call_themes").columns("call_id", "theme_slug")
        .values(SQLBind(call), SQLBind("housing")).run()
    try await db.sql.insert(into: "pledge_progress").columns("pledge_id", "date", "note", "amount", "quantity")
        .values(SQLBind(pledge), SQLBind("2024-06-30"), SQLBind("Half way."), SQLBind(0.1), SQLLiteral.null).run()
    _ = try await PartnerSearchPost.insert(
        PartnerSearchPost(id: 0, slug: "test-post", placeID: place, title: "Test post", seeks: ["housing"],
                          offers: ["urban-mobility"], callID: call, text: "A test fixture.",
                          published: Day(year: 2024, month: 5, day: 1)!),
        on: db.sql)
    try await db.sql.update("places")
        .set("name", to: "Quote \" back\\slash\nnew line\u{1} é 🚲")
        .set("latitude", to: -0.0000001).set("longitude", to: 123_456_789.125)
        .where("id", .equal, place)
        .run()
}
