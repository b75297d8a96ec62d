import Foundation
import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// What one kind of entity's editor supplies; `Editor` turns it into the routes, drafts, history and
/// transactions every editor shares. A description says only what differs between entities:
///
/// - its form and how the form is checked (`Form`, `newForm`, `form(of:)`, `form(posted:)`, `validate`);
/// - who owns an entity and which `Authorization` actions and resources apply (`Owner`, `owner(of:existing:)`,
///   `actions`, `resource(of:)` for an entity and for an owner, `draftOrganizationID`);
/// - its page (`page`) and its addresses (`collection`, `url(of:)`, `listURL`);
/// - its JSON API writes: the members of a body and their types (`api`), and the read API's JSON of an entity
///   (`apiDetail`);
/// - its field-by-field changes for the audit log (`changes`), and, when deleting needs more than deleting
///   the row, `delete`.
///
/// To add an editor: write the form (an `EditorForm`), make the entity `EditableEntity`, write a
/// description, add its `SiteURL` cases (new, edit, delete) and add `Editor(description)` to the `editors`
/// list in `buildRouter`, which registers its page and API routes, documents the API ones in `/openapi.json`
/// and lets `DraftsController` open its drafts. Drafts
/// are shared by organization only (`drafts.organization_id`): an owner with no organization (a place, say)
/// returns nil from `draftOrganizationID`, leaving its drafts to their author and administrators.
protocol EditorDescription: Sendable {
    /// What is published: a row of a public table.
    associatedtype Entity: EditableEntity
    /// The entity as typed.
    associatedtype Form: EditorForm
    /// What an entity belongs to, which decides who may publish it: an organization for events, a place
    /// for a place's profile, the whole site for a new organization.
    associatedtype Owner: Sendable

    /// The database, clock, authorizer and reference data the editor works with.
    var support: EditorSupport { get }

    /// The entity's name in the audit log and the drafts table (`event`).
    static var entityName: String { get }
    /// The first segment of the editor's paths: `/<collection>/new`, `/<collection>/:slug/edit` and
    /// `/<collection>/:slug/delete`. `url(of:)` and the entity's `SiteURL` cases must agree with it.
    static var collection: String { get }
    /// A draft's title when its form has none yet (`Untitled event`).
    static var untitled: String { get }
    /// The field whose value titles a draft (`title`, or `name` for networks and organizations).
    static var titleField: String { get }
    /// The actions `Authorization.can` is asked about: publishing for an owner (create or edit), and deleting.
    static var actions: EditorActions { get }
    /// The sentence that refuses a form naming an owner the account may not publish for.
    static var ownerRefusal: String { get }
    /// The form's field that names the owner (`organizer`), where a form naming none that exists gets its message.
    static var ownerField: String { get }
    /// How the entities are written through the JSON API: the members of a body, one per form field, and their
    /// JSON types (`Editor+API`).
    static var api: EditorAPI { get }
    /// Where a deletion sends the browser: the public list.
    static var listURL: SiteURL { get }

    func fetch(slug: String) async throws -> Entity?
    func fetch(id: Int) async throws -> Entity?
    /// The entity's public page, where publishing sends the browser; its `apiPath` is the entity in the API.
    func url(of entity: Entity) -> SiteURL
    /// The entity as the read API shows it (`GET /api/v1/<collection>/<slug>`), which API writes answer with.
    func apiDetail(slug: String, pages: Pages) async throws -> any Encodable & Sendable

    /// The resource an existing entity is, for editing and deleting it.
    func resource(of entity: Entity) -> Resource
    /// The resource an entity of `owner` would be, for publishing it there.
    func resource(of owner: Owner) -> Resource
    /// The organization whose editors share the drafts kept for `owner`; nil leaves a draft to its author
    /// and administrators (and to the place of `draftPlaceID`).
    func draftOrganizationID(_ owner: Owner) -> Int?
    /// The place whose representatives share the drafts kept for `owner`; nil by default.
    func draftPlaceID(_ owner: Owner) -> Int?
    /// The message beside the owner's field (`ownerField`) when the form names no owner that exists, in the
    /// language of `t`; by default, that no organization has the slug typed.
    func unknownOwnerMessage(_ form: Form, _ t: Catalog) -> String

    /// A blank form for the signed-in account, from the page's query (`?organizer=`); throws `forbidden`
    /// when the account may publish this kind of entity nowhere.
    func newForm(query: [String: String], principal: Principal) async throws -> Form
    /// The values of a published entity.
    func form(of entity: Entity) async throws -> Form
    /// What was posted.
    func form(posted body: FormBody) async throws -> Form
    /// The owner the form names, looked up (`existing` is the entity being changed); nil when it names none
    /// that exists, which refuses the form.
    func owner(of form: Form, existing: Entity?) async throws -> Owner?
    /// Checks every field, writing a message per field into `form.errors` in the language of `t` (the
    /// request's); when all hold, returns the entity the form describes (with `id` and `slug` from `existing`,
    /// or empty for a new one).
    func validate(_ form: inout Form, existing: Entity?, owner: Owner, _ t: Catalog) async throws -> Entity?
    /// Field-by-field differences between two versions, for the audit log and the history.
    func changes(from old: Entity?, to new: Entity) -> [String: AuditChange]
    /// The editor page. `principal` is who looks at it, for the owners it may choose among.
    func page(_ page: EditorPage<Form, Entity>, principal: Principal) async throws -> String
    /// Deletes an entity inside the deletion's transaction, whose audit row `Editor` writes. The default
    /// calls `Entity.delete(id:on:)`; a description that must refuse (with `EditorRefusal`) or detach what
    /// refers to the entity does it here, in the same transaction.
    func delete(_ entity: Entity, by principal: Principal, now: Date, on db: any SQLDatabase) async throws
}

