import Plot
import PeerpolisDomain

/// The role administration page: the grants, each with a revoke button, and a form to grant one.
enum AdminRolesView {
    struct Row: Sendable {
        var id: Int
        var person: String
        var role: String
    }

    struct GrantForm: Sendable {
        var email = "", role = "", place = "", organization = "", themes = ""
        var errors: [String: String] = [:]
    }

    static func render(rows: [Row], form: GrantForm, csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let token: Node<HTML.FormContext> = .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf)))
        func field(_ name: String, _ label: UIKey, _ value: String) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(attribute("grant-" + name)), .text(t[label])),
                 .unwrap(form.errors[name]) { .p(.class("error"), .text($0)) },
                 .input(.type(.text), .id(attribute("grant-" + name)), .name(attribute(name)), .value(attribute(value))))
        }
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(t[.adminRolesTitle])),
            .if(rows.isEmpty, .p(.text(t[.adminNoGrants]))),
            .if(!rows.isEmpty, .table(.forEach(rows) { row in
                .tr(.td(.text(row.person)), .td(.text(row.role)),
                    .td(.form(.action(SiteURL.adminRoleRevoke(row.id).path), .method(.post), token,
                              .button(.type(.submit), .text(t[.adminRevoke])))))
            })),
            .h2(.text(t[.adminGrant])),
            .p(.text(t[.adminRolesIntro])),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(.action(SiteURL.adminRoles.path), .method(.post), token,
                  field("email", .accountEmail, form.email),
                  .div(.class("field"), .label(.for("grant-role"), .text(t[.adminRole])),
                       .unwrap(form.errors["role"]) { .p(.class("error"), .text($0)) },
                       .raw(ContributionViews.selectHTML(id: "grant-role", name: "role", selected: form.role,
                                                         options: Role.allCases.map { ($0.rawValue, $0.rawValue) }))),
                  field("place", .adminPlace, form.place),
                  field("organization", .adminOrganization, form.organization),
                  field("themes", .adminThemes, form.themes),
                  .button(.type(.submit), .text(t[.adminGrant])))
        )
        return Layout.page(title: t[.adminRolesTitle], context: context, main: main)
    }
}
