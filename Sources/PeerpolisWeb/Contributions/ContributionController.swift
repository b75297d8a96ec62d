import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// The first contribution slice: a place representative keeps the place's interests and its
/// partner-search posts. Every write: sign-in, CSRF, `Authorization.can`, validation, then one
/// transaction holding the change and its audit-log row.
struct ContributionController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData
    var writes: ContributionWrites { ContributionWrites(database: database, clock: clock) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/places/:slug/edit") { request, context in
            let place = try await place(context)
            _ = try await authorizer.require(.editPlaceProfile, on: .place(id: place.id), context)
            let interests = try await PlaceInterest.fetchAll(placeID: place.id, on: database.sql)
            let form = InterestsForm(themes: try await themes(), interests: interests)
            return page(request, context) { ContributionViews.interests(place: place, form: form, csrf: $0,
                                                                       saved: request.info.query["saved"] != nil, context: $1) }
        }
        router.post("/places/:slug/edit") { request, context in
            let place = try await place(context)
            let (body, principal) = try await authorizer.form(request, context, .editPlaceProfile, on: .place(id: place.id))
            let form = InterestsForm(themes: try await themes(), form: body)
            guard !form.hasErrors else {
                return page(request, context, status: .badRequest) {
                    ContributionViews.interests(place: place, form: form, csrf: $0, saved: false, context: $1)
                }
            }
            try await writes.replaceInterests(of: place, with: form.interests(placeID: place.id), by: principal)
            return redirect(SiteURL.placeEdit(place.slug).path + "?saved=1")
        }
        router.get("/places/:slug/partner-search/new") { request, context in
            let place = try await place(context)
            _ = try await authorizer.require(.createPartnerSearchPost, on: .place(id: place.id), context)
            return try await postPage(request, context, place: place, post: nil, form: PostForm())
        }
        router.post("/places/:slug/partner-search/new") { request, context in
            let place = try await place(context)
            let (body, principal) = try await authorizer.form(request, context, .createPartnerSearchPost, on: .place(id: place.id))
            let form = PostForm(form: body, themes: try await themes(), today: clock.today())
            guard form.errors.isEmpty else { return try await postPage(request, context, place: place, post: nil, form: form) }
            let saved = try await writes.createPost(form, of: place, by: principal)
            return redirect(SiteURL.partnerSearchPost(saved.slug).path)
        }
        router.get("/partner-search/:slug/edit") { request, context in
            let (post, place) = try await post(context)
            _ = try await authorizer.require(.editPartnerSearchPost, on: .partnerSearchPost(placeID: post.placeID), context)
            return try await postPage(request, context, place: place, post: post, form: PostForm(post))
        }
        router.post("/partner-search/:slug/edit") { request, context in
            let (post, place) = try await post(context)
            let (body, principal) = try await authorizer.form(request, context, .editPartnerSearchPost,
                                                              on: .partnerSearchPost(placeID: post.placeID))
            let form = PostForm(form: body, themes: try await themes(), today: clock.today())
            guard form.errors.isEmpty else { return try await postPage(request, context, place: place, post: post, form: form) }
            try await save(form.applied(to: post), old: post, action: "edit", by: principal)
            return redirect(SiteURL.partnerSearchPost(post.slug).path)
        }
        router.post("/partner-search/:slug/close") { request, context in
            let (post, _) = try await post(context)
            let (_, principal) = try await authorizer.form(request, context, .closePartnerSearchPost,
                                                           on: .partnerSearchPost(placeID: post.placeID))
            var closed = post
            // Closing today keeps the post readable for the record while matching stops offering it tomorrow.
            closed.closes = min(post.closes ?? clock.today(), clock.today())
            try await save(closed, old: post, action: "close", by: principal)
            return redirect(SiteURL.partnerSearchPost(post.slug).path)
        }
    }

    // MARK: - Helpers

    func save(_ post: PartnerSearchPost, old: PartnerSearchPost, action: String, by principal: Principal) async throws {
        try await writes.updatePost(post, old: old, action: action, by: principal)
    }

    func postPage(_ request: Request, _ context: AppRequestContext, place: Place, post: PartnerSearchPost?,
                  form: PostForm) async throws -> Response {
        let themes = try await themes()
        let t = request.info.catalog
        let title = post.map { t.format(.editPostTitle, $0.title) } ?? t.format(.newPostTitle, place.name)
        let action = post.map { SiteURL.partnerSearchPostEdit($0.slug) } ?? .placePostNew(place.slug)
        return page(request, context, status: form.errors.isEmpty ? .ok : .badRequest) {
            ContributionViews.post(title: title, action: action, form: form, themes: themes, csrf: $0,
                                   closeAction: post.map { .partnerSearchPostClose($0.slug) }, context: $1)
        }
    }

    func place(_ context: AppRequestContext) async throws -> Place {
        guard let place = try await Place.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return place
    }

    func post(_ context: AppRequestContext) async throws -> (PartnerSearchPost, Place) {
        let slug = try context.parameters.require("slug")
        guard let post = try await PartnerSearchPost.fetchOne(slug: slug, on: database.sql),
              let place = try await Place.fetchOne(id: post.placeID, on: database.sql) else { throw WebError.notFound }
        return (post, place)
    }

    func themes() async throws -> [Theme] { try await reference.snapshot().themes }

    func page(_ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok,
              _ render: (String, PageContext) -> String) -> Response {
        let info = request.info
        let csrf = context.session?.csrfToken ?? ""
        var response = HTMLResponse.make(render(csrf, info.pageContext), status: status, language: info.language)
        response.headers[.cacheControl] = "no-store"
        return response
    }


    /// `need:mobility@1, offer:energy@0.5`: a readable list of interests for the audit log.
    static func summary(_ interests: [PlaceInterest]) -> String {
        interests.map { "\($0.direction.rawValue):\($0.themeSlug)@\(InterestsForm.format($0.weight))" }.sorted().joined(separator: ", ")
    }
}
