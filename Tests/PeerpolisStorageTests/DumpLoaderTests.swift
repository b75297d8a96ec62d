import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import SQLKit
import Testing

/// A dump that is wrong loads nothing and says, in a sentence, what to fix.
@Suite struct DumpLoaderTests {
    static let france = #"{"iso2":"FR","iso3":"FRA","iso_numeric":"250","slug":"france","name":"France","continent":"EU","is_eu_member":true,"languages":"[\"fr\"]","capital":"Paris","population":66987244,"geoname_id":3017382,"created_at":"2025-01-02T03:04:05Z","updated_at":"2025-01-02T03:04:05Z"}"#

    static func place(country: String) -> String {
        #"{"id":2996944,"slug":"lyon-fr","name":"Lyon","ascii_name":"Lyon","alternate_names":"[]","country_code":"\#(country)","admin1_code":null,"kind":"city","latitude":45.75,"longitude":4.85,"population":522250,"time_zone":"Europe/Paris","created_at":"2025-01-02T03:04:05Z","updated_at":"2025-01-02T03:04:05Z"}"#
    }

    @Test func badLinesAreListedWithFileAndLineAndNothingIsLoaded() async throws {
        try await withEmptyDump { db, folder in
            try write([Self.france,
                       Self.france.replacingOccurrences(of: #""iso2":"FR""#, with: #""iso2":5"#),
                       "{not json",
                       Self.france.replacingOccurrences(of: #","capital":"Paris""#, with: ""),
                       Self.france.replacingOccurrences(of: "2025-01-02T03:04:05Z", with: "yesterday"),
                       Self.france.replacingOccurrences(of: #""iso3":"FRA""#, with: #""iso3":null"#)],
                      to: folder, table: "countries")
            try write([Self.place(country: "FR").replacingOccurrences(of: #""kind":"city""#, with: #""kind":"city","mayor":"?""#), ""],
                      to: folder, table: "places")

            let error = await #expect(throws: DumpError.self) { try await DumpLoader.load(from: folder, into: db) }

            #expect(error == .badLines([
                "countries.jsonl line 2: iso2 must be a string",
                "countries.jsonl line 3: the line is not valid JSON",
                "countries.jsonl line 4: the field \"capital\" is missing",
                "countries.jsonl line 5: created_at must be a UTC timestamp as YYYY-MM-DDTHH:MM:SSZ, found \"yesterday\"",
                "countries.jsonl line 6: iso3 must not be null",
                "places.jsonl line 1: unknown field \"mayor\"",
                "places.jsonl line 2: the line is empty",
            ], more: 0))
            #expect(try await Country.fetchCount(on: db.sql) == 0)
        }
    }

    @Test func aFailingRowRollsBackTheTablesAlreadyLoaded() async throws {
        try await withEmptyDump { db, folder in
            try write([Self.france], to: folder, table: "countries")
            try write([Self.place(country: "ZZ")], to: folder, table: "places")

            let error = await #expect(throws: DumpError.self) { try await DumpLoader.load(from: folder, into: db) }

            guard case .loadFailed(let table, let line, _) = error else {
                Issue.record("expected a load failure, got \(String(describing: error))")
                return
            }
            #expect(table == "places")
            #expect(line == 1)
            #expect(try await Country.fetchCount(on: db.sql) == 0, "the countries loaded before are rolled back")
        }
    }

    @Test func aDatabaseWithDataIsRefused() async throws {
        try await withEmptyDump { db, folder in
            try write([Self.france], to: folder, table: "countries")
            try await Country.upsert([makeCountry(iso2: "ES", iso3: "ESP", name: "Spain")], on: db.sql)

            let error = await #expect(throws: DumpError.self) { try await DumpLoader.load(from: folder, into: db) }

            #expect(error == .databaseNotEmpty(table: "countries"))
            #expect(error?.description.contains("empty database") == true)
            #expect(try await Country.fetchCount(on: db.sql) == 1)
        }
    }

    @Test func aDescriptorWithOtherColumnsIsRefused() async throws {
        try await withEmptyDump { db, folder in
            let url = folder.appendingPathComponent("datapackage.json")
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: #""name" : "ascii_name""#, with: #""name" : "plain_name""#)
                .write(to: url, atomically: true, encoding: .utf8)

            let error = await #expect(throws: DumpError.self) { try await DumpLoader.load(from: folder, into: db) }

            guard case .badDescriptor(let reason) = error else {
                Issue.record("expected a descriptor problem, got \(String(describing: error))")
                return
            }
            #expect(reason.hasPrefix("places.jsonl has the fields id (integer), slug (string), name (string), plain_name (string)"))
        }
    }

    @Test func theDescriptorDocumentsEveryColumnAndCreditsGeoNames() async throws {
        try await withEmptyDump { _, folder in
            let data = try Data(contentsOf: folder.appendingPathComponent("datapackage.json"))

            let package = try JSONDecoder().decode(DataPackage.self, from: data)

            #expect(package.licenses.map(\.name) == ["CC-BY-4.0"])
            #expect(package.sources.first?.path == "https://www.geonames.org/")
            #expect(package.resources.count == DumpCatalog.tables.count)
            let places = try #require(package.resources.first { $0.path == "places.jsonl" })
            #expect(places.format == "jsonl")
            #expect(places.schema.primaryKey == ["id"])
            #expect(places.schema.foreignKeys.first?.reference.resource == "countries")
            #expect(places.schema.foreignKeys.first?.reference.fields == ["iso2"])
            #expect(places.schema.fields.first { $0.name == "latitude" }?.type == .number)
            let themes = try #require(package.resources.first { $0.path == "themes.jsonl" })
            #expect(themes.schema.foreignKeys.first?.reference.resource == "", "a self-reference names no resource")
        }
    }
}

/// A dump of an empty database (a descriptor and empty files) in a temporary folder, and an empty database.
private func withEmptyDump(_ body: (Database, URL) async throws -> Void) async throws {
    try await withTemporaryFolder { folder in
        try await withTestDatabase { db in
            try await DumpWriter.export(db, to: folder)
            try await body(db, folder)
        }
    }
}

private func write(_ lines: [String], to folder: URL, table: String) throws {
    try (lines.joined(separator: "\n") + "\n").write(to: folder.appendingPathComponent("\(table).jsonl"),
                                                     atomically: true, encoding: .utf8)
}
