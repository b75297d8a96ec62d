/// A theme of cooperation. Themes form two levels: a top-level theme and its sub-themes.
public struct Theme: Sendable, Hashable, Codable {
    public var slug: String
    public var name: String
    /// French name, for the French catalogue; nil falls back to `name`.
    public var nameFr: String?
    public var parentSlug: String?
    public var description: String
    /// UN Sustainable Development Goals (1–17) this theme serves.
    public var sdgs: [Int]
    public var position: Int

    public init(slug: String, name: String, nameFr: String? = nil, parentSlug: String? = nil,
                description: String = "", sdgs: [Int] = [], position: Int = 0) {
        self.slug = slug
        self.name = name
        self.nameFr = nameFr
        self.parentSlug = parentSlug
        self.description = description
        self.sdgs = sdgs
        self.position = position
    }

    public var isTopLevel: Bool { parentSlug == nil }

    public func name(language: String) -> String {
        language == "fr" ? (nameFr ?? name) : name
    }
}

/// One of the 17 UN Sustainable Development Goals.
public struct SDG: Sendable, Hashable, Codable {
    public var number: Int
    public var name: String

    public init(number: Int, name: String) {
        self.number = number
        self.name = name
    }
}
