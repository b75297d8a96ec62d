import PeerpolisDomain
import PeerpolisStorage

/// `GET /api/v1/{collection}`: the same filters as the HTML lists (read by the same functions), pages of
/// up to 100. Unknown query parameters are ignored, as on the HTML pages, so a link with tracking
/// parameters still works; a known parameter with a bad value is a 400 that says what to send instead.
extension Pages {
    func apiPlaces() async throws -> APIv1.List<APIv1.Place> {
        let filter = try placeFilter()
        let order = try info.choice("sort", PlaceOrder.self) ?? .largestFirst
        let key = countKey(filter)
        let cachedTotal = counts.total(for: key)
        let page = try await Place.fetchPage(filter, page: try apiPageRequest(), order: order, knownTotal: cachedTotal, on: db)
        if cachedTotal == nil { counts.store(page.total, for: key) }
        // A page's places share one or a few countries: each reference is built once, not once per place.
        var countryRefs: [String: APIv1.Ref?] = [:]
        return apiList(page, url: .places) { place in
            if countryRefs[place.countryCode] == nil { countryRefs[place.countryCode] = .some(country(place.countryCode).map(ref)) }
            return dto(place, country: countryRefs[place.countryCode] ?? nil)
        }
    }

    /// Every place the filters match, in the list's order, for downloads: read in keyset chunks of 1,000.
    func apiAllPlaces() async throws -> [APIv1.Place] {
        let filter = try placeFilter()
        let order = try info.choice("sort", PlaceOrder.self) ?? .largestFirst
        var items: [APIv1.Place] = []
        var last: PeerpolisDomain.Place?
        while true {
            let chunk = try await Place.fetchChunk(filter, order: order, after: last, limit: 1000, on: db)
            items += chunk.map(dto)
            guard chunk.count == 1000 else { return items }
            last = chunk.last
        }
    }

    func apiCountries() throws -> APIv1.List<APIv1.Country> {
        let continent = try continentFilter()
        let countries = reference.countries.filter { continent == nil || $0.continent == continent }
        return apiList(slice(countries, try apiPageRequest()), url: .countries, dto)
    }

    /// Themes in taxonomy order; `parent=` keeps the sub-themes of one theme, `parent=none` the top level.
    func apiThemes() throws -> APIv1.List<APIv1.Theme> {
        var themes = reference.themes
        if let parent = info.string("parent")?.lowercased() {
            if parent == "none" {
                themes = themes.filter(\.isTopLevel)
            } else {
                guard reference.themesBySlug[parent] != nil else {
                    throw WebError.badRequest("There is no theme '\(parent.prefix(60))'. Use a theme slug from /api/v1/themes, or 'none' for top-level themes.")
                }
                themes = themes.filter { $0.parentSlug == parent }
            }
        }
        return apiList(slice(themes, try apiPageRequest()), url: .themes, dto)
    }

    func apiOrganizations() async throws -> APIv1.List<APIv1.Organization> {
        let kind = try organizationKindFilter()
        let request = try apiPageRequest()
        let organizations = try await Organization.fetchAll(on: db).filter { kind == nil || $0.kind == kind }
        return apiList(slice(organizations, request), url: .organizations, dto)
    }

    func apiNetworks() async throws -> APIv1.List<APIv1.Network> {
        let page = try await Network.fetchPage(try networkFilter(), today: today, page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .networks) { dto($0, lookup) }
    }

    func apiCooperations() async throws -> APIv1.List<APIv1.Cooperation> {
        let page = try await Cooperation.fetchPage(try cooperationFilter(), page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .cooperations) { dto($0, lookup) }
    }

    func apiPractices() async throws -> APIv1.List<APIv1.Practice> {
        let page = try await GoodPractice.fetchPage(try practiceFilter(), page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .practices) { dto($0, lookup) }
    }

    /// Without `when=`, every event newest first; `when=upcoming` soonest first, `when=past` latest first.
    func apiEvents() async throws -> APIv1.List<APIv1.Event> {
        let page = try await Event.fetchPage(try eventFilter(), today: today, page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .events) { dto($0, lookup) }
    }

    func apiArticles() async throws -> APIv1.List<APIv1.Article> {
        let page = try await Article.fetchPage(try articleFilter(), page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .articles) { dto($0, lookup) }
    }

    func apiCalls() async throws -> APIv1.List<APIv1.Call> {
        let page = try await Call.fetchPage(try callFilter(), today: today, page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .calls) { dto($0, lookup) }
    }

    func apiPledges() async throws -> APIv1.List<APIv1.Pledge> {
        let page = try await Pledge.fetchPage(try pledgeFilter(), page: try apiPageRequest(), on: db)
        let lookup = try await APILookup.load(page.items, on: db) { $0.add($1) }
        return apiList(page, url: .pledges) { dto($0, lookup) }
    }
}
