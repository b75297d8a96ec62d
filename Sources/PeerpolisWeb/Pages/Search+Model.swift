import PeerpolisDomain
import PeerpolisStorage

/// The search page: the query, its facets as links that add or remove a filter, and the ranked hits.
struct SearchPageModel: Sendable {
    struct FacetLink: Sendable {
        var label: String
        var count: String
        var href: String
        var isSelected: Bool
    }

    struct FacetGroup: Sendable {
        var heading: String
        var links: [FacetLink]
    }

    struct Hit: Sendable {
        var title: String
        var href: String
        var meta: String
        /// Escaped text with `<mark>` around the matched words.
        var snippetHTML: String
    }

    var title: String
    var query: String
    var summary: String?
    var facets: [FacetGroup]
    var hits: [Hit]
    var pagination: Pagination?
}

/// Reads the search parameters shared by the page and the JSON API.
struct SearchRequest {
    var query: SearchQuery
    var filters: SearchFilters
    var page: PageRequest

    init(_ pages: Pages) throws {
        let info = pages.info
        query = SearchQuery(info.query["q"] ?? "")
        let type = try info.choice("type", EntityType.self)
        let theme = try pages.themeFilter()
        let country = try pages.countryFilter()
        let year = try info.year()
        var status: String?
        if let text = info.string("status") {
            let allowed = Set(LifecycleStatus.allCases.map(\.rawValue) + CallStatus.allCases.map(\.rawValue))
            guard allowed.contains(text.lowercased()) else {
                throw WebError.badRequest("'\(text.prefix(40))' is not a valid status. Use one of: \(allowed.sorted().joined(separator: ", ")).")
            }
            status = text.lowercased()
        }
        filters = SearchFilters(type: type, themeSlug: theme?.slug, countryCode: country?.iso2, year: year, status: status)
        page = PageRequest(number: try info.page(), size: PageRequest.defaultSize)
        let lastPage = SearchIndex.maximumDepth / page.size
        guard page.number <= lastPage else {
            throw WebError.badRequest("Search results go up to page \(lastPage). Add a word or a filter to narrow them down.")
        }
    }
}

extension Pages {
    func search() async throws -> SearchPageModel {
        let request = try SearchRequest(self)
        let results = try await SearchIndex.search(request.query, filters: request.filters, page: request.page,
                                                   today: today, on: db, facts: searchFacts)
        let hits = results.hits.map { hit in
            SearchPageModel.Hit(title: hit.title, href: url(for: hit).path, meta: meta(for: hit),
                                snippetHTML: Self.highlighted(hit.snippet))
        }
        let summary: String? = request.query.isEmpty
            ? t[.searchEmpty]
            : (results.total == 0 ? t.format(.searchNoResults, request.query.text)
               : t.format(results.totalIsEstimate ? .aboutResultsCount : .resultsCount, format.integer(results.total)))
        let page = Page(items: hits, total: min(results.total, SearchIndex.maximumDepth), request: request.page)
        return SearchPageModel(title: t[.searchTitle], query: request.query.text, summary: summary,
                               facets: facetGroups(results.facets, filters: request.filters), hits: hits,
                               pagination: pagination(page, url: .search))
    }

    func url(for hit: SearchHit) -> SiteURL {
        switch hit.type {
        case .place: .place(hit.slug)
        case .country: .country(hit.slug)
        case .organization: .organization(hit.slug)
        case .network: .network(hit.slug)
        case .cooperation: .cooperation(hit.slug)
        case .practice: .practice(hit.slug)
        case .event: .event(hit.slug)
        case .article: .article(hit.slug)
        case .call: .call(hit.slug)
        case .pledge: .pledge(hit.slug)
        }
    }

    func meta(for hit: SearchHit) -> String {
        [t.label("type", hit.type.rawValue),
         hit.countryCode.flatMap { reference.countriesByCode[$0]?.name } ?? "",
         hit.year.map(String.init) ?? ""].filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// Facet values as links: choosing one adds it as a filter, choosing the selected one removes it.
    func facetGroups(_ facets: FacetCounts, filters: SearchFilters) -> [SearchPageModel.FacetGroup] {
        func link(_ name: String, _ value: String, label: String, count: Int, selected: String?) -> SearchPageModel.FacetLink {
            let isSelected = selected?.lowercased() == value.lowercased()
            var query = info.query.filter { $0.key != "page" && $0.key != "lang" && $0.key != name }
                .sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
            if !isSelected { query.append((name, value)) }
            // Counts from a sample are estimates and say so.
            let shown = facets.areEstimates ? "≈ " + format.integer(count) : format.integer(count)
            return .init(label: label, count: shown, href: SiteURL.search.with(query: query), isSelected: isSelected)
        }
        let lang = t.language.rawValue
        let groups: [SearchPageModel.FacetGroup] = [
            .init(heading: t[.fieldType], links: facets.types.map {
                link("type", $0.0, label: t.label("type", $0.0), count: $0.1, selected: filters.type?.rawValue)
            }),
            .init(heading: t[.fieldTheme], links: facets.themes.prefix(15).map {
                link("theme", $0.0, label: reference.themesBySlug[$0.0]?.name(language: lang) ?? $0.0, count: $0.1, selected: filters.themeSlug)
            }),
            .init(heading: t[.fieldCountry], links: facets.countries.prefix(15).map {
                link("country", $0.0, label: reference.countriesByCode[$0.0]?.name ?? $0.0, count: $0.1, selected: filters.countryCode)
            }),
            .init(heading: t[.fieldYear], links: facets.years.prefix(15).map {
                link("year", $0.0, label: $0.0, count: $0.1, selected: filters.year.map(String.init))
            }),
            .init(heading: t[.fieldStatus], links: facets.statuses.map {
                link("status", $0.0, label: t.label("status", $0.0), count: $0.1, selected: filters.status)
            }),
        ]
        return groups.filter { !$0.links.isEmpty }
    }

    /// Escapes a snippet and turns the engine's markers into `<mark>` elements (a stray marker is dropped).
    static func highlighted(_ snippet: String) -> String {
        var html = ""
        var open = false
        var run = Substring(snippet)
        while let marker = run.firstIndex(where: SearchHit.isMarker) {
            html += HTMLEscaping.escape(String(run[..<marker]))
            if run[marker] == SearchHit.markStart, !open {
                html += "<mark>"
                open = true
            } else if run[marker] == SearchHit.markEnd, open {
                html += "</mark>"
                open = false
            }
            run = run[run.index(after: marker)...]
        }
        html += HTMLEscaping.escape(String(run))
        return open ? html + "</mark>" : html
    }
}
