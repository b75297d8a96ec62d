extension Matchmaker {
    /// Network proximity per place index for one requester: -2 for the requester, -1 for its existing
    /// partners, else the two-hop proximity. A dense array costs one memset per request (about 1 MB for
    /// cities500) but lets the loop read it like any other column instead of probing a dictionary.
    func proximityColumn(requester: Int) -> [Float] {
        var column = [Float](repeating: 0, count: index.count)
        column[requester] = -2
        let direct = index.partnerRange(requester)
        for e in direct { column[Int(index.partners[e])] = -1 }
        let step = MatchMath.proximity(commonPartners: 1)
        for e in direct {
            for f in index.partnerRange(Int(index.partners[e])) {
                let q = Int(index.partners[f])
                if column[q] >= 0 { column[q] = min(1, column[q] + step) }
            }
        }
        return column
    }

    /// Scores every place that can still make the top `plan.limit` and keeps the best, in two passes:
    /// first the active places (profile, activity or partners: about a fifth, the likely winners), then
    /// the bare ones country by country, best possible country first, stopping at the first country
    /// whose best possible score cannot reach the k-th. The hard filters are checked before anything
    /// else, so no result can ever break one. Ties go to the lower place index whatever the order.
    func scan(_ plan: MatchPlan) -> [TopK.Entry] {
        let proximity = proximityColumn(requester: plan.requester)
        var heap = TopK(capacity: plan.limit)
        let w = plan.weights
        let wT = Float(w.thematic), wM = Float(w.mutual), wC = Float(w.context)
        let wR = Float(w.trackRecord), wN = Float(w.network), wP = Float(w.practicalities)
        let me = plan.requester
        let myLog = index.logPopulation[me]
        let mx = index.unitX[me], my = index.unitY[me], mz = index.unitZ[me]
        let minPop = plan.minPopulation, maxPop = plan.maxPopulation
        let onlyProfiles = plan.filters.onlyWithProfile, dropPartners = plan.filters.excludeExistingPartners
        let invNeed = plan.inverseNeedTotal, today = plan.today
        var threshold = heap.threshold
        let countryOrder = index.countries.indices.filter { plan.allowedCountry[$0] }
            .sorted { (plan.bareBound[$0], $1) > (plan.bareBound[$1], $0) }

        // Unsafe buffers: bounds checks on fifteen columns were measurable in this loop, and every
        // index below comes from the index's own row starts, which the builder made consistent.
        index.country.withUnsafeBufferPointer { country in
        index.population.withUnsafeBufferPointer { population in
        index.offerStart.withUnsafeBufferPointer { offerStart in
        index.needStart.withUnsafeBufferPointer { needStart in
        index.offerTheme.withUnsafeBufferPointer { offerTheme in
        index.offerStrength.withUnsafeBufferPointer { offerStrength in
        index.needTheme.withUnsafeBufferPointer { needTheme in
        index.needShare.withUnsafeBufferPointer { needShare in
        index.logPopulation.withUnsafeBufferPointer { logPop in
        index.unitX.withUnsafeBufferPointer { ux in
        index.unitY.withUnsafeBufferPointer { uy in
        index.unitZ.withUnsafeBufferPointer { uz in
        index.zone.withUnsafeBufferPointer { zone in
        index.activityAmount.withUnsafeBufferPointer { activityAmount in
        index.lastActive.withUnsafeBufferPointer { lastActive in
        proximity.withUnsafeBufferPointer { proximity in
        plan.allowedCountry.withUnsafeBufferPointer { allowed in
        plan.countryContext.withUnsafeBufferPointer { context in
        plan.sharedLanguage.withUnsafeBufferPointer { language in
        plan.zoneFit.withUnsafeBufferPointer { zoneFit in
        plan.needCredit.withUnsafeBufferPointer { needCredit in
        plan.offerCredit.withUnsafeBufferPointer { offerCredit in
        plan.bareBound.withUnsafeBufferPointer { bareBound in
        index.activePlaces.withUnsafeBufferPointer { activePlaces in
        index.bareStart.withUnsafeBufferPointer { bareStart in
        index.barePlaces.withUnsafeBufferPointer { barePlaces in
            for place in activePlaces {
                let i = Int(place)
                let c = Int(country[i])
                guard allowed[c] else { continue }
                let pop = population[i]
                guard pop >= minPop && pop <= maxPop else { continue }
                let os = Int(offerStart[i]), oe = Int(offerStart[i + 1])
                let ns = Int(needStart[i]), ne = Int(needStart[i + 1])
                if onlyProfiles && os == oe && ns == ne { continue }
                let near = proximity[i]
                if near < -1.5 || (near < 0 && dropPartners) { continue }

                // An active place may still lack a profile (activity alone); bounded like the bare ones.
                if os == oe && ns == ne && near == 0 && activityAmount[i] == 0 && bareBound[c] <= threshold { continue }

                var thematic: Float = 0
                for e in os..<oe { thematic += needCredit[Int(offerTheme[e])] * offerStrength[e] }
                thematic = min(1, thematic * invNeed)
                var mutual: Float = 0
                for e in ns..<ne { mutual += offerCredit[Int(needTheme[e])] * needShare[e] }
                mutual = min(1, mutual)
                // The same bound for the rest: with the themes known, a place that cannot reach the k-th
                // score even with the best context and practicalities is dropped before that arithmetic.
                let amount = activityAmount[i]
                let themes = wT * thematic + wM * mutual + wN * max(0, near)
                if themes + wR * (amount > 0 ? 0.5 * amount + 0.5 : 0) + bareBound[c] <= threshold { continue }
                let ctx = 0.5 * MatchMath.sizeSimilarity(logPop[i], myLog) + context[c]
                let track = MatchMath.trackRecord(amount: amount, lastActive: lastActive[i], today: today)
                let dot = ux[i] * mx + uy[i] * my + uz[i] * mz
                let practical = 0.5 * language[c] + 0.3 * MatchMath.closeness(dot: dot) + 0.2 * zoneFit[Int(zone[i])]
                let score = themes + wC * ctx + wR * track + wP * practical
                // `>=`, not `>`: on a tie the heap keeps the lower place index, so the answer does not
                // depend on the order in which places are visited.
                if score >= threshold {
                    heap.offer(score: score, index: Int32(i))
                    threshold = heap.threshold
                }
            }
            guard !onlyProfiles else { return }
            for c in countryOrder {
                // Sorted by bound, so every later country is out of reach too.
                if bareBound[c] <= threshold { break }
                for k in Int(bareStart[c])..<Int(bareStart[c + 1]) {
                    let i = Int(barePlaces[k])
                    let pop = population[i]
                    guard i != me && pop >= minPop && pop <= maxPop else { continue }
                    let ctx = 0.5 * MatchMath.sizeSimilarity(logPop[i], myLog) + context[c]
                    let dot = ux[i] * mx + uy[i] * my + uz[i] * mz
                    let practical = 0.5 * language[c] + 0.3 * MatchMath.closeness(dot: dot) + 0.2 * zoneFit[Int(zone[i])]
                    let score = wC * ctx + wP * practical
                    if score >= threshold {
                        heap.offer(score: score, index: Int32(i))
                        threshold = heap.threshold
                    }
                }
            }
        }}}}}}}}}}}}}}}}}}}}}}}}}}
        return heap.sorted()
    }

    /// The baseline for the benchmark: reads every column the scan may read, once, column by column
    /// through unsafe buffers, adding up the raw bits (integer sums vectorise; a chain of float additions
    /// would measure addition latency, not memory), with no scoring and no ranking. A scan that scored
    /// every place could not be faster; the real scan skips whole countries of bare places instead.
    public func plainMemoryRead() -> Int {
        func sum<T: BinaryInteger>(_ column: [T]) -> Int {
            column.withUnsafeBufferPointer { $0.reduce(0) { $0 &+ Int(truncatingIfNeeded: $1) } }
        }
        func sum(_ column: [Float]) -> Int {
            column.withUnsafeBufferPointer { $0.reduce(0) { $0 &+ Int($1.bitPattern) } }
        }
        let ix = index
        let ints = sum(ix.country) &+ sum(ix.population) &+ sum(ix.offerStart) &+ sum(ix.needStart) &+ sum(ix.zone)
            &+ sum(ix.lastActive) &+ sum(ix.offerTheme) &+ sum(ix.needTheme)
        let floats = sum(ix.activityAmount) &+ sum(ix.logPopulation) &+ sum(ix.unitX) &+ sum(ix.unitY)
            &+ sum(ix.unitZ) &+ sum(ix.offerStrength) &+ sum(ix.needShare)
        // The scan also allocates and reads a per-request proximity column of the same length.
        return ints &+ floats &+ sum([Float](repeating: 0, count: ix.count))
    }
}
