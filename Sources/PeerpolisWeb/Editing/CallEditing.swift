import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// Organizations' editors publish, change and delete their calls, eligibility rules included; `Editor`
/// supplies the routes, drafts and history every editor shares.
struct CallEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "call", collection = "calls", untitled = "Untitled call"
    static let actions = EditorActions(create: .createCall, edit: .editCall, delete: .deleteCall)
    static let ownerRefusal = "Your account cannot publish calls for that organization."
    static let listURL = SiteURL.calls
    static let api = EditorAPI(
        schema: "Call", whoMay: "the editors of the organization that runs the call, and administrators",
        example: #"{"title": "Call for transfer networks", "organizer": "urbact", "opens": "2027-01-10", "closes": "2027-04-30", "minPartners": 3, "continents": ["EU"]}"#,
        fields: [
            APIField("title", .text, required: true, "3 to 200 characters."),
            APIField("organizer", .slug, required: true, "The slug of the organization that runs the call."),
            APIField("opens", .day, "The first day applications are taken."),
            APIField("closes", .day, "The last day applications are taken; needed unless the opening day is given."),
            APIField("summary", .text, "At most 5,000 characters."),
            APIField("themes", .themes, "Theme slugs, as listed at /api/v1/themes."),
            APIField("minPartners", .integer(1...500), "Rule: at least this many partners, the lead included."),
            APIField("maxPartners", .integer(1...500), "Rule: at most this many partners."),
            APIField("minCountries", .integer(1...500), "Rule: at least this many countries."),
            APIField("maxPerCountry", .integer(1...500), "Rule: at most this many partners per country."),
            APIField("continents", .list(.choice(Continent.allCases.map(\.rawValue)), .commas),
                     "Rule: at least one partner on each of these continents."),
            APIField("regions", .names, "Rule: at least one partner in each of these regions (such as EU, Latin America)."),
        ])

    func fetch(slug: String) async throws -> Call? { try await Call.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Call? { try await Call.fetchOne(id: id, on: support.database.sql) }
    func url(of call: Call) -> SiteURL { .call(call.slug) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable { try await pages.apiCall(slug: slug) }
    func resource(of call: Call) -> Resource { .call(organizationID: call.organizationID) }
    func resource(of organizer: Organization) -> Resource { .call(organizationID: organizer.id) }

    func newForm(query: [String: String], principal: Principal) async throws -> CallForm {
        CallForm(organizerSlug: try await support.chosenOrganization(query: query, principal: principal).slug)
    }

    func form(of call: Call) async throws -> CallForm {
        let organizer = try await Organization.fetchDictionary(ids: [call.organizationID], on: support.database.sql)[call.organizationID]
        return CallForm(call, organizerSlug: organizer?.slug ?? "")
    }

    func form(posted body: FormBody) async throws -> CallForm {
        CallForm(posted: body, themes: try await support.themes())
    }

    func validate(_ form: inout CallForm, existing: Call?, owner: Organization, _ t: Catalog) async throws -> Call? {
        form.validated(existing: existing, organizer: owner, knownThemes: try await support.themeSlugs(), t)
    }

    func changes(from old: Call?, to new: Call) -> [String: AuditChange] { CallForm.changes(from: old, to: new) }

    func page(_ page: EditorPage<CallForm, Call>, principal: Principal) async throws -> String {
        EditorViews.callForm(page, organizations: try await support.organizations(for: principal, orNone: true),
                             themes: try await support.themes())
    }
}
