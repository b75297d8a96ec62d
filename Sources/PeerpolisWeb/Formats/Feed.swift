import Foundation
import PeerpolisDomain

/// What a feed says about itself; the same header serves the Atom and the RSS form of one list.
public struct FeedHeader: Sendable, Hashable {
    /// The feed's title, e.g. "Peerpolis: articles on migration".
    public var title: String
    /// A sentence on what the feed holds (RSS requires a description; Atom writes it as the subtitle).
    public var subtitle: String
    /// The absolute URL the feed itself is served at; also the Atom feed's id.
    public var selfURL: String
    /// The absolute URL of the HTML page listing the same entries.
    public var alternateURL: String
    /// The site's name, written as the feed's author and generator.
    public var siteName: String
    /// A BCP 47 language tag for the feed text, e.g. `en`.
    public var language: String?
    /// The date written where no entry gives one: the feed's `updated` when no entry is dated, and each
    /// undated entry's `updated`. Pass a stable instant (for instance the day the data was last imported),
    /// never the request time, so readers do not see undated entries as new on every fetch.
    public var fallbackDate: Date

    public init(title: String, subtitle: String, selfURL: String, alternateURL: String, siteName: String,
                language: String? = nil, fallbackDate: Date) {
        self.title = title
        self.subtitle = subtitle
        self.selfURL = selfURL
        self.alternateURL = alternateURL
        self.siteName = siteName
        self.language = language
        self.fallbackDate = fallbackDate
    }
}

/// A category of a feed entry: a stable machine term (a theme slug) and the label people read.
public struct FeedCategory: Sendable, Hashable {
    public var term: String
    public var label: String

    public init(term: String, label: String) {
        self.term = term
        self.label = label
    }
}

/// One entry of a feed, already resolved to text and absolute URLs.
public struct FeedEntry: Sendable, Hashable {
    /// A permanent id; the absolute URL of the entry's page unless the caller has something more stable.
    public var id: String
    /// The absolute URL of the entry's page.
    public var url: String
    public var title: String
    public var summary: String
    /// When the entry was published; nil when unknown. Atom then writes the header's `fallbackDate` as
    /// `updated` and no `published`; RSS leaves out `pubDate`, which RSS 2.0 makes optional.
    public var date: Date?
    public var authors: [String]
    public var categories: [FeedCategory]

    public init(id: String? = nil, url: String, title: String, summary: String, date: Date?,
                authors: [String] = [], categories: [FeedCategory] = []) {
        self.id = id ?? url
        self.url = url
        self.title = title
        self.summary = summary
        self.date = date
        self.authors = authors
        self.categories = categories
    }

    /// An entry for an article, dated midnight UTC of its publication day (sources give days, not times).
    ///
    /// - Parameters:
    ///   - url: the absolute URL of the article's page.
    ///   - themeNames: theme names by slug, for the categories; slugs without a name are written as-is.
    public static func article(_ article: Article, url: String, themeNames: [String: String]) -> FeedEntry {
        FeedEntry(url: url, title: article.title, summary: article.summary,
                  date: article.publishedOn.map(Timestamps.date), authors: article.authors,
                  categories: categories(article.themeSlugs, themeNames))
    }

    /// An entry for an event, dated midnight UTC of its first day: the hub does not record when an event
    /// was announced, and the first day keeps the date stable and sorts the feed the way the list does.
    ///
    /// - Parameters:
    ///   - url: the absolute URL of the event's page.
    ///   - organizer: the organiser's name, written as the entry's author when known.
    public static func event(_ event: Event, url: String, themeNames: [String: String],
                             organizer: String? = nil) -> FeedEntry {
        FeedEntry(url: url, title: event.title, summary: event.summary, date: Timestamps.date(event.startDate),
                  authors: organizer.map { [$0] } ?? [], categories: categories(event.themeSlugs, themeNames))
    }

    private static func categories(_ slugs: [String], _ names: [String: String]) -> [FeedCategory] {
        slugs.map { FeedCategory(term: $0, label: names[$0] ?? $0) }
    }
}

extension FeedHeader {
    /// The feed's `updated`: the newest date among the entries, counting undated ones at `fallbackDate`,
    /// or `fallbackDate` for an empty feed. Never the wall clock, so an unchanged list gives identical bytes.
    func updated(_ entries: [FeedEntry]) -> Date {
        entries.map { $0.date ?? fallbackDate }.max() ?? fallbackDate
    }
}
