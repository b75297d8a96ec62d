import Foundation

/// Every place the hub knows, laid out for ranking all of them on each request.
///
/// The layout is struct-of-arrays: one contiguous array per column, indexed by a dense place index
/// (0..<count), so the scoring loop streams through memory instead of chasing one object per place.
/// Themes, countries and time zones become small integers; what is costly per pair (a logarithm, a
/// trigonometric distance, a time-zone lookup) is computed once per place at build time.
/// Build it once with ``init(_:)`` and share it: it is immutable and `Sendable`.
public struct MatchIndex: Sendable {
    // Themes: id = position in these arrays.
    let themeSlugs: [String]
    let themeNames: [String]
    /// The parent's theme id, or -1 for a top-level theme.
    let themeParent: [Int32]
    let themeIDBySlug: [String: UInt16]

    // Countries: id = position in `countries`.
    let countries: [Country]
    let countryIDByCode: [String: UInt16]
    /// Official languages as bare codes (`fr`, `nl`): see `officialLanguages(of:)`.
    let countryLanguages: [[String]]

    // Time zones: id = position; offsets in minutes from UTC.
    let zoneNames: [String]
    let zoneOffsetMinutes: [Int32]

    // Places, one entry per place index.
    let placeIDs: [Int]
    let slugs: [String]
    let names: [String]
    let placeIndexByID: [Int: Int32]
    let country: [UInt16]
    let population: [Int32]
    /// Natural log of max(population, 1), so size similarity is one subtraction.
    let logPopulation: [Float]
    /// The place as a unit vector from the Earth's centre: closeness is one dot product, no trigonometry.
    let unitX: [Float]
    let unitY: [Float]
    let unitZ: [Float]
    let zone: [UInt16]

    // Offers (declared and evidenced) in compressed sparse rows: place i owns entries
    // offerStart[i]..<offerStart[i+1]. Only the two arrays the scoring loop reads are hot;
    // the counts behind each strength are kept for the reasons.
    let offerStart: [Int32]
    let offerTheme: [UInt16]
    let offerStrength: [Float]
    let offerDeclared: [Float]
    let offerPractices: [UInt16]
    let offerTransfers: [UInt16]
    let offerExperience: [UInt16]

    // Declared needs, same layout.
    let needStart: [Int32]
    let needTheme: [UInt16]
    let needWeight: [Float]
    /// Each need's weight as a share of the place's declared needs (the shares of one place add up to 1): the
    /// mutual-benefit signal is a share of what the other place needs, and dividing once at build time keeps
    /// a division out of the scan's loop.
    let needShare: [Float]

    // Track record: count of activities (networks, cooperations, practices, transfers, pledges)
    // and the day number (days since 1970) of the latest one, or `Int32.min` when none is dated.
    let activity: [UInt16]
    /// The activity half of the track record, from `activity`; see ``MatchMath/activityAmount(_:)``.
    let activityAmount: [Float]
    let lastActive: [Int32]

    // The cooperation graph: sorted, de-duplicated neighbours of place i in partners[partnerStart[i]..<partnerStart[i+1]].
    let partnerStart: [Int32]
    let partners: [Int32]

    /// Places with a profile, some activity or a partner, ascending.
    let activePlaces: [Int32]
    /// The other ("bare") places grouped by country id: country c's are barePlaces[bareStart[c]..<bareStart[c+1]], ascending.
    let bareStart: [Int32]
    let barePlaces: [Int32]

    /// How many places the index holds.
    public var count: Int { placeIDs.count }

    /// How many places have a profile (declared interests or evidence).
    public var profileCount: Int {
        (0..<count).reduce(0) { $0 + (hasProfile($1) ? 1 : 0) }
    }

    /// How many links (unordered pairs of places) the cooperation graph holds.
    public var linkCount: Int { partners.count / 2 }

    /// The theme slugs the index knows, in the order the input gave them.
    public var knownThemeSlugs: [String] { themeSlugs }

    /// Whether the index holds a place with this GeoNames id.
    public func contains(placeID: Int) -> Bool { placeIndexByID[placeID] != nil }

    /// The slug and name of a place, for views that render results.
    public func slugAndName(placeID: Int) -> (slug: String, name: String)? {
        guard let i = placeIndexByID[placeID] else { return nil }
        return (slugs[Int(i)], names[Int(i)])
    }

    /// The country facts of a place, for the consortium builder.
    public func country(ofPlace placeID: Int) -> Country? {
        guard let i = placeIndexByID[placeID] else { return nil }
        return countries[Int(country[Int(i)])]
    }

    func hasProfile(_ i: Int) -> Bool {
        offerStart[i] < offerStart[i + 1] || needStart[i] < needStart[i + 1]
    }

    func partnerRange(_ i: Int) -> Range<Int> { Int(partnerStart[i])..<Int(partnerStart[i + 1]) }
    func offerRange(_ i: Int) -> Range<Int> { Int(offerStart[i])..<Int(offerStart[i + 1]) }
    func needRange(_ i: Int) -> Range<Int> { Int(needStart[i])..<Int(needStart[i + 1]) }

    /// Great-circle distance in kilometres between two indexed places, from the chord between their unit
    /// vectors: unlike the arc cosine of their dot product, it stays accurate for nearby places in Float.
    func distanceKm(_ a: Int, _ b: Int) -> Double {
        let dx = Double(unitX[a]) - Double(unitX[b]), dy = Double(unitY[a]) - Double(unitY[b])
        let dz = Double(unitZ[a]) - Double(unitZ[b])
        let chord = (dx * dx + dy * dy + dz * dz).squareRoot()
        return 6_371.0 * 2 * asin(min(1, chord / 2))
    }

    /// Official languages of a country as bare codes. GeoNames lists every language spoken, most
    /// spoken first; the first one and those written with a region (`nl-BE`, `fr-BE`) are the official
    /// ones, while bare minority codes (`ca`, `eu` listed for France) are not, and would otherwise
    /// make France and Spain "share" Catalan.
    static func officialLanguages(of country: Country) -> [String] {
        var codes: [String] = []
        for (position, language) in country.languages.enumerated() where position == 0 || language.contains("-") {
            let code = String(language.split(separator: "-").first ?? "").lowercased()
            if !code.isEmpty && !codes.contains(code) { codes.append(code) }
        }
        return codes
    }
}

extension MatchIndex {
    /// An estimate of the index's heap memory: array payloads, string bytes beyond the inline 15, and
    /// about 40 bytes per dictionary entry. For the benchmark, next to the process's resident size.
    public var approximateByteCount: Int {
        func bytes<T>(_ array: [T]) -> Int { array.count * MemoryLayout<T>.stride }
        func strings(_ array: [String]) -> Int {
            bytes(array) + array.reduce(0) { $0 + ($1.utf8.count > 15 ? $1.utf8.count + 32 : 0) }
        }
        let columns = bytes(placeIDs) + bytes(country) + bytes(population) + bytes(logPopulation) + bytes(unitX)
            + bytes(unitY) + bytes(unitZ) + bytes(zone) + bytes(activity) + bytes(activityAmount) + bytes(lastActive)
        let profiles = bytes(offerStart) + bytes(offerTheme) + bytes(offerStrength) + bytes(offerDeclared)
            + bytes(offerPractices) + bytes(offerTransfers) + bytes(offerExperience) + bytes(needStart)
            + bytes(needTheme) + bytes(needWeight) + bytes(needShare) + bytes(partnerStart) + bytes(partners) + bytes(activePlaces)
            + bytes(bareStart) + bytes(barePlaces)
        return columns + profiles + strings(slugs) + strings(names) + placeIndexByID.count * 40
    }
}
