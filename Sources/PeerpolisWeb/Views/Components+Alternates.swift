import Plot

extension Components {
    /// The "Follow" (feeds, calendars) and "Download" (CSV, JSON) links of a page, visible so that people
    /// who do not know about `<link rel="alternate">` find them too.
    static func alternates(_ links: [AlternateLink], catalog t: Catalog) -> Node<HTML.BodyContext> {
        let feeds = links.filter(\.isFeed), downloads = links.filter { !$0.isFeed }
        func line(_ label: String, _ links: [AlternateLink]) -> Node<HTML.BodyContext> {
            links.isEmpty ? .empty : .p(.class("meta alternates"), .safe(label), .safe(": "),
                                       .forEach(links.enumerated()) { index, link in
                                           .group(index > 0 ? .safe(" · ") : .empty,
                                                  .a(.href(attribute(link.href)), .attribute(named: "type", value: attribute(link.type)),
                                                     .safe(link.title)))
                                       })
        }
        return .group(line(t[.followLabel], feeds), line(t[.downloadLabel], downloads))
    }
}
