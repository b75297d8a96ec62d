import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// What every editor works with and shares: the database, clock, authorizer and reference data; the
/// organizations an account publishes for; drafts; an entity's history read from the audit log; and the
/// transactions that publish and delete with their audit rows.
struct EditorSupport: Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData
    /// The read side, whose API JSON an API write answers with.
    let site: SiteController

    /// Who an API write comes from, by its bearer token.
    var bearer: BearerAuthenticator { BearerAuthenticator(database: database, clock: clock) }

    /// The organizations an account may publish for: every one for an administrator. With `orNone` false,
    /// an account that edits none is refused.
    func organizations(for principal: Principal, orNone: Bool = false) async throws -> [Organization] {
        let all = try await Organization.fetchAll(on: database.sql)
        let mine = principal.isAdministrator ? all : all.filter { principal.editedOrganizationIDs.contains($0.id) }
        guard !mine.isEmpty || orNone else {
            throw WebError.forbidden("Your account edits no organization, so it cannot publish here. An administrator can grant that role.")
        }
        return mine
    }

    /// The organization a new entity's form starts with: the one `?organizer=` names among those the account
    /// publishes for, else the first of them. Refuses an account that publishes for none.
    func chosenOrganization(query: [String: String], principal: Principal) async throws -> Organization {
        let choices = try await organizations(for: principal)
        return query["organizer"].flatMap { slug in choices.first { $0.slug == slug } } ?? choices[0]
    }

    /// The organization a form names by slug where it may name none (`.none` for an empty slug); nil when the
    /// slug names no organization.
    func organizationChoice(slug: String) async throws -> OrganizationChoice? {
        guard !slug.isEmpty else { return OrganizationChoice.none }
        return try await Organization.fetchOne(slug: slug, on: database.sql).map(OrganizationChoice.organization)
    }

    /// The places an account represents, by name; administrators, who may publish for any place, type its
    /// slug instead.
    func places(for principal: Principal) async throws -> [Place] {
        try await Place.fetchDictionary(ids: principal.representedPlaceIDs, on: database.sql).values
            .sorted { ($0.name, $0.id) < ($1.name, $1.id) }
    }

    /// The place a new entity's form starts with: the one `?place=` names when the account may publish for
    /// it, else the first it represents; nil for an administrator who named none. Refuses an account that
    /// represents no place.
    func chosenPlace(query: [String: String], principal: Principal) async throws -> Place? {
        let mine = try await places(for: principal)
        guard !mine.isEmpty || principal.isAdministrator else {
            throw WebError.forbidden("Your account represents no place, so it cannot publish here. An administrator can grant that role.")
        }
        if let slug = query["place"], let named = try await Place.fetchOne(slug: slug.lowercased(), on: database.sql),
           principal.isAdministrator || principal.representedPlaceIDs.contains(named.id) {
            return named
        }
        return mine.first
    }

    /// The themes a form may tick.
    func themes() async throws -> [Theme] {
        try await reference.snapshot().themes
    }

    /// The slugs of every theme, which a form's themes are checked against.
    func themeSlugs() async throws -> Set<String> {
        Set(try await themes().map(\.slug))
    }

    /// A draft and the account looking at it: its author, an editor of its organization or an administrator.
    func draft(_ context: AppRequestContext) async throws -> (Draft, Principal) {
        guard let principal = try await authorizer.principal(context) else { throw WebError.signInRequired }
        guard let id = Int(try context.parameters.require("id")), let draft = try await Draft.fetchOne(id: id, on: database.sql) else {
            throw WebError.notFound
        }
        guard Self.mayUse(draft, principal) else {
            throw WebError.forbidden("This draft belongs to another organization or place, and only its editors or representatives may open it.")
        }
        return (draft, principal)
    }

    /// The draft a form was opened from (its id travels in a hidden field), when the account may use it.
    func draft(id text: String, principal: Principal) async throws -> Draft? {
        guard let id = Int(text), let draft = try await Draft.fetchOne(id: id, on: database.sql) else { return nil }
        return Self.mayUse(draft, principal) ? draft : nil
    }

    /// A draft is open to its author, to the editors of its organization or the representatives of its
    /// place, and to administrators.
    static func mayUse(_ draft: Draft, _ principal: Principal) -> Bool {
        draft.userID == principal.user.id || principal.isAdministrator
            || draft.organizationID.map(principal.editedOrganizationIDs.contains) == true
            || draft.placeID.map(principal.representedPlaceIDs.contains) == true
    }

    /// An entity's audit log with the names of those who wrote it, newest first.
    func history(entity: String, id: Int) async throws -> [EditorViews.HistoryLine] {
        var names: [Int: String] = [:]
        var lines: [EditorViews.HistoryLine] = []
        for entry in try await AuditLog.fetchAll(entity: entity, entityID: id, on: database.sql).reversed() {
            var who = "—"
            if let userID = entry.userID {
                if names[userID] == nil { names[userID] = try await User.fetchOne(id: userID, on: database.sql)?.displayName ?? "—" }
                who = names[userID] ?? "—"
            }
            let fields = (try? JSONDecoder().decode([String: AuditChange].self, from: Data(entry.changes.utf8)))?.keys.sorted() ?? []
            lines.append(EditorViews.HistoryLine(when: entry.createdAt, who: who, action: entry.action, fields: fields,
                                                 channel: entry.channel))
        }
        return lines
    }

    /// Publishes a checked form in one transaction: a new entity gets its slug from its title and is
    /// inserted, an existing one is updated; then its audit-log row, and the draft it came from removed.
    func publish<Entity: EditableEntity>(_ entity: Entity, entityName: String, existingID: Int?,
                                         changes: [String: AuditChange], draft: Draft?, by principal: Principal,
                                         now: Date) async throws -> Entity {
        try await database.transaction { db in
            var saved = entity
            if existingID != nil {
                try await Entity.update(entity, on: db)
            } else {
                saved.slug = try await Entity.freeSlug(for: entity.title, on: db)
                saved = try await Entity.insert(saved, on: db)
            }
            try await AuditLog.record(by: principal, action: existingID == nil ? "create" : "edit",
                                      entity: entityName, entityID: saved.id, changes: changes, now: now, on: db)
            if let draftID = draft?.id { try await Draft.delete(id: draftID, on: db) }
            return saved
        }
    }

    /// Deletes an entity in one transaction with its audit-log row.
    func remove(entityName: String, id: Int, title: String, by principal: Principal, now: Date,
                delete: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await database.transaction { db in
            try await delete(db)
            try await AuditLog.record(by: principal, action: "delete", entity: entityName, entityID: id,
                                      changes: ["title": AuditChange(from: title, to: nil)], now: now, on: db)
        }
    }
}

/// The organization a network or cooperation belongs to, which may be none: such an entity is then no
/// organization's to edit, and only administrators publish it.
enum OrganizationChoice: Sendable {
    case none
    case organization(Organization)

    var organization: Organization? {
        if case .organization(let organization) = self { organization } else { nil }
    }

    var id: Int? { organization?.id }
}

/// Field-by-field differences between two versions of an entity, for the audit log: each triple is a field's
/// name, its value before (nil for a new entity) and after; fields whose value did not change are left out.
func auditChanges(_ fields: [(String, String?, String?)]) -> [String: AuditChange] {
    var changes: [String: AuditChange] = [:]
    for (field, before, after) in fields where before != after {
        changes[field] = AuditChange(from: before, to: after)
    }
    return changes
}
