import SQLKit

/// Reading and writing the join tables that tie entities to themes and to each other.
enum Links {
    static func insertThemes(_ slugs: [String], table: String, owner: String, id: Int,
                             on db: any SQLDatabase) async throws {
        guard !slugs.isEmpty else { return }
        var insert = db.insert(into: table).columns(owner, "theme_slug")
        for slug in orderedUnique(slugs) { insert = insert.values(SQLBind(id), SQLBind(slug)) }
        try await insert.run()
    }

    static func insertTargets(_ targets: [Int], table: String, owner: String, target: String, id: Int,
                              on db: any SQLDatabase) async throws {
        guard !targets.isEmpty else { return }
        var insert = db.insert(into: table).columns(owner, target, "position")
        for (position, targetID) in orderedUnique(targets).enumerated() {
            insert = insert.values(SQLBind(id), SQLBind(targetID), SQLBind(position))
        }
        try await insert.run()
    }

    /// Theme slugs for each owner id, sorted by slug.
    static func themes(table: String, owner: String, ids: [Int], on db: any SQLDatabase) async throws -> [Int: [String]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.select().column(SQLIdentifier(owner)).column("theme_slug").from(table)
            .where(SQLIdentifier(owner), .in, SQLBind.group(ids))
            .orderBy("theme_slug")
            .all()
        var result: [Int: [String]] = [:]
        for row in rows {
            result[try row.int(owner), default: []].append(try row.string("theme_slug"))
        }
        return result
    }

    /// Target ids for each owner id, in the order they were written.
    static func targets(table: String, owner: String, target: String, ids: [Int],
                        on db: any SQLDatabase) async throws -> [Int: [Int]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await db.select().column(SQLIdentifier(owner)).column(SQLIdentifier(target)).from(table)
            .where(SQLIdentifier(owner), .in, SQLBind.group(ids))
            .orderBy("position")
            .all()
        var result: [Int: [Int]] = [:]
        for row in rows {
            result[try row.int(owner), default: []].append(try row.int(target))
        }
        return result
    }

    static func orderedUnique<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
