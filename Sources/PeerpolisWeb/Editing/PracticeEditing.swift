import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A place's representatives publish, change and delete its good practices; `Editor` supplies the routes,
/// drafts (shared by the place's representatives) and history every editor shares. Transfers are recorded
/// apart (`TransferController`), since the receiving place's representatives may record them too.
struct PracticeEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "practice", collection = "practices", untitled = "Untitled good practice"
    static let actions = EditorActions(create: .createPractice, edit: .editPractice, delete: .deletePractice)
    static let ownerRefusal = "Your account cannot publish good practices for that place: only its representatives can."
    static let listURL = SiteURL.practices
    static let ownerField = "place"
    static let api = EditorAPI(
        schema: "Practice", whoMay: "the representatives of the place that owns it, and administrators",
        example: #"{"title": "School streets", "place": "malmo-se", "summary": "Streets outside schools closed to cars at school times."}"#,
        fields: [
            APIField("title", .text, required: true, "3 to 200 characters."),
            APIField("place", .slug, required: true, "The slug of the place that owns the practice."),
            APIField("summary", .text, required: true, "1 to 2,000 characters."),
            APIField("body", .text, "Markdown, at most 100,000 characters; raw HTML is shown as text."),
            APIField("results", .text, "At most 5,000 characters."),
            APIField("networks", .list(.slug, .commasOrSpaces), "Slugs of the networks it came through."),
            APIField("themes", .themes, "Theme slugs, as listed at /api/v1/themes."),
        ])

    func fetch(slug: String) async throws -> GoodPractice? { try await GoodPractice.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> GoodPractice? { try await GoodPractice.fetchOne(id: id, on: support.database.sql) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable { try await pages.apiPractice(slug: slug) }
    func url(of practice: GoodPractice) -> SiteURL { .practice(practice.slug) }
    func resource(of practice: GoodPractice) -> Resource { .practice(ownerPlaceID: practice.ownerPlaceID) }
    func resource(of place: Place) -> Resource { .practice(ownerPlaceID: place.id) }

    func form(of practice: GoodPractice) async throws -> PracticeForm {
        let db = support.database.sql
        let place = try await Place.fetchOne(id: practice.ownerPlaceID, on: db)
        let networks = try await Network.fetchDictionary(ids: practice.networkIDs, on: db)
        return PracticeForm(practice, placeSlug: place?.slug ?? "", networkSlugs: practice.networkIDs.compactMap { networks[$0]?.slug })
    }

    func form(posted body: FormBody) async throws -> PracticeForm {
        PracticeForm(posted: body, themes: try await support.themes())
    }

    /// The networks are those of the form's slugs that exist (at most 20 looked up, in one query); the form
    /// reports the others.
    func validate(_ form: inout PracticeForm, existing: GoodPractice?, owner: Place, _ t: Catalog) async throws -> GoodPractice? {
        let networkIDs = try await Network.fetchIDs(slugs: form.networkSlugs.prefix(20), on: support.database.sql)
        return form.validated(existing: existing, owner: owner, networkIDs: networkIDs, knownThemes: try await support.themeSlugs(), t)
    }

    func changes(from old: GoodPractice?, to new: GoodPractice) -> [String: AuditChange] { PracticeForm.changes(from: old, to: new) }

    func page(_ page: EditorPage<PracticeForm, GoodPractice>, principal: Principal) async throws -> String {
        EditorViews.practiceForm(page, places: try await support.places(for: principal), typesPlace: principal.isAdministrator,
                                 themes: try await support.themes())
    }
}

extension GoodPractice: EditableEntity {}
