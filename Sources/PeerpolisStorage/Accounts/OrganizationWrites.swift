import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of organizations made through the editors' forms. Callers run them in a transaction with the
/// audit-log row; each keeps the search index in step.
extension Organization {
    /// A slug no organization uses yet, from the name.
    public static func freeSlug(for name: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: name, in: "organizations", fallback: "organization", on: db)
    }

    /// Saves the profile of an existing organization; its slug stays.
    public static func update(_ organization: Organization, on db: any SQLDatabase) async throws {
        try await db.update("organizations")
            .set("name", to: organization.name).set("kind", to: organization.kind.rawValue)
            .set("website", to: organization.website).set("summary", to: organization.summary)
            .set("updated_at", to: timestampNow())
            .where("id", .equal, organization.id)
            .run()
        try await SearchIndex.index([SearchDocuments.of(organization)], on: db)
    }

    /// Deletes an organization and takes it out of the search index. Its role grants, organization API tokens
    /// and drafts go with it (the foreign keys cascade); the editors refuse while anything public still names
    /// it (`references`), and its calls would stop the delete in any case.
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.organization, entityID: id, on: db)
        try await db.delete(from: "organizations").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Organization? {
        try await fetchDictionary(ids: [id], on: db)[id]
    }

    /// How many public entities name an organization, by kind.
    public static func references(id: Int, on db: any SQLDatabase) async throws -> OrganizationReferences {
        func count(_ table: String, _ column: String) async throws -> Int {
            try await db.count(table, where: [Filter.equals(column, id)])
        }
        return OrganizationReferences(
            networks: try await count("networks", "organization_id"), cooperations: try await count("cooperations", "programme_id"),
            events: try await count("events", "organizer_id"), calls: try await count("calls", "organization_id"),
            articles: try await count("article_organizations", "organization_id"),
            pledges: try await count("pledges", "organization_id"))
    }
}

/// How many networks, cooperations (as their programme), events (as their organizer), calls, articles and
/// pledges name an organization.
public struct OrganizationReferences: Sendable, Hashable {
    public var networks: Int
    public var cooperations: Int
    public var events: Int
    public var calls: Int
    public var articles: Int
    public var pledges: Int

    public init(networks: Int, cooperations: Int, events: Int, calls: Int, articles: Int, pledges: Int) {
        self.networks = networks
        self.cooperations = cooperations
        self.events = events
        self.calls = calls
        self.articles = articles
        self.pledges = pledges
    }

    public var isEmpty: Bool { [networks, cooperations, events, calls, articles, pledges].allSatisfy { $0 == 0 } }
}
