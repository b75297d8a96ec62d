/// Every page of the site. Links are built from this enum only, and the route table registers the same
/// paths, so a link cannot point at a route that does not exist.
public enum SiteURL: Hashable, Sendable {
    case home
    case places, place(String)
    case countries, country(String)
    case themes, theme(String)
    case organizations, organization(String)
    case networks, network(String)
    case cooperations, cooperation(String)
    case practices, practice(String)
    case events, event(String)
    case articles, article(String)
    case calls, call(String)
    case pledges, pledge(String)
    case search, suggest
    case apiSearch, apiSuggest
    case about
    case healthz
    /// Articles as Atom or RSS, all or those of one theme, place, network or organization.
    case articleFeed(FeedScope, FeedFormat)
    /// Events as Atom, RSS or iCalendar, all or those of one theme, place, network or organization.
    case eventFeed(FeedScope, FeedFormat)
    /// One event as an iCalendar file.
    case eventCalendar(String)
    /// A whole list (`.places`, `.events`…) as a CSV or JSON file, with the list's filters as the query.
    indirect case download(SiteURL, DownloadFormat)
    case openAPI, sitemap, robots
    /// Partner matching (issue 4).
    case placePartners(String), callConsortium(String), partnerSearch, partnerSearchPost(String)
    case apiMatches, apiConsortium(String), apiPartnerSearch
    /// Accounts (issue 6).
    case signIn, signUp, signOut, passwordForgot, passwordReset
    /// Contributions (issue 6): a place's profile editor and partner-search posts; role administration.
    case placeEdit(String), placePostNew(String), partnerSearchPostEdit(String), partnerSearchPostClose(String)
    case pledgeProgress(String), experts, expertContact(Int), placeContact(String), postContact(String)
    case callApply(String), callApplications(String), application(Int), applicationReview(Int)
    case callNew, callNewFor(String), callEdit(String), callDelete(String)
    case articleNew, articleNewFor(String), articleEdit(String), articleDelete(String)
    case eventNew, eventNewFor(String), eventEdit(String), eventDelete(String), draft(Int), draftDelete(Int), accountDrafts
    case networkNew, networkNewFor(String), networkEdit(String), networkDelete(String)
    case cooperationNew, cooperationNewFor(String), cooperationEdit(String), cooperationDelete(String)
    case organizationNew, organizationEdit(String), organizationDelete(String)
    case adminRoles, adminRoleRevoke(Int)
    /// Event registration (issue 6): one's own seat, the organizer's attendee list, and the calendar of the
    /// events one holds a seat at, for the signed-in account or by a secret address for calendar apps.
    case eventRegister(String), eventCancel(String), eventAttendees(String)
    case accountEventsCalendar, privateEventsCalendar(String)
    /// The signed-in account's API tokens, and revoking one.
    case account, accountTokens, accountTokenRevoke(Int), adminTokens
    /// Choosing the language the hub writes to one in.
    case accountLanguage
    /// Places' editors: good practices, their transfers, and pledges.
    case practiceNew, practiceNewFor(String), practiceEdit(String), practiceDelete(String)
    case practiceTransferNew(String), practiceTransfers(String), transferEdit(Int), transferDelete(Int)
    case pledgeNew, pledgeNewFor(String), pledgeEdit(String), pledgeDelete(String)

