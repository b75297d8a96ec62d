import SQLKit
import Synchronization

/// A statement turned into SQL text and binds ahead of time, so that bulk writers can do that work on another
/// thread while the database runs the statement before it. It must be run as a whole statement on the
/// database it was serialized for: its placeholders are numbered from one.
struct SerializedStatement: SQLExpression {
    let sql: String
    let binds: [any Encodable & Sendable]

    init(_ statement: any SQLExpression, for db: any SQLDatabase) {
        (sql, binds) = db.serialize(statement)
    }

    func serialize(to serializer: inout SQLSerializer) {
        serializer.write(sql)
        serializer.binds.append(contentsOf: binds)
    }
}

extension SQLDatabase {
    /// Runs a serialized statement and returns every row it gives.
    func all(_ statement: SerializedStatement) async throws -> [any SQLRow] {
        let rows = Mutex<[any SQLRow]>([])
        try await execute(sql: statement) { row in rows.withLock { $0.append(row) } }
        return rows.withLock { $0 }
    }
}
