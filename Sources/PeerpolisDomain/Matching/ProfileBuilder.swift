/// Collects interests and evidence per (place, theme) and lays them out in compressed sparse rows.
/// Keys pack a place index and a theme id into one integer so sorting them groups rows by place.
struct ProfileBuilder {
    struct Offer {
        var declared: Float = 0
        var practices = 0
        var transfers = 0
        var experience = 0
    }

    struct Result {
        var offerStart: [Int32], offerTheme: [UInt16], offerStrength: [Float], offerDeclared: [Float]
        var offerPractices: [UInt16], offerTransfers: [UInt16], offerExperience: [UInt16]
        var needStart: [Int32], needTheme: [UInt16], needWeight: [Float]
        var activity: [UInt16], lastActive: [Int32]
        var partnerStart: [Int32], partners: [Int32]
    }

    let placeCount: Int
    var offers: [Int64: Offer] = [:]
    var needs: [Int64: Float] = [:]
    var activity: [UInt16]
    var lastActive: [Int32]
    var edges: [Int64] = []

    init(placeCount: Int) {
        self.placeCount = placeCount
        activity = [UInt16](repeating: 0, count: placeCount)
        lastActive = [Int32](repeating: Int32.min, count: placeCount)
    }

    private static func key(_ place: Int32, _ theme: UInt16) -> Int64 { Int64(place) << 16 | Int64(theme) }

    private mutating func noteActivity(_ place: Int32, on day: Day?) {
        if activity[Int(place)] < UInt16.max { activity[Int(place)] += 1 }
        if let day { lastActive[Int(place)] = max(lastActive[Int(place)], MatchMath.dayNumber(day)) }
    }

    mutating func add(_ input: MatchIndex.Input, themeIDs: [String: UInt16], placeIndex: [Int: Int32]) {
        func ids(_ slugs: [String]) -> [UInt16] { slugs.compactMap { themeIDs[$0] } }

        for interest in input.interests {
            guard let p = placeIndex[interest.placeID], let t = themeIDs[interest.themeSlug] else { continue }
            let weight = Float(min(1, max(0, interest.weight)))
            let key = Self.key(p, t)
            switch interest.direction {
            case .offer: offers[key, default: Offer()].declared = max(offers[key]?.declared ?? 0, weight)
            case .need: needs[key] = max(needs[key] ?? 0, weight)
            }
        }
        for practice in input.practices {
            let themes = ids(practice.themeSlugs)
            if let owner = placeIndex[practice.ownerPlaceID] {
                noteActivity(owner, on: nil)
                for t in themes {
                    offers[Self.key(owner, t), default: Offer()].practices += 1
                    offers[Self.key(owner, t), default: Offer()].transfers += practice.receivingPlaceIDs.count
                }
            }
            for receiver in practice.receivingPlaceIDs.compactMap({ placeIndex[$0] }) {
                noteActivity(receiver, on: nil)
                for t in themes { offers[Self.key(receiver, t), default: Offer()].experience += 1 }
            }
        }
        for participation in input.participations {
            let themes = ids(participation.themeSlugs)
            let members = Array(Set(participation.placeIDs.compactMap { placeIndex[$0] })).sorted()
            for m in members {
                noteActivity(m, on: participation.end ?? participation.start)
                for t in themes { offers[Self.key(m, t), default: Offer()].experience += 1 }
            }
            for (a, first) in members.enumerated() {
                for second in members[(a + 1)...] {
                    edges.append(Int64(first) << 32 | Int64(second))
                    edges.append(Int64(second) << 32 | Int64(first))
                }
            }
        }
        for pledge in input.pledges {
            guard let p = placeIndex[pledge.placeID] else { continue }
            noteActivity(p, on: pledge.date)
            for t in ids(pledge.themeSlugs) { offers[Self.key(p, t), default: Offer()].experience += 1 }
        }
    }

    func finish() -> Result {
        var r = Result(offerStart: [], offerTheme: [], offerStrength: [], offerDeclared: [], offerPractices: [],
                       offerTransfers: [], offerExperience: [], needStart: [], needTheme: [], needWeight: [],
                       activity: activity, lastActive: lastActive, partnerStart: [], partners: [])
        let offerKeys = offers.keys.sorted()
        r.offerStart = Self.starts(offerKeys.map { Int($0 >> 16) }, count: placeCount)
        for key in offerKeys {
            let o = offers[key]!
            r.offerTheme.append(UInt16(truncatingIfNeeded: key & 0xFFFF))
            r.offerStrength.append(MatchMath.offerStrength(declared: o.declared, practices: o.practices,
                                                           transfers: o.transfers, experience: o.experience))
            r.offerDeclared.append(o.declared)
            r.offerPractices.append(UInt16(clamping: o.practices))
            r.offerTransfers.append(UInt16(clamping: o.transfers))
            r.offerExperience.append(UInt16(clamping: o.experience))
        }
        let needKeys = needs.keys.sorted()
        r.needStart = Self.starts(needKeys.map { Int($0 >> 16) }, count: placeCount)
        r.needTheme = needKeys.map { UInt16(truncatingIfNeeded: $0 & 0xFFFF) }
        r.needWeight = needKeys.map { needs[$0]! }

        // Sorting the packed pairs sorts each adjacency list too, which the two-hop walk relies on.
        var sortedEdges = edges.sorted()
        var unique = 0
        for e in sortedEdges where unique == 0 || sortedEdges[unique - 1] != e {
            sortedEdges[unique] = e
            unique += 1
        }
        sortedEdges.removeLast(sortedEdges.count - unique)
        r.partnerStart = Self.starts(sortedEdges.map { Int($0 >> 32) }, count: placeCount)
        r.partners = sortedEdges.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        return r
    }

    /// Row starts (count + 1 entries) from the sorted row number of every entry.
    private static func starts(_ rows: [Int], count: Int) -> [Int32] {
        var starts = [Int32](repeating: 0, count: count + 1)
        for row in rows { starts[row + 1] += 1 }
        for i in 0..<count { starts[i + 1] += starts[i] }
        return starts
    }
}