    /// The path, with slugs percent-encoded (slugs are ASCII already; this guards against anything else).
    public var path: String {
        switch self {
        case .home: "/"
        case .places: "/places"
        case .place(let slug): "/places/\(Self.encode(slug))"
        case .countries: "/countries"
        case .country(let iso2): "/countries/\(Self.encode(iso2.lowercased()))"
        case .themes: "/themes"
        case .theme(let slug): "/themes/\(Self.encode(slug))"
        case .organizations: "/organizations"
        case .organization(let slug): "/organizations/\(Self.encode(slug))"
        case .networks: "/networks"
        case .network(let slug): "/networks/\(Self.encode(slug))"
        case .cooperations: "/cooperations"
        case .cooperation(let slug): "/cooperations/\(Self.encode(slug))"
        case .practices: "/practices"
        case .practice(let slug): "/practices/\(Self.encode(slug))"
        case .events: "/events"
        case .event(let slug): "/events/\(Self.encode(slug))"
        case .articles: "/articles"
        case .article(let slug): "/articles/\(Self.encode(slug))"
        case .calls: "/calls"
        case .call(let slug): "/calls/\(Self.encode(slug))"
        case .pledges: "/pledges"
        case .pledge(let slug): "/pledges/\(Self.encode(slug))"
        case .search: "/search"
        case .suggest: "/search/suggest"
        case .apiSearch: "/api/v1/search"
        case .apiSuggest: "/api/v1/suggest"
        case .about: "/about"
        case .healthz: "/healthz"
        case .articleFeed(let scope, let format): scope.prefix + "/articles." + format.rawValue
        case .eventFeed(let scope, let format): scope.prefix + "/events." + format.rawValue
        case .eventCalendar(let slug): "/events/\(Self.encode(slug)).ics"
        case .download(let list, let format): list.path + "." + format.rawValue
        case .openAPI: "/openapi.json"
        case .sitemap: "/sitemap.xml"
        case .robots: "/robots.txt"
        case .placePartners(let slug): "/places/\(Self.encode(slug))/partners"
        case .callConsortium(let slug): "/calls/\(Self.encode(slug))/consortium"
        case .partnerSearch: "/partner-search"
        case .partnerSearchPost(let slug): "/partner-search/\(Self.encode(slug))"
        case .apiMatches: "/api/v1/matches"
        case .apiConsortium(let slug): "/api/v1/calls/\(Self.encode(slug))/consortium"
        case .apiPartnerSearch: "/api/v1/partner-search"
        case .signIn: "/sign-in"
        case .signUp: "/sign-up"
        case .signOut: "/sign-out"
        case .passwordForgot: "/password/forgot"
        case .passwordReset: "/password/reset"
        case .placeEdit(let slug): "/places/\(Self.encode(slug))/edit"
        case .placePostNew(let slug): "/places/\(Self.encode(slug))/partner-search/new"
        case .partnerSearchPostEdit(let slug): "/partner-search/\(Self.encode(slug))/edit"
        case .partnerSearchPostClose(let slug): "/partner-search/\(Self.encode(slug))/close"
        case .pledgeProgress(let slug): "/pledges/\(Self.encode(slug))/progress"
        case .experts: "/experts"
        case .articleNew: "/articles/new"
        case .articleNewFor(let slug): "/articles/new?organizer=\(Self.encode(slug))"
        case .articleEdit(let slug): "/articles/\(Self.encode(slug))/edit"
        case .articleDelete(let slug): "/articles/\(Self.encode(slug))/delete"
        case .callNew: "/calls/new"
        case .callNewFor(let slug): "/calls/new?organizer=\(Self.encode(slug))"
        case .callEdit(let slug): "/calls/\(Self.encode(slug))/edit"
        case .callDelete(let slug): "/calls/\(Self.encode(slug))/delete"
        case .eventNew: "/events/new"
        case .eventNewFor(let slug): "/events/new?organizer=\(Self.encode(slug))"
        case .eventEdit(let slug): "/events/\(Self.encode(slug))/edit"
        case .eventDelete(let slug): "/events/\(Self.encode(slug))/delete"
        case .networkNew: "/networks/new"
        case .networkNewFor(let slug): "/networks/new?organizer=\(Self.encode(slug))"
        case .networkEdit(let slug): "/networks/\(Self.encode(slug))/edit"
        case .networkDelete(let slug): "/networks/\(Self.encode(slug))/delete"
        case .cooperationNew: "/cooperations/new"
        case .cooperationNewFor(let slug): "/cooperations/new?organizer=\(Self.encode(slug))"
        case .cooperationEdit(let slug): "/cooperations/\(Self.encode(slug))/edit"
        case .cooperationDelete(let slug): "/cooperations/\(Self.encode(slug))/delete"
        case .organizationNew: "/organizations/new"
        case .organizationEdit(let slug): "/organizations/\(Self.encode(slug))/edit"
        case .organizationDelete(let slug): "/organizations/\(Self.encode(slug))/delete"
        case .draft(let id): "/drafts/\(id)"
        case .draftDelete(let id): "/drafts/\(id)/delete"
        case .accountDrafts: "/account/drafts"
        case .callApply(let slug): "/calls/\(Self.encode(slug))/apply"
        case .callApplications(let slug): "/calls/\(Self.encode(slug))/applications"
        case .application(let id): "/applications/\(id)"
        case .applicationReview(let id): "/applications/\(id)/review"
        case .expertContact(let id): "/experts/\(id)/contact"
        case .placeContact(let slug): "/places/\(Self.encode(slug))/contact"
        case .postContact(let slug): "/partner-search/\(Self.encode(slug))/contact"
        case .adminRoles: "/admin/roles"
        case .adminRoleRevoke(let id): "/admin/roles/\(id)/revoke"
        case .eventRegister(let slug): "/events/\(Self.encode(slug))/register"
        case .eventCancel(let slug): "/events/\(Self.encode(slug))/cancel"
        case .eventAttendees(let slug): "/events/\(Self.encode(slug))/attendees.csv"
        case .accountEventsCalendar: "/account/events.ics"
        case .privateEventsCalendar(let token): "/calendars/\(Self.encode(token)).ics"
        case .account: "/account"
        case .accountTokens: "/account/tokens"
        case .accountTokenRevoke(let id): "/account/tokens/\(id)/revoke"
        case .adminTokens: "/admin/tokens"
        case .accountLanguage: "/account/language"
        case .practiceNew: "/practices/new"
        case .practiceNewFor(let slug): "/practices/new?place=\(Self.encode(slug))"
        case .practiceEdit(let slug): "/practices/\(Self.encode(slug))/edit"
        case .practiceDelete(let slug): "/practices/\(Self.encode(slug))/delete"
        case .practiceTransferNew(let slug): "/practices/\(Self.encode(slug))/transfers/new"
        case .practiceTransfers(let slug): "/practices/\(Self.encode(slug))/transfers"
        case .transferEdit(let id): "/transfers/\(id)/edit"
        case .transferDelete(let id): "/transfers/\(id)/delete"
        case .pledgeNew: "/pledges/new"
        case .pledgeNewFor(let slug): "/pledges/new?place=\(Self.encode(slug))"
        case .pledgeEdit(let slug): "/pledges/\(Self.encode(slug))/edit"
        case .pledgeDelete(let slug): "/pledges/\(Self.encode(slug))/delete"
        }
    }

