import SQLKit

/// Every migration, in the order it runs. Append only: never reorder, rename or edit a shipped migration.
public let migrations: [any Migration] = [
    CreateCountries(),
    CreatePlaces(),
    CreateThemes(),
    CreateOrganizations(),
    CreateNetworks(),
    CreateCooperations(),
    CreateGoodPractices(),
    CreateEvents(),
    CreateArticles(),
    CreateCalls(),
    CreatePledges(),
    CreatePlaceInterests(),
    CreateSearchIndex(),
    AddSearchTokens(),
    CreatePartnerSearchPosts(),
    CreateUsers(),
    CreateSessions(),
    CreatePasswordResets(),
    CreateOutbox(),
    CreateRoleGrants(),
    CreateAuditLog(),
    CreateChangeCounter(),
    CreateEventRegistrations(),
    CreateCallApplications(),
    CreateAPITokens(),
    AddOutboxDelivery(),
    CreateDrafts(),
    AddUserLanguage(),
    AddAuditLogChannel(),
    AddAPITokenExpiry(),
    WidenSearchPrefixes(),
    AddDraftPlace(),
    AddSearchRevision(),
    AddRankVector(),
    AddPhrasePairs(),
    AddShortPrefixTokens(),
    AddTitlePrefix3(),
]

extension Database {
    /// Applies, in order and each in its own transaction, every migration not yet recorded in
    /// `schema_migrations`. Running it again does nothing. Returns the names of the migrations applied.
    @discardableResult
    public func migrate() async throws -> [String] {
        try await sql.create(table: "schema_migrations")
            .ifNotExists()
            .column("name", type: .text, .primaryKey(autoIncrement: false))
            .column("applied_at", type: .text, .notNull)
            .run()
        let applied = Set(try await sql.select().column("name").from("schema_migrations").all()
            .map { try $0.decode(column: "name", as: String.self) })
        var ran: [String] = []
        for migration in migrations where !applied.contains(migration.name) {
            let dialect = self.dialect
            try await transaction { tx in
                try await migration.prepare(on: tx, dialect: dialect)
                try await tx.insert(into: "schema_migrations")
                    .columns("name", "applied_at")
                    .values(SQLBind(migration.name), SQLBind(timestampNow()))
                    .run()
            }
            ran.append(migration.name)
        }
        return ran
    }
}
