import Foundation
import SQLKit

/// Loads a dump written by `DumpWriter` into an empty database: it checks the descriptor and every line first,
/// then writes all tables in one transaction, parents before children, and rebuilds the search index.
public enum DumpLoader {
    /// Rows per INSERT: well under the bind limits of both engines (32,766 on SQLite) for the widest table.
    static let batchSize = 500
    /// How many bad lines are listed before the rest are only counted.
    static let problemLimit = 50

    /// Rows loaded per table, in catalog order, and the search documents indexed.
    public struct Summary: Sendable {
        public var rows: [(table: String, count: Int)]
        public var indexed: Int
    }

    /// Loads the dump in `folder` into `database`, which must hold no data.
    @discardableResult
    public static func load(from folder: URL, into database: Database,
                            progress: (@Sendable (String, Int) -> Void)? = nil) async throws -> Summary {
        let tables = try checkDescriptor(in: folder)
        // Checked before reading the lines so a mistaken target fails at once; checked again in the transaction.
        try await checkEmpty(tables, on: database.sql)
        try checkLines(of: tables, in: folder)
        let dialect = database.dialect
        let rows = try await database.transaction { tx in
            try await checkEmpty(tables, on: tx)
            var counts: [(table: String, count: Int)] = []
            for table in tables {
                let count = try await load(table, from: folder, on: tx)
                counts.append((table.name, count))
                progress?(table.name, count)
            }
            if dialect == .postgres { try await advanceSequences(of: tables, on: tx) }
            return counts
        }
        let indexed = try await SearchIndex.rebuild(database)
        return Summary(rows: rows, indexed: indexed)
    }

    static func checkEmpty(_ tables: [DumpTable], on db: any SQLDatabase) async throws {
        for table in tables where try await !db.raw("SELECT 1 FROM \(ident: table.name) LIMIT 1").all().isEmpty {
            throw DumpError.databaseNotEmpty(table: table.name)
        }
    }

    /// Reads `datapackage.json` and checks that it describes exactly the tables and columns of this version.
    static func checkDescriptor(in folder: URL) throws -> [DumpTable] {
        let url = folder.appendingPathComponent(DataPackage.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DumpError.cannotRead(path: url.path, reason: "the file is missing; a dump folder holds datapackage.json and one .jsonl file per table")
        }
        let package: DataPackage
        do {
            package = try JSONDecoder().decode(DataPackage.self, from: data)
        } catch {
            throw DumpError.badDescriptor("it is not a data package descriptor as `peerpolis export` writes it (\(error))")
        }
        guard package.name == DataPackage.packageName else {
            throw DumpError.badDescriptor("its name is \"\(package.name)\", not \"\(DataPackage.packageName)\"")
        }
        let expected = DumpCatalog.tables.map(DataPackage.resource)
        for resource in package.resources where !expected.contains(where: { $0.path == resource.path }) {
            throw DumpError.badDescriptor("it lists \(resource.path), which this version has no table for")
        }
        for wanted in expected {
            guard let resource = package.resources.first(where: { $0.path == wanted.path }) else {
                throw DumpError.badDescriptor("it does not list \(wanted.path)")
            }
            let names = resource.schema.fields.map { "\($0.name) (\($0.type.rawValue))" }
            let wantedNames = wanted.schema.fields.map { "\($0.name) (\($0.type.rawValue))" }
            guard names == wantedNames else {
                throw DumpError.badDescriptor("\(wanted.path) has the fields \(names.joined(separator: ", ")); "
                    + "this version expects \(wantedNames.joined(separator: ", "))")
            }
        }
        return DumpCatalog.tables
    }

    /// Decodes every line of every file without touching the database, and lists what is wrong.
    static func checkLines(of tables: [DumpTable], in folder: URL) throws {
        var problems: [String] = []
        var more = 0
        for table in tables {
            let reader = try DumpLineReader(url: folder.appendingPathComponent(table.path))
            let decoder = DumpRow.decoder(for: table)
            while let line = try reader.next() {
                guard case .failure(let problem) = DumpRow.decode(line, with: decoder) else { continue }
                if problems.count < problemLimit {
                    problems.append("\(table.path) line \(reader.lineNumber): \(problem)")
                } else {
                    more += 1
                }
            }
        }
        if !problems.isEmpty { throw DumpError.badLines(problems, more: more) }
    }

    private static func load(_ table: DumpTable, from folder: URL, on db: any SQLDatabase) async throws -> Int {
        let reader = try DumpLineReader(url: folder.appendingPathComponent(table.path))
        let decoder = DumpRow.decoder(for: table)
        var batch: [[DumpValue]] = []
        var count = 0
        func insert() async throws {
            guard !batch.isEmpty else { return }
            do {
                try await insertRows(batch, of: table, on: db)
            } catch {
                throw DumpError.loadFailed(table: table.name, line: reader.lineNumber, reason: String(describing: error))
            }
            count += batch.count
            batch.removeAll(keepingCapacity: true)
        }
        while let line = try reader.next() {
            // The lines were checked; a failure here means the file changed since.
            let values = try DumpRow.decode(line, with: decoder).mapError {
                DumpError.loadFailed(table: table.name, line: reader.lineNumber, reason: $0.description)
            }.get()
            batch.append(values)
            // A table that points at itself loads all at once, parents first.
            if table.selfReference == nil && batch.count == batchSize { try await insert() }
        }
        if let reference = table.selfReference { batch = try parentsFirst(batch, of: table, reference: reference) }
        let rest = batch
        for start in stride(from: 0, to: rest.count, by: batchSize) {
            batch = Array(rest[start..<min(start + batchSize, rest.count)])
            try await insert()
        }
        return count
    }

    private static func insertRows(_ rows: [[DumpValue]], of table: DumpTable, on db: any SQLDatabase) async throws {
        var insert = db.insert(into: table.name).columns(table.columns.map(\.name))
        for row in rows { insert = insert.values(row.map(\.sqlExpression)) }
        try await insert.run()
    }
}
