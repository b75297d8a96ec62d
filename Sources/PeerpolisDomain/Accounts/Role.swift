/// The roles an administrator grants. A visitor without an account is anonymous and only reads.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case administrator
    /// Its organization's networks, events, calls and articles.
    case organizationEditor = "organization-editor"
    /// Its place's profile, interests and partner-search posts.
    case placeRepresentative = "place-representative"
    /// Listed in the experts directory with themes.
    case expert
    /// Registers for events and applies to calls.
    case member
}

/// One role given to one account, with the scope the role needs.
public struct RoleGrant: Sendable, Hashable, Identifiable {
    public var id: Int
    public var userID: Int
    public var role: Role
    public var organizationID: Int?
    public var placeID: Int?
    public var themes: [String]

    public init(id: Int = 0, userID: Int, role: Role, organizationID: Int? = nil, placeID: Int? = nil, themes: [String] = []) {
        self.id = id
        self.userID = userID
        self.role = role
        self.organizationID = organizationID
        self.placeID = placeID
        self.themes = themes
    }

    /// Why a grant is incomplete, or nil: each scoped role needs its scope, and the others take none.
    public var problem: String? {
        switch role {
        case .organizationEditor where organizationID == nil: "An organization editor needs an organization."
        case .placeRepresentative where placeID == nil: "A place representative needs a place."
        case .expert where themes.isEmpty: "An expert needs at least one theme."
        default: nil
        }
    }
}
