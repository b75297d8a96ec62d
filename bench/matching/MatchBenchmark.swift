import Foundation
import PeerpolisDomain

/// peerpolis-match-bench CITIES500.TSV [COUNTRIES.TSV] [THEMES.JSON]
///
/// Builds the match index over every place of a GeoNames cities500 file with synthetic profiles for
/// 20 % of them and a 50,000-link cooperation graph (both from a fixed seed), then times 1,000 top-20
/// requests against a plain read of the same columns. Prints figures; never fails on a time.
@main
struct MatchBenchmark {
    static func main() throws {
        let args = CommandLine.arguments
        let cities = args.count > 1 ? args[1] : "bench/out/cities500.txt"
        let countriesPath = args.count > 2 ? args[2] : "Sources/PeerpolisStorage/Resources/Data/countries.tsv"
        let themesPath = args.count > 3 ? args[3] : "Sources/PeerpolisStorage/Resources/Data/themes.json"

        var clock = Stopwatch()
        let countries = try BenchData.readCountries(path: countriesPath)
        let themes = try BenchData.readThemes(path: themesPath)
        let places = try BenchData.readCities(path: cities)
        let input = BenchData.synthesize(places: places, countries: countries, themes: themes, share: 0.2,
                                         links: 50_000, seed: 0x5EED_CAFE)
        print("input: \(places.count) places, \(countries.count) countries, \(themes.count) themes,",
              "\(input.interests.count) interests, \(input.participations.count) cooperations (\(clock.lap()) ms to read and generate)")

        let rssBefore = residentKB()
        let index = MatchIndex(input)
        let buildMs = clock.lap()
        let rssAfter = residentKB()
        print("index build: \(buildMs) ms; \(index.count) places, \(index.profileCount) with a profile, \(index.linkCount) links")
        print("index memory: estimate \(index.approximateByteCount / 1_048_576) MB; resident +\((rssAfter - rssBefore) / 1024) MB",
              "(\(rssAfter / 1024) MB for the whole process, inputs included)")

        let matchmaker = Matchmaker(index: index)
        let today = Day(year: 2026, month: 1, day: 15)!
        let requesters = Array(Set(input.interests.map(\.placeID))).sorted()
        var random = SplitMix64(state: 42)
        let requests = (0..<1_000).map { n in makeRequest(n, requesters: requesters, themes: themes, random: &random) }
        for request in requests.prefix(20) { _ = try matchmaker.matches(request, today: today) } // warm-up

        var matchTimes: [Double] = [], rankTimes: [Double] = [], readTimes: [Double] = []
        var checksum = 0.0
        for request in requests {
            var t = Stopwatch()
            let response = try matchmaker.matches(request, today: today)
            matchTimes.append(t.lapPrecise())
            checksum += response.results.first?.score ?? 0
            checksum += try matchmaker.ranking(request, today: today).first?.score ?? 0
            rankTimes.append(t.lapPrecise())
            checksum += Double(matchmaker.plainMemoryRead() & 0xFF)
            readTimes.append(t.lapPrecise())
        }
        let p = { (xs: [Double], q: Double) in percentile(xs, q) }
        print(String(format: "top-20: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms", p(matchTimes, 50),
                     p(matchTimes, 95), p(matchTimes, 99), matchTimes.max() ?? 0))
        let kinds: [(String, (Int) -> Bool)] = [("cross-continent", { $0 % 4 == 1 }), ("population range", { $0 % 5 == 2 }),
                                                ("only profiles", { $0 % 7 == 3 }), ("explicit needs", { $0 % 2 == 0 })]
        print("  p50 by kind:", kinds.map { name, test in
            String(format: "%@ %.2f ms", name, p(matchTimes.indices.filter(test).map { matchTimes[$0] }, 50)) }.joined(separator: ", "))
        print(String(format: "ranking alone (plan and scan, no reasons): p50 %.2f ms, p99 %.2f ms",
                     p(rankTimes, 50), p(rankTimes, 99)))
        print(String(format: "plain memory read of the scanned columns: p50 %.2f ms, p99 %.2f ms; ratio at p50 %.2f× (ranking alone %.2f×)",
                     p(readTimes, 50), p(readTimes, 99), p(matchTimes, 50) / p(readTimes, 50),
                     p(rankTimes, 50) / p(readTimes, 50)))
        // The read costs the same for every request, a ranking does not; the ratio of the means weighs every
        // request of the run, where the ratio of the medians takes the middle one.
        let mean = { (xs: [Double]) in xs.reduce(0, +) / Double(max(xs.count, 1)) }
        print(String(format: "  means: top-20 %.2f ms, ranking alone %.2f ms, plain read %.2f ms; ratio of means %.2f× (ranking alone %.2f×)",
                     mean(matchTimes), mean(rankTimes), mean(readTimes), mean(matchTimes) / mean(readTimes),
                     mean(rankTimes) / mean(readTimes)))

        try consortium(matchmaker, index: index, requesters: requesters, today: today)
        print("checksum \(Int(checksum) % 1000)")
    }

