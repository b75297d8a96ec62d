import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// Organizations' editors publish, change and delete articles (news, case studies, publications…); `Editor`
/// supplies the routes, drafts and history every editor shares. An article may be changed by the editors of
/// any organization it names; a new one belongs to the organization chosen in the form.
struct ArticleEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "article", collection = "articles", untitled = "Untitled article"
    static let actions = EditorActions(create: .createArticle, edit: .editArticle, delete: .deleteArticle)
    static let ownerRefusal = "Your account cannot publish articles for that organization."
    static let listURL = SiteURL.articles
    static let api = EditorAPI(
        schema: "Article", whoMay: "the editors of an organization it names (a new one: the publishing organization), and administrators",
        example: #"{"title": "Ten cities open school streets", "kind": "news", "organizer": "urbact", "body": "Ten cities closed the streets outside schools to cars…", "places": ["malmo-se"]}"#,
        fields: [
            APIField("title", .text, required: true, "3 to 200 characters."),
            APIField("kind", .choice(ArticleKind.allCases.map(\.rawValue)), required: true, "The kind of article."),
            APIField("organizer", .slug, required: true, "The slug of the publishing organization."),
            APIField("authors", .names, "The authors' names."),
            APIField("published", .day, "The publication day."),
            APIField("summary", .text, "At most 2,000 characters."),
            APIField("body", .text, required: true, "Markdown, 1 to 100,000 characters; raw HTML is shown as text."),
            APIField("places", .places, "Slugs of the places it concerns."),
            APIField("themes", .themes, "Theme slugs, as listed at /api/v1/themes."),
        ])

    func fetch(slug: String) async throws -> Article? { try await Article.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Article? { try await Article.fetchOne(id: id, on: support.database.sql) }
    func url(of article: Article) -> SiteURL { .article(article.slug) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable { try await pages.apiArticle(slug: slug) }
    func resource(of article: Article) -> Resource { .article(organizationIDs: article.organizationIDs) }
    func resource(of organizer: Organization) -> Resource { .article(organizationIDs: [organizer.id]) }

    func newForm(query: [String: String], principal: Principal) async throws -> ArticleForm {
        ArticleForm(organizerSlug: try await support.chosenOrganization(query: query, principal: principal).slug,
                    today: support.clock.today())
    }

    func form(of article: Article) async throws -> ArticleForm {
        let db = support.database.sql
        let organizer = try await article.organizationIDs.first.asyncMap {
            try await Organization.fetchDictionary(ids: [$0], on: db)[$0]
        } ?? nil
        let places = try await Place.fetchDictionary(ids: article.placeIDs, on: db)
        return ArticleForm(article, organizerSlug: organizer?.slug ?? "", placeSlugs: article.placeIDs.compactMap { places[$0]?.slug })
    }

    func form(posted body: FormBody) async throws -> ArticleForm {
        ArticleForm(posted: body, themes: try await support.themes())
    }

    /// The places are those of the form's slugs that exist (at most 50 looked up); the form reports the others.
    func validate(_ form: inout ArticleForm, existing: Article?, owner: Organization, _ t: Catalog) async throws -> Article? {
        var places: [Place] = []
        for slug in form.placeSlugs.prefix(50) {
            if let place = try await Place.fetchOne(slug: slug, on: support.database.sql) { places.append(place) }
        }
        return form.validated(existing: existing, organizer: owner, places: places, knownThemes: try await support.themeSlugs(), t)
    }

    func changes(from old: Article?, to new: Article) -> [String: AuditChange] { ArticleForm.changes(from: old, to: new) }

    func page(_ page: EditorPage<ArticleForm, Article>, principal: Principal) async throws -> String {
        EditorViews.articleForm(page, organizations: try await support.organizations(for: principal, orNone: true),
                                themes: try await support.themes())
    }
}
