import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// Measures search in-process over the synthetic corpus (bench/search/make_corpus.py) and the GeoNames
/// places of cities500, on SQLite or, with DATABASE_URL, PostgreSQL. Benchmark only: the synthetic
/// documents are written to the benchmark's own database and never shown as content.
@main
struct SearchBenchmark {
    struct CorpusLine: Decodable {
        var type: String, slug: String, title: String, summary: String, body: String
        var themes: [String], country: String?, date: String?, status: String?
    }

    struct QueryLine: Decodable {
        var kind: String, q: String, type: String?, theme: String?, country: String?, year: Int?
    }

    static func main() async throws {
        let arguments = CommandLine.arguments
        guard arguments.count >= 4 else {
            print("usage: peerpolis-bench DATABASE_PATH CORPUS.jsonl QUERIES.jsonl [CITIES500.txt]")
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let location: DatabaseLocation = environment["DATABASE_URL"].map { .postgres(url: $0) } ?? .sqlite(path: arguments[1])
        let db = try await Database.open(location)
        try await db.migrate()
        if try await SeedLoader.isEmpty(db) {
            let seeded = try await timed { try await SeedLoader.load(into: db, places: .all) }
            print("seeded bundled data in \(format(seeded.1)) s")
            if arguments.count > 4 {
                let imported = try await timed { try await GeoNamesImporter.importFile(at: arguments[4], into: db) }
                print("imported \(imported.0.inserted) places from cities500 in \(format(imported.1)) s")
            }
            let loaded = try await timed { try await loadCorpus(arguments[2], into: db) }
            print("indexed \(loaded.0) synthetic documents in \(format(loaded.1)) s")
        }
        print("search documents: \(try await SearchIndex.fetchCount(on: db.sql))")
        let before = residentMiB()
        let facts = try await timed { try await SearchIndex.loadFacts(in: db) }
        print("search facts read in \(String(format: "%.2f", facts.1)) s; resident memory \(before) → \(residentMiB()) MiB")

        let decoder = JSONDecoder()
        let queries = try String(contentsOfFile: arguments[3], encoding: .utf8).split(separator: "\n")
            .map { try decoder.decode(QueryLine.self, from: Data($0.utf8)) }
        let today = Day(year: 2026, month: 11, day: 22)!
        // One warm-up pass fills the page cache, then the measured pass.
        for pass in ["warm-up", "measured"] {
            var searchTimes: [Double] = [], suggestTimes: [Double] = []
            var byKind: [String: [Double]] = [:]
            var slowest: [(Double, String)] = []
            for query in queries {
                let filters = SearchFilters(type: query.type.flatMap(EntityType.init(rawValue:)), themeSlug: query.theme,
                                            countryCode: query.country, year: query.year)
                let (_, seconds) = try await timed {
                    try await SearchIndex.search(SearchQuery(query.q), filters: filters, page: PageRequest(), today: today, in: db)
                }
                searchTimes.append(seconds)
                slowest.append((seconds, "\(query.q) \(query.type ?? "") \(query.theme ?? "") \(query.country ?? "") \(query.year.map(String.init) ?? "")"))
                byKind[query.kind + (query.type == nil && query.theme == nil && query.country == nil && query.year == nil ? "" : "+filters"), default: []].append(seconds)
                let prefix = String(SearchQuery.words(in: query.q).first?.prefix(3) ?? "pa")
                suggestTimes.append(try await timed { try await SearchIndex.suggest(prefix, on: db.sql) }.1)
            }
            guard pass == "measured" else {
                // The first pass also counts every term's documents once (see `SQLiteSearchEngine.rarities`).
                print("first pass, terms counted as they come: search \(percentiles(searchTimes))")
                continue
            }
            print("search  (\(searchTimes.count) queries): \(percentiles(searchTimes))")
            for (kind, times) in byKind.sorted(by: { $0.key < $1.key }) { print("  \(kind) (\(times.count)): \(percentiles(times))") }
            print("suggest (\(suggestTimes.count) prefixes): \(percentiles(suggestTimes))")
            for (seconds, text) in slowest.sorted(by: { $0.0 > $1.0 }).prefix(8) {
                print(String(format: "  slow: %.1f ms ", seconds * 1000) + text)
            }
        }
        try await db.close()
    }

    static func loadCorpus(_ path: String, into db: Database) async throws -> Int {
        let decoder = JSONDecoder()
        var documents: [SearchDocument] = []
        var count = 0
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        for (index, line) in lines.enumerated() {
            let item = try decoder.decode(CorpusLine.self, from: Data(line.utf8))
            let date = item.date.flatMap { Day($0) }
            documents.append(SearchDocument(type: EntityType(rawValue: item.type) ?? .article, entityID: 1_000_000_000 + index,
                                            slug: item.slug, title: item.title, summary: item.summary, body: item.body,
                                            countryCode: item.country, themeSlugs: item.themes, year: date?.year,
                                            status: item.status, date: date))
            if documents.count == 5_000 || index == lines.count - 1 {
                let batch = documents
                try await db.transaction { try await SearchIndex.index(batch, on: $0) }
                count += batch.count
                documents.removeAll(keepingCapacity: true)
            }
        }
        return count
    }

    static func timed<T: Sendable>(_ body: @Sendable () async throws -> T) async throws -> (T, Double) {
        let start = ContinuousClock.now
        let value = try await body()
        let elapsed = ContinuousClock.now - start
        return (value, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    static func percentiles(_ seconds: [Double]) -> String {
        let sorted = seconds.sorted()
        func at(_ p: Double) -> String { String(format: "%.2f ms", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1000) }
        return "p50 \(at(0.50)), p95 \(at(0.95)), p99 \(at(0.99)), max \(String(format: "%.2f ms", (sorted.last ?? 0) * 1000))"
    }

    /// This process's resident memory in MiB, from /proc (Linux); 0 where there is none.
    static func residentMiB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kib = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kib / 1024
    }

    static func format(_ seconds: Double) -> String { String(format: "%.1f", seconds) }
}