    /// The path with a query string; pairs with a nil or empty value are left out.
    public func with(query: [(String, String?)]) -> String {
        let pairs = query.compactMap { key, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return "\(Self.encode(key))=\(Self.encode(value))"
        }
        return pairs.isEmpty ? path : path + "?" + pairs.joined(separator: "&")
    }

    static func encode(_ text: String) -> String {
        // Slugs and codes, nearly every call, need no escape: return them without building a new string.
        if text.utf8.allSatisfy(isUnreserved) { return text }
        var out = ""
        for byte in text.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = Array("0123456789ABCDEF")
                out += "%\(hex[Int(byte >> 4)])\(hex[Int(byte & 0xF)])"
            }
        }
        return out
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
             UInt8(ascii: "~"): true
        default: false
        }
    }
}

/// Whose entries a feed holds.
public enum FeedScope: Hashable, Sendable {
    case all
    case theme(String), place(String), network(String), organization(String)

    /// The path the feed's file name is appended to: empty for the site-wide feeds.
    var prefix: String {
        switch self {
        case .all: ""
        case .theme(let slug): SiteURL.theme(slug).path
        case .place(let slug): SiteURL.place(slug).path
        case .network(let slug): SiteURL.network(slug).path
        case .organization(let slug): SiteURL.organization(slug).path
        }
    }
}

/// The file formats of feeds; the raw value is the file extension.
public enum FeedFormat: String, Hashable, Sendable, CaseIterable {
    case atom, rss, ics
}

/// The file formats of list downloads; the raw value is the file extension.
public enum DownloadFormat: String, Hashable, Sendable, CaseIterable {
    case csv, json
}
