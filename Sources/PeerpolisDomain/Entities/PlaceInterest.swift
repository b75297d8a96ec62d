public enum InterestDirection: String, CaseIterable, Sendable, Codable {
    case need, offer
}

/// A place's declared need for, or offer of, experience on a theme.
public struct PlaceInterest: Sendable, Hashable, Codable {
    public var id: Int
    public var placeID: Int
    public var themeSlug: String
    public var direction: InterestDirection
    /// Relative importance, 0 to 1.
    public var weight: Double
    public var note: String?

    public init(id: Int = 0, placeID: Int, themeSlug: String, direction: InterestDirection, weight: Double = 1,
                note: String? = nil) {
        self.id = id
        self.placeID = placeID
        self.themeSlug = themeSlug
        self.direction = direction
        self.weight = weight
        self.note = note
    }
}
