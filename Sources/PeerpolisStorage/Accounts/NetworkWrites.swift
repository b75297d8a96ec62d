import Foundation
import PeerpolisDomain
import SQLKit

/// Writes of networks made through the organizations' forms. Callers run them in a transaction with the
/// audit-log row; each keeps the search index in step.
extension Network {
    /// A slug no network uses yet, from the name.
    public static func freeSlug(for name: String, on db: any SQLDatabase) async throws -> String {
        try await FreeSlug.make(for: name, in: "networks", fallback: "network", on: db)
    }

    /// Saves every editable field, the members and the themes of an existing network; its slug stays.
    public static func update(_ network: Network, on db: any SQLDatabase) async throws {
        try await db.update("networks")
            .set("name", to: network.name).set("kind", to: network.kind?.rawValue)
            .set("organization_id", to: network.organizationID).set("lead_place_id", to: network.leadPlaceID)
            .set("start_date", to: network.startDate?.description).set("end_date", to: network.endDate?.description)
            .set("stated_status", to: network.statedStatus?.rawValue).set("summary", to: network.summary)
            .set("outputs", to: jsonText(network.outputs)).set("website", to: network.website)
            .set("updated_at", to: timestampNow())
            .where("id", .equal, network.id)
            .run()
        try await db.delete(from: "network_members").where("network_id", .equal, network.id).run()
        try await db.delete(from: "network_themes").where("network_id", .equal, network.id).run()
        try await insertLinks(network, on: db)
    }

    /// Deletes a network and takes it out of the search index. Its members and themes go with it; events lose
    /// their link to it and articles their mention of it (the foreign keys set null or cascade), and so do
    /// good practices and transfers, which is why the editors refuse while those exist (`references`).
    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await SearchIndex.remove(.network, entityID: id, on: db)
        try await db.delete(from: "networks").where("id", .equal, id).run()
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> Network? {
        guard let row = try await db.select().column("*").from("networks").where("id", .equal, SQLBind(id)).first() else {
            return nil
        }
        return try await hydrate([Network(row: row)], on: db).first
    }

    /// What refers to a network besides its own members and themes.
    public static func references(id: Int, on db: any SQLDatabase) async throws -> NetworkReferences {
        let practices = try await db.select().column(SQLColumn("title", table: "good_practices"), as: "title")
            .from("good_practices")
            .join("good_practice_networks", on: SQLColumn("good_practice_id", table: "good_practice_networks"), .equal,
                  SQLColumn("id", table: "good_practices"))
            .where(SQLColumn("network_id", table: "good_practice_networks"), .equal, SQLBind(id))
            .orderBy(SQLColumn("title", table: "good_practices")).all()
            .map { try $0.string("title") }
        let transfers = try await db.select()
            .column(SQLColumn("title", table: "good_practices"), as: "practice").column(SQLColumn("name", table: "places"), as: "place")
            .from("transfers")
            .join("good_practices", on: SQLColumn("id", table: "good_practices"), .equal,
                  SQLColumn("good_practice_id", table: "transfers"))
            .join("places", on: SQLColumn("id", table: "places"), .equal, SQLColumn("receiving_place_id", table: "transfers"))
            .where(SQLColumn("network_id", table: "transfers"), .equal, SQLBind(id))
            .orderBy(SQLColumn("title", table: "good_practices")).orderBy(SQLColumn("name", table: "places")).all()
            .map { NetworkReferences.Transfer(practice: try $0.string("practice"), receivingPlace: try $0.string("place")) }
        let events = try await db.select().column("id").from("events").where("network_id", .equal, SQLBind(id))
            .orderBy("id").all().map { try $0.int("id") }
        let articles = try await db.select().column("article_id").from("article_networks")
            .where("network_id", .equal, SQLBind(id)).orderBy("article_id").all().map { try $0.int("article_id") }
        return NetworkReferences(practiceTitles: practices, transfers: transfers, eventIDs: events, articleIDs: articles)
    }
}

/// What refers to a network: places' good practices shared through it and transfers made through it, and the
/// events and articles that name it.
public struct NetworkReferences: Sendable, Hashable {
    public struct Transfer: Sendable, Hashable {
        public var practice: String
        public var receivingPlace: String

        public init(practice: String, receivingPlace: String) {
            self.practice = practice
            self.receivingPlace = receivingPlace
        }
    }

    /// Titles of the good practices shared through the network.
    public var practiceTitles: [String]
    /// Transfers made through the network: the practice and the place receiving it.
    public var transfers: [Transfer]
    public var eventIDs: [Int]
    public var articleIDs: [Int]

    public init(practiceTitles: [String], transfers: [Transfer], eventIDs: [Int], articleIDs: [Int]) {
        self.practiceTitles = practiceTitles
        self.transfers = transfers
        self.eventIDs = eventIDs
        self.articleIDs = articleIDs
    }
}
