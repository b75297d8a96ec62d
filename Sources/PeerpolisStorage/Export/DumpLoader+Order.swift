import SQLKit

extension DumpLoader {
    /// Orders the rows of a table that points at itself (themes and their parents) so that every row comes
    /// after the row it names: foreign keys are checked row by row on both engines.
    static func parentsFirst(_ rows: [[DumpValue]], of table: DumpTable,
                             reference: DumpForeignKey) throws -> [[DumpValue]] {
        let index = { (name: String) in table.columns.firstIndex { $0.name == name }! }
        let childIndexes = reference.fields.map(index)
        let parentIndexes = reference.referenceFields.map(index)
        var placed = Set<[DumpValue]>()
        var ordered: [[DumpValue]] = []
        var waiting = rows
        while !waiting.isEmpty {
            var next: [[DumpValue]] = []
            for row in waiting {
                let parent = childIndexes.map { row[$0] }
                if parent.contains(.null) || placed.contains(parent) {
                    ordered.append(row)
                    placed.insert(parentIndexes.map { row[$0] })
                } else {
                    next.append(row)
                }
            }
            guard next.count < waiting.count else { throw DumpError.unorderableRows(table: table.name) }
            waiting = next
        }
        return ordered
    }

    /// Moves PostgreSQL's identity sequences past the loaded ids, so the next row the hub writes gets a new id.
    /// SQLite needs nothing: an INTEGER PRIMARY KEY continues from the largest id.
    static func advanceSequences(of tables: [DumpTable], on db: any SQLDatabase) async throws {
        for table in tables where table.primaryKey == ["id"] {
            try await db.raw("""
                SELECT setval(pg_get_serial_sequence(\(bind: table.name), 'id'), MAX(id)) FROM \(ident: table.name) \
                WHERE pg_get_serial_sequence(\(bind: table.name), 'id') IS NOT NULL HAVING MAX(id) IS NOT NULL
                """).run()
        }
    }
}
