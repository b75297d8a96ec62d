/// The finished data a view renders. Views see these, never a request or a database.

/// A piece of inline content: plain text or a link.
public enum Inline: Sendable, Equatable {
    case text(String)
    case link(String, String)

    static func link(_ title: String, _ url: SiteURL) -> Inline { .link(title, url.path) }
}

/// A label and its value, shown in a description list.
public struct Fact: Sendable {
    public var label: String
    public var value: [Inline]

    init(_ label: String, _ value: [Inline]) {
        self.label = label
        self.value = value
    }

    init(_ label: String, _ text: String) {
        self.init(label, [.text(text)])
    }

    /// A fact whose value may be unknown; unknown values are left out of the page rather than shown as blank.
    static func optional(_ label: String, _ text: String?) -> Fact? {
        text.map { Fact(label, $0) }
    }
}

/// One entry of a list: a title linking to its page, small meta lines, an optional summary.
public struct ListItem: Sendable {
    public var title: String
    public var href: String
    public var meta: [String]
    public var summary: String?

    init(title: String, url: SiteURL, meta: [String] = [], summary: String? = nil) {
        self.title = title
        self.href = url.path
        self.meta = meta.filter { !$0.isEmpty }
        self.summary = summary.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// A titled group of list items on a page.
public struct Section: Sendable {
    public var heading: String
    public var items: [ListItem]
    public var emptyText: String?
    public var more: Inline?

    init(_ heading: String, items: [ListItem], emptyText: String? = nil, more: Inline? = nil) {
        self.heading = heading
        self.items = items
        self.emptyText = emptyText
        self.more = more
    }
}

/// A drop-down filter of a list page.
public struct FilterField: Sendable {
    public var name: String
    public var label: String
    public var options: [(value: String, label: String)]
    public var selected: String?
    /// The options already written as `<option>` elements with nothing selected, for long lists that are the
    /// same on every page (countries, themes); nil to write them from `options`.
    public var optionsHTML: String? = nil
}

/// A free-text filter of a list page.
public struct TextField: Sendable {
    public var name: String
    public var label: String
    public var value: String?
}

/// Links to the neighbouring pages of a list.
public struct Pagination: Sendable {
    public var summary: String
    public var previous: String?
    public var next: String?
}

/// A list page: filters, one or more sections, pagination.
public struct ListPageModel: Sendable {
    public var title: String
    public var intro: String?
    public var action: SiteURL
    public var filters: [FilterField]
    public var textFilters: [TextField] = []
    public var count: String?
    public var sections: [Section]
    public var pagination: Pagination?
    public var head = PageHead()
}

/// A detail page: a heading, facts, an optional rendered body, related sections.
public struct DetailPageModel: Sendable {
    public var title: String
    public var kicker: String?
    public var summary: String?
    public var facts: [Fact]
    /// Already-safe HTML produced by `Markdown.html`.
    public var bodyHTML: String?
    public var sections: [Section]
    public var head = PageHead()
    /// An event's registration box; nil on other pages.
    var registration: RegistrationPanel?
}

/// A machine-readable form of a page: a feed, a calendar or a download.
public struct AlternateLink: Sendable {
    public var title: String
    public var href: String
    public var type: String
    /// Feeds and calendars are announced in the head (`<link rel="alternate">`); downloads only shown.
    public var isFeed: Bool
}

/// What a page adds to its `<head>` and shows as "Follow" and "Download" links.
public struct PageHead: Sendable {
    public var alternates: [AlternateLink] = []
    public var openGraph: [OpenGraphTag] = []
    /// Serialized JSON-LD, already safe inside a script element.
    public var jsonLD: String?

    /// The elements written after `<title>`.
    var html: String {
        var out = ""
        for link in alternates where link.isFeed {
            out += "<link rel=\"alternate\" type=\"\(attribute(link.type))\" title=\"\(attribute(link.title))\" href=\"\(attribute(link.href))\"/>"
        }
        for tag in openGraph {
            out += "<meta property=\"\(attribute(tag.property))\" content=\"\(attribute(tag.content))\"/>"
        }
        if let jsonLD { out += "<script type=\"application/ld+json\">\(jsonLD)</script>" }
        return out
    }
}
