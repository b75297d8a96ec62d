import Plot
import PeerpolisDomain

/// The place profile editor and the partner-search post form. Every value passes through `attribute(_:)`
/// or `.text`, since what officers type is shown back to them.
enum ContributionViews {
    static func interests(place: Place, form: InterestsForm, csrf: String, saved: Bool, context: PageContext) -> String {
        let t = context.catalog
        let title = t.format(.editProfileTitle, place.name)
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t[.editProfileIntro])),
            .if(saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(t[.savedNotice]))),
            .if(form.hasErrors, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(
                .action(SiteURL.placeEdit(place.slug).path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .table(
                    .tr(.th(.text(t[.fieldTheme])), .th(.text(t[.interestDirection])), .th(.text(t[.interestWeight])),
                        .th(.text(t[.interestNote]))),
                    .forEach(form.rows) { row in interestRow(row, t) }
                ),
                .button(.type(.submit), .text(t[.saveButton]))
            ),
            .p(.a(.href(SiteURL.placePostNew(place.slug).path), .text(t[.newPostLink])))
        )
        return Layout.page(title: title, context: context, main: main)
    }

    static func interestRow(_ row: InterestsForm.Row, _ t: Catalog) -> Node<HTML.TableContext> {
        let slug = row.theme.slug
        let theme = t.language == .fr ? (row.theme.nameFr ?? row.theme.name) : row.theme.name
        return .tr(
            .td(.label(.for(attribute("d-" + slug)), .text(theme)),
                .unwrap(row.error) { .p(.class("error"), .text($0)) }),
            .td(.raw(selectHTML(id: "d-" + slug, name: "d." + slug, selected: row.choice.rawValue,
                                options: InterestsForm.Choice.allCases.map { ($0.rawValue, t[choiceKey($0)]) }))),
            .td(.input(.type(.text), .name(attribute("w." + slug)), .value(attribute(row.weight)),
                       .attribute(named: "inputmode", value: "decimal"), .attribute(named: "aria-label", value: attribute(t[.interestWeight] + " · " + theme)))),
            .td(.input(.type(.text), .name(attribute("n." + slug)), .value(attribute(row.note)),
                       .attribute(named: "aria-label", value: attribute(t[.interestNote] + " · " + theme))))
        )
    }

    static func choiceKey(_ choice: InterestsForm.Choice) -> UIKey {
        switch choice {
        case .none: .interestNone
        case .need: .interestNeeds
        case .offer: .interestOffers
        case .both: .interestBoth
        }
    }

    static func post(title: String, action: SiteURL, form: PostForm, themes: [Theme], csrf: String,
                     closeAction: SiteURL?, context: PageContext) -> String {
        let t = context.catalog
        func error(_ field: String) -> Node<HTML.FormContext> {
            .unwrap(form.errors[field]) { .p(.id(attribute("error-" + field)), .class("error"), .text($0)) }
        }
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(
                .action(action.path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .div(.class("field"), .label(.for("post-title"), .text(t[.postTitle])), error("title"),
                     .input(.type(.text), .id("post-title"), .name("title"), .value(attribute(form.title)))),
                .div(.class("field"), .label(.for("post-text"), .text(t[.postText])), error("text"),
                     .textarea(.id("post-text"), .name("text"), .attribute(named: "rows", value: "8"), .text(form.text))),
                .div(.class("field"), .label(.for("post-closes"), .text(t[.postCloses])), error("closes"),
                     .input(.type(.date), .id("post-closes"), .name("closes"), .value(attribute(form.closes)))),
                .div(.class("field"), .h2(.text(t[.sectionThemes])), error("themes"),
                     .forEach(themes) { theme in themeChoice(theme, form, t) }),
                .button(.type(.submit), .text(t[.saveButton]))
            ),
            .unwrap(closeAction) { url in
                .form(.action(url.path), .method(.post),
                      .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                      .button(.type(.submit), .text(t[.closePostButton])))
            }
        )
        return Layout.page(title: title, context: context, main: main)
    }

    /// A `<select>` written by hand: Plot writes `<option>` as an empty element with a label attribute,
    /// which screen readers announce poorly.
    static func selectHTML(id: String, name: String, selected: String, options: [(String, String)]) -> String {
        var html = "<select id=\"\(attribute(id))\" name=\"\(attribute(name))\">"
        for (value, label) in options {
            html += "<option value=\"\(attribute(value))\"\(value == selected ? " selected" : "")>\(HTMLEscaping.escape(label))</option>"
        }
        return html + "</select>"
    }

    static func themeChoice(_ theme: Theme, _ form: PostForm, _ t: Catalog) -> Node<HTML.FormContext> {
        let name = t.language == .fr ? (theme.nameFr ?? theme.name) : theme.name
        let seek = checkbox("seek." + theme.slug, checked: form.seeks.contains(theme.slug), label: t[.postSeekBox])
        let offer = checkbox("offer." + theme.slug, checked: form.offers.contains(theme.slug), label: t[.postOfferBox])
        return .p(.text(name + ": "), .raw(seek + " " + offer))
    }

    static func checkbox(_ name: String, checked: Bool, label: String) -> String {
        "<label><input type=\"checkbox\" name=\"\(attribute(name))\" value=\"1\"\(checked ? " checked" : "")/> "
            + HTMLEscaping.escape(label) + "</label>"
    }
}
