extension MatchIndex {
    /// What the index needs to know about one place: the columns of `places`, nothing more.
    public struct PlaceFacts: Sendable, Hashable {
        public var id: Int
        public var slug: String
        public var name: String
        /// ISO 3166-1 alpha-2, upper case; must name one of `Input.countries`.
        public var countryCode: String
        public var latitude: Double
        public var longitude: Double
        public var population: Int
        /// An IANA zone such as `Europe/Paris`.
        public var timeZone: String

        public init(id: Int, slug: String, name: String, countryCode: String, latitude: Double,
                    longitude: Double, population: Int, timeZone: String) {
            self.id = id
            self.slug = slug
            self.name = name
            self.countryCode = countryCode
            self.latitude = latitude
            self.longitude = longitude
            self.population = population
            self.timeZone = timeZone
        }

        public init(_ place: Place) {
            self.init(id: place.id, slug: place.slug, name: place.name, countryCode: place.countryCode,
                      latitude: place.latitude, longitude: place.longitude, population: place.population,
                      timeZone: place.timeZone)
        }
    }

    /// A good practice as evidence: its owner can offer it, and every place it was transferred to
    /// gained experience of its themes.
    public struct PracticeEvidence: Sendable, Hashable {
        public var ownerPlaceID: Int
        public var themeSlugs: [String]
        public var receivingPlaceIDs: [Int]

        public init(ownerPlaceID: Int, themeSlugs: [String], receivingPlaceIDs: [Int] = []) {
            self.ownerPlaceID = ownerPlaceID
            self.themeSlugs = themeSlugs
            self.receivingPlaceIDs = receivingPlaceIDs
        }

        public init(_ practice: GoodPractice) {
            self.init(ownerPlaceID: practice.ownerPlaceID, themeSlugs: practice.themeSlugs,
                      receivingPlaceIDs: practice.transfers.map(\.receivingPlaceID))
        }
    }

    /// A network or a cooperation: every pair of its places becomes a link of the cooperation graph.
    public struct Participation: Sendable, Hashable {
        public var placeIDs: [Int]
        public var themeSlugs: [String]
        public var start: Day?
        public var end: Day?

        public init(placeIDs: [Int], themeSlugs: [String], start: Day? = nil, end: Day? = nil) {
            self.placeIDs = placeIDs
            self.themeSlugs = themeSlugs
            self.start = start
            self.end = end
        }

        public init(_ network: Network) {
            self.init(placeIDs: network.members.map(\.placeID), themeSlugs: network.themeSlugs,
                      start: network.startDate, end: network.endDate)
        }

        public init(_ cooperation: Cooperation) {
            self.init(placeIDs: cooperation.placeIDs, themeSlugs: cooperation.themeSlugs,
                      start: cooperation.startDate, end: cooperation.endDate)
        }
    }

    /// A pledge as evidence of commitment. `Pledge` carries a framework and principles but no theme,
    /// so the storage layer says which themes a pledge serves.
    public struct PledgeEvidence: Sendable, Hashable {
        public var placeID: Int
        public var themeSlugs: [String]
        public var date: Day?

        public init(placeID: Int, themeSlugs: [String], date: Day? = nil) {
            self.placeID = placeID
            self.themeSlugs = themeSlugs
            self.date = date
        }
    }

    /// Everything the index is built from, as plain arrays the storage layer fills from the database.
    ///
    /// Rows that name an unknown place, country or theme are skipped rather than rejected: the index
    /// serves reads, and one stale row must not take matching down for every place.
    public struct Input: Sendable {
        public var themes: [Theme]
        public var countries: [Country]
        public var places: [PlaceFacts]
        public var interests: [PlaceInterest]
        public var practices: [PracticeEvidence]
        public var participations: [Participation]
        public var pledges: [PledgeEvidence]

        public init(themes: [Theme], countries: [Country], places: [PlaceFacts], interests: [PlaceInterest] = [],
                    practices: [PracticeEvidence] = [], participations: [Participation] = [],
                    pledges: [PledgeEvidence] = []) {
            self.themes = themes
            self.countries = countries
            self.places = places
            self.interests = interests
            self.practices = practices
            self.participations = participations
            self.pledges = pledges
        }
    }
}
