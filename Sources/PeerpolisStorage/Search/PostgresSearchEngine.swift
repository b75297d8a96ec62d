import PeerpolisDomain
import SQLKit

/// PostgreSQL full text: a weighted `tsvector` stored on each document (title and names A, summary B,
/// body C) built from `unaccent`ed text with the English configuration, plus the hidden tokens as lexemes
/// of weight D at position 1 (a lexeme without a position would pass any weight restriction); a GIN index;
/// and `ts_rank_cd` on a second, small vector of the title, names and summary (see `AddRankVector`).
struct PostgresSearchEngine: SearchEngine {
    /// Each match is a heap read, 5–10 µs even from shared buffers (BENCHMARKS.md): a quarter of SQLite's sample
    /// keeps a broad search's scoring near 2 ms, its facet estimates from a few hundred documents.
    let sampleSize = 250

    /// The ranking vector (see `AddRankVector`): title and names A, summary B.
    static let rankVector = "setweight(to_tsvector('english', public.unaccent(title)), 'A') || "
        + "setweight(to_tsvector('english', public.unaccent(names)), 'A') || "
        + "setweight(to_tsvector('english', public.unaccent(summary)), 'B')"

    func store(_ documents: [(Int, SearchDocument)], on db: any SQLDatabase) async throws {
        // The ranking vector is worked out once and is the start of the whole one; the phrase pairs (see
        // `PhrasePairs`) and two-letter prefixes (`ShortPrefixes`) are made here and bound, one value per document.
        let pairs = documents.map { id, document in
            SQLQueryString("(\(bind: id), \(bind: Self.hiddenWordTokens(title: document.title, names: SearchIndex.foldedNames(document), summary: document.summary, body: document.body)))")
        }
        let update: SQLQueryString = """
            UPDATE search_documents d SET tsv_rank = v.head, tsv = v.head || \
            setweight(to_tsvector('english', public.unaccent(v.body)), 'C') || \
            regexp_replace(v.facet_tokens, '(\\S+)', '\\1:1', 'g')::tsvector || v.pairs::tsvector \
            FROM (SELECT s.id, s.body, s.facet_tokens, p.pairs, \(unsafeRaw: Self.rankVector) AS head \
            FROM search_documents s JOIN (VALUES
            """
        try await db.raw(update + " " + pairs.joined(separator: ", ") + ") AS p (id, pairs) ON p.id = s.id) v WHERE d.id = v.id").run()
    }

