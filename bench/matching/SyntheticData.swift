import Foundation
import PeerpolisDomain

/// SplitMix64: tiny, fast and fully determined by its seed, so every run generates the same data.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

enum BenchData {
    /// GeoNames cities500 rows (tab-separated, 19 columns) read byte by byte: splitting a 35 MB String
    /// into lines and fields through Foundation takes several times longer.
    static func readCities(path: String) throws -> [MatchIndex.PlaceFacts] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        var places: [MatchIndex.PlaceFacts] = []
        places.reserveCapacity(240_000)
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var fields: [Substring] = []
            var lineStart = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
                defer { lineStart = i + 1 }
                guard i > lineStart else { continue }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<i]), as: UTF8.self)
                fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard fields.count >= 18, let id = Int(fields[0]), let lat = Double(fields[4]),
                      let lon = Double(fields[5]) else { continue }
                let name = String(fields[1])
                places.append(MatchIndex.PlaceFacts(
                    id: id, slug: "\(Slug.make(String(fields[2])))-\(id)", name: name,
                    countryCode: String(fields[8]), latitude: lat, longitude: lon,
                    population: Int(fields[14]) ?? 0, timeZone: String(fields[17])))
            }
        }
        return places
    }

    /// countries.tsv: iso2, iso3, numeric, name, continent, eu (0/1), languages, capital, population, geonameid.
    static func readCountries(path: String) throws -> [Country] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 10, let continent = Continent(rawValue: f[4]) else { return nil }
            return Country(iso2: f[0], iso3: f[1], isoNumeric: f[2], name: f[3], continent: continent,
                           isEUMember: f[5] == "1", languages: f[6].split(separator: ",").map(String.init),
                           capital: f[7].isEmpty ? nil : f[7], population: Int(f[8]), geonameID: Int(f[9]))
        }
    }

    /// themes.json: `{"themes": [{slug, name, children: [{slug, name}]}]}`.
    static func readThemes(path: String) throws -> [Theme] {
        struct File: Decodable { var themes: [Node] }
        struct Node: Decodable { var slug: String; var name: String; var children: [Node]? }
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        return file.themes.flatMap { top in
            [Theme(slug: top.slug, name: top.name)]
                + (top.children ?? []).map { Theme(slug: $0.slug, name: $0.name, parentSlug: top.slug) }
        }
    }

    /// Synthetic profiles for `share` of the places and a cooperation graph of `links` bilateral
    /// cooperations between profiled places, all drawn from one seed.
    static func synthesize(places: [MatchIndex.PlaceFacts], countries: [Country], themes: [Theme], share: Double,
                           links: Int, seed: UInt64) -> MatchIndex.Input {
        var random = SplitMix64(state: seed)
        var order = Array(places.indices)
        for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, random.below(i + 1)) }
        let profiled = order.prefix(Int(Double(places.count) * share)).sorted().map { places[$0].id }
        let slugs = themes.map(\.slug)
        func someThemes(_ count: Int) -> [String] { (0..<count).map { _ in slugs[random.below(slugs.count)] } }
        func someDay() -> Day { Day(daysSince1970: 14_600 + random.below(5_840)) } // 2010 to 2025

        var interests: [PlaceInterest] = []
        var practices: [MatchIndex.PracticeEvidence] = []
        var pledges: [MatchIndex.PledgeEvidence] = []
        for id in profiled {
            for slug in someThemes(1 + random.below(4)) {
                interests.append(PlaceInterest(placeID: id, themeSlug: slug, direction: .need, weight: 0.3 + 0.7 * random.unit()))
            }
            for slug in someThemes(1 + random.below(4)) {
                interests.append(PlaceInterest(placeID: id, themeSlug: slug, direction: .offer, weight: 0.3 + 0.7 * random.unit()))
            }
            if random.below(10) == 0 {
                let receivers = (0..<random.below(4)).map { _ in profiled[random.below(profiled.count)] }
                practices.append(.init(ownerPlaceID: id, themeSlugs: someThemes(1 + random.below(2)), receivingPlaceIDs: receivers))
            }
            if random.below(50) == 0 { pledges.append(.init(placeID: id, themeSlugs: someThemes(1), date: someDay())) }
        }
        var participations: [MatchIndex.Participation] = []
        participations.reserveCapacity(links)
        while participations.count < links {
            let a = profiled[random.below(profiled.count)], b = profiled[random.below(profiled.count)]
            guard a != b else { continue }
            let start = 14_600 + random.below(5_840)
            participations.append(.init(placeIDs: [a, b], themeSlugs: someThemes(1 + random.below(2)),
                                        start: Day(daysSince1970: start),
                                        end: Day(daysSince1970: start + 365 * (1 + random.below(4)))))
        }
        return MatchIndex.Input(themes: themes, countries: countries, places: places, interests: interests,
                                practices: practices, participations: participations, pledges: pledges)
    }
}
