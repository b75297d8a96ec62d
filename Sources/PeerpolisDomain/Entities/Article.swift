public enum ArticleKind: String, CaseIterable, Sendable, Codable {
    case news
    case caseStudy = "case-study"
    case publication, opinion
    case pressRelease = "press-release"
}

/// News, a case study, a publication, an opinion piece or a press release.
public struct Article: Sendable, Hashable, Codable {
    public var id: Int
    public var slug: String
    public var title: String
    public var kind: ArticleKind
    public var authors: [String]
    /// Nil when the source does not date the article.
    public var publishedOn: Day?
    public var summary: String
    /// Markdown.
    public var body: String
    /// The reading time a source states, kept beside the computed one.
    public var statedReadingMinutes: Int?
    public var themeSlugs: [String]
    public var placeIDs: [Int]
    public var networkIDs: [Int]
    public var organizationIDs: [Int]
    public var eventIDs: [Int]

    public init(id: Int = 0, slug: String, title: String, kind: ArticleKind, authors: [String] = [],
                publishedOn: Day? = nil, summary: String = "", body: String = "", statedReadingMinutes: Int? = nil,
                themeSlugs: [String] = [], placeIDs: [Int] = [], networkIDs: [Int] = [],
                organizationIDs: [Int] = [], eventIDs: [Int] = []) {
        self.id = id
        self.slug = slug
        self.title = title
        self.kind = kind
        self.authors = authors
        self.publishedOn = publishedOn
        self.summary = summary
        self.body = body
        self.statedReadingMinutes = statedReadingMinutes
        self.themeSlugs = themeSlugs
        self.placeIDs = placeIDs
        self.networkIDs = networkIDs
        self.organizationIDs = organizationIDs
        self.eventIDs = eventIDs
    }

    /// Minutes to read the summary and body at 220 words a minute, never less than one.
    public var readingMinutes: Int { ReadingTime.minutes(for: summary + " " + body) }
}

public enum ReadingTime {
    public static let wordsPerMinute = 220

    public static func minutes(for text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar.properties.isWhitespace
            if !isSpace && !inWord { words += 1 }
            inWord = !isSpace
        }
        return max(1, (words + wordsPerMinute - 1) / wordsPerMinute)
    }
}
