public enum TransferStage: String, CaseIterable, Sendable, Codable {
    case planned
    case inProgress = "in-progress"
    case adapted
    case completed
}

/// A good practice being adapted by another place.
public struct Transfer: Sendable, Hashable, Codable {
    public var id: Int
    public var receivingPlaceID: Int
    public var networkID: Int?
    public var startDate: Day?
    public var stage: TransferStage?

    public init(id: Int = 0, receivingPlaceID: Int, networkID: Int? = nil, startDate: Day? = nil,
                stage: TransferStage? = nil) {
        self.id = id
        self.receivingPlaceID = receivingPlaceID
        self.networkID = networkID
        self.startDate = startDate
        self.stage = stage
    }
}

/// Something a place did that worked and that others can adapt.
public struct GoodPractice: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var title: String
    public var ownerPlaceID: Int
    public var summary: String
    /// Markdown.
    public var body: String
    public var results: String?
    public var themeSlugs: [String]
    /// Networks through which the practice is shared, e.g. an URBACT Transfer network.
    public var networkIDs: [Int]
    public var transfers: [Transfer]

    public init(id: Int = 0, slug: String, title: String, ownerPlaceID: Int, summary: String = "", body: String = "",
                results: String? = nil, themeSlugs: [String] = [], networkIDs: [Int] = [], transfers: [Transfer] = []) {
        self.id = id
        self.slug = slug
        self.title = title
        self.ownerPlaceID = ownerPlaceID
        self.summary = summary
        self.body = body
        self.results = results
        self.themeSlugs = themeSlugs
        self.networkIDs = networkIDs
        self.transfers = transfers
    }
}
