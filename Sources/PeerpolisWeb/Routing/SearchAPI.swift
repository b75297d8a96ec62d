import PeerpolisDomain
import PeerpolisStorage

/// The JSON shapes of `GET /api/v1/search` and `GET /api/v1/suggest`.
enum SearchAPI {
    struct Hit: Encodable {
        var type: String
        var slug: String
        var title: String
        var url: String
        /// HTML: escaped text with `<mark>` around matched words.
        var snippet: String
        var country: String?
        var year: Int?
    }

    struct FacetValue: Encodable {
        var value: String
        var count: Int
    }

    struct Facets: Encodable {
        var type: [FacetValue]
        var theme: [FacetValue]
        var country: [FacetValue]
        var year: [FacetValue]
        var status: [FacetValue]
    }

    struct SearchResponse: Encodable {
        var query: String
        var total: Int
        /// True when the query matched so much that `total` was scaled up from a uniform sample.
        var totalIsEstimate: Bool
        var page: Int
        var pageSize: Int
        var results: [Hit]
        var facets: Facets
        /// True when the facet counts were scaled up from a uniform sample of the matches (broad queries).
        var facetsAreEstimates: Bool
        var next: String?
    }

    struct SuggestResponse: Encodable {
        var query: String
        var suggestions: [Hit]
    }

    static func hit(_ hit: SearchHit, pages: Pages) -> Hit {
        Hit(type: hit.type.rawValue, slug: hit.slug, title: hit.title, url: pages.url(for: hit).path,
            snippet: Pages.highlighted(hit.snippet), country: hit.countryCode, year: hit.year)
    }

    static func facets(_ facets: FacetCounts) -> Facets {
        func values(_ list: [(String, Int)]) -> [FacetValue] { list.map { FacetValue(value: $0.0, count: $0.1) } }
        return Facets(type: values(facets.types), theme: values(facets.themes), country: values(facets.countries),
                      year: values(facets.years), status: values(facets.statuses))
    }
}

extension Pages {
    func searchJSON() async throws -> SearchAPI.SearchResponse {
        let request = try SearchRequest(self)
        let results = try await SearchIndex.search(request.query, filters: request.filters, page: request.page,
                                                   today: today, on: db, facts: searchFacts)
        let page = Page(items: results.hits, total: min(results.total, SearchIndex.maximumDepth), request: request.page)
        var next: String?
        if page.hasNext {
            var query = info.query.filter { $0.key != "page" }.sorted { $0.key < $1.key }.map { ($0.key, Optional($0.value)) }
            query.append(("page", String(request.page.number + 1)))
            next = SiteURL.apiSearch.with(query: query)
        }
        return SearchAPI.SearchResponse(query: request.query.text, total: results.total,
                                        totalIsEstimate: results.totalIsEstimate, page: request.page.number,
                                        pageSize: request.page.size, results: results.hits.map { SearchAPI.hit($0, pages: self) },
                                        facets: SearchAPI.facets(results.facets),
                                        facetsAreEstimates: results.facets.areEstimates, next: next)
    }

    func suggestions() async throws -> (String, [SearchHit]) {
        let text = info.query["q"] ?? ""
        return (SearchQuery(text).text, try await SearchIndex.suggest(text, on: db))
    }
}
