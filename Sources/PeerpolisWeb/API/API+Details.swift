import PeerpolisDomain
import PeerpolisStorage

/// `GET /api/v1/{collection}/{slug}`: the resource as in its list, plus what points at it, grouped by
/// collection (at most 100 of each, the most relevant first, as on the HTML page). An unknown slug is a 404.
extension Pages {
    func apiPlace(slug: String) async throws -> APIv1.Detail<APIv1.Place> {
        guard let place = try await Place.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        return APIv1.Detail(data: dto(place), related: try await related(
            networks: NetworkFilter(placeID: place.id), cooperations: CooperationFilter(placeID: place.id),
            practices: PracticeFilter(placeID: place.id), events: EventFilter(hostPlaceID: place.id),
            articles: ArticleFilter(placeID: place.id), pledges: PledgeFilter(placeID: place.id)))
    }

    func apiCountry(iso2: String) async throws -> APIv1.Detail<APIv1.Country> {
        guard let country = reference.countriesByCode[iso2.uppercased()] else { throw WebError.notFound }
        var related = try await self.related(
            cooperations: CooperationFilter(countryCode: country.iso2), practices: PracticeFilter(countryCode: country.iso2),
            events: EventFilter(countryCode: country.iso2), articles: ArticleFilter(countryCode: country.iso2),
            pledges: PledgeFilter(countryCode: country.iso2))
        let places = try await Place.fetchSummaryPage(PlaceFilter(countryCode: country.iso2), page: PageRequest(size: 100), on: db)
        related["places"] = places.items.map { APIv1.Ref(slug: $0.slug, name: $0.name, links: SiteURL.place($0.slug).links) }
        return APIv1.Detail(data: dto(country), related: related)
    }

    func apiTheme(slug: String) async throws -> APIv1.Detail<APIv1.Theme> {
        guard let theme = reference.themesBySlug[slug] else { throw WebError.notFound }
        var related = try await self.related(
            networks: NetworkFilter(themeSlug: slug), cooperations: CooperationFilter(themeSlug: slug),
            practices: PracticeFilter(themeSlug: slug), events: EventFilter(themeSlug: slug),
            articles: ArticleFilter(themeSlug: slug), calls: CallFilter(themeSlug: slug))
        related["subthemes"] = reference.themes.filter { $0.parentSlug == slug }.map(ref)
        return APIv1.Detail(data: dto(theme), related: related)
    }

    func apiOrganization(slug: String) async throws -> APIv1.Detail<APIv1.Organization> {
        guard let organization = try await Organization.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let id = organization.id
        return APIv1.Detail(data: dto(organization), related: try await related(
            networks: NetworkFilter(organizationID: id), cooperations: CooperationFilter(programmeID: id),
            events: EventFilter(organizerID: id), articles: ArticleFilter(organizationID: id),
            calls: CallFilter(organizationID: id), pledges: PledgeFilter(organizationID: id)))
    }

    func apiNetwork(slug: String) async throws -> APIv1.Detail<APIv1.Network> {
        guard let network = try await Network.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([network], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(network, lookup), related: try await related(
            practices: PracticeFilter(networkID: network.id), events: EventFilter(networkID: network.id),
            articles: ArticleFilter(networkID: network.id)))
    }

    func apiCooperation(slug: String) async throws -> APIv1.Detail<APIv1.Cooperation> {
        guard let cooperation = try await Cooperation.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([cooperation], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(cooperation, lookup), related: [:])
    }

    func apiPractice(slug: String) async throws -> APIv1.Detail<APIv1.Practice> {
        guard let practice = try await GoodPractice.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([practice], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(practice, lookup), related: [:])
    }

    func apiEvent(slug: String) async throws -> APIv1.Detail<APIv1.Event> {
        guard let event = try await Event.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([event], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(event, lookup), related: try await related(articles: ArticleFilter(eventID: event.id)))
    }

    func apiArticle(slug: String) async throws -> APIv1.Detail<APIv1.Article> {
        guard let article = try await Article.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([article], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(article, lookup), related: [:])
    }

    func apiCall(slug: String) async throws -> APIv1.Detail<APIv1.Call> {
        guard let call = try await Call.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([call], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(call, lookup), related: [:])
    }

    func apiPledge(slug: String) async throws -> APIv1.Detail<APIv1.Pledge> {
        guard let pledge = try await Pledge.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let lookup = try await APILookup.load([pledge], on: db) { $0.add($1) }
        return APIv1.Detail(data: dto(pledge, lookup), related: [:])
    }

    /// The groups of resources pointing at one resource; groups without a filter are left out, empty ones kept
    /// so a client sees that there are none.
    private func related(networks: NetworkFilter? = nil, cooperations: CooperationFilter? = nil,
                         practices: PracticeFilter? = nil, events: EventFilter? = nil, articles: ArticleFilter? = nil,
                         calls: CallFilter? = nil, pledges: PledgeFilter? = nil) async throws -> [String: [APIv1.Ref]] {
        var result: [String: [APIv1.Ref]] = [:]
        if let networks { result["networks"] = try await Network.fetchAll(networks, today: today, on: db).map(ref) }
        if let cooperations {
            result["cooperations"] = try await Cooperation.fetchAll(cooperations, on: db)
                .map { APIv1.Ref(slug: $0.slug, name: $0.title, links: SiteURL.cooperation($0.slug).links) }
        }
        if let practices {
            result["practices"] = try await GoodPractice.fetchAll(practices, on: db)
                .map { APIv1.Ref(slug: $0.slug, name: $0.title, links: SiteURL.practice($0.slug).links) }
        }
        if let events { result["events"] = try await Event.fetchAll(events, today: today, on: db).map(ref) }
        if let articles {
            result["articles"] = try await Article.fetchAll(articles, on: db)
                .map { APIv1.Ref(slug: $0.slug, name: $0.title, links: SiteURL.article($0.slug).links) }
        }
        if let calls {
            result["calls"] = try await Call.fetchAll(calls, today: today, on: db)
                .map { APIv1.Ref(slug: $0.slug, name: $0.title, links: SiteURL.call($0.slug).links) }
        }
        if let pledges {
            result["pledges"] = try await Pledge.fetchAll(pledges, on: db)
                .map { APIv1.Ref(slug: $0.slug, name: $0.title, links: SiteURL.pledge($0.slug).links) }
        }
        return result
    }
}
