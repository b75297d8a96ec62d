import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A network as typed in its form, every field kept as text, with a message per field that cannot be published.
/// Members are given by place slug in two lists, partners and observers; the lead place joins the members as
/// their lead.
struct NetworkForm: EditorForm {
    static let fieldNames = ["name", "kind", "organizer", "lead", "partners", "observers", "startDate", "endDate",
                             "status", "summary", "outputs", "website", "themes"]
    /// The most members a form may list, which bounds the look-up of their slugs.
    static let maximumMembers = 300

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    /// Blank, for a new network of this organization.
    init(organizerSlug: String) {
        fields = ["organizer": organizerSlug]
    }

    init() {}

    /// The values of a published network; `placeSlugs` holds the slugs of its lead and members.
    init(_ network: Network, organizerSlug: String, placeSlugs: [Int: String]) {
        func slugs(_ members: [NetworkMember]) -> String { members.compactMap { placeSlugs[$0.placeID] }.joined(separator: ", ") }
        let lead = network.leadPlaceID
        fields = ["name": network.name, "kind": network.kind?.rawValue ?? "", "organizer": organizerSlug,
                  "lead": lead.flatMap { placeSlugs[$0] } ?? "",
                  "partners": slugs(network.members.filter { $0.role != .observer && $0.placeID != lead }),
                  "observers": slugs(network.members.filter { $0.role == .observer }),
                  "startDate": network.startDate?.description ?? "", "endDate": network.endDate?.description ?? "",
                  "status": network.statedStatus?.rawValue ?? "", "summary": network.summary,
                  "outputs": network.outputs.joined(separator: "\n"), "website": network.website ?? "",
                  "themes": network.themeSlugs.joined(separator: ",")]
    }

    /// Every place slug the form names, for looking them up at once (bounded: a longer list is refused).
    var placeSlugs: [String] {
        Array(Self.slugs(in: [self["lead"], self["partners"], self["observers"]].joined(separator: ",")).prefix(Self.maximumMembers + 1))
    }

    /// Checks every field and, when all hold, returns the network. `organization` is the one the form names
    /// (nil for none), `places` the places of `placeSlugs` that exist.
    mutating func validated(existing: Network?, organization: Organization?, places: [String: Place],
                            knownThemes: Set<String>) -> Network? {
        errors = [:]
        let name = text("name", 3...200, "Give a name of 3 to 200 characters.")
        let kind = NetworkKind(rawValue: self["kind"])
        if kind == nil && !self["kind"].isEmpty { errors["kind"] = "Choose the kind of network, or leave it not stated." }
        let lead = self["lead"].isEmpty ? [] : self.places("lead", found: places)
        if Self.slugs(in: self["lead"]).count > 1 { errors["lead"] = "Give one lead place; list the others as partners." }
        let partners = self.places("partners", found: places).filter { $0.id != lead.first?.id }
        let observers = self.places("observers", found: places)
        let both = Set(partners.map(\.slug)).intersection(observers.map(\.slug)).sorted()
        if !both.isEmpty { errors["observers"] = "A member is a partner or an observer, not both: \(both.joined(separator: ", "))." }
        if placeSlugs.count > Self.maximumMembers { errors["partners"] = "List at most \(Self.maximumMembers) members." }
        let (start, end) = optionalPeriod(start: "startDate", end: "endDate")
        let status = LifecycleStatus(rawValue: self["status"])
        if status == nil && !self["status"].isEmpty { errors["status"] = "Choose a status, or leave it to the dates." }
        let summary = text("summary", 0...5_000, "The summary may have at most 5,000 characters; it has \(self["summary"].count).")
        let outputs = self["outputs"].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if outputs.count > 50 || outputs.contains(where: { $0.count > 500 }) {
            errors["outputs"] = "List at most 50 outputs, one a line, each of at most 500 characters."
        }
        let website = self.website("website")
        let themes = self.themes(known: knownThemes)

        guard errors.isEmpty else { return nil }
        let members = lead.map { NetworkMember(placeID: $0.id, role: .lead) } + partners.map { NetworkMember(placeID: $0.id, role: .partner) }
            + observers.map { NetworkMember(placeID: $0.id, role: .observer) }
        return Network(id: existing?.id ?? 0, slug: existing?.slug ?? "", name: name, kind: kind, organizationID: organization?.id,
                       leadPlaceID: lead.first?.id, startDate: start, endDate: end, statedStatus: status, summary: summary,
                       outputs: outputs, website: website, themeSlugs: themes, members: members)
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Network?, to new: Network) -> [String: AuditChange] {
        func members(_ network: Network) -> String {
            network.members.map { "\($0.placeID):\($0.role.rawValue)" }.joined(separator: ",")
        }
        return auditChanges([
            ("name", old?.name, new.name),
            ("kind", old?.kind?.rawValue, new.kind?.rawValue),
            ("organization_id", old?.organizationID.map(String.init), new.organizationID.map(String.init)),
            ("lead_place_id", old?.leadPlaceID.map(String.init), new.leadPlaceID.map(String.init)),
            ("members", old.map(members), members(new)),
            ("start_date", old?.startDate?.description, new.startDate?.description),
            ("end_date", old?.endDate?.description, new.endDate?.description),
            ("stated_status", old?.statedStatus?.rawValue, new.statedStatus?.rawValue),
            ("summary", old?.summary, new.summary),
            ("outputs", old.map { $0.outputs.joined(separator: "\n") }, new.outputs.joined(separator: "\n")),
            ("website", old?.website, new.website),
            ("themes", old.map { $0.themeSlugs.joined(separator: ",") }, new.themeSlugs.joined(separator: ",")),
        ])
    }
}
