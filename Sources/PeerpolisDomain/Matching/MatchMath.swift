import Foundation

/// The small formulas shared by the scoring loop and the explanations, so both compute exactly the
/// same numbers: a reason can only cite what the score really counted.
enum MatchMath {
    /// Days since 1970-01-01, narrowed for the index's compact arrays.
    static func dayNumber(_ day: Day) -> Int32 { Int32(day.daysSince1970) }

    static func unitVector(latitude: Double, longitude: Double) -> (Float, Float, Float) {
        let lat = latitude * .pi / 180
        let lon = longitude * .pi / 180
        return (Float(cos(lat) * cos(lon)), Float(cos(lat) * sin(lon)), Float(sin(lat)))
    }

    /// Size similarity in 0...1: 1 for equal populations, 0 at a factor of 100 or more apart
    /// (a town of 10,000 and a city of a million have little to teach each other about scale).
    @inline(__always)
    static func sizeSimilarity(_ logA: Float, _ logB: Float) -> Float {
        max(0, 1 - abs(logA - logB) * (1 / 4.6051702)) // ln(100)
    }

    /// Closeness in 0...1 from the dot product of two unit vectors: 1 at the same spot, 0.7 at about
    /// 5,000 km, 0 from a quarter of the globe (10,000 km) on. The dot product is used as is because
    /// an arc cosine per place would cost more than the rest of the loop.
    @inline(__always)
    static func closeness(dot: Float) -> Float { max(0, dot) }

    /// Time-zone fit in 0...1: 1 for the same offset, 0 from twelve hours apart.
    static func zoneFit(minutesApart: Int32) -> Float {
        max(0, 1 - Float(abs(minutesApart)) / 720)
    }

    /// Track record in 0...1: half from how much a place has done (log scale, saturating at ten
    /// activities), half from how recent the latest is (linear decay over eight years, about one
    /// programme period).
    @inline(__always)
    static func trackRecord(amount: Float, lastActive: Int32, today: Int32) -> Float {
        guard amount > 0 else { return 0 }
        let recency: Float
        if lastActive == Int32.min {
            recency = 0
        } else {
            recency = max(0, 1 - Float(max(0, today - lastActive)) * (1 / 2_922)) // 8 years
        }
        return 0.5 * amount + 0.5 * recency
    }

    /// The activity half of the track record, computed once per place at build time because a logarithm
    /// per place and request showed in the scan's profile.
    static func activityAmount(_ activity: UInt16) -> Float {
        activity == 0 ? 0 : min(1, log1pf(Float(activity)) * (1 / 2.3978953)) // ln(11)
    }

    /// Network proximity in 0...1 from the number of partners two places have in common (saturating at three).
    static func proximity(commonPartners: Int) -> Float { min(1, Float(commonPartners) / 3) }

    /// Offer strength in 0...1 from a declaration and the evidence behind it. A declaration alone counts
    /// 0.7 at most, so a place that has shown its experience ranks above one that only claims it. A good
    /// practice is strong evidence, a transfer of it stronger still (it travelled); taking part in a
    /// network on a theme is weak evidence, since a member learns about a theme without mastering it.
    static func offerStrength(declared: Float, practices: Int, transfers: Int, experience: Int) -> Float {
        min(1, 0.7 * declared + 0.3 * Float(practices) + 0.2 * Float(transfers) + 0.1 * Float(experience))
    }
}
