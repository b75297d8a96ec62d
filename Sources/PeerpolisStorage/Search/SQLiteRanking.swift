import Foundation
import VaporCSQLite

/// `peerpolis_rank(search_fts, phrase…)`: an FTS5 ranking function of our own, registered on every SQLite
/// connection the process opens.
///
/// It scores like FTS5's `bm25()` with the same column weights (title and names 10, summary 4, body 1: each
/// phrase's weighted count, saturated, times its rarity), with two differences that make it several times
/// cheaper on the rows of one search:
/// - **Only the query's own words are scored.** `bm25()` scores every phrase of the match, the hidden
///   filter and sample tokens included, and before the first row reads each phrase's whole list of documents
///   to count them (about 160,000 for the coarsest sample token).
/// - **Each word's document count is kept** per connection, keyed by the phrase's text, and read again when
///   the table's row count changes. A common word's list is read once, not once per search.
/// - No document-length normalisation: it reads one more row per match (the sizes), which cost more than the
///   rest of the score together. Titles and names already weigh ten times the body.
///
/// The trailing arguments are the included terms' FTS5 texts, in the order the expression names them (see
/// `SQLiteSearchEngine.expression`): phrase `i` of the match is argument `i`. The score is higher for better
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
        let frequencies = Unmanaged.passRetained(DocumentFrequencies()).toOpaque()
        return create(api, functionName, frequencies, rank, { userData in
            guard let userData else { return }
            Unmanaged<DocumentFrequencies>.fromOpaque(userData).release()
        })
    }

    /// Document counts of phrases on one connection (a connection runs one statement at a time).
    final class DocumentFrequencies {
        var counts: [String: (rows: Int64, documents: Int64)] = [:]
    }

    /// The query's weights, worked out at its first row and kept with the query (FTS5's auxdata).
    struct QueryWeights {
        var rarity: [Double]
    }

    private static let rank: fts5_extension_function = { api, fts, context, argumentCount, arguments in
        guard let api, let fts else { return }
        let functions = api.pointee
        let phrases = min(Int(argumentCount), Int(functions.xPhraseCount(fts)))
        guard phrases > 0 else {
            sqlite_nio_sqlite3_result_double(context, 0)
            return
        }
        let weights: UnsafeMutablePointer<QueryWeights>
        if let kept = functions.xGetAuxdata(fts, 0) {
            weights = kept.assumingMemoryBound(to: QueryWeights.self)
        } else {
            weights = UnsafeMutablePointer<QueryWeights>.allocate(capacity: 1)
            weights.initialize(to: QueryWeights(rarity: rarities(functions, fts, phrases: phrases, arguments: arguments)))
            let status = functions.xSetAuxdata(fts, weights, { pointer in
                guard let pointer else { return }
                let typed = pointer.assumingMemoryBound(to: QueryWeights.self)
                typed.deinitialize(count: 1)
                typed.deallocate()
            })
            guard status == SQLITE_OK else {
                sqlite_nio_sqlite3_result_error_code(context, status)
                return
            }
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
            score += weights.pointee.rarity[index] * count * (saturation + 1) / (count + saturation)
        }
        sqlite_nio_sqlite3_result_double(context, score)
    }

    /// Each phrase's inverse document frequency (the form that stays positive for words in most documents).
    private static func rarities(_ functions: Fts5ExtensionApi, _ fts: OpaquePointer, phrases: Int,
                                 arguments: UnsafeMutablePointer<OpaquePointer?>?) -> [Double] {
        var rows: Int64 = 0
        _ = functions.xRowCount(fts, &rows)
        let cache = Unmanaged<DocumentFrequencies>.fromOpaque(functions.xUserData(fts)!).takeUnretainedValue()
        return (0..<phrases).map { index in
            let key = sqlite_nio_sqlite3_value_text(arguments?[index]).map { String(cString: $0) } ?? ""
            var documents: Int64
            if let known = cache.counts[key], known.rows == rows {
                documents = known.documents
            } else {
                documents = 0
                _ = functions.xQueryPhrase(fts, Int32(index), &documents) { _, _, counter in
                    counter?.assumingMemoryBound(to: Int64.self).pointee += 1
                    return SQLITE_OK
                }
                if cache.counts.count > 10_000 { cache.counts.removeAll() }
                cache.counts[key] = (rows, documents)
            }
            let n = Double(documents), total = Double(max(rows, 1))
            return log(1 + (total - n + 0.5) / (n + 0.5))
        }
    }
}
