import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A place's representatives publish, change and delete its pledges; `Editor` supplies the routes, drafts
/// (shared by the place's representatives) and history every editor shares. Progress is reported apart
/// (`PledgeProgressController`) and stays through every edit.
struct PledgeEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "pledge", collection = "pledges", untitled = "Untitled pledge"
    static let actions = EditorActions(create: .createPledge, edit: .editPledge, delete: .deletePledge)
    static let ownerRefusal = "Your account cannot publish pledges for that place: only its representatives can."
    static let listURL = SiteURL.pledges
    static let ownerField = "place"
    static let api = EditorAPI(
        schema: "Pledge", whoMay: "the representatives of the place that makes it, and administrators",
        example: #"{"title": "Affordable homes", "place": "malmo-se", "framework": "European Pillar of Social Rights", "quantity": 500, "unit": "homes"}"#,
        fields: [
            APIField("title", .text, required: true, "3 to 200 characters."),
            APIField("place", .slug, required: true, "The slug of the place that makes the pledge."),
            APIField("organization", .slug, "The slug of an organization the pledge is made with."),
            APIField("framework", .text, required: true, "The framework it is made under, 2 to 200 characters."),
            APIField("principles", .names, "At most 20 principles, each of at most 100 characters."),
            APIField("amount", .number, "An amount greater than 0, with its currency."),
            APIField("currency", .text, "The amount's three-letter currency code, such as EUR."),
            APIField("quantity", .number, "A quantity greater than 0, with its unit."),
            APIField("unit", .text, "What the quantity counts, at most 40 characters, such as homes."),
            APIField("startDate", .day, "The first day."),
            APIField("endDate", .day, "The last day, not before the first."),
            APIField("summary", .text, "What is pledged, in words."),
        ])

    func fetch(slug: String) async throws -> Pledge? { try await Pledge.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Pledge? { try await Pledge.fetchOne(id: id, on: support.database.sql) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable { try await pages.apiPledge(slug: slug) }
    func url(of pledge: Pledge) -> SiteURL { .pledge(pledge.slug) }
    func resource(of pledge: Pledge) -> Resource { .pledge(placeID: pledge.placeID) }
    func resource(of place: Place) -> Resource { .pledge(placeID: place.id) }

    func form(of pledge: Pledge) async throws -> PledgeForm {
        let db = support.database.sql
        let place = try await Place.fetchOne(id: pledge.placeID, on: db)
        let organization = try await pledge.organizationID.asyncMap { try await Organization.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        return PledgeForm(pledge, placeSlug: place?.slug ?? "", organizationSlug: organization?.slug)
    }

    func form(posted body: FormBody) async throws -> PledgeForm { PledgeForm(posted: body, themes: []) }

    func validate(_ form: inout PledgeForm, existing: Pledge?, owner: Place, _ t: Catalog) async throws -> Pledge? {
        let slug = form["organization"].trimmingCharacters(in: .whitespaces).lowercased()
        let organization = slug.isEmpty ? nil : try await Organization.fetchOne(slug: slug, on: support.database.sql)
        return form.validated(existing: existing, owner: owner, organization: organization, t)
    }

    func changes(from old: Pledge?, to new: Pledge) -> [String: AuditChange] { PledgeForm.changes(from: old, to: new) }

    func page(_ page: EditorPage<PledgeForm, Pledge>, principal: Principal) async throws -> String {
        EditorViews.pledgeForm(page, places: try await support.places(for: principal), typesPlace: principal.isAdministrator)
    }
}

extension Pledge: EditableEntity {}
