/// A quantified result of a cooperation, e.g. a partnership worth 50 million USD.
public struct Outcome: Sendable, Hashable, Codable {
    public var description: String
    public var amount: Double?
    /// A currency code (`USD`, `EUR`) or a unit (`trains per week`).
    public var unit: String?

    public init(description: String, amount: Double? = nil, unit: String? = nil) {
        self.description = description
        self.amount = amount
        self.unit = unit
    }
}

/// Two or more places working together, usually within a programme.
public struct Cooperation: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var title: String
    public var programmeID: Int?
    public var startDate: Day?
    public var endDate: Day?
    public var narrative: String
    public var placeIDs: [Int]
    public var themeSlugs: [String]
    public var outcomes: [Outcome]

    public init(id: Int = 0, slug: String, title: String, programmeID: Int? = nil, startDate: Day? = nil,
                endDate: Day? = nil, narrative: String = "", placeIDs: [Int] = [], themeSlugs: [String] = [],
                outcomes: [Outcome] = []) {
        self.id = id
        self.slug = slug
        self.title = title
        self.programmeID = programmeID
        self.startDate = startDate
        self.endDate = endDate
        self.narrative = narrative
        self.placeIDs = placeIDs
        self.themeSlugs = themeSlugs
        self.outcomes = outcomes
    }
}
