import Foundation
import PeerpolisDomain

/// schema.org JSON-LD for detail pages. Each builder returns the text to put inside
/// `<script type="application/ld+json">…</script>` as-is (it is already safe there).
///
/// Builders take entities plus the absolute URLs of the pages they link to; whatever is nil or empty is
/// left out rather than written blank.
public enum LinkedData {
    /// Another entity named on the page: its name and, when it has a page, the absolute URL of that page.
    public struct Link: Sendable, Hashable {
        public var name: String
        public var url: String?

        public init(name: String, url: String? = nil) {
            self.name = name
            self.url = url
        }
    }

    /// A place with the absolute URL of its page and its country (name and page), for nesting in other nodes.
    public struct PlaceRef: Sendable, Hashable {
        public var place: Place
        public var url: String?
        public var country: Link?

        public init(place: Place, url: String? = nil, country: Link? = nil) {
            self.place = place
            self.url = url
            self.country = country
        }
    }

    /// An `Event`, with `startDate`/`endDate` as days for all-day events and with their UTC offset when timed.
    ///
    /// - Parameters:
    ///   - url: the absolute URL of the event's page (also the online location's URL).
    ///   - place: the host place, when the event has one.
    ///   - organizer: the organising organisation, when known.
    public static func event(_ event: Event, url: String, place: PlaceRef?, organizer: Link?) -> String {
        var locations: [JSONLD] = []
        if let place { locations.append(placeNode(place, brief: true)) }
        if event.isOnline { locations.append(.node([("@type", .string("VirtualLocation")), ("url", .string(url))])) }
        let mode = switch (place != nil, event.isOnline) {
        case (true, true): "MixedEventAttendanceMode"
        case (false, true): "OnlineEventAttendanceMode"
        default: "OfflineEventAttendanceMode"
        }
        let (start, end) = dates(EventTiming(event))
        return document("Event", [
            ("name", .string(event.title)),
            ("url", .string(url)),
            ("description", .text(event.summary)),
            ("startDate", .string(start)),
            ("endDate", .text(end)),
            ("eventAttendanceMode", .string("https://schema.org/\(mode)")),
            ("location", locations.count == 1 ? locations[0] : .array(locations)),
            ("organizer", organizer.map(organizationNode)),
            ("maximumAttendeeCapacity", event.capacity.map(JSONLD.integer)),
        ])
    }

    /// A `NewsArticle` (news and press releases) or an `Article` (everything else).
    ///
    /// - Parameters:
    ///   - about: names of the article's themes.
    ///   - organizations: organisations the hub knows; an author whose name matches one (ignoring case) is
    ///     written as that `Organization`, every other author as a `Person`.
    ///   - publisher: the site itself.
    public static func article(_ article: Article, url: String, about: [String], organizations: [Link] = [],
                               publisher: Link) -> String {
        let type = article.kind == .news || article.kind == .pressRelease ? "NewsArticle" : "Article"
        let authors: [JSONLD] = article.authors.filter { !$0.isEmpty }.map { name in
            if let known = organizations.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
                return organizationNode(known)
            }
            return .node([("@type", .string("Person")), ("name", .string(name))])
        }
        return document(type, [
            ("headline", .string(article.title)),
            ("url", .string(url)),
            ("mainEntityOfPage", .string(url)),
            ("description", .text(article.summary)),
            // Left out, not guessed, when the source gives no date.
            ("datePublished", article.publishedOn.map { .string($0.description) }),
            ("author", .array(authors)),
            ("about", .array(about.map(topic))),
            ("publisher", organizationNode(publisher)),
        ])
    }

    /// A document: the node with `@context` first, serialised.
    static func document(_ type: String, _ pairs: [(String, JSONLD?)]) -> String {
        JSONLD.node([("@context", .string("https://schema.org")), ("@type", .string(type))] + pairs).serialized
    }

    static func organizationNode(_ link: Link) -> JSONLD {
        .node([("@type", .string("Organization")), ("name", .string(link.name)), ("url", .text(link.url))])
    }

    static func topic(_ name: String) -> JSONLD {
        .node([("@type", .string("Thing")), ("name", .string(name))])
    }

    /// The `startDate` and `endDate` texts; the end is nil for a timed event without a usable end.
    private static func dates(_ timing: EventTiming) -> (String, String?) {
        switch timing {
        case .allDay(let first, let last):
            (first.description, last.description)
        case .timed(let start, let end, let zone):
            (EventTiming.iso8601(start, zone: zone), end.map { EventTiming.iso8601($0, zone: zone) })
        }
    }
}
