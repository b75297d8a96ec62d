import PeerpolisDomain

extension APIv1 {
    /// A city, metropolitan area or region, identified by its GeoNames id.
    struct Place: Codable, Sendable {
        var slug: String
        var name: String
        var asciiName: String
        var alternateNames: [String]
        var kind: String
        var sizeClass: String
        var population: Int
        var latitude: Double
        var longitude: Double
        var timeZone: String
        var admin1Code: String?
        var geonamesId: Int
        var geonamesUri: String
        var country: Ref?
        var links: Links
    }

    /// A country with its ISO 3166 codes.
    struct Country: Codable, Sendable {
        var slug: String
        var name: String
        var iso2: String
        var iso3: String
        var isoNumeric: String
        var continent: String
        var isEuMember: Bool
        var languages: [String]
        var capital: String?
        var population: Int?
        var geonamesId: Int?
        var links: Links
    }

    /// A theme of cooperation; top-level themes have no parent.
    struct Theme: Codable, Sendable {
        var slug: String
        var name: String
        var nameFr: String?
        var description: String
        var sdgs: [Int]
        var parent: Ref?
        var links: Links
    }

    /// A programme, network of cities, association or agency.
    struct Organization: Codable, Sendable {
        var slug: String
        var name: String
        var kind: String
        var website: String?
        var summary: String
        var links: Links
    }
}

extension Pages {
    func ref(_ place: PeerpolisDomain.Place) -> APIv1.Ref {
        APIv1.Ref(slug: place.slug, name: place.name, links: SiteURL.place(place.slug).links)
    }
    func ref(_ country: PeerpolisDomain.Country) -> APIv1.Ref {
        APIv1.Ref(slug: country.slug, name: country.name, links: SiteURL.country(country.iso2).links)
    }
    func ref(_ theme: PeerpolisDomain.Theme) -> APIv1.Ref {
        APIv1.Ref(slug: theme.slug, name: theme.name, links: SiteURL.theme(theme.slug).links)
    }
    func ref(_ organization: PeerpolisDomain.Organization) -> APIv1.Ref {
        APIv1.Ref(slug: organization.slug, name: organization.name, links: SiteURL.organization(organization.slug).links)
    }
    func themeRefs(_ slugs: [String]) -> [APIv1.Ref] { slugs.compactMap { theme($0) }.map(ref) }

    func dto(_ place: PeerpolisDomain.Place) -> APIv1.Place {
        dto(place, country: country(place.countryCode).map(ref))
    }

    func dto(_ place: PeerpolisDomain.Place, country: APIv1.Ref?) -> APIv1.Place {
        APIv1.Place(slug: place.slug, name: place.name, asciiName: place.asciiName, alternateNames: place.alternateNames,
                    kind: place.kind.rawValue, sizeClass: place.sizeClass.rawValue, population: place.population,
                    latitude: place.latitude, longitude: place.longitude, timeZone: place.timeZone,
                    admin1Code: place.admin1Code, geonamesId: place.id, geonamesUri: place.geonamesURI,
                    country: country, links: SiteURL.place(place.slug).links)
    }

    func dto(_ country: PeerpolisDomain.Country) -> APIv1.Country {
        APIv1.Country(slug: country.slug, name: country.name, iso2: country.iso2, iso3: country.iso3,
                      isoNumeric: country.isoNumeric, continent: country.continent.rawValue,
                      isEuMember: country.isEUMember, languages: country.languages, capital: country.capital,
                      population: country.population, geonamesId: country.geonameID,
                      links: SiteURL.country(country.iso2).links)
    }

    func dto(_ theme: PeerpolisDomain.Theme) -> APIv1.Theme {
        APIv1.Theme(slug: theme.slug, name: theme.name, nameFr: theme.nameFr, description: theme.description,
                    sdgs: theme.sdgs, parent: self.theme(theme.parentSlug).map(ref), links: SiteURL.theme(theme.slug).links)
    }

    func dto(_ organization: PeerpolisDomain.Organization) -> APIv1.Organization {
        APIv1.Organization(slug: organization.slug, name: organization.name, kind: organization.kind.rawValue,
                           website: organization.website, summary: organization.summary,
                           links: SiteURL.organization(organization.slug).links)
    }
}
