import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// Builds the view model of every page from the database. One instance per request: it carries the
/// request's language, query and today's date, so the builders stay plain functions of their inputs.
struct Pages {
    let db: any SQLDatabase
    let searchFacts: SearchFactsCache
    let info: RequestInfo
    let reference: ReferenceData.Snapshot
    let today: Day
    let counts: CountCache
    /// The site's public address without a trailing slash, for the absolute URLs of feeds and linked data.
    var baseURL: String = AppEnvironment.defaultPublicURL

    var t: Catalog { info.catalog }
    var format: Formatter { Formatter(catalog: info.catalog) }

    // MARK: Filters read from the query

    /// `theme=` must name an existing theme.
    func themeFilter() throws -> Theme? {
        guard let slug = info.string("theme") else { return nil }
        guard let theme = reference.themesBySlug[slug.lowercased()] else {
            throw WebError.badRequest("There is no theme '\(slug.prefix(60))'. The list of themes is at \(SiteURL.themes.path).")
        }
        return theme
    }

    /// `country=` must be the ISO alpha-2 code of a known country.
    func countryFilter() throws -> Country? {
        guard let code = info.string("country") else { return nil }
        guard let country = reference.countriesByCode[code.uppercased()] else {
            throw WebError.badRequest("There is no country with the ISO code '\(code.prefix(20))'. Use a two-letter code such as FR or BR.")
        }
        return country
    }

    func pageRequest() throws -> PageRequest {
        PageRequest(number: try info.page(), size: PageRequest.defaultSize)
    }

    // MARK: Filter fields

    func themeField(selected: Theme?) -> FilterField {
        FilterField(name: "theme", label: t[.fieldTheme],
                    options: [],
                    selected: selected?.slug, optionsHTML: reference.themeOptionsHTML[t.language])
    }

    func countryField(selected: Country?) -> FilterField {
        FilterField(name: "country", label: t[.fieldCountry],
                    options: [], selected: selected?.iso2,
                    optionsHTML: reference.countryOptionsHTML)
    }

    func choiceField<E: RawRepresentable & CaseIterable>(_ name: String, label: String, group: String,
                                                         _ type: E.Type, selected: E?) -> FilterField where E.RawValue == String {
        FilterField(name: name, label: label, options: E.allCases.map { ($0.rawValue, t.label(group, $0.rawValue)) },
                    selected: selected?.rawValue)
    }

    func yearField(selected: Int?, years: ClosedRange<Int>) -> FilterField {
        FilterField(name: "year", label: t[.fieldYear], options: years.reversed().map { (String($0), String($0)) },
                    selected: selected.map(String.init))
    }

    // MARK: Pagination

    func pagination<T>(_ page: Page<T>, url: SiteURL) -> Pagination? {
        guard page.pageCount > 1 else { return nil }
        func link(_ number: Int) -> String {
            var query = info.query.filter { $0.key != "page" && $0.key != "lang" }.sorted { $0.key < $1.key }
                .map { ($0.key, Optional($0.value)) }
            if number > 1 { query.append(("page", String(number))) }
            return url.with(query: query)
        }
        return Pagination(summary: t.format(.pageOf, String(page.request.number), String(page.pageCount)),
                          previous: page.hasPrevious ? link(page.request.number - 1) : nil,
                          next: page.hasNext ? link(page.request.number + 1) : nil)
    }

    func count<T>(_ page: Page<T>) -> String {
        t.format(.resultsCount, format.integer(page.total))
    }

    // MARK: Names

    func themeLinks(_ slugs: [String]) -> [Inline] {
        let themes = slugs.compactMap { reference.themesBySlug[$0] }
        return joined(themes.map { .link($0.name(language: t.language.rawValue), SiteURL.theme($0.slug)) })
    }

    func themeNames(_ slugs: [String]) -> String {
        slugs.compactMap { reference.themesBySlug[$0]?.name(language: t.language.rawValue) }.joined(separator: ", ")
    }

    func placeLabel(_ place: Place) -> String {
        let country = reference.countriesByCode[place.countryCode]?.name ?? place.countryCode
        return "\(place.name), \(country)"
    }

    func joined(_ parts: [Inline]) -> [Inline] {
        var result: [Inline] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(.text(", ")) }
            result.append(part)
        }
        return result
    }
}
