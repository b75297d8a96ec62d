import Plot

/// The registration box of an event's page, finished for the view.
struct RegistrationPanel: Sendable {
    /// Seats left, or how full the event is; nil for an event without a capacity.
    var seats: String?
    /// Where the viewer stands, or why registration is closed.
    var notice: String?
    /// The one button the viewer may press, and where it posts.
    var action: (label: String, url: SiteURL)?
    /// The token the button's form carries.
    var csrf = ""
    /// Links under the box: sign in, the attendee list, the personal calendar.
    var links: [(title: String, href: String)] = []
    /// The secret calendar address, shown as text to copy into a calendar app.
    var privateCalendar: (label: String, url: String)?
}

enum RegistrationView {
    static func render(_ panel: RegistrationPanel, catalog t: Catalog) -> Node<HTML.BodyContext> {
        .section(
            .class("registration"),
            .h2(.safe(t[.registrationHeading])),
            .unwrap(panel.seats) { .p(.safe($0)) },
            .unwrap(panel.notice) { .p(.class("notice"), .attribute(named: "role", value: "status"), .safe($0)) },
            .unwrap(panel.action) { action in
                .form(.action(attribute(action.url.path)), .method(.post),
                      .input(.type(.hidden), .name(CSRF.field), .value(attribute(panel.csrf))),
                      .button(.type(.submit), .safe(action.label)))
            },
            .if(!panel.links.isEmpty, .ul(.forEach(panel.links) { link in .li(.a(.href(attribute(link.href)), .safe(link.title))) })),
            .unwrap(panel.privateCalendar) { calendar in .p(.safe(calendar.label), .br(), .code(.safe(calendar.url))) }
        )
    }
}
