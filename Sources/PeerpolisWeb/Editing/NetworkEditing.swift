import Foundation
import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// Organizations' editors publish, change and delete their networks; `Editor` supplies the routes, drafts and
/// history every editor shares. A network of no organization is the administrators' alone.
///
/// Deleting a network that places' good practices or transfers still refer to is refused, naming them: those
/// records belong to their places, and losing the network from them would lose how a practice travelled.
/// Events and articles that name the network are the organizations' own publications: they lose the mention in
/// the same transaction, each with its row in the audit log.
struct NetworkEditing: EditorDescription {
    let support: EditorSupport

    static let entityName = "network", collection = "networks", untitled = "Untitled network", titleField = "name"
    static let actions = EditorActions(create: .createNetwork, edit: .editNetwork, delete: .deleteNetwork)
    static let ownerRefusal = "Your account cannot publish networks for that organization."
    static let listURL = SiteURL.networks
    static let api = EditorAPI(
        schema: "Network", whoMay: "the editors of the organization that runs the network, and administrators; only administrators for a network of no organization",
        example: #"{"name": "Heat shelter peers", "kind": "transfer", "organizer": "urbact", "lead": "malmo-se", "partners": ["lyon-fr"]}"#,
        fields: [
            APIField("name", .text, required: true, "3 to 200 characters."),
            APIField("kind", .choice(NetworkKind.allCases.map(\.rawValue)), "The kind of network; none when not stated."),
            APIField("organizer", .slug, "The slug of the organization that runs it; none leaves it to administrators."),
            APIField("lead", .slug, "The slug of the lead place."),
            APIField("partners", .places, "Slugs of the partner places."),
            APIField("observers", .places, "Slugs of the observer places."),
            APIField("startDate", .day, "The first day."),
            APIField("endDate", .day, "The last day."),
            APIField("status", .choice(LifecycleStatus.allCases.map(\.rawValue)), "The status, where the dates do not tell it."),
            APIField("summary", .text, "At most 5,000 characters."),
            APIField("outputs", .lines, "At most 50 outputs, each of at most 500 characters."),
            APIField("website", .text, "An http or https address."),
            APIField("themes", .themes, "Theme slugs, as listed at /api/v1/themes."),
        ])

    func fetch(slug: String) async throws -> Network? { try await Network.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Network? { try await Network.fetchOne(id: id, on: support.database.sql) }
    func url(of network: Network) -> SiteURL { .network(network.slug) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable { try await pages.apiNetwork(slug: slug) }
    func resource(of network: Network) -> Resource { .network(organizationID: network.organizationID) }
    func resource(of owner: OrganizationChoice) -> Resource { .network(organizationID: owner.id) }

    func newForm(query: [String: String], principal: Principal) async throws -> NetworkForm {
        NetworkForm(organizerSlug: try await support.chosenOrganization(query: query, principal: principal).slug)
    }

    func form(of network: Network) async throws -> NetworkForm {
        let db = support.database.sql
        let organization = try await network.organizationID.asyncMap { try await Organization.fetchOne(id: $0, on: db) } ?? nil
        let places = try await Place.fetchDictionary(ids: [network.leadPlaceID].compactMap { $0 } + network.members.map(\.placeID), on: db)
        return NetworkForm(network, organizerSlug: organization?.slug ?? "", placeSlugs: places.mapValues(\.slug))
    }

    func form(posted body: FormBody) async throws -> NetworkForm {
        NetworkForm(posted: body, themes: try await support.themes())
    }

    func owner(of form: NetworkForm, existing: Network?) async throws -> OrganizationChoice? {
        try await support.organizationChoice(slug: form["organizer"])
    }

    func validate(_ form: inout NetworkForm, existing: Network?, owner: OrganizationChoice, _ t: Catalog) async throws -> Network? {
        let places = try await Place.fetchDictionary(slugs: form.placeSlugs, on: support.database.sql)
        return form.validated(existing: existing, organization: owner.organization, places: places,
                              knownThemes: try await support.themeSlugs(), t)
    }

    func changes(from old: Network?, to new: Network) -> [String: AuditChange] { NetworkForm.changes(from: old, to: new) }

    func page(_ page: EditorPage<NetworkForm, Network>, principal: Principal) async throws -> String {
        EditorViews.networkForm(page, organizations: try await support.organizations(for: principal, orNone: true),
                                orNone: principal.isAdministrator, themes: try await support.themes())
    }

    func delete(_ network: Network, by principal: Principal, now: Date, on db: any SQLDatabase) async throws {
        let references = try await Network.references(id: network.id, on: db)
        if !references.practiceTitles.isEmpty || !references.transfers.isEmpty {
            throw EditorRefusal(message: Self.refusal(network, references))
        }
        let mention = ["network_id": AuditChange(from: String(network.id), to: nil)]
        for eventID in references.eventIDs {
            try await AuditLog.record(by: principal, action: "edit", entity: "event", entityID: eventID,
                                      changes: mention, now: now, on: db)
        }
        for articleID in references.articleIDs {
            try await AuditLog.record(by: principal, action: "edit", entity: "article", entityID: articleID,
                                      changes: mention, now: now, on: db)
        }
        try await Network.delete(id: network.id, on: db)
    }

    /// Why a network cannot be deleted, naming the records that refer to it.
    static func refusal(_ network: Network, _ references: NetworkReferences) -> String {
        var records = references.practiceTitles.map { "the good practice “\($0)”" }
        records += references.transfers.map { "the transfer of “\($0.practice)” to \($0.receivingPlace)" }
        let shown = records.prefix(5).joined(separator: ", ") + (records.count > 5 ? " and \(records.count - 5) more" : "")
        return "“\(network.name)” cannot be deleted while places' records refer to it: \(shown). "
            + "Those records belong to their places; set the network's status to closed instead, "
            + "or have the network taken off them first."
    }
}
