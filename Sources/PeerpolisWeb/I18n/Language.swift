import Foundation

/// The languages of the interface. English is complete; French covers at least navigation and layout,
/// and any key it lacks falls back to English.
public enum Language: String, CaseIterable, Sendable {
    case en, fr

    /// The language's name in itself, the same in every catalog, as language choosers show it.
    public var endonym: String {
        switch self {
        case .en: "English"
        case .fr: "Français"
        }
    }

    /// `?lang=` wins, then the `lang` cookie, then the first supported language in `Accept-Language`.
    public static func negotiate(query: String?, cookie: String?, acceptLanguage: String?) -> Language {
        if let query, let language = Language(rawValue: query.lowercased()) { return language }
        if let cookie, let language = Language(rawValue: cookie.lowercased()) { return language }
        guard let acceptLanguage else { return .en }
        // Order by q-value, keeping header order for ties.
        let ranges = acceptLanguage.split(separator: ",").enumerated().compactMap { index, part -> (String, Double, Int)? in
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first, !tag.isEmpty else { return nil }
            var quality = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                quality = Double(piece.dropFirst(2)) ?? 0
            }
            return (tag.lowercased(), quality, index)
        }
        for (tag, quality, _) in ranges.sorted(by: { ($0.1, -$0.2) > ($1.1, -$1.2) }) where quality > 0 {
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            if let language = Language(rawValue: primary) { return language }
        }
        return .en
    }
}

