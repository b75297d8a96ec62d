import Foundation
import Plot
import PeerpolisDomain

/// The application form, an application's page with the reviewers' form, and a call's list for reviewers.
enum ApplicationViews {
    static func form(call: Call, organizationName: String?, form: ApplicationForm, csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let title = t.format(.applyTitle, call.title)
        func error(_ field: String) -> Node<HTML.FormContext> {
            .unwrap(form.errors[field]) { .p(.id(attribute("error-" + field)), .class("error"), .text($0)) }
        }
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t.format(.applyIntro, organizationName ?? "—"))),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .unwrap(form.errors["call"]) { .p(.class("error"), .text($0)) },
            .if(!form.rules.isEmpty, .group(
                .h2(.text(t[.consortiumRules])),
                .ul(.forEach(form.rules) { rule in
                    .li(.text((rule.isMet ? t[.ruleMet] : t[.ruleNotMet]) + ": " + rule.sentence))
                })
            )),
            .form(
                .action(SiteURL.callApply(call.slug).path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .div(.class("field"), .label(.for("apply-lead"), .text(t[.applyLead])), error("lead"),
                     .input(.type(.text), .id("apply-lead"), .name("lead"), .value(attribute(form.lead)))),
                .div(.class("field"), .label(.for("apply-partners"), .text(t[.applyPartners])), error("partners"), error("rules"),
                     .textarea(.id("apply-partners"), .name("partners"), .attribute(named: "rows", value: "4"), .text(form.partners))),
                .div(.class("field"), .label(.for("apply-proposal"), .text(t[.applyProposal])), error("proposal"),
                     .textarea(.id("apply-proposal"), .name("proposal"), .attribute(named: "rows", value: "12"), .text(form.proposal))),
                .button(.type(.submit), .text(t[.applySubmit]))
            ),
            .p(.a(.href(SiteURL.callConsortium(call.slug).path), .text(t[.proposeConsortium])))
        )
        return Layout.page(title: title, context: context, main: main)
    }

    static func show(application: CallApplication, call: Call, places: [Int: Place], reviewer: Bool, error: String?,
                     csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let title = t.format(.applicationTitle, call.title)
        func place(_ id: Int) -> Node<HTML.BodyContext> {
            guard let place = places[id] else { return .text("—") }
            return .a(.href(SiteURL.place(place.slug).path), .text(place.name))
        }
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .dl(
                .dt(.text(t[.applicationState])), .dd(.text(t.label("application", application.status.rawValue))),
                .dt(.text(t[.applyLead])), .dd(place(application.leadPlaceID)),
                .dt(.text(t[.applyPartners])),
                .dd(.ul(.forEach(application.partnerPlaceIDs) { .li(place($0)) })),
                .if(!application.reviewNote.isEmpty, .group(.dt(.text(t[.applicationNote])), .dd(.text(application.reviewNote))))
            ),
            .h2(.text(t[.applyProposal])),
            .div(.class("body"), .raw(Markdown.html(application.proposal))),
            .if(reviewer && !application.status.next.isEmpty, .form(
                .action(SiteURL.applicationReview(application.id).path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .h2(.text(t[.applicationReview])),
                .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
                .div(.class("field"), .label(.for("review-status"), .text(t[.applicationState])),
                     .raw(ContributionViews.selectHTML(id: "review-status", name: "status", selected: "",
                                                       options: application.status.next.map { ($0.rawValue, t.label("application", $0.rawValue)) }))),
                .div(.class("field"), .label(.for("review-note"), .text(t[.applicationNote])),
                     .textarea(.id("review-note"), .name("note"), .attribute(named: "rows", value: "4"), .text(""))),
                .button(.type(.submit), .text(t[.saveButton]))
            )),
            .p(.a(.href(SiteURL.call(call.slug).path), .text(call.title)))
        )
        return Layout.page(title: title, context: context, main: main)
    }

    static func list(call: Call, applications: [CallApplication], leads: [Int: Place], context: PageContext) -> String {
        let t = context.catalog
        let items = applications.map { application in
            ListItem(title: leads[application.leadPlaceID]?.name ?? "—", url: .application(application.id),
                     meta: [t.label("application", application.status.rawValue),
                            t.format(.applicationPartnerCount, String(application.partnerPlaceIDs.count))])
        }
        let model = ListPageModel(title: t.format(.applicationsTitle, call.title), intro: nil, action: .callApplications(call.slug),
                                  filters: [], count: nil, sections: [Section("", items: items, emptyText: t[.applicationsNone])],
                                  pagination: nil)
        return ListView.render(model, context: context)
    }
}