    /// A document's phrase-pair and two-letter-prefix tokens as `tsvector` text.
    static func hiddenWordTokens(title: String, names: String, summary: String, body: String) -> String {
        let pairs = PhrasePairs.vectorText(title: title, names: names, summary: summary, body: body)
        let prefixes = ShortPrefixes.vectorText(title: title, names: names, summary: summary, body: body)
        return [pairs, prefixes].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Adds tokens made from each document's indexed columns to its vector, a thousand documents a statement
    /// (for the migrations that introduce a kind of token).
    static func appendToVectors(on db: any SQLDatabase,
                                _ tokens: (_ title: String, _ names: String, _ summary: String, _ body: String) -> String) async throws {
        var lastID = Int.min
        while true {
            let rows = try await db.raw("""
                SELECT id, title, names, summary, body FROM search_documents WHERE id > \(bind: lastID) ORDER BY id LIMIT 1000
                """).all()
            guard let last = rows.last else { return }
            let values = try rows.map { row -> SQLQueryString in
                let text = tokens(try row.string("title"), try row.string("names"), try row.string("summary"), try row.string("body"))
                return "(\(bind: try row.int("id")), \(bind: text))"
            }
            try await db.raw("UPDATE search_documents d SET tsv = d.tsv || v.tokens::tsvector FROM (VALUES "
                             + values.joined(separator: ", ") + ") AS v (id, tokens) WHERE d.id = v.id").run()
            lastID = try last.int("id")
        }
    }

    func remove(_ ids: [Int], on db: any SQLDatabase) async throws {
        // The vector lives on the document row, which the caller deletes.
    }

    /// The tsquery text of the query's words; words are folded to [a-z0-9], so no input can form tsquery
    /// syntax. With `textOnly`, each word is confined to the text weights (A, B, C): hidden tokens have none
    /// (D), so no word can reach them. That needs a recheck of every match, so it is used only when a word
    /// could reach one.
    static func words(_ query: SearchQuery, textOnly: Bool = false, separator: String = " & ",
                      includedOnly: Bool = false) -> String {
        func term(_ term: SearchQuery.Term) -> String {
            let suffix = (term.isPrefix ? ":*" : (textOnly ? ":" : "")) + (textOnly ? "ABC" : "")
            let words = term.words.map { $0 + suffix }
            // An included phrase of two whole words requires its pair token (`PhrasePairs`), which already says
            // the words are next to each other: asking for both words spares the position check, which reads
            // each candidate's whole vector. Longer phrases keep it; a pair token says nothing of the next pair.
            let adjacency = words.count == 2 && !term.isPrefix && !term.isExcluded ? " & " : " <-> "
            let body = words.count > 1 ? "(" + words.joined(separator: adjacency) + ")" : words[0]
            return term.isExcluded ? "!" + body : body
        }
        return (includedOnly ? query.included : query.terms).map(term).joined(separator: separator)
    }

    /// The tsquery of a match: the words through the English configuration, the hidden tokens as they are
    /// (they are stored unprocessed, and a literal `tsquery` leaves them so). Included two-letter prefixes are
    /// asked for by their tokens (`ShortPrefixes`), and phrases also by their pairs (`PhrasePairs`).
    static func tsquery(_ match: SearchMatch) -> SQLQueryString {
        var query = match.query
        let shortPrefixes = query.included.compactMap(ShortPrefixes.token(for:))
        query.terms.removeAll { !$0.isExcluded && ShortPrefixes.token(for: $0) != nil }
        let tokens = match.requiredTokens + PhrasePairs.tokens(for: query) + shortPrefixes
        let text = words(query, textOnly: match.mayReachHiddenTokens)
        let literal: SQLQueryString = "\(bind: tokens.joined(separator: " & "))::tsquery"
        guard !text.isEmpty else { return literal }
        let processed: SQLQueryString = "to_tsquery('english', \(bind: text))"
        return tokens.isEmpty ? processed : processed + " && " + literal
    }

    func count(_ match: SearchMatch, on db: any SQLDatabase) async throws -> Int {
        try await db.raw("SELECT COUNT(*) AS n FROM search_documents d WHERE d.tsv @@ (" + Self.tsquery(match) + ")")
            .first()?.int("n") ?? 0
    }

    /// Ranked by `ts_rank_cd` on the small ranking vector, for any of the included terms (an AND would score
    /// nothing when one word is only in the body); packed in one text value like SQLite's (see
    /// `SQLiteSearchEngine.scored`).
    func scored(_ match: SearchMatch, context: ScoringContext, on db: any SQLDatabase) async throws -> [(id: Int, score: Double)] {
        let anyTerm = Self.words(match.query, separator: " | ", includedOnly: true)
        let sql: SQLQueryString = "SELECT string_agg(d.id || ' ' || round(ts_rank_cd(d.tsv_rank, to_tsquery('english', \(bind: anyTerm))) * 1000000)::bigint, ' ') AS packed "
            + "FROM search_documents d WHERE d.tsv @@ (" + Self.tsquery(match) + ")"
        return SearchScores.unpacked(try await db.raw(sql).first()?.optionalString("packed") ?? "")
    }

    func matching(_ ids: [Int], _ match: SearchMatch, on db: any SQLDatabase) async throws -> Set<Int> {
        guard !ids.isEmpty else { return [] }
        return Set(try await db.raw("SELECT d.id FROM search_documents d WHERE d.id IN (\(binds: ids)) AND d.tsv @@ ("
                                    + Self.tsquery(match) + ")").all().map { try $0.int("id") })
    }
}
