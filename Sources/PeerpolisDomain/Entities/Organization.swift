public enum OrganizationKind: String, CaseIterable, Sendable, Codable {
    case programme
    case networkOfCities = "network-of-cities"
    case association
    case agency
    case government
    case other
}

/// A programme, network of cities, association or agency (IURC, EUROCITIES, UCLG, URBACT, ICMPD…).
public struct Organization: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var name: String
    public var kind: OrganizationKind
    public var website: String?
    public var summary: String

    public init(id: Int = 0, slug: String, name: String, kind: OrganizationKind, website: String? = nil,
                summary: String = "") {
        self.id = id
        self.slug = slug
        self.name = name
        self.kind = kind
        self.website = website
        self.summary = summary
    }
}
