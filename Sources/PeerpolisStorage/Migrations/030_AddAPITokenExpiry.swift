import SQLKit

/// When an API token stops working, chosen when it is made (30, 90 or 365 days, or never). Tokens made
/// before this have none and keep working until revoked, as they were promised.
struct AddAPITokenExpiry: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.alter(table: "api_tokens").column("expires_at", type: ColumnType.timestamp).run()
    }
}
