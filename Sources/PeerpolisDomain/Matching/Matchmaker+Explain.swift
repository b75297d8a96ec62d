import Foundation

extension Matchmaker {
    /// Recomputes one winner's signals with the same formulas as the scan and turns them into sentences.
    /// Only the k winners get here, so this side can afford strings and sets.
    func explain(candidate i: Int, plan: MatchPlan) -> Match {
        let ix = index, me = plan.requester, c = Int(ix.country[i])
        var thematicByEntry: [(entry: Int, value: Float)] = []
        var thematic: Float = 0
        for e in ix.offerRange(i) {
            let value = plan.needCredit[Int(ix.offerTheme[e])] * ix.offerStrength[e]
            thematic += value
            if value > 0 { thematicByEntry.append((e, value)) }
        }
        thematic = min(1, thematic * plan.inverseNeedTotal)
        var mutual: Float = 0
        var mutualThemes: [(theme: Int, value: Float)] = []
        for e in ix.needRange(i) {
            let value = plan.offerCredit[Int(ix.needTheme[e])] * ix.needShare[e]
            mutual += value
            if value > 0 { mutualThemes.append((Int(ix.needTheme[e]), value)) }
        }
        mutual = min(1, mutual)
        let size = MatchMath.sizeSimilarity(ix.logPopulation[i], ix.logPopulation[me])
        let context = 0.5 * size + plan.countryContext[c]
        let track = MatchMath.trackRecord(amount: ix.activityAmount[i], lastActive: ix.lastActive[i], today: plan.today)
        let common = commonPartners(me, i)
        let isPartner = ix.partnerRange(me).contains { Int(ix.partners[$0]) == i }
        let near: Float = isPartner ? 0 : MatchMath.proximity(commonPartners: common.count)
        let dot = ix.unitX[i] * ix.unitX[me] + ix.unitY[i] * ix.unitY[me] + ix.unitZ[i] * ix.unitZ[me]
        let zoneFit = plan.zoneFit[Int(ix.zone[i])]
        let practical = 0.5 * plan.sharedLanguage[c] + 0.3 * MatchMath.closeness(dot: dot) + 0.2 * zoneFit

        let values: [MatchSignal: Float] = [.thematic: thematic, .mutual: mutual, .context: context,
                                            .trackRecord: track, .network: near, .practicalities: practical]
        var signals: [String: Double] = [:]
        for signal in MatchSignal.allCases { signals[signal.rawValue] = Double(Float(plan.weights[signal]) * values[signal]!) }

        let words = ReasonWriter(index: ix, plan: plan, candidate: i)
        var reasons: [(Double, String)] = []
        func add(_ signal: MatchSignal, _ sentence: String?) {
            // A sentence only for a signal that really moved the score.
            if let sentence, signals[signal.rawValue]! > 0.0005 { reasons.append((signals[signal.rawValue]!, sentence)) }
        }
        add(.thematic, words.thematic(thematicByEntry.sorted { $0.value > $1.value }.map(\.entry)))
        add(.mutual, words.mutual(mutualThemes.sorted { $0.value > $1.value }.map(\.theme)))
        add(.context, words.context(sizeFits: size > 0))
        add(.trackRecord, words.trackRecord())
        add(.network, words.network(common))
        add(.practicalities, words.practicalities(zoneFit: zoneFit, close: MatchMath.closeness(dot: dot) > 0))
        var sentences = reasons.sorted { $0.0 > $1.0 }.map(\.1)
        if isPartner { sentences.append("You already work with \(ix.names[i]).") }

        return Match(placeID: ix.placeIDs[i], slug: ix.slugs[i], name: ix.names[i],
                     countryCode: ix.countries[c].iso2, score: signals.values.reduce(0, +), signals: signals,
                     reasons: sentences, isExistingPartner: isPartner, distanceKm: ix.distanceKm(me, i))
    }

    /// Places both `a` and `b` work with, by walking their two sorted adjacency lists together.
    func commonPartners(_ a: Int, _ b: Int) -> [Int] {
        var common: [Int] = []
        var x = index.partnerRange(a).lowerBound, y = index.partnerRange(b).lowerBound
        let xEnd = index.partnerRange(a).upperBound, yEnd = index.partnerRange(b).upperBound
        while x < xEnd && y < yEnd {
            let p = index.partners[x], q = index.partners[y]
            if p == q { common.append(Int(p)); x += 1; y += 1 } else if p < q { x += 1 } else { y += 1 }
        }
        return common
    }
}
