/// What an open-data dump holds: every public table, in an order where each table comes after the tables its
/// foreign keys point at, with a description of every column. `DumpWriter` writes it, `DumpLoader` reads it,
/// and `DataPackage` turns it into a Frictionless Data descriptor.
///
/// The search index and `schema_migrations` are left out: the first is rebuilt from the tables, the second
/// belongs to the database that loads the dump. A test compares this catalog with the migrated schema, so a
/// new table or column cannot be forgotten.
public enum DumpCatalog {
    /// Every table of a dump, parents before children.
    public static let tables: [DumpTable] = geography + organizations + content

    /// Tables never written to a dump: accounts, sessions, reset tokens, mail, role grants, the audit log and
    /// event registrations hold personal data; the change counter is the database's own bookkeeping.
    public static let privateTables: Set<String> = [
        "users", "sessions", "password_resets", "outbox", "role_grants", "audit_log", "change_counter",
        "call_applications", "call_application_partners", "drafts",
        "event_registrations",
        "api_tokens",
    ]
}

/// A column's type, named as the Frictionless Table Schema names it.
public enum DumpFieldType: String, Sendable, Codable, Equatable {
    case integer, number, string, boolean
    /// A day, `YYYY-MM-DD`, written as the text stored.
    case date
    /// An ISO 8601 timestamp in UTC, `YYYY-MM-DDTHH:MM:SSZ`, written as the text stored.
    case datetime
}

/// One column of a dumped table.
public struct DumpColumn: Sendable, Equatable {
    public var name: String
    public var type: DumpFieldType
    public var description: String
    /// False when the column may hold null.
    public var required: Bool

    init(_ name: String, _ type: DumpFieldType, _ description: String, required: Bool = true) {
        self.name = name
        self.type = type
        self.description = description
        self.required = required
    }
}

/// A foreign key of a dumped table: `fields` hold values of `referenceFields` in `table`.
public struct DumpForeignKey: Sendable, Equatable {
    public var fields: [String]
    public var table: String
    public var referenceFields: [String]

    init(_ fields: [String], _ table: String, _ referenceFields: [String]) {
        self.fields = fields
        self.table = table
        self.referenceFields = referenceFields
    }

    init(_ field: String, _ table: String, _ referenceField: String = "id") {
        self.init([field], table, [referenceField])
    }
}

/// One dumped table: its columns in file order, its primary key (the order rows are written in) and foreign keys.
public struct DumpTable: Sendable, Equatable {
    public var name: String
    public var title: String
    public var description: String
    public var columns: [DumpColumn]
    public var primaryKey: [String]
    public var foreignKeys: [DumpForeignKey]

    init(_ name: String, title: String, description: String, primaryKey: [String] = ["id"],
         foreignKeys: [DumpForeignKey] = [], columns: [DumpColumn]) {
        self.name = name
        self.title = title
        self.description = description
        self.columns = columns
        self.primaryKey = primaryKey
        self.foreignKeys = foreignKeys
    }

    /// The file the table's rows are written to, relative to the dump's folder.
    public var path: String { "\(name).jsonl" }

    /// A foreign key that points back at this table (a theme's parent), whose rows must load parents first.
    var selfReference: DumpForeignKey? { foreignKeys.first { $0.table == name } }
}

extension DumpColumn {
    /// `created_at` and `updated_at`, which every entity table carries.
    static func timestamps(_ what: String) -> [DumpColumn] {
        [DumpColumn("created_at", .datetime, "When the \(what) was first written to this hub (UTC)."),
         DumpColumn("updated_at", .datetime, "When the \(what) was last changed in this hub (UTC).")]
    }

    static func slug(_ what: String) -> DumpColumn {
        DumpColumn("slug", .string, "Unique readable identifier of the \(what), used in its page address.")
    }

    static func id(_ what: String) -> DumpColumn {
        DumpColumn("id", .integer, "Identifier of the \(what) in this hub; stable across dumps of the same hub.")
    }
}

extension DumpTable {
    /// A join table tagging an entity with themes.
    static func themeLinks(_ name: String, owner: String, ownerTable: String, what: String) -> DumpTable {
        DumpTable(name, title: "Themes of \(ownerTable.replacingOccurrences(of: "_", with: " "))",
                  description: "Which themes each \(what) is tagged with.",
                  primaryKey: [owner, "theme_slug"],
                  foreignKeys: [DumpForeignKey(owner, ownerTable), DumpForeignKey("theme_slug", "themes", "slug")],
                  columns: [DumpColumn(owner, .integer, "The \(what) (`id` in \(ownerTable)).", required: true),
                            DumpColumn("theme_slug", .string, "The theme (`slug` in themes).")])
    }

    /// A join table linking an entity to another, in the order the first lists them.
    static func links(_ name: String, owner: String, ownerTable: String, what: String,
                      target: String, targetTable: String, targetWhat: String) -> DumpTable {
        DumpTable(name, title: "\(targetWhat.capitalized)s linked to \(what)s",
                  description: "Which \(targetWhat)s each \(what) is about or names.",
                  primaryKey: [owner, target],
                  foreignKeys: [DumpForeignKey(owner, ownerTable), DumpForeignKey(target, targetTable)],
                  columns: [DumpColumn(owner, .integer, "The \(what) (`id` in \(ownerTable))."),
                            DumpColumn(target, .integer, "The \(targetWhat) (`id` in \(targetTable))."),
                            DumpColumn("position", .integer, "Order of the \(targetWhat) in the \(what)'s list, from 0.")])
    }
}
