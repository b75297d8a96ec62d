public enum NetworkKind: String, CaseIterable, Sendable, Codable {
    case actionPlanning = "action-planning"
    case transfer
    case innovationTransfer = "innovation-transfer"
    case thematicNetwork = "thematic-network"
    case workingGroup = "working-group"
    case project
}

/// Where a network, call or similar stands in time.
public enum LifecycleStatus: String, CaseIterable, Sendable, Codable {
    case upcoming, ongoing, closed

    /// Derives the status from a period; nil when the period is too unknown to tell.
    public static func derive(start: Day?, end: Day?, today: Day) -> LifecycleStatus? {
        if let end, end < today { return .closed }
        if let start, today < start { return .upcoming }
        if start != nil || end != nil { return .ongoing }
        return nil
    }
}

public enum MemberRole: String, CaseIterable, Sendable, Codable {
    case lead, partner, observer
}

public struct NetworkMember: Sendable, Hashable, Codable {
    public var placeID: Int
    public var role: MemberRole

    public init(placeID: Int, role: MemberRole) {
        self.placeID = placeID
        self.role = role
    }
}

/// An URBACT network, a EUROCITIES working group, an IURC thematic network or a project.
public struct Network: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var name: String
    public var kind: NetworkKind?
    public var organizationID: Int?
    public var leadPlaceID: Int?
    public var startDate: Day?
    public var endDate: Day?
    /// The status a source states, used when the dates do not tell.
    public var statedStatus: LifecycleStatus?
    public var summary: String
    public var outputs: [String]
    public var website: String?
    public var themeSlugs: [String]
    public var members: [NetworkMember]

    public init(id: Int = 0, slug: String, name: String, kind: NetworkKind? = nil, organizationID: Int? = nil,
                leadPlaceID: Int? = nil, startDate: Day? = nil, endDate: Day? = nil,
                statedStatus: LifecycleStatus? = nil, summary: String = "", outputs: [String] = [],
                website: String? = nil, themeSlugs: [String] = [], members: [NetworkMember] = []) {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.organizationID = organizationID
        self.leadPlaceID = leadPlaceID
        self.startDate = startDate
        self.endDate = endDate
        self.statedStatus = statedStatus
        self.summary = summary
        self.outputs = outputs
        self.website = website
        self.themeSlugs = themeSlugs
        self.members = members
    }

    /// Derived from the dates where they are known, else the stated status.
    public func status(today: Day) -> LifecycleStatus? {
        LifecycleStatus.derive(start: startDate, end: endDate, today: today) ?? statedStatus
    }
}
