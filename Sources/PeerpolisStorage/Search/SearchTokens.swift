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
