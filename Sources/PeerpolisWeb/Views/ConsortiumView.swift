import Plot

/// The consortium page: a GET form naming the lead and size, the members, then every rule met or not.
enum ConsortiumView {
    static func render(_ model: ConsortiumPageModel, context: PageContext) -> String {
        let t = context.catalog
        let form: Node<HTML.BodyContext> = .form(
            .class("filters"), .method(.get), .action(attribute(model.action)),
            .label(.safe(t[.consortiumLead]), .input(.type(.text), .name("lead"), .value(attribute(model.lead)))),
            .label(.safe(t[.consortiumSize]), .input(.type(.text), .name("size"), .value(attribute(model.size)),
                                                    .attribute(named: "min", value: "2"), .attribute(named: "max", value: "30"))),
            .button(.type(.submit), .safe(t[.consortiumSubmit]))
        )
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(model.title)),
            .p(.class("lead"), .safe(model.intro)),
            form,
            .unwrap(model.notice) { .p(.class("notice"), .safe($0)) },
            .if(!model.partners.isEmpty, .section(
                .h2(.safe(t[.consortiumPartners])),
                .unwrap(model.total) { .p(.class("meta"), .safe($0)) },
                Components.items(model.partners))),
            .section(
                .h2(.safe(t[.consortiumRules])),
                .ul(.forEach(model.rules) { rule in
                    .li(.unwrap(rule.status) { .strong(.safe($0 + ": ")) }, .safe(rule.sentence))
                })),
            .if(!model.problems.isEmpty, .section(
                .h2(.safe(t[.consortiumProblems])),
                .ul(.forEach(model.problems) { .li(.safe($0)) })))
        )
        return Layout.page(title: model.title, context: context, main: main)
    }
}
