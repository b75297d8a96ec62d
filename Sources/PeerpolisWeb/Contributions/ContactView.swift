import Plot
import PeerpolisDomain
import PeerpolisStorage

/// The experts directory and the form that writes to a place's representatives or an expert.
enum ContactView {
    static func directory(experts: [Expert], themes: [Theme], context: PageContext) -> String {
        let t = context.catalog
        let names = Dictionary(themes.map { ($0.slug, t.language == .fr ? ($0.nameFr ?? $0.name) : $0.name) }) { first, _ in first }
        let items = experts.map { expert in
            ListItem(title: expert.name, url: .expertContact(expert.userID),
                     meta: [expert.themes.compactMap { names[$0] }.joined(separator: ", ")])
        }
        let model = ListPageModel(title: t[.expertsTitle], intro: t[.expertsIntro], action: .experts, filters: [],
                                  count: nil, sections: [Section("", items: items, emptyText: t[.expertsNone])],
                                  pagination: nil)
        return ListView.render(model, context: context)
    }

    static func form(recipients: ContactController.Recipients, form: MessageForm, csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let title = t.format(.contactTitle, recipients.name)
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t[.contactIntro])),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(
                .action(recipients.action.path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .div(.class("field"), .label(.for("contact-message"), .text(t[.contactMessage])),
                     .unwrap(form.errors["message"]) { .p(.id("error-message"), .class("error"), .text($0)) },
                     .textarea(.id("contact-message"), .name("message"), .attribute(named: "rows", value: "8"), .text(form.message))),
                .button(.type(.submit), .text(t[.contactSend]))
            ),
            .p(.a(.href(recipients.back.path), .text(t[.progressBack])))
        )
        return Layout.page(title: title, context: context, main: main)
    }
}