    static func makeRequest(_ n: Int, requesters: [Int], themes: [Theme], random: inout SplitMix64) -> MatchRequest {
        var request = MatchRequest(placeID: requesters[random.below(requesters.count)], limit: 20)
        if n % 2 == 0 {
            for _ in 0..<(1 + random.below(3)) { request.needs[themes[random.below(themes.count)].slug] = 1 }
        }
        if n % 10 == 3 { request.text = "school streets, air quality and rues scolaires" }
        if n % 4 == 1 { request.filters.crossContinent = true }
        if n % 5 == 2 { request.filters.minPopulation = 50_000; request.filters.maxPopulation = 2_000_000 }
        if n % 7 == 3 { request.filters.onlyWithProfile = true }
        if n % 6 == 4 { request.filters.excludeContinents = [.asia] }
        return request
    }

    static func consortium(_ matchmaker: Matchmaker, index: MatchIndex, requesters: [Int], today: Day) throws {
        let rules = EligibilityRules(minPartners: 8, maxPartners: 12, minCountries: 5, maxPerCountry: 2,
                                     requiredContinents: [.asia], requiredRegions: ["EU", "Latin America"])
        guard let lead = requesters.first(where: { index.country(ofPlace: $0)?.isEUMember == true }) else { return }
        let request = MatchRequest(placeID: lead, limit: 100)
        var full: [Double] = [], builderOnly: [Double] = []
        var last: Consortium?
        for _ in 0..<50 {
            var t = Stopwatch()
            last = try matchmaker.proposeConsortium(request, rules: rules, size: 8, today: today)
            full.append(t.lapPrecise())
        }
        let candidates = matchmaker.consortiumCandidates(from: try matchmaker.matches(request, today: today).results)
        let builder = ConsortiumBuilder(rules: rules)
        for _ in 0..<50 {
            var t = Stopwatch()
            _ = builder.build(lead: matchmaker.consortiumLead(placeID: lead)!, candidates: candidates, size: 8)
            builderOnly.append(t.lapPrecise())
        }
        print(String(format: "consortium of 8 (4 rankings + builder): p50 %.2f ms, max %.2f ms; builder alone p50 %.3f ms",
                     percentile(full, 50), full.max() ?? 0, percentile(builderOnly, 50)))
        if let last {
            print("  \(last.members.count) members, all rules met: \(last.meetsAllRules);",
                  last.rules.map { "\($0.rule)=\($0.isMet ? "met" : "not met")" }.joined(separator: " "))
        }
    }

    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((q / 100 * Double(sorted.count)).rounded(.up)) - 1)]
    }

    /// VmRSS from /proc/self/status, in kB (0 where there is no /proc).
    static func residentKB() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}

struct Stopwatch {
    private var start = DispatchTime.now().uptimeNanoseconds

    /// Milliseconds since the last lap, as a whole number.
    mutating func lap() -> Int { Int(lapPrecise()) }

    mutating func lapPrecise() -> Double {
        let now = DispatchTime.now().uptimeNanoseconds
        defer { start = now }
        return Double(now - start) / 1_000_000
    }
}
