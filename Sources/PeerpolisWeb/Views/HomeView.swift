import Plot

enum HomeView {
    static func render(_ model: HomePageModel, context: PageContext) -> String {
        let totals: Node<HTML.BodyContext> = .section(
            .h2(.safe(context.catalog[.homeTotals])),
            .ul(.class("totals"), .forEach(model.totals) { total in
                .li(.a(.href(attribute(total.href)), .strong(.safe(total.figure)), .safe(" " + total.label)))
            })
        )
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(model.title)),
            .p(.class("lead"), .safe(model.intro)),
            totals,
            .div(.class("grid"), .forEach(model.sections) { Components.section($0) })
        )
        return Layout.page(title: model.title, context: context, main: main)
    }
}
