import VaporCSQLite

/// `peerpolis_rank(search_fts, rarity…)`: an FTS5 ranking function of our own, registered on every SQLite
/// connection the process opens.
///
/// It scores like FTS5's `bm25()` with the same column weights (title and names 10, summary 4, body 1: each
/// phrase's weighted count, saturated, times its rarity), with differences that make it several times cheaper
/// on the rows of one search:
/// - **Only the query's own words are scored.** `bm25()` scores every phrase of the match, the hidden
///   filter and sample tokens included.
/// - **Rarities are given, not counted.** `bm25()` reads each phrase's whole list of documents to count them
///   before the first row (11 ms for a phrase of three common words); the caller passes each included term's
///   inverse document frequency instead (`SQLiteSearchEngine.rarities`, estimated once per term and kept).
/// - No document-length normalisation: it reads one more row per match (the sizes), which cost more than the
///   rest of the score together. Titles and names already weigh ten times the body.
///
/// The trailing arguments are the included terms' rarities, in the order the expression names them (see
/// `SQLiteSearchEngine.expression`): phrase `i` of the match has argument `i`. The score is higher for better
/// matches.
enum SQLiteRanking {
    static let functionName = "peerpolis_rank"
    /// Title, names, summary, body; the fifth column (hidden tokens) weighs nothing.
    static let columnWeights: [Double] = [10, 10, 4, 1]
    static let saturation = 1.2

    /// Registers the function for every connection opened from now on. Safe to call more than once.
    static func install() {
        _ = installed
    }

    private static let installed: Bool = {
        let entry: @convention(c) (OpaquePointer?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                   UnsafeRawPointer?) -> Int32 = { db, _, _ in
            SQLiteRanking.register(on: db)
        }
        return sqlite_nio_sqlite3_auto_extension(unsafeBitCast(entry, to: (@convention(c) () -> Void).self)) == SQLITE_OK
    }()

    /// Finds the connection's FTS5 API (the documented `SELECT fts5(?1)` handshake) and adds the function.
    private static func register(on db: OpaquePointer?) -> Int32 {
        var statement: OpaquePointer?
        guard sqlite_nio_sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK else {
            return SQLITE_OK // No FTS5 in this build: the search migration will say so.
        }
        defer { sqlite_nio_sqlite3_finalize(statement) }
        var api: UnsafeMutablePointer<fts5_api>?
        withUnsafeMutablePointer(to: &api) { pointer in
            _ = sqlite_nio_sqlite3_bind_pointer(statement, 1, pointer, "fts5_api_ptr", nil)
            _ = sqlite_nio_sqlite3_step(statement)
        }
        guard let api, let create = api.pointee.xCreateFunction else { return SQLITE_OK }
        return create(api, functionName, nil, rank, nil)
    }

    private static let rank: fts5_extension_function = { api, fts, context, argumentCount, arguments in
        guard let api, let fts else { return }
        let functions = api.pointee
        let phrases = min(Int(argumentCount), Int(functions.xPhraseCount(fts)))
        guard phrases > 0 else {
            sqlite_nio_sqlite3_result_double(context, 0)
            return
        }
        // The weighted count of each phrase in this row.
        var instances: Int32 = 0
        guard functions.xInstCount(fts, &instances) == SQLITE_OK else {
            sqlite_nio_sqlite3_result_double(context, 0)
            return
        }
        var counts = [Double](repeating: 0, count: phrases)
        var phrase: Int32 = 0, column: Int32 = 0, offset: Int32 = 0
        for index in 0..<instances {
            guard functions.xInst(fts, index, &phrase, &column, &offset) == SQLITE_OK else { break }
            if Int(phrase) < phrases, Int(column) < columnWeights.count { counts[Int(phrase)] += columnWeights[Int(column)] }
        }
        var score = 0.0
        for (index, count) in counts.enumerated() where count > 0 {
            score += sqlite_nio_sqlite3_value_double(arguments?[index]) * count * (saturation + 1) / (count + saturation)
        }
        sqlite_nio_sqlite3_result_double(context, score)
    }
}
