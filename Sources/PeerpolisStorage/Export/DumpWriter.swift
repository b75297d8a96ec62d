import Foundation
import SQLKit

/// Writes the open-data dump: one JSONL file per table of `DumpCatalog`, rows in primary-key order, and the
/// `datapackage.json` that documents them.
public enum DumpWriter {
    /// Rows read per query. Each chunk starts after the last key of the previous one (keyset pagination), so
    /// every query is an index range scan and memory holds one chunk whatever the table's size.
    public static let defaultChunkSize = 5000

    /// What was written: rows per table, in catalog order.
    public struct Summary: Sendable, Equatable {
        public var rows: [(table: String, count: Int)]
        public static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.rows.map(\.table) == rhs.rows.map(\.table) && lhs.rows.map(\.count) == rhs.rows.map(\.count)
        }
    }

    /// Writes the dump of `database` into `folder` (created if missing), replacing files of the same names.
    /// `chunkSize` only changes how many queries are made, never the bytes written.
    @discardableResult
    public static func export(_ database: Database, to folder: URL, chunkSize: Int = defaultChunkSize,
                              progress: (@Sendable (String, Int) -> Void)? = nil) async throws -> Summary {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var summary = Summary(rows: [])
        for table in DumpCatalog.tables {
            let count = try await write(table, of: database, to: folder.appendingPathComponent(table.path),
                                        chunkSize: chunkSize)
            summary.rows.append((table.name, count))
            progress?(table.name, count)
        }
        let descriptor = try DataPackage.descriptor(for: DumpCatalog.tables)
        try write(descriptor, to: folder.appendingPathComponent(DataPackage.fileName))
        return summary
    }

    private static func write(_ table: DumpTable, of database: Database, to file: URL, chunkSize: Int) async throws -> Int {
        let output = try BufferedFileWriter(url: file)
        let keys = table.columns.map { DumpJSON.key($0.name) }
        let keyIndexes = table.primaryKey.map { key in table.columns.firstIndex { $0.name == key }! }
        var after: [DumpValue]? = nil
        var count = 0
        do {
            while true {
                let rows = try await database.sql.raw(chunkQuery(table, after: after, limit: chunkSize,
                                                                      dialect: database.dialect)).all()
                var values: [DumpValue] = []
                for row in rows {
                    values = try table.columns.map { try DumpValue.read(row, $0.name, as: $0.type) }
                    try DumpJSON.appendRow(values, keys: keys, to: &output.buffer)
                    try output.flushIfFull()
                }
                count += rows.count
                guard rows.count == chunkSize else { break }
                after = keyIndexes.map { values[$0] }
            }
            try output.close()
        } catch {
            try? output.close()
            throw error
        }
        return count
    }

    /// `SELECT columns FROM table WHERE (key) > (last key) ORDER BY key LIMIT chunk`. Text keys compare
    /// bytewise on PostgreSQL too (COLLATE "C"), so both engines write rows in the same order.
    static func chunkQuery(_ table: DumpTable, after: [DumpValue]?, limit: Int, dialect: Dialect) -> SQLQueryString {
        let keys: [SQLQueryString] = table.primaryKey.map { name in
            let textKey = table.columns.first { $0.name == name }?.type == .string
            return dialect == .postgres && textKey ? "\(ident: name) COLLATE \"C\"" : "\(ident: name)"
        }
        let keyList = keys.dropFirst().reduce(keys[0]) { $0 + ", " + $1 }
        var query: SQLQueryString = "SELECT \(idents: table.columns.map(\.name), joinedBy: ", ") FROM \(ident: table.name)"
        if let after {
            let binds = after.map { value -> SQLQueryString in "\(value.sqlExpression)" }
            let bindList = binds.dropFirst().reduce(binds[0]) { $0 + ", " + $1 }
            query += " WHERE (" + keyList + ") > (" + bindList + ")"
        }
        query += " ORDER BY " + keyList + " LIMIT \(literal: limit)"
        return query
    }

    private static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw DumpError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }
}
