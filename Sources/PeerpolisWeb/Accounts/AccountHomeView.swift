import Plot

/// `/account`, finished for the view: the lists of what one has under way, and the buttons that act on
/// them (leaving a waitlist).
struct AccountHomeModel: Sendable {
    /// An event one waits for, with the button that gives up one's place in line.
    struct Waiting: Sendable {
        var item: ListItem
        var cancel: SiteURL
    }

    var title: String
    var intro: String
    var seats: Section
    var waiting: [Waiting]
    var applications: Section
    var more: Section
    /// The language the hub writes to the account in.
    var language: Language
    var csrf: String
}

enum AccountHomeView {
    /// The value of the hidden `back` field that sends a cancellation back here rather than to the event.
    static let backToAccount = "account"

    static func render(_ model: AccountHomeModel, context: PageContext) -> String {
        let t = context.catalog
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(model.title)),
            .p(.class("lead"), .text(model.intro)),
            Components.section(model.seats),
            .section(
                .h2(.text(t[.accountHomeWaitlist])),
                .if(model.waiting.isEmpty, .p(.class("meta"), .text(t[.accountHomeNoWaitlist]))),
                .if(!model.waiting.isEmpty, .ul(.class("items"), .forEach(model.waiting) { waiting(_: $0, csrf: model.csrf, t) }))
            ),
            Components.section(model.applications),
            Components.section(model.more),
            languageForm(model, t)
        )
        return Layout.page(title: model.title, context: context, main: main)
    }

    static func languageForm(_ model: AccountHomeModel, _ t: Catalog) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text(t[.accountLanguageHeading])),
            .form(.action(SiteURL.accountLanguage.path), .method(.post),
                  .input(.type(.hidden), .name(CSRF.field), .value(attribute(model.csrf))),
                  .div(.class("field"), .label(.for("account-language"), .text(t[.accountLanguageLabel])),
                       .raw(ContributionViews.selectHTML(id: "account-language", name: "language", selected: model.language.rawValue,
                                                         options: Language.allCases.map { ($0.rawValue, $0.endonym) }))),
                  .button(.type(.submit), .text(t[.saveButton])))
        )
    }

    static func waiting(_ waiting: AccountHomeModel.Waiting, csrf: String, _ t: Catalog) -> Node<HTML.ListContext> {
        .li(
            .a(.href(attribute(waiting.item.href)), .strong(.text(waiting.item.title))),
            .p(.class("meta"), .text(waiting.item.meta.joined(separator: " · "))),
            .form(.action(attribute(waiting.cancel.path)), .method(.post),
                  .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                  .input(.type(.hidden), .name("back"), .value(backToAccount)),
                  .button(.type(.submit), .text(t[.accountHomeLeaveWaitlist])))
        )
    }
}
