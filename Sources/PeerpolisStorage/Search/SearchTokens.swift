import PeerpolisDomain

/// Hidden tokens that each document carries in its full text besides its words: one per facet value (type,
/// country, year, status, each theme) and sampling tokens.
///
/// Facet tokens turn filters into full-text terms, so a filtered search stays one index lookup on both engines
/// instead of a match joined to a filter (the trap that turns milliseconds into seconds). Sampling tokens
/// let broad searches count facets on a fixed share of their matches: a document carries `zzs1` … `zzsK` where
/// K is the number of trailing zero bits of a hash of its identity, so `zzsk` marks a uniform 1/2^k sample, and
/// each sample holds the smaller ones.
///
/// Users can never type these tokens: query words are searched in the text columns only (FTS5) or as
/// processed lexemes (PostgreSQL), and every token ends in a digit, so no stemmer rewrites it.
enum SearchTokens {
    /// The finest sample, 1/256 of the documents.
    static let deepestSample = 8

    static func type(_ value: String) -> String { "zzt" + code(value) }
    static func country(_ value: String) -> String { "zzc" + code(value.uppercased()) }
    static func year(_ value: Int) -> String { "zzy\(value)" }
    static func status(_ value: String) -> String { "zzr" + code(value) }
    static func theme(_ value: String) -> String { "zzh" + code(value) }
    static func sample(_ level: Int) -> String { "zzs\(level)" }

    /// Every hidden token of a document; `themes` already includes the parents of its sub-themes.
    static func tokens(type: String, entityID: Int, countryCode: String?, year: Int?, status: String?,
                       themes: [String]) -> String {
        var tokens = [Self.type(type)]
        if let countryCode { tokens.append(country(countryCode)) }
        if let year { tokens.append(Self.year(year)) }
        if let status { tokens.append(Self.status(status)) }
        tokens += themes.map(theme)
        let level = min(deepestSample, mix(fnv1a(type) ^ UInt64(bitPattern: Int64(entityID))).trailingZeroBitCount)
        if level > 0 { tokens += (1...level).map(sample) }
        return tokens.joined(separator: " ")
    }

    /// The tokens a search's filters require.
    static func tokens(for filters: SearchFilters) -> [String] {
        var tokens: [String] = []
        if let type = filters.type { tokens.append(Self.type(type.rawValue)) }
        if let country = filters.countryCode { tokens.append(Self.country(country)) }
        if let year = filters.year { tokens.append(Self.year(year)) }
        if let status = filters.status { tokens.append(Self.status(status)) }
        if let theme = filters.themeSlug { tokens.append(Self.theme(theme)) }
        return tokens
    }

    /// A value as decimal digits: FNV-1a, so any text (theme slugs have hyphens, which tokenizers split on)
    /// becomes one token of letters and digits only.
    static func code(_ value: String) -> String { String(fnv1a(value)) }

    static func fnv1a(_ value: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in value.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// SplitMix64's finaliser: spreads consecutive ids over all bits, so trailing zeros are uniform.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

/// PostgreSQL only: a hidden token for each pair of adjacent words, so a phrase finds its documents in the GIN
/// index instead of reading every document that holds all its words to check their order ("working group led":
/// 22,444 such documents for 858 matches, 107 ms). A phrase query requires the tokens of its pairs as well as
/// PostgreSQL's own phrase match, which still checks the order; the tokens only narrow what it checks.
///
/// Words are folded as queries fold them and stemmed with `PorterStemmer`, on both sides, so "partner cities"
/// finds "partner city". Pairs never cross from one field to the next. A token is `zzb` and 40 bits of the
/// pair's FNV-1a hash in hexadecimal: a collision only lets a document through to PostgreSQL's own check.
enum PhrasePairs {
    static func token(_ first: String, _ second: String) -> String {
        let hash = SearchTokens.fnv1a(first + " " + second) & 0xFF_FFFF_FFFF
        let hex = String(hash, radix: 16)
        return "zzb" + String(repeating: "0", count: 10 - hex.count) + hex
    }

    /// The distinct pair tokens of a document's fields.
    static func tokens(inFields fields: [String]) -> [String] {
        var seen = Set<String>()
        var tokens: [String] = []
        for field in fields {
            let stems = SearchQuery.words(in: field).map(PorterStemmer.stem)
            for (first, second) in zip(stems, stems.dropFirst()) {
                let token = token(first, second)
                if seen.insert(token).inserted { tokens.append(token) }
            }
        }
        return tokens
    }

    /// The pair tokens a query's included phrases require (a prefix phrase's last word is not a whole word, so
    /// such a phrase requires none).
    static func tokens(for query: SearchQuery) -> [String] {
        var tokens: [String] = []
        for term in query.included where term.isPhrase && !term.isPrefix {
            let stems = term.words.map(PorterStemmer.stem)
            for (first, second) in zip(stems, stems.dropFirst()) { tokens.append(token(first, second)) }
        }
        return Links.orderedUnique(tokens)
    }

    /// The pair tokens of a document's indexed columns (title, names, summary, body, as `search_documents` holds
    /// them) as `tsvector` text: each at position 1, so a weight restriction on a query word can never match
    /// one (see `PostgresSearchEngine.words`).
    static func vectorText(title: String, names: String, summary: String, body: String) -> String {
        tokens(inFields: [title, names, summary, body]).map { $0 + ":1" }.joined(separator: " ")
    }
}

/// PostgreSQL only: a hidden token for each two-letter start of a document's words, so a two-letter prefix
/// (`co*`) is one posting list in the GIN index. Without it, PostgreSQL gathers the lists of every word starting
/// so into one bitmap before anything else: 25–37 ms for `co*`, `re*` or `pa*` over the benchmark's documents.
/// Longer prefixes match few enough words. SQLite's FTS5 has prefix indexes of its own.
enum ShortPrefixes {
    static func token(_ prefix: some StringProtocol) -> String { "zzp" + prefix }

    /// The distinct two-letter starts of the words of a document's indexed columns as `tsvector` text, each at
    /// position 1 (see `PhrasePairs.vectorText`).
    static func vectorText(title: String, names: String, summary: String, body: String) -> String {
        var seen = Set<Substring>()
        for field in [title, names, summary, body] {
            for word in SearchQuery.words(in: field) where word.count >= 2 { seen.insert(word.prefix(2)) }
        }
        return seen.sorted().map { token($0) + ":1" }.joined(separator: " ")
    }

    /// The token standing for a prefix term of exactly two letters, if the term is one.
    static func token(for term: SearchQuery.Term) -> String? {
        guard term.isPrefix, term.words.count == 1, let word = term.words.first, word.count == 2 else { return nil }
        return token(word)
    }
}
