import PeerpolisDomain

extension APIv1 {
    /// A study visit, meeting, academy, forum or webinar. Days and times are local to `timeZone`.
    struct Event: Codable, Sendable {
        var slug: String
        var title: String
        var kind: String
        var startDate: String
        var endDate: String
        /// `HH:MM`; nil for an all-day event.
        var startTime: String?
        var endTime: String?
        var timeZone: String
        var isOnline: Bool
        var capacity: Int?
        var registrationDeadline: String?
        var summary: String
        var host: Ref?
        var organizer: Ref?
        var network: Ref?
        var themes: [Ref]
        var links: Links
        /// The event as an iCalendar file.
        var ical: String
    }

    /// News, a case study, a publication, an opinion piece or a press release.
    struct Article: Codable, Sendable {
        var slug: String
        var title: String
        var kind: String
        var authors: [String]
        var publishedOn: String?
        var summary: String
        /// Markdown.
        var body: String
        var readingMinutes: Int
        var themes: [Ref]
        var places: [Ref]
        var networks: [Ref]
        var organizations: [Ref]
        var events: [Ref]
        var links: Links
    }

    /// The eligibility rules of a call; nil or empty means the call sets no such rule.
    struct Rules: Codable, Sendable {
        var minPartners: Int?
        var maxPartners: Int?
        var minCountries: Int?
        var maxPerCountry: Int?
        var requiredContinents: [String]
        var requiredRegions: [String]
    }

    /// A call for proposals or applications.
    struct Call: Codable, Sendable {
        var slug: String
        var title: String
        var status: String?
        var opensOn: String?
        var closesOn: String?
        var summary: String
        var rules: Rules
        var organization: Ref?
        var themes: [Ref]
        var links: Links
    }

    /// A dated report of progress on a pledge.
    struct Progress: Codable, Sendable {
        var date: String
        var note: String
        var amount: Double?
        var quantity: Double?
    }

    /// A place's public commitment under a framework.
    struct Pledge: Codable, Sendable {
        var slug: String
        var title: String
        var framework: String
        var principles: [String]
        var amount: Double?
        var currency: String?
        var quantity: Double?
        var unit: String?
        var startDate: String?
        var endDate: String?
        var summary: String
        var progressRatio: Double?
        var progress: [Progress]
        var place: Ref?
        var organization: Ref?
        var links: Links
    }
}

extension Pages {
    func ref(_ event: PeerpolisDomain.Event) -> APIv1.Ref {
        APIv1.Ref(slug: event.slug, name: event.title, links: SiteURL.event(event.slug).links)
    }

    func dto(_ event: PeerpolisDomain.Event, _ lookup: APILookup) -> APIv1.Event {
        APIv1.Event(slug: event.slug, title: event.title, kind: event.kind.rawValue, startDate: event.startDate.description,
                    endDate: event.endDate.description, startTime: event.startTime, endTime: event.endTime,
                    timeZone: event.timeZone, isOnline: event.isOnline, capacity: event.capacity,
                    registrationDeadline: event.registrationDeadline?.description, summary: event.summary,
                    host: event.hostPlaceID.flatMap { lookup.places[$0] }.map(ref),
                    organizer: event.organizerID.flatMap { lookup.organizations[$0] }.map(ref),
                    network: event.networkID.flatMap { lookup.networks[$0] }.map(ref),
                    themes: themeRefs(event.themeSlugs), links: SiteURL.event(event.slug).links,
                    ical: SiteURL.eventCalendar(event.slug).path)
    }

    func dto(_ article: PeerpolisDomain.Article, _ lookup: APILookup) -> APIv1.Article {
        APIv1.Article(slug: article.slug, title: article.title, kind: article.kind.rawValue, authors: article.authors,
                      publishedOn: article.publishedOn?.description, summary: article.summary, body: article.body,
                      readingMinutes: article.statedReadingMinutes ?? article.readingMinutes,
                      themes: themeRefs(article.themeSlugs),
                      places: article.placeIDs.compactMap { lookup.places[$0] }.map(ref),
                      networks: article.networkIDs.compactMap { lookup.networks[$0] }.map(ref),
                      organizations: article.organizationIDs.compactMap { lookup.organizations[$0] }.map(ref),
                      events: article.eventIDs.compactMap { lookup.events[$0] }.map(ref),
                      links: SiteURL.article(article.slug).links)
    }

    func dto(_ call: PeerpolisDomain.Call, _ lookup: APILookup) -> APIv1.Call {
        let rules = call.rules
        return APIv1.Call(slug: call.slug, title: call.title, status: call.status(today: today)?.rawValue,
                          opensOn: call.opensOn?.description, closesOn: call.closesOn?.description, summary: call.summary,
                          rules: APIv1.Rules(minPartners: rules.minPartners, maxPartners: rules.maxPartners,
                                             minCountries: rules.minCountries, maxPerCountry: rules.maxPerCountry,
                                             requiredContinents: rules.requiredContinents.map(\.rawValue),
                                             requiredRegions: rules.requiredRegions),
                          organization: lookup.organizations[call.organizationID].map(ref),
                          themes: themeRefs(call.themeSlugs), links: SiteURL.call(call.slug).links)
    }

    func dto(_ pledge: PeerpolisDomain.Pledge, _ lookup: APILookup) -> APIv1.Pledge {
        APIv1.Pledge(slug: pledge.slug, title: pledge.title, framework: pledge.framework, principles: pledge.principles,
                     amount: pledge.amount, currency: pledge.currency, quantity: pledge.quantity, unit: pledge.unit,
                     startDate: pledge.startDate?.description, endDate: pledge.endDate?.description,
                     summary: pledge.summary, progressRatio: pledge.progressRatio,
                     progress: pledge.progress.map { APIv1.Progress(date: $0.date.description, note: $0.note, amount: $0.amount, quantity: $0.quantity) },
                     place: lookup.places[pledge.placeID].map(ref),
                     organization: pledge.organizationID.flatMap { lookup.organizations[$0] }.map(ref),
                     links: SiteURL.pledge(pledge.slug).links)
    }
}
