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
    /// (nil for none), `places` the places of `placeSlugs` that exist. Messages are in the language of `t`.
    mutating func validated(existing: Network?, organization: Organization?, places: [String: Place],
                            knownThemes: Set<String>, _ t: Catalog) -> Network? {
        errors = [:]
        let name = text("name", 3...200, t.format(.editorCheckName, "3"))
        let kind = NetworkKind(rawValue: self["kind"])
        if kind == nil && !self["kind"].isEmpty { errors["kind"] = t[.editorCheckNetworkKind] }
        let lead = self["lead"].isEmpty ? [] : self.places("lead", found: places, t)
        if Self.slugs(in: self["lead"]).count > 1 { errors["lead"] = t[.editorCheckOneLead] }
        let partners = self.places("partners", found: places, t).filter { $0.id != lead.first?.id }
        let observers = self.places("observers", found: places, t)
        let both = Set(partners.map(\.slug)).intersection(observers.map(\.slug)).sorted()
        if !both.isEmpty { errors["observers"] = t.format(.editorCheckPartnerAndObserver, both.joined(separator: ", ")) }
        if placeSlugs.count > Self.maximumMembers { errors["partners"] = t.format(.editorCheckTooManyMembers, String(Self.maximumMembers)) }
        let (start, end) = optionalPeriod(start: "startDate", end: "endDate", t)
        let status = LifecycleStatus(rawValue: self["status"])
        if status == nil && !self["status"].isEmpty { errors["status"] = t[.editorCheckStatus] }
        let summary = self.summary(limit: 5_000, t)
        let outputs = self["outputs"].split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        if outputs.count > 50 || outputs.contains(where: { $0.count > 500 }) {
            errors["outputs"] = t[.editorCheckOutputs]
        }
        let website = self.website("website", t)
        let themes = self.themes(known: knownThemes, t)

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
