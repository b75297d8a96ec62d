import Hummingbird
import Logging
import PeerpolisDomain
import PeerpolisStorage

/// The route table: every page of `SiteURL`, in one place.
func buildRouter(environment: AppEnvironment, logger: Logger) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: TransportSecurityMiddleware(enabled: environment.auth.secureCookies))
    router.add(middleware: ErrorPageMiddleware())
    router.add(middleware: CORSReadOnlyMiddleware())
    let sessions = SessionCache()
    router.add(middleware: SessionMiddleware(database: environment.database, clock: environment.clock, cache: sessions))
    let site = SiteController(environment: environment)
    AccountController(accounts: AccountService(database: environment.database, clock: environment.clock,
                                               settings: environment.auth, publicURL: environment.publicURL,
                                               sessions: sessions))
        .addRoutes(to: router)
    let authorizer = Authorizer(database: environment.database, settings: environment.auth)
    ContributionController(database: environment.database, clock: environment.clock, authorizer: authorizer,
                           reference: site.reference).addRoutes(to: router)
    AdminRolesController(database: environment.database, clock: environment.clock, authorizer: authorizer)
        .addRoutes(to: router)
    PledgeProgressController(database: environment.database, clock: environment.clock, authorizer: authorizer)
        .addRoutes(to: router)
    ContactController(database: environment.database, clock: environment.clock, authorizer: authorizer,
                      reference: site.reference).addRoutes(to: router)
    ApplicationController(database: environment.database, clock: environment.clock, authorizer: authorizer,
                          reference: site.reference, publicURL: environment.publicURL).addRoutes(to: router)
    let editing = EditorSupport(database: environment.database, clock: environment.clock, authorizer: authorizer,
                                reference: site.reference, site: site)
    let editors: [any EntityEditor] = [
        Editor(EventEditing(support: editing)), Editor(CallEditing(support: editing)), Editor(ArticleEditing(support: editing)),
        Editor(NetworkEditing(support: editing)), Editor(CooperationEditing(support: editing)),
        Editor(OrganizationEditing(support: editing)),
        Editor(PracticeEditing(support: editing)), Editor(PledgeEditing(support: editing)),
    ]
    for editor in editors { editor.addRoutes(to: router) }
    TransferController(support: editing).addRoutes(to: router)
    DraftsController(support: editing, editors: editors).addRoutes(to: router)
    AccountHomeController(database: environment.database, clock: environment.clock, authorizer: authorizer, sessions: sessions)
        .addRoutes(to: router)
    TokenController(database: environment.database, clock: environment.clock, authorizer: authorizer).addRoutes(to: router)
    APIWriteController(database: environment.database, clock: environment.clock, reference: site.reference,
                       publicURL: environment.publicURL)
        .addRoutes(to: router)
    let registrations = RegistrationController(site: site, authorizer: authorizer)
    registrations.addRoutes(to: router)
    addAPIRoutes(to: router, site: site)
    addFeedRoutes(to: router, site: site)
    addDiscoveryRoutes(to: router, site: site, editors: editors)
    addDownloadRoutes(to: router, site: site)
    addMatchingRoutes(to: router, site: site, logger: logger)

    router.get("/healthz") { _, _ in "ok" }
    router.get("/") { request, _ in try await site.render(request) { HomeView.render(try await $0.home(), context: $1) } }
    router.get("/about") { request, _ in try await site.detail(request) { pages in pages.about() } }

    router.get("/search") { request, _ in try await site.render(request) { SearchView.render(try await $0.search(), context: $1) } }
    router.get("/search/suggest") { request, _ in
        try await site.render(request) { pages, context in
            let (query, hits) = try await pages.suggestions()
            let items = hits.map { SearchPageModel.Hit(title: $0.title, href: pages.url(for: $0).path, meta: pages.meta(for: $0), snippetHTML: "") }
            return SuggestView.render(query: query, hits: items, context: context)
        }
    }
    router.get("/api/v1/search") { request, _ in try await site.json(request) { try await $0.searchJSON() } }
    router.get("/api/v1/suggest") { request, _ in
        try await site.json(request) { pages in
            let (query, hits) = try await pages.suggestions()
            return SearchAPI.SuggestResponse(query: query, suggestions: hits.map { SearchAPI.hit($0, pages: pages) })
        }
    }

    router.get("/places") { request, _ in try await site.list(request) { try await $0.placeList() } }
    router.get("/places/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        let viewer = try await authorizer.principal(context)
        return try await site.detail(request) { try await $0.placeShow(slug: slug, viewer: viewer) }
    }
    router.get("/countries") { request, _ in try await site.list(request) { try await $0.countryList() } }
    router.get("/countries/:iso2") { request, context in
        let iso2 = try context.parameters.require("iso2")
        return try await site.detail(request) { try await $0.countryShow(iso2: iso2) }
    }
    router.get("/themes") { request, _ in try await site.list(request) { try await $0.themeList() } }
    router.get("/themes/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.detail(request) { try await $0.themeShow(slug: slug) }
    }
    router.get("/organizations") { request, _ in try await site.list(request) { try await $0.organizationList() } }
    router.get("/organizations/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.detail(request) { try await $0.organizationShow(slug: slug) }
    }
    router.get("/networks") { request, _ in try await site.list(request) { try await $0.networkList() } }
    router.get("/networks/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.detail(request) { try await $0.networkShow(slug: slug) }
    }
    router.get("/cooperations") { request, _ in try await site.list(request) { try await $0.cooperationList() } }
    router.get("/cooperations/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.detail(request) { try await $0.cooperationShow(slug: slug) }
    }
    router.get("/practices") { request, _ in try await site.list(request) { try await $0.practiceList() } }
    router.get("/practices/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        let viewer = try await authorizer.principal(context)
        return try await site.detail(request) { try await $0.practiceShow(slug: slug, viewer: viewer) }
    }
    router.get("/events") { request, _ in try await site.list(request) { try await $0.eventList() } }
    router.get("/events/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        // `/events/{slug}.ics` shares this route: slugs never hold a dot.
        if slug.hasSuffix(".ics") {
            return try await site.feed(request, table: "events", contentType: ICalendar.contentType) {
                try await $0.eventCalendar(slug: String(slug.dropLast(4)), version: $1)
            }
        }
        let viewer = try await registrations.viewer(context)
        return try await site.detail(request) { try await $0.eventShow(slug: slug, viewer: viewer) }
    }
    router.get("/articles") { request, _ in try await site.list(request) { try await $0.articleList() } }
    router.get("/articles/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.detail(request) { try await $0.articleShow(slug: slug) }
    }
    router.get("/calls") { request, _ in try await site.list(request) { try await $0.callList() } }
    router.get("/calls/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.detail(request) { try await $0.callShow(slug: slug) }
    }
    router.get("/pledges") { request, _ in try await site.list(request) { try await $0.pledgeList() } }
    router.get("/pledges/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        let viewer = try await authorizer.principal(context)
        return try await site.detail(request) { try await $0.pledgeShow(slug: slug, viewer: viewer) }
    }
    return router
}

