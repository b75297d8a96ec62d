import Foundation
import Hummingbird

extension SiteController {
    /// Every item of a list that matches the request's filters, read page by page through the API builder
    /// so a download holds exactly what the API and the HTML list hold.
    func everything<Item>(_ request: Request, _ list: @escaping @Sendable (Pages) async throws -> APIv1.List<Item>) async throws -> [Item] {
        var info = request.info
        var items: [Item] = []
        var number = 1
        while true {
            info.query["page"] = String(number)
            info.query["per_page"] = "100"
            let page = try await list(try await pages(info))
            items += page.data
            if page.next == nil || number >= 100_000 { return items }
            number += 1
        }
    }

    func download<Item: Encodable>(_ request: Request, name: String, schema: String, format: DownloadFormat,
                                   _ list: @escaping @Sendable (Pages) async throws -> APIv1.List<Item>) async throws -> Response {
        try await download(request, name: name, schema: schema, format: format, items: try await everything(request, list))
    }

    func download<Item: Encodable>(_ request: Request, name: String, schema: String, format: DownloadFormat,
                                   items: [Item]) async throws -> Response {
        let json = Data(try APIEncoding.bytes(items))
        let disposition: HTTPFields = [.contentDisposition: "attachment; filename=\"peerpolis-\(name).\(format.rawValue)\""]
        switch format {
        case .json:
            return ConditionalResponse.make(Array(json), contentType: "application/json; charset=utf-8", request: request,
                                            extraHeaders: disposition)
        case .csv:
            let text = try CSVTable.render(json: json, schema: schema)
            return ConditionalResponse.make(Array(text.utf8), contentType: "text/csv; charset=utf-8; header=present",
                                            request: request, extraHeaders: disposition)
        }
    }
}

/// `/{list}.csv` and `/{list}.json`: a whole list with the HTML list's filters.
func addDownloadRoutes(to router: Router<AppRequestContext>, site: SiteController) {
    func downloads<Item: Encodable>(_ name: String, _ schema: String, _ list: @escaping @Sendable (Pages) async throws -> APIv1.List<Item>) {
        for format in DownloadFormat.allCases {
            router.get("/\(name).\(format.rawValue)") { request, _ in
                try await site.download(request, name: name, schema: schema, format: format, list)
            }
        }
    }
    // Places are the one long list: read in keyset chunks rather than hundreds of OFFSET pages.
    for format in DownloadFormat.allCases {
        router.get("/places.\(format.rawValue)") { request, _ in
            let items = try await site.pages(request.info).apiAllPlaces()
            return try await site.download(request, name: "places", schema: "Place", format: format, items: items)
        }
    }
    downloads("countries", "Country") { try $0.apiCountries() }
    downloads("themes", "Theme") { try $0.apiThemes() }
    downloads("organizations", "Organization") { try await $0.apiOrganizations() }
    downloads("networks", "Network") { try await $0.apiNetworks() }
    downloads("cooperations", "Cooperation") { try await $0.apiCooperations() }
    downloads("practices", "Practice") { try await $0.apiPractices() }
    downloads("events", "Event") { try await $0.apiEvents() }
    downloads("articles", "Article") { try await $0.apiArticles() }
    downloads("calls", "Call") { try await $0.apiCalls() }
    downloads("pledges", "Pledge") { try await $0.apiPledges() }
}
