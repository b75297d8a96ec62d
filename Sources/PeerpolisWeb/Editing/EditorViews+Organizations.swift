import Foundation
import Plot
import PeerpolisDomain

/// The editors of networks, cooperations and organizations' profiles.
extension EditorViews {
    /// `orNone` offers no organization at all, which only administrators may choose.
    static func networkForm(_ page: EditorPage<NetworkForm, Network>, organizations: [Organization], orNone: Bool,
                            themes: [Theme]) -> String {
        let t = page.context.catalog, network = page.entity
        let fields = Fields(values: page.form.fields, errors: page.form.errors, prefix: "network", catalog: t)
        let none = [("", t[.editorNotStated])]
        return editor(
            page, title: network.map { t.format(.editorEditEvent, $0.name) } ?? t[.editorNewNetwork],
            action: network.map { .networkEdit($0.slug) } ?? .networkNew,
            delete: network.map { (.networkDelete($0.slug), t[.editorDeleteNetwork]) },
            fields: [
                fields.text("name", .fieldName),
                fields.select("kind", .fieldKind, none + NetworkKind.allCases.map { ($0.rawValue, t.label("network-kind", $0.rawValue)) }),
                fields.select("organizer", .fieldOrganization, organizationOptions(organizations, orNone: orNone, t)),
                fields.text("lead", .editorLeadPlace),
                fields.text("partners", .editorPartners),
                fields.text("observers", .editorObservers),
                fields.text("startDate", .editorPeriodStart, type: .date),
                fields.text("endDate", .editorPeriodEnd, type: .date),
                fields.select("status", .editorStatedStatus, none + LifecycleStatus.allCases.map { ($0.rawValue, t.label("status", $0.rawValue)) }),
                fields.textArea("summary", .editorSummary),
                fields.textArea("outputs", .editorOutputs),
                fields.text("website", .editorWebsite, type: .url),
                fields.themeBoxes(themes),
            ])
    }

    /// `orNone` offers no programme at all, which only administrators may choose.
    static func cooperationForm(_ page: EditorPage<CooperationForm, Cooperation>, programmes: [Organization], orNone: Bool,
                                themes: [Theme]) -> String {
        let t = page.context.catalog, cooperation = page.entity
        let fields = Fields(values: page.form.fields, errors: page.form.errors, prefix: "cooperation", catalog: t)
        return editor(
            page, title: cooperation.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewCooperation],
            action: cooperation.map { .cooperationEdit($0.slug) } ?? .cooperationNew,
            delete: cooperation.map { (.cooperationDelete($0.slug), t[.editorDeleteCooperation]) },
            fields: [
                fields.text("title", .postTitle),
                fields.select("programme", .fieldProgramme, organizationOptions(programmes, orNone: orNone, t)),
                fields.text("places", .editorCooperationPlaces),
                fields.text("startDate", .editorPeriodStart, type: .date),
                fields.text("endDate", .editorPeriodEnd, type: .date),
                fields.textArea("narrative", .editorNarrative),
                fields.textArea("outcomes", .editorOutcomes),
                fields.themeBoxes(themes),
            ])
    }

    /// `mayDelete` shows the deletion, which only administrators may do.
    static func organizationForm(_ page: EditorPage<OrganizationForm, Organization>, mayDelete: Bool) -> String {
        let t = page.context.catalog, organization = page.entity
        let fields = Fields(values: page.form.fields, errors: page.form.errors, prefix: "organization", catalog: t)
        return editor(
            page, title: organization.map { t.format(.editorEditEvent, $0.name) } ?? t[.editorNewOrganization],
            action: organization.map { .organizationEdit($0.slug) } ?? .organizationNew,
            delete: organization.flatMap { mayDelete ? (.organizationDelete($0.slug), t[.editorDeleteOrganization]) : nil },
            fields: [
                fields.text("name", .fieldName),
                fields.select("kind", .fieldKind, OrganizationKind.allCases.map { ($0.rawValue, t.label("organization-kind", $0.rawValue)) }),
                fields.text("website", .editorWebsite, type: .url),
                fields.textArea("summary", .editorSummary),
            ])
    }

    private static func organizationOptions(_ organizations: [Organization], orNone: Bool, _ t: Catalog) -> [(String, String)] {
        (orNone ? [("", t[.editorNoOrganization])] : []) + organizations.map { ($0.slug, $0.name) }
    }
}
