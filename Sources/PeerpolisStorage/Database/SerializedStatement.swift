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

    private init(sql: String, binds: [any Encodable & Sendable]) {
        self.sql = sql
        self.binds = binds
    }

    /// The same statement with the binds at `first`, `first + stride`, … set to `value`: for a value per row
    /// known only when the statement runs.
    func rebinding(every stride: Int, from first: Int, to value: any Encodable & Sendable) -> SerializedStatement {
        var binds = self.binds
        for index in Swift.stride(from: first, to: binds.count, by: stride) { binds[index] = value }
        return SerializedStatement(sql: sql, binds: binds)
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