/// Runs a page builder for a request and renders its result as an HTML response.
struct SiteController: Sendable {
    let environment: AppEnvironment
    let reference: ReferenceData
    let counts = CountCache()
    let renders = RenderCache()

    init(environment: AppEnvironment) {
        self.environment = environment
        self.reference = ReferenceData(database: environment.database)
    }

    func pages(_ info: RequestInfo) async throws -> Pages {
        Pages(db: environment.database.sql, searchFacts: environment.database.searchFacts, info: info,
              reference: try await reference.snapshot(), today: environment.clock.today(), counts: counts, baseURL: environment.publicURL)
    }

    func render(_ request: Request, _ build: (Pages, PageContext) async throws -> String) async throws -> Response {
        let info = request.info
        let html = try await build(try await pages(info), info.pageContext)
        return HTMLResponse.make(html, language: info.language, setLanguageCookie: info.languageChosenInQuery)
    }

    func json(_ request: Request, _ build: (Pages) async throws -> some Encodable) async throws -> Response {
        return try JSONResponse.make(try await build(try await pages(request.info)))
    }

    func list(_ request: Request, _ build: (Pages) async throws -> ListPageModel) async throws -> Response {
        try await render(request) { pages, context in
            var model = try await build(pages)
            model.head = pages.listHead()
            return ListView.render(model, context: context)
        }
    }

    func detail(_ request: Request, _ build: (Pages) async throws -> DetailPageModel) async throws -> Response {
        try await render(request) { pages, context in DetailView.render(try await build(pages), context: context) }
    }
}
