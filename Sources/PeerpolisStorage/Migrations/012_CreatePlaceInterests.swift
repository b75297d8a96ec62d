import SQLKit

struct CreatePlaceInterests: Migration {
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws {
        try await db.create(table: "place_interests")
            .idColumn()
            .column("place_id", type: .bigint, .notNull, .references("places", "id", onDelete: .cascade))
            .column("theme_slug", type: .text, .notNull, .references("themes", "slug", onDelete: .cascade))
            .column("direction", type: .text, .notNull)
            .column("weight", type: ColumnType.double, .notNull)
            .column("note", type: .text)
            .timestamps()
            .run()
        try await db.create(index: "place_interests_place_id").on("place_interests").column("place_id").run()
        try await db.create(index: "place_interests_theme_slug").on("place_interests").column("theme_slug").run()
    }
}
