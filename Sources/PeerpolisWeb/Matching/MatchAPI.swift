import PeerpolisDomain

/// The JSON answers of the matching endpoints. Keys are the API's; `signals` uses ``MatchSignal`` raw values.
enum MatchAPI {
    struct PlaceRef: Encodable {
        var slug: String
        var name: String
        /// ISO 3166-1 alpha-2.
        var country: String
        var url: String
        var geonamesId: Int
    }

    struct Result: Encodable {
        var place: PlaceRef
        var score: Double
        var signals: [String: Double]
        var reasons: [String]
        var existingPartner: Bool
        var distanceKm: Double
    }

    struct MatchesResponse: Encodable {
        var place: PlaceRef
        var results: [Result]
        var interpretedThemes: [InterpretedTheme]
        /// The needs and offers actually matched on (theme slug → weight), after reading the text or
        /// falling back to the place's declared profile.
        var needs: [String: Double]
        var offers: [String: Double]
    }

    struct Rule: Encodable {
        var rule: String
        var met: Bool
        var sentence: String
    }

    struct Member: Encodable {
        var place: PlaceRef
        var score: Double
    }

    struct ConsortiumResponse: Encodable {
        var call: String
        var lead: PlaceRef
        var partners: [Member]
        var totalScore: Double
        var meetsAllRules: Bool
        var rules: [Rule]
        var problems: [String]
    }

    struct Post: Encodable {
        var slug: String
        var title: String
        var place: PlaceRef
        var seeks: [String]
        var offers: [String]
        var text: String
        var published: String
        var closes: String?
        var call: String?
        var url: String
        var isOpen: Bool
    }

    struct PostsResponse: Encodable {
        var data: [Post]
    }

    /// Scores rounded to four decimals: more digits say nothing and make answers harder to read.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
