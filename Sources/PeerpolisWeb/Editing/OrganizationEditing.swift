import Foundation
import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// Administrators add and delete organizations; an organization's editors change its profile. `Editor`
/// supplies the routes, drafts and history every editor shares. An organization that networks, cooperations,
/// events, calls, articles or pledges still name is not deleted: the refusal says what names it.
struct OrganizationEditing: EditorDescription {
    /// A new organization belongs to the site (administrators); an existing one to itself (its editors).
    enum Scope: Sendable {
        case newOrganization
        case existing(Organization)
    }

    let support: EditorSupport

    static let entityName = "organization", collection = "organizations", untitled = "Untitled organization"
    static let titleField = "name"
    static let actions = EditorActions(create: .createOrganization, edit: .editOrganization, delete: .deleteOrganization)
    static let ownerRefusal = "Only administrators add organizations; an organization's editors change its profile."
    static let listURL = SiteURL.organizations
    static let api = EditorAPI(
        schema: "Organization", whoMay: "administrators add and delete organizations; an organization's editors, and administrators, change its profile",
        example: #"{"name": "Metropolitan transport agency", "kind": "agency", "website": "https://transport.example"}"#,
        fields: [
            APIField("name", .text, required: true, "2 to 200 characters."),
            APIField("kind", .choice(OrganizationKind.allCases.map(\.rawValue)), required: true, "The kind of organization."),
            APIField("website", .text, "An http or https address."),
            APIField("summary", .text, "At most 5,000 characters."),
        ])

    func fetch(slug: String) async throws -> Organization? { try await Organization.fetchOne(slug: slug, on: support.database.sql) }
    func fetch(id: Int) async throws -> Organization? { try await Organization.fetchOne(id: id, on: support.database.sql) }
    func url(of organization: Organization) -> SiteURL { .organization(organization.slug) }
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable {
        try await pages.apiOrganization(slug: slug)
    }
    func resource(of organization: Organization) -> Resource { .organization(id: organization.id) }

    func resource(of scope: Scope) -> Resource {
        switch scope {
        case .newOrganization: .site
        case .existing(let organization): .organization(id: organization.id)
        }
    }

    func draftOrganizationID(_ scope: Scope) -> Int? {
        if case .existing(let organization) = scope { organization.id } else { nil }
    }

    func newForm(query: [String: String], principal: Principal) async throws -> OrganizationForm {
        guard Authorization.can(principal, Self.actions.create, .site) else { throw WebError.forbidden(Self.ownerRefusal) }
        return OrganizationForm(fields: ["kind": OrganizationKind.programme.rawValue])
    }

    func form(of organization: Organization) async throws -> OrganizationForm { OrganizationForm(organization) }
    func form(posted body: FormBody) async throws -> OrganizationForm { OrganizationForm(posted: body, themes: []) }

    func owner(of form: OrganizationForm, existing: Organization?) async throws -> Scope? {
        existing.map(Scope.existing) ?? .newOrganization
    }

    func validate(_ form: inout OrganizationForm, existing: Organization?, owner: Scope, _ t: Catalog) async throws -> Organization? {
        form.validated(existing: existing, t)
    }

    func changes(from old: Organization?, to new: Organization) -> [String: AuditChange] {
        OrganizationForm.changes(from: old, to: new)
    }

    func page(_ page: EditorPage<OrganizationForm, Organization>, principal: Principal) async throws -> String {
        let mayDelete = page.entity.map { Authorization.can(principal, Self.actions.delete, resource(of: $0)) } ?? false
        return EditorViews.organizationForm(page, mayDelete: mayDelete)
    }

    func delete(_ organization: Organization, by principal: Principal, now: Date, on db: any SQLDatabase) async throws {
        let references = try await Organization.references(id: organization.id, on: db)
        guard references.isEmpty else { throw EditorRefusal(message: Self.refusal(organization, references)) }
        try await Organization.delete(id: organization.id, on: db)
    }

    /// Why an organization cannot be deleted, counting what names it.
    static func refusal(_ organization: Organization, _ references: OrganizationReferences) -> String {
        let counts = [(references.networks, "network"), (references.cooperations, "cooperation"), (references.events, "event"),
                      (references.calls, "call"), (references.articles, "article"), (references.pledges, "pledge")]
        let named = counts.filter { $0.0 > 0 }.map { count, noun in "\(count) \(noun)\(count == 1 ? "" : "s")" }
        let list = named.count > 1 ? named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1] : named.joined()
        return "“\(organization.name)” cannot be deleted while \(list) name it: delete them, or move them to another "
            + "organization, first."
    }
}
