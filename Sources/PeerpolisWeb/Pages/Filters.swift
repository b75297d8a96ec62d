import PeerpolisDomain
import PeerpolisStorage

/// The filters of every list, read from the query once, so the HTML lists, the JSON API and the downloads
/// accept the same parameters and refuse the same bad values with the same sentences.
extension Pages {
    func placeFilter() throws -> PlaceFilter {
        PlaceFilter(countryCode: try countryFilter()?.iso2, sizeClass: try info.choice("size", SizeClass.self),
                    kind: try info.choice("kind", PlaceKind.self),
                    namePrefix: info.string("name").map { String($0.prefix(100)) })
    }

    /// The key under which a place filter's total is cached.
    func countKey(_ filter: PlaceFilter) -> String {
        "places|\(filter.countryCode ?? "")|\(filter.sizeClass?.rawValue ?? "")|\(filter.kind?.rawValue ?? "")|\(filter.namePrefix ?? "")"
    }

    func continentFilter() throws -> Continent? {
        guard let text = info.string("continent") else { return nil }
        guard let value = Continent(rawValue: text.uppercased()) else {
            let allowed = Continent.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError.badRequest("'\(text.prefix(40))' is not a valid continent. Use one of: \(allowed).")
        }
        return value
    }

    func organizationKindFilter() throws -> OrganizationKind? {
        try info.choice("kind", OrganizationKind.self)
    }

    func networkFilter() throws -> NetworkFilter {
        NetworkFilter(themeSlug: try themeFilter()?.slug, kind: try info.choice("kind", NetworkKind.self),
                      status: try info.choice("status", LifecycleStatus.self))
    }

    func cooperationFilter() throws -> CooperationFilter {
        CooperationFilter(themeSlug: try themeFilter()?.slug, countryCode: try countryFilter()?.iso2, year: try info.year())
    }

    func practiceFilter() throws -> PracticeFilter {
        PracticeFilter(themeSlug: try themeFilter()?.slug, countryCode: try countryFilter()?.iso2)
    }

    func eventFilter() throws -> EventFilter {
        EventFilter(themeSlug: try themeFilter()?.slug, kind: try info.choice("kind", EventKind.self),
                    year: try info.year(), countryCode: try countryFilter()?.iso2,
                    when: try info.choice("when", EventFilter.When.self))
    }

    func articleFilter() throws -> ArticleFilter {
        ArticleFilter(themeSlug: try themeFilter()?.slug, kind: try info.choice("kind", ArticleKind.self),
                      year: try info.year(), countryCode: try countryFilter()?.iso2)
    }

    func callFilter() throws -> CallFilter {
        CallFilter(status: try info.choice("status", CallStatus.self), themeSlug: try themeFilter()?.slug,
                   year: try info.year())
    }

    func pledgeFilter() throws -> PledgeFilter {
        PledgeFilter(countryCode: try countryFilter()?.iso2)
    }

    func theme(_ slug: String?) -> Theme? { slug.flatMap { reference.themesBySlug[$0] } }
    func country(_ code: String?) -> Country? { code.flatMap { reference.countriesByCode[$0] } }
}
