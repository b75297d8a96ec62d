import SQLKit

/// The language the hub writes to each account in (`en`, `fr`): the interface's language at sign-up,
/// changed on the account page. Accounts made before it read English, which is what they were sent.
struct AddUserLanguage: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.alter(table: "users").column("language", type: .text, .notNull, .default("en")).run()
    }
}
