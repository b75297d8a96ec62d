/// A dated report of progress on a pledge.
public struct PledgeProgress: Sendable, Hashable, Codable {
    public var date: Day
    public var note: String
    public var amount: Double?
    public var quantity: Double?

    public init(date: Day, note: String, amount: Double? = nil, quantity: Double? = nil) {
        self.date = date
        self.note = note
        self.amount = amount
        self.quantity = quantity
    }
}

/// A place's public commitment under a framework, e.g. the European Pillar of Social Rights.
public struct Pledge: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var title: String
    public var placeID: Int
    public var organizationID: Int?
    public var framework: String
    public var principles: [String]
    public var amount: Double?
    public var currency: String?
    public var quantity: Double?
    public var unit: String?
    public var startDate: Day?
    public var endDate: Day?
    public var summary: String
    public var progress: [PledgeProgress]

    public init(id: Int = 0, slug: String, title: String, placeID: Int, organizationID: Int? = nil,
                framework: String, principles: [String] = [], amount: Double? = nil, currency: String? = nil,
                quantity: Double? = nil, unit: String? = nil, startDate: Day? = nil, endDate: Day? = nil,
                summary: String = "", progress: [PledgeProgress] = []) {
        self.id = id
        self.slug = slug
        self.title = title
        self.placeID = placeID
        self.organizationID = organizationID
        self.framework = framework
        self.principles = principles
        self.amount = amount
        self.currency = currency
        self.quantity = quantity
        self.unit = unit
        self.startDate = startDate
        self.endDate = endDate
        self.summary = summary
        self.progress = progress
    }

    /// The share of the committed amount (or quantity) reported so far, when both are known.
    public var progressRatio: Double? {
        guard let reached = latestFigure, let goal = amount ?? quantity, goal > 0 else { return nil }
        return reached / goal
    }

    /// The highest figure reported so far in the pledge's measure: its amount when it states one, else its
    /// quantity. Reports give running totals, so the highest is the latest unless one was corrected down.
    public var latestFigure: Double? {
        amount != nil ? progress.compactMap(\.amount).max() : quantity != nil ? progress.compactMap(\.quantity).max() : nil
    }
}
