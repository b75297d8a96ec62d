import Plot

/// A form page as a view model: fields with what the visitor typed and the message for each field that
/// needs attention, plus the CSRF token every POST form carries.
struct FormPageModel: Sendable {
    struct Field: Sendable {
        enum Kind: String, Sendable { case text, email, password, hidden }
        var name: String
        var label: String
        var kind: Kind = .text
        /// What the visitor typed; never filled back for passwords.
        var value: String = ""
        var hint: String?
        var error: String?
        /// The browser's autofill purpose (`email`, `current-password`, `new-password`…).
        var autocomplete: String?
    }

    var title: String
    var intro: String?
    /// A sentence shown above the form: a confirmation, or why the submission was refused.
    var notice: String?
    var noticeIsError = false
    var action: SiteURL
    var fields: [Field]
    var submit: String
    var csrfToken: String
    /// Links under the form (sign-up from sign-in, and so on).
    var links: [(String, SiteURL)] = []
    /// False when the page only shows a message (an invalid reset link): no form then.
    var showsForm = true
}

enum FormView {
    static func render(_ model: FormPageModel, context: PageContext) -> String {
        let hasErrors = model.fields.contains { $0.error != nil }
        let notice = model.notice ?? (hasErrors ? context.catalog[.accountFormHasErrors] : nil)
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(model.title)),
            .unwrap(model.intro) { .p(.text($0)) },
            .unwrap(notice) { text in
                .p(.class(model.noticeIsError || hasErrors ? "notice error" : "notice"),
                   .attribute(named: "role", value: model.noticeIsError || hasErrors ? "alert" : "status"), .text(text))
            },
            .if(model.showsForm, form(model)),
            .if(!model.links.isEmpty, .ul(.class("form-links"), .forEach(model.links) { text, url in
                .li(.a(.href(url.path), .text(text)))
            }))
        )
        return Layout.page(title: model.title, context: context, main: main)
    }

    static func form(_ model: FormPageModel) -> Node<HTML.BodyContext> {
        .form(
            .action(model.action.path), .method(.post), .class("account"),
            .input(.type(.hidden), .name(CSRF.field), .value(attribute(model.csrfToken))),
            .forEach(model.fields) { field($0) },
            .button(.type(.submit), .text(model.submit))
        )
    }

    static func field(_ field: FormPageModel.Field) -> Node<HTML.FormContext> {
        if field.kind == .hidden {
            return .input(.type(.hidden), .name(attribute(field.name)), .value(attribute(field.value)))
        }
        let id = "field-" + field.name
        let described = [field.hint.map { _ in id + "-hint" }, field.error.map { _ in id + "-error" }].compactMap { $0 }
        return .div(
            .class(field.error == nil ? "field" : "field invalid"),
            .label(.for(attribute(id)), .text(field.label)),
            .unwrap(field.hint) { .p(.id(attribute(id + "-hint")), .class("hint"), .text($0)) },
            .unwrap(field.error) { .p(.id(attribute(id + "-error")), .class("error"), .text($0)) },
            .selfClosedElement(named: "input", attributes: inputAttributes(field, id: id, described: described))
        )
    }

    /// Void `<input>` attributes; values pass through `attribute(_:)` because Plot writes them as given.
    static func inputAttributes(_ field: FormPageModel.Field, id: String, described: [String]) -> [Attribute<HTML.FormContext>] {
        var attributes: [Attribute<HTML.FormContext>] = [
            Attribute(name: "type", value: field.kind.rawValue),
            Attribute(name: "id", value: attribute(id)),
            Attribute(name: "name", value: attribute(field.name)),
            // A password is never sent back to the page, even when the form is shown again with messages.
            Attribute(name: "value", value: attribute(field.kind == .password ? "" : field.value)),
            Attribute(name: "required", value: "required"),
        ]
        if let autocomplete = field.autocomplete { attributes.append(Attribute(name: "autocomplete", value: attribute(autocomplete))) }
        if field.error != nil { attributes.append(Attribute(name: "aria-invalid", value: "true")) }
        if !described.isEmpty {
            attributes.append(Attribute(name: "aria-describedby", value: attribute(described.joined(separator: " "))))
        }
        return attributes
    }
}
