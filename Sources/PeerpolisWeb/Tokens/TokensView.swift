import Plot
import PeerpolisDomain

/// The account's API tokens: the list with a revoke button each, the form to make one, and, right after
/// making one, its secret, shown this once.
enum TokensView {
    struct Row: Sendable {
        var id: Int
        var name: String
        var prefix: String
        var scope: String
        var created: String
        var lastUsed: String?
        /// When it stops working; nil for never.
        var expires: String?
        /// Active, expired on…, or revoked on….
        var state: String
        /// Whether the row offers to revoke the token: until it is revoked.
        var revocable: Bool
        /// The account holding it, shown on the administrators' list of every token.
        var owner: String?
    }

    struct Form: Sendable {
        var name = ""
        /// Empty for a personal token, else an organization slug.
        var scope = ""
        /// A number of days among `APIToken.lifetimesInDays`, or `never`; 90 days unless chosen otherwise.
        var expires = "90"
        var errors: [String: String] = [:]

        /// The lifetime the `expires` field chose: some number of days, `.some(nil)` for never, nil for a
        /// value the form does not offer.
        static func lifetime(_ value: String) -> Int?? {
            if value == "never" { return .some(nil) }
            guard let days = Int(value), APIToken.lifetimesInDays.contains(days) else { return nil }
            return .some(days)
        }
    }

    static func render(rows: [Row], organizations: [Organization], form: Form, secret: String?, csrf: String,
                       context: PageContext) -> String {
        let t = context.catalog
        let token: Node<HTML.FormContext> = .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf)))
        func error(_ field: String) -> Node<HTML.FormContext> {
            .unwrap(form.errors[field]) { .p(.class("error"), .text($0)) }
        }
        let scopes = [("", t[.tokenScopePersonal])] + organizations.map { ($0.slug, t.format(.tokenScopeOrganization, $0.name)) }
        let lifetimes = APIToken.lifetimesInDays.map { (String($0), t.format(.tokenExpiresInDays, String($0))) } + [("never", t[.tokenNeverExpires])]
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(t[.tokensTitle])),
            .unwrap(secret) { secret in
                .div(.class("notice"), .attribute(named: "role", value: "status"),
                     .h2(.text(t[.tokenNewTitle])), .p(.code(.id("new-token"), .text(secret))), .p(.text(t[.tokenShownOnce])))
            },
            .p(.text(t[.tokensIntro])),
            .if(rows.isEmpty, .p(.text(t[.tokensNone]))),
            .if(!rows.isEmpty, table(rows, csrf: csrf, t)),
            .h2(.text(t[.tokenCreate])),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(.action(SiteURL.accountTokens.path), .method(.post), token,
                  .div(.class("field"), .label(.for("token-name"), .text(t[.tokenName])), error("name"),
                       .input(.type(.text), .id("token-name"), .name("name"), .value(attribute(form.name)))),
                  .div(.class("field"), .label(.for("token-scope"), .text(t[.tokenScope])), error("scope"),
                       .raw(ContributionViews.selectHTML(id: "token-scope", name: "scope", selected: form.scope, options: scopes))),
                  .div(.class("field"), .label(.for("token-expires"), .text(t[.tokenExpires])), error("expires"),
                       .raw(ContributionViews.selectHTML(id: "token-expires", name: "expires", selected: form.expires, options: lifetimes))),
                  .button(.type(.submit), .text(t[.tokenCreate])))
        )
        return Layout.page(title: t[.tokensTitle], context: context, main: main)
    }

    /// Every account's tokens, for administrators, who may revoke any of them.
    static func all(rows: [Row], csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(t[.tokensAllTitle])),
            .if(rows.isEmpty, .p(.text(t[.tokensNone]))),
            .if(!rows.isEmpty, table(rows, csrf: csrf, t))
        )
        return Layout.page(title: t[.tokensAllTitle], context: context, main: main)
    }

    static func table(_ rows: [Row], csrf: String, _ t: Catalog) -> Node<HTML.BodyContext> {
        let token: Node<HTML.FormContext> = .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf)))
        let owners = rows.contains { $0.owner != nil }
        return .table(
            .tr(.if(owners, .th(.text(t[.tokenOwner]))), .th(.text(t[.fieldName])), .th(.text(t[.tokenPrefix])),
                .th(.text(t[.tokenScope])), .th(.text(t[.tokenCreated])), .th(.text(t[.tokenLastUsed])), .th(.text(t[.tokenExpires])),
                .th(.text(t[.tokenState])), .th()),
            .forEach(rows) { row in
                .tr(.if(owners, .td(.text(row.owner ?? ""))), .td(.text(row.name)), .td(.code(.text(row.prefix + "…"))),
                    .td(.text(row.scope)), .td(.text(row.created)), .td(.text(row.lastUsed ?? t[.tokenNever])),
                    .td(.text(row.expires ?? t[.tokenNever])), .td(.text(row.state)),
                    .td(.if(row.revocable, .form(.action(SiteURL.accountTokenRevoke(row.id).path), .method(.post), token,
                                                      .button(.type(.submit), .text(t[.tokenRevoke]))))))
            })
    }
}
