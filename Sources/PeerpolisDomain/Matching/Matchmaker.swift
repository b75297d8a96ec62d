/// Ranks every place of a ``MatchIndex`` as a partner for one place and explains the best ones.
///
/// ```swift
/// let matchmaker = Matchmaker(index: index)
/// let response = try matchmaker.matches(MatchRequest(placeID: lyon, text: "rues scolaires"), today: today)
/// ```
/// Only `today` tells the time, so the same request on the same index always gives the same answer.
public struct Matchmaker: Sendable {
    public let index: MatchIndex
    public let weights: MatchWeights
    public let lexicon: ChallengeLexicon

    public init(index: MatchIndex, weights: MatchWeights = .default, lexicon: ChallengeLexicon = ChallengeLexicon()) {
        self.index = index
        self.weights = weights
        self.lexicon = lexicon
    }

    /// The top `request.limit` partners for `request.placeID`, best first, each with its signals and reasons.
    /// - Throws: ``MatchError`` for an unknown place, theme or country, a limit outside 1...100,
    ///   contradictory filters, invalid weights, or a request with nothing to match on.
    public func matches(_ request: MatchRequest, today: Day) throws -> MatchResponse {
        let plan = try MatchPlan(request: request, index: index, weights: weights, lexicon: lexicon, today: today)
        let winners = scan(plan)
        let results = winners.map { explain(candidate: Int($0.index), plan: plan) }
        return MatchResponse(results: results, interpretedThemes: plan.interpreted,
                             needs: plan.needsBySlug, offers: plan.offersBySlug)
    }

    /// The ranking half of ``matches(_:today:)``: the same top places and total scores, best first, without
    /// signals and reasons. For callers that only need the order, and for the benchmark, which compares the
    /// scan with a plain read of the same memory.
    public func ranking(_ request: MatchRequest, today: Day) throws -> [(placeID: Int, score: Double)] {
        let plan = try MatchPlan(request: request, index: index, weights: weights, lexicon: lexicon, today: today)
        return scan(plan).map { (index.placeIDs[Int($0.index)], Double($0.score)) }
    }
}

/// A bounded min-heap keeping the k best (score, place index) pairs seen so far: one comparison with
/// the root rejects most places, so ranking costs O(n log k) without sorting all n scores.
struct TopK {
    struct Entry {
        var score: Float
        var index: Int32
    }

    let capacity: Int
    private(set) var entries: [Entry] = []

    init(capacity: Int) {
        self.capacity = capacity
        entries.reserveCapacity(capacity)
    }

    /// Lower score is worse; on a tie the later place index is worse, so the order is deterministic.
    @inline(__always)
    private static func worse(_ a: Entry, _ b: Entry) -> Bool {
        a.score < b.score || (a.score == b.score && a.index > b.index)
    }

    /// The score a newcomer must beat once the heap is full.
    var threshold: Float { entries.count < capacity ? -.infinity : entries[0].score }

    @inline(__always)
    mutating func offer(score: Float, index: Int32) {
        let entry = Entry(score: score, index: index)
        if entries.count < capacity {
            entries.append(entry)
            var child = entries.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard Self.worse(entries[child], entries[parent]) else { break }
                entries.swapAt(child, parent)
                child = parent
            }
        } else if capacity > 0, Self.worse(entries[0], entry) {
            entries[0] = entry
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var worst = parent
                if left < entries.count, Self.worse(entries[left], entries[worst]) { worst = left }
                if right < entries.count, Self.worse(entries[right], entries[worst]) { worst = right }
                if worst == parent { break }
                entries.swapAt(parent, worst)
                parent = worst
            }
        }
    }

    /// Best first.
    func sorted() -> [Entry] { entries.sorted { Self.worse($1, $0) } }
}
