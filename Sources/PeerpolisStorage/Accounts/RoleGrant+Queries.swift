import Foundation
import PeerpolisDomain
import SQLKit

extension RoleGrant {
    init(row: any SQLRow) throws {
        self.init(id: try row.int("id"), userID: try row.int("user_id"), role: try row.enumValue("role", as: Role.self),
                  organizationID: try row.optionalInt("organization_id"), placeID: try row.optionalInt("place_id"),
                  themes: try row.stringList("themes"))
    }

    /// Grants a role; an identical grant already held is kept as it is.
    @discardableResult
    public static func insert(_ grant: RoleGrant, grantedBy: Int?, now: Date, on db: any SQLDatabase) async throws -> RoleGrant {
        if let existing = try await fetchAll(userID: grant.userID, on: db).first(where: {
            $0.role == grant.role && $0.placeID == grant.placeID && $0.organizationID == grant.organizationID
                && $0.themes == grant.themes
        }) { return existing }
        let row = try await db.insert(into: "role_grants")
            .columns("user_id", "role", "organization_id", "place_id", "themes", "granted_by", "created_at")
            .values(SQLBind(grant.userID), SQLBind(grant.role.rawValue), SQLBind(grant.organizationID),
                    SQLBind(grant.placeID), SQLBind(jsonText(grant.themes)), SQLBind(grantedBy), SQLBind(Timestamp.text(now)))
            .returning(SQLColumn("id")).first()
        var saved = grant
        saved.id = try row?.int("id") ?? 0
        return saved
    }

    public static func fetchAll(userID: Int, on db: any SQLDatabase) async throws -> [RoleGrant] {
        try await db.select().column("*").from("role_grants").where("user_id", .equal, userID).orderBy("id").all()
            .map(RoleGrant.init(row:))
    }

    /// Every grant with its holder's address and name, for the administration page.
    public static func fetchAllWithUsers(on db: any SQLDatabase) async throws -> [(RoleGrant, email: String, name: String)] {
        try await db.select()
            .column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("role_grants")))
            .column(SQLColumn("email", table: "users")).column(SQLColumn("display_name", table: "users"))
            .from("role_grants")
            .join("users", on: SQLColumn("user_id", table: "role_grants"), .equal, SQLColumn("id", table: "users"))
            .orderBy(SQLColumn("email_key", table: "users")).orderBy(SQLColumn("id", table: "role_grants"))
            .all()
            .map { (try RoleGrant(row: $0), email: try $0.string("email"), name: try $0.string("display_name")) }
    }

    public static func fetchOne(id: Int, on db: any SQLDatabase) async throws -> RoleGrant? {
        try await db.select().column("*").from("role_grants").where("id", .equal, id).first().map(RoleGrant.init(row:))
    }

    public static func delete(id: Int, on db: any SQLDatabase) async throws {
        try await db.delete(from: "role_grants").where("id", .equal, id).run()
    }

    /// Everyone listed as an expert, by name, with the themes of all their expert grants. No addresses:
    /// the directory is public, and messages to experts go through the hub.
    /// With `userID`, only that account's entry, if it is an expert.
    public static func fetchExperts(userID: Int? = nil, on db: any SQLDatabase) async throws -> [Expert] {
        let query = db.select()
            .column(SQLColumn("user_id", table: "role_grants")).column(SQLColumn("themes", table: "role_grants"))
            .column(SQLColumn("display_name", table: "users"))
            .from("role_grants")
            .join("users", on: SQLColumn("user_id", table: "role_grants"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("role", table: "role_grants"), .equal, SQLBind(Role.expert.rawValue))
            .orderBy(SQLColumn("display_name", table: "users")).orderBy(SQLColumn("user_id", table: "role_grants"))
        if let userID { query.where(SQLColumn("user_id", table: "role_grants"), .equal, SQLBind(userID)) }
        let rows = try await query.all()
        var experts: [Expert] = []
        for row in rows {
            let id = try row.int("user_id"), themes = try row.stringList("themes")
            if experts.last?.userID == id {
                experts[experts.count - 1].themes = Links.orderedUnique(experts[experts.count - 1].themes + themes)
            } else {
                experts.append(Expert(userID: id, name: try row.string("display_name"), themes: themes))
            }
        }
        return experts
    }

    /// The accounts holding `role` for a place (its representatives), with their addresses, for mail only.
    public static func fetchHolders(of role: Role, placeID: Int, on db: any SQLDatabase) async throws -> [User] {
        // One query: `insert` keeps an identical grant once, so no account comes twice.
        try await db.select().column(SQLColumn(SQLLiteral.all, table: SQLIdentifier("users"))).from("users")
            .join("role_grants", on: SQLColumn("user_id", table: "role_grants"), .equal, SQLColumn("id", table: "users"))
            .where(SQLColumn("role", table: "role_grants"), .equal, SQLBind(role.rawValue))
            .where(SQLColumn("place_id", table: "role_grants"), .equal, SQLBind(placeID))
            .orderBy(SQLColumn("id", table: "users"))
            .all().map(User.init(row:))
    }
}

/// An entry of the public experts directory.
public struct Expert: Sendable, Hashable {
    public var userID: Int
    public var name: String
    public var themes: [String]
}