extension EditorDescription {
    static var titleField: String { "title" }
    static var ownerField: String { "organizer" }

    func draftPlaceID(_ owner: Owner) -> Int? { nil }

    func unknownOwnerMessage(_ form: Form, _ t: Catalog) -> String {
        t.format(.editorCheckOwner, form[Self.ownerField])
    }

    func delete(_ entity: Entity, by principal: Principal, now: Date, on db: any SQLDatabase) async throws {
        try await Entity.delete(id: entity.id, on: db)
    }
}

/// Entities an organization publishes (events, calls, articles, networks): the form's `organizer` field
/// names the organization, whose editors share the drafts.
extension EditorDescription where Owner == Organization {
    func owner(of form: Form, existing: Entity?) async throws -> Organization? {
        try await Organization.fetchOne(slug: form["organizer"], on: support.database.sql)
    }

    func draftOrganizationID(_ organization: Organization) -> Int? { organization.id }
}

/// Entities that may belong to no organization (networks, cooperations): the organization's editors share the
/// drafts, and a draft of none is its author's and the administrators'.
extension EditorDescription where Owner == OrganizationChoice {
    func draftOrganizationID(_ choice: OrganizationChoice) -> Int? { choice.id }
}

/// Entities a place publishes (good practices, pledges): the form's `place` field names the place by its
/// slug (typed by administrators, chosen among theirs by representatives), whose representatives share the
/// drafts.
extension EditorDescription where Owner == Place {
    func owner(of form: Form, existing: Entity?) async throws -> Place? {
        let slug = form["place"].trimmingCharacters(in: .whitespaces).lowercased()
        return slug.isEmpty ? nil : try await Place.fetchOne(slug: slug, on: support.database.sql)
    }

    func draftOrganizationID(_ place: Place) -> Int? { nil }

    func draftPlaceID(_ place: Place) -> Int? { place.id }

    /// Blank but for the place (none yet for an administrator, who types it).
    func newForm(query: [String: String], principal: Principal) async throws -> Form {
        Form(fields: ["place": try await support.chosenPlace(query: query, principal: principal)?.slug ?? ""])
    }

    func unknownOwnerMessage(_ form: Form, _ t: Catalog) -> String {
        form[Self.ownerField].isEmpty ? t[.editorCheckPlaceMissing] : t.format(.editorCheckPlaces, "'\(form[Self.ownerField])'")
    }
}

/// The actions an editor asks `Authorization.can` about.
struct EditorActions: Sendable {
    /// Publishing a new entity for an owner.
    var create: Action
    /// Changing an entity, and publishing it for the owner its form names.
    var edit: Action
    var delete: Action
}

/// A form as typed: every field kept as text so a rejected or drafted form comes back as it was, with a
/// message per field that cannot be published.
protocol EditorForm: Sendable {
    /// Every field the form posts and a draft keeps. Theme boxes post as `theme.<slug>` and are kept as one
    /// comma-separated field, `themes`.
    static var fieldNames: [String] { get }
    var fields: [String: String] { get set }
    /// A message per field that cannot be published, by field name.
    var errors: [String: String] { get set }
    /// An empty form.
    init()
}

extension EditorForm {
    subscript(_ name: String) -> String { fields[name] ?? "" }

    /// The values of a saved draft.
    init(fields: [String: String]) {
        self.init()
        self.fields = fields.filter { Self.fieldNames.contains($0.key) }
    }

    /// What was posted.
    init(posted form: FormBody, themes: [Theme]) {
        self.init()
        read(form, themes: themes)
    }

    /// Reads every field of a posted form, the theme boxes into `themes`.
    mutating func read(_ form: FormBody, themes: [Theme]) {
        for name in Self.fieldNames where name != "themes" { fields[name] = form.text(name) }
        if Self.fieldNames.contains("themes") {
            fields["themes"] = themes.map(\.slug).filter { !form.text("theme." + $0).isEmpty }.joined(separator: ",")
        }
    }
}

/// What an editor page shows besides its fields: the form, the entity it changes (nil for a new one), the
/// draft it was opened from, the entity's history and whether a draft was just saved.
struct EditorPage<Form: EditorForm, Entity: EditableEntity>: Sendable {
    var form: Form
    var entity: Entity?
    var draftID: Int?
    /// The entity's audit log, newest first; empty for a new entity.
    var history: [EditorViews.HistoryLine]
    var saved: Bool
    /// A sentence refusing the last action, such as a deletion that would orphan others' records.
    var refusal: String?
    var csrf: String
    var context: PageContext
}

/// A write refused for a reason the editor page explains (409): deleting a network that places' good
/// practices still refer to, say. Thrown inside the write's transaction, which it rolls back.
struct EditorRefusal: Error, Sendable {
    var message: String
}

/// What the editors publish: entities with a slug made from their title, inserted, updated and deleted whole.
protocol EditableEntity: Sendable {
    var id: Int { get }
    var slug: String { get set }
    /// The title or name, as the audit log and the editor's heading show it.
    var title: String { get }
    static func freeSlug(for title: String, on db: any SQLDatabase) async throws -> String
    static func insert(_ entity: Self, on db: any SQLDatabase) async throws -> Self
    static func update(_ entity: Self, on db: any SQLDatabase) async throws
    static func delete(id: Int, on db: any SQLDatabase) async throws
}

extension Event: EditableEntity {}
extension Call: EditableEntity {}
extension PeerpolisDomain.Article: EditableEntity {}
extension Cooperation: EditableEntity {}

extension Network: EditableEntity {
    var title: String { name }
}

extension Organization: EditableEntity {
    var title: String { name }
}
