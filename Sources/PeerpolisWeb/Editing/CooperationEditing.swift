import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// The editors of a programme (an organization) publish, change and delete its cooperations; `Editor` supplies
/// the routes, drafts and history every editor shares. A cooperation of no programme is the administrators'
/// alone: no organization vouches for it. Deleting a cooperation removes only its own rows: nothing else refers
/// to one.
struct CooperationEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "cooperation", collection = "cooperations", untitled = "Untitled cooperation"
    static let actions = EditorActions(create: .createCooperation, edit: .editCooperation, delete: .deleteCooperation)
    static let ownerRefusal = "Your account cannot publish cooperations for that programme."
    static let listURL = SiteURL.cooperations
    static let ownerField = "programme"
    static let api = EditorAPI(
        schema: "Cooperation", whoMay: "the editors of its programme, and administrators; only administrators for a cooperation of no programme",
        example: #"{"title": "Los Cabos and Almería on tourism", "programme": "iurc", "places": ["los-cabos-mx", "almeria-es"], "outcomes": [{"description": "Public-private partnership", "amount": 50000000, "unit": "USD"}]}"#,
        fields: [
            APIField("title", .text, required: true, "3 to 200 characters."),
            APIField("programme", .slug, "The slug of the programme (an organization); none leaves it to administrators."),
            APIField("startDate", .day, "The first day."),
            APIField("endDate", .day, "The last day."),
            APIField("narrative", .text, "Markdown, at most 20,000 characters."),
            APIField("places", .places, required: true, "Slugs of the places, at least two."),
            APIField("themes", .themes, "Theme slugs, as listed at /api/v1/themes."),
            APIField("outcomes", CooperationForm.outcomesKind, "What came of it, at most 30, as the read API shows them."),
        ])

    func fetch(slug: String) async throws -> Cooperation? { try await Cooperation.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Cooperation? { try await Cooperation.fetchOne(id: id, on: support.database.sql) }
    func url(of cooperation: Cooperation) -> SiteURL { .cooperation(cooperation.slug) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable {
        try await pages.apiCooperation(slug: slug)
    }
    func resource(of cooperation: Cooperation) -> Resource { .cooperation(programmeID: cooperation.programmeID) }
    func resource(of programme: OrganizationChoice) -> Resource { .cooperation(programmeID: programme.id) }

    func newForm(query: [String: String], principal: Principal) async throws -> CooperationForm {
        CooperationForm(programmeSlug: try await support.chosenOrganization(query: query, principal: principal).slug)
    }

    func form(of cooperation: Cooperation) async throws -> CooperationForm {
        let db = support.database.sql
        let programme = try await cooperation.programmeID.asyncMap { try await Organization.fetchOne(id: $0, on: db) } ?? nil
        let places = try await Place.fetchDictionary(ids: cooperation.placeIDs, on: db)
        return CooperationForm(cooperation, programmeSlug: programme?.slug ?? "", placeSlugs: places.mapValues(\.slug))
    }

    func form(posted body: FormBody) async throws -> CooperationForm {
        CooperationForm(posted: body, themes: try await support.themes())
    }

    func owner(of form: CooperationForm, existing: Cooperation?) async throws -> OrganizationChoice? {
        try await support.organizationChoice(slug: form["programme"])
    }

    func validate(_ form: inout CooperationForm, existing: Cooperation?, owner: OrganizationChoice,
                  _ t: Catalog) async throws -> Cooperation? {
        let places = try await Place.fetchDictionary(slugs: form.placeSlugs, on: support.database.sql)
        return form.validated(existing: existing, programme: owner.organization, places: places,
                              knownThemes: try await support.themeSlugs(), t)
    }

    func changes(from old: Cooperation?, to new: Cooperation) -> [String: AuditChange] {
        CooperationForm.changes(from: old, to: new)
    }

    func page(_ page: EditorPage<CooperationForm, Cooperation>, principal: Principal) async throws -> String {
        EditorViews.cooperationForm(page, programmes: try await support.organizations(for: principal, orNone: true),
                                    orNone: principal.isAdministrator, themes: try await support.themes())
    }
}
