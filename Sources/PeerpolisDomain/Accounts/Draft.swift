import Foundation

/// Work in progress on an entity, kept apart from the public tables until it is published, so nothing
/// unpublished can reach a page, a feed, the API or a dump. `fields` holds the form's values as typed,
/// which may not validate yet.
public struct Draft: Sendable, Hashable {
    public var id: Int
    /// The kind of entity (`event`).
    public var entity: String
    /// The entity the draft changes, or nil for one not yet published.
    public var entityID: Int?
    /// The organization whose editors may see and publish it.
    public var organizationID: Int?
    /// The place whose representatives may see and publish it (a good practice's or a pledge's).
    public var placeID: Int?
    public var userID: Int
    public var title: String
    public var fields: [String: String]
    public var updatedAt: Date

    public init(id: Int = 0, entity: String, entityID: Int? = nil, organizationID: Int?, placeID: Int? = nil, userID: Int,
                title: String, fields: [String: String], updatedAt: Date) {
        self.id = id
        self.entity = entity
        self.entityID = entityID
        self.organizationID = organizationID
        self.placeID = placeID
        self.userID = userID
        self.title = title
        self.fields = fields
        self.updatedAt = updatedAt
    }
}
