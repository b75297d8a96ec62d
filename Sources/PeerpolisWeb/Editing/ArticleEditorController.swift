import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Organizations' editors publish, change and remove articles (news, case studies, publications…); drafts
/// and history as for events (see `EventEditorController`). An article may be changed by the editors of any
/// organization it names; a new one belongs to the organization chosen in the form.
struct ArticleEditorController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData
    var support: EditorSupport { EditorSupport(database: database, authorizer: authorizer) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/articles/new") { request, context in
            let principal = try await support.editor(context)
            let choices = try await support.organizations(for: principal)
            let chosen = request.info.query["organizer"].flatMap { slug in choices.first { $0.slug == slug } } ?? choices[0]
            return try await formPage(request, context, form: ArticleForm(organizerSlug: chosen.slug, today: clock.today()),
                                      article: nil, draftID: nil, principal: principal)
        }
        router.post("/articles/new") { request, context in
            let (body, principal) = try await authorizer.form(request, context)
            return try await submit(request, context, body: body, principal: principal, existing: nil)
        }
        router.get("/articles/:slug/edit") { request, context in
            let article = try await article(context)
            let principal = try await authorizer.require(.editArticle, on: .article(organizationIDs: article.organizationIDs), context)
            return try await formPage(request, context, form: try await form(of: article), article: article, draftID: nil,
                                      principal: principal)
        }
        router.post("/articles/:slug/edit") { request, context in
            let article = try await article(context)
            let (body, principal) = try await authorizer.form(request, context, .editArticle,
                                                              on: .article(organizationIDs: article.organizationIDs))
            return try await submit(request, context, body: body, principal: principal, existing: article)
        }
        router.post("/articles/:slug/delete") { request, context in
            let article = try await article(context)
            let (_, principal) = try await authorizer.form(request, context, .deleteArticle,
                                                           on: .article(organizationIDs: article.organizationIDs))
            try await support.remove(entityName: "article", id: article.id, title: article.title, by: principal,
                                     now: clock.now()) { db in
                try await Article.delete(id: article.id, on: db)
            }
            return redirect(SiteURL.articles.path)
        }
    }

    /// A posted form: kept as a draft, or checked and published.
    func submit(_ request: Request, _ context: AppRequestContext, body: FormBody, principal: Principal,
                existing: Article?) async throws -> Response {
        let snapshot = try await reference.snapshot()
        var form = ArticleForm(form: body, themes: snapshot.themes)
        let organizer = try await Organization.fetchOne(slug: form["organizer"], on: database.sql)
        guard let organizer, Authorization.can(principal, .createArticle, .article(organizationIDs: [organizer.id])) else {
            throw WebError.forbidden("Your account cannot publish articles for that organization.")
        }
        let existingDraft = try await support.draft(id: body.text("draft"), principal: principal)
        let now = clock.now()
        if body.text("intent") == "draft" {
            return try await DraftsController.keep(entity: "article", entityID: existing?.id, organizationID: organizer.id,
                                                   title: form["title"].isEmpty ? "Untitled article" : form["title"],
                                                   fields: form.fields, over: existingDraft, by: principal, now: now, on: database)
        }
        var places: [Place] = []
        for slug in form.placeSlugs.prefix(50) {
            if let place = try await Place.fetchOne(slug: slug, on: database.sql) { places.append(place) }
        }
        guard let valid = form.validated(existing: existing, organizer: organizer, places: places,
                                         knownThemes: Set(snapshot.themes.map(\.slug))) else {
            return try await formPage(request, context, form: form, article: existing, draftID: existingDraft?.id, principal: principal)
        }
        let article = try await support.publish(
            valid, entityName: "article", existingID: existing?.id, changes: ArticleForm.changes(from: existing, to: valid),
            draft: existingDraft, by: principal, now: now)
        return redirect(SiteURL.article(article.slug).path)
    }

    func formPage(_ request: Request, _ context: AppRequestContext, form: ArticleForm, article: Article?, draftID: Int?,
                  principal: Principal) async throws -> Response {
        let snapshot = try await reference.snapshot()
        let lines = try await article.asyncMap { try await support.history(entity: "article", id: $0.id) } ?? []
        let page = EditorViews.articleForm(
            form: form, article: article, draftID: draftID,
            organizations: try await support.organizations(for: principal, orNone: true), themes: snapshot.themes,
            history: lines, saved: request.info.query["saved"] != nil, csrf: context.session?.csrfToken ?? "",
            context: request.info.pageContext)
        return html(request, page, status: form.errors.isEmpty ? .ok : .badRequest)
    }

    func form(of article: Article) async throws -> ArticleForm {
        let organizer = try await article.organizationIDs.first.asyncMap {
            try await Organization.fetchDictionary(ids: [$0], on: database.sql)[$0]
        } ?? nil
        let places = try await Place.fetchDictionary(ids: article.placeIDs, on: database.sql)
        return ArticleForm(article, organizerSlug: organizer?.slug ?? "", placeSlugs: article.placeIDs.compactMap { places[$0]?.slug })
    }

    func article(_ context: AppRequestContext) async throws -> Article {
        guard let article = try await Article.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return article
    }
}
