import Foundation
import SQLKit

/// One step of the schema. Once shipped, a migration is never edited: a change is a new migration.
public protocol Migration: Sendable {
    /// Unique and stable; recorded in `schema_migrations`.
    var name: String { get }
    func prepare(on db: any SQLDatabase, dialect: Dialect) async throws
}

extension Migration {
    public var name: String { String(describing: Self.self) }
}

/// Column types that read the same on both engines.
enum ColumnType {
    /// 64-bit float; SQLKit's `.real` is only 32 bits on PostgreSQL, too coarse for coordinates.
    static let double = SQLDataType.custom(SQLRaw("DOUBLE PRECISION"))
    static let bool = SQLDataType.custom(SQLRaw("BOOLEAN"))
    /// A day as `YYYY-MM-DD` text, or a timestamp as ISO 8601 text: the same bytes on both engines.
    static let day = SQLDataType.text
    static let timestamp = SQLDataType.text
}

extension SQLCreateTableBuilder {
    /// `created_at` and `updated_at`, which every public entity carries.
    func timestamps() -> Self {
        column("created_at", type: ColumnType.timestamp, .notNull)
            .column("updated_at", type: ColumnType.timestamp, .notNull)
    }

    /// The integer primary key `id`, assigned by the database.
    func idColumn() -> Self {
        column("id", type: .bigint, .primaryKey(autoIncrement: true))
    }

    /// A unique, readable slug.
    func slugColumn() -> Self {
        column("slug", type: .text, .notNull, .unique)
    }
}

extension SQLDatabase {
    /// Creates a join table `(owner, theme_slug)` for tagging an entity with themes.
    func createThemeLinks(table: String, owner: String, ownerTable: String) async throws {
        try await create(table: table)
            .column(owner, type: .bigint, .notNull, .references(ownerTable, "id", onDelete: .cascade))
            .column("theme_slug", type: .text, .notNull, .references("themes", "slug", onDelete: .cascade))
            .primaryKey([owner, "theme_slug"])
            .run()
        try await create(index: "\(table)_theme_slug").on(table).column("theme_slug").run()
    }

    /// Creates a join table `(owner, target)` between two entities.
    func createLinks(table: String, owner: String, ownerTable: String, target: String, targetTable: String,
                     targetKey: String = "id") async throws {
        try await create(table: table)
            .column(owner, type: .bigint, .notNull, .references(ownerTable, "id", onDelete: .cascade))
            .column(target, type: .bigint, .notNull, .references(targetTable, targetKey, onDelete: .cascade))
            .column("position", type: .int, .notNull, .default(0))
            .primaryKey([owner, target])
            .run()
        try await create(index: "\(table)_\(target)").on(table).column(target).run()
    }
}

/// An ISO 8601 timestamp in UTC, as stored in `created_at` and `updated_at`.
func timestampNow() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: Date())
}
