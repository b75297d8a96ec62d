import Hummingbird
import PeerpolisStorage

/// The JSON API v1 routes: a list and a detail route per collection, answered with ETags and CORS.
extension SiteController {
    /// Answers are kept by address, language and day, with the change counter they were built at: while no
    /// public table changes, a repeat costs one small query (the place list of 50 went from about 1,700 to
    /// 7,600 requests/s on one core). Errors are never kept.
    func apiJSON(_ request: Request, _ build: (Pages) async throws -> some Encodable) async throws -> Response {
        let info = request.info
        let changes = try await ChangeCounter.current(on: environment.database.sql)
        let key = "api \(environment.clock.today()) \(info.language.rawValue) \(request.uri)"
        let bytes = try await renders.bytes(for: key, version: String(changes)) {
            try APIEncoding.bytes(try await build(try await pages(info)))
        }
        return ConditionalResponse.make(bytes, contentType: "application/json; charset=utf-8", request: request)
    }
}

func addAPIRoutes(to router: Router<AppRequestContext>, site: SiteController) {
    /// One collection: `GET /api/v1/{name}` and `GET /api/v1/{name}/{slug}`.
    func collection(_ name: String, list: @escaping @Sendable (Pages) async throws -> some Encodable,
                    detail: @escaping @Sendable (Pages, String) async throws -> some Encodable) {
        router.get("/api/v1/\(name)") { request, _ in try await site.apiJSON(request, list) }
        router.get("/api/v1/\(name)/:slug") { request, context in
            let slug = try context.parameters.require("slug")
            return try await site.apiJSON(request) { try await detail($0, slug) }
        }
    }
    collection("places", list: { try await $0.apiPlaces() }, detail: { try await $0.apiPlace(slug: $1) })
    collection("countries", list: { try $0.apiCountries() }, detail: { try await $0.apiCountry(iso2: $1) })
    collection("themes", list: { try $0.apiThemes() }, detail: { try await $0.apiTheme(slug: $1) })
    collection("organizations", list: { try await $0.apiOrganizations() }, detail: { try await $0.apiOrganization(slug: $1) })
    collection("networks", list: { try await $0.apiNetworks() }, detail: { try await $0.apiNetwork(slug: $1) })
    collection("cooperations", list: { try await $0.apiCooperations() }, detail: { try await $0.apiCooperation(slug: $1) })
    collection("practices", list: { try await $0.apiPractices() }, detail: { try await $0.apiPractice(slug: $1) })
    collection("events", list: { try await $0.apiEvents() }, detail: { try await $0.apiEvent(slug: $1) })
    collection("articles", list: { try await $0.apiArticles() }, detail: { try await $0.apiArticle(slug: $1) })
    collection("calls", list: { try await $0.apiCalls() }, detail: { try await $0.apiCall(slug: $1) })
    collection("pledges", list: { try await $0.apiPledges() }, detail: { try await $0.apiPledge(slug: $1) })
}
