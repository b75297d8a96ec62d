import Plot

/// The partner-search list and the page of one post with what fits it.
enum PartnerSearchView {
    static func render(_ model: PartnerSearchPageModel, context: PageContext) -> String {
        let t = context.catalog
        let main: Node<HTML.BodyContext>
        if model.isDetail {
            main = .article(
                .header(.p(.class("kicker"), .safe(t[.navPartnerSearch])), .h1(.safe(model.title)),
                        .unwrap(model.intro) { .p(.class("lead"), .safe($0)) }),
                Components.facts(model.facts),
                Components.section(Section(t[.postMatchesPosts], items: model.postMatches, emptyText: model.emptyText)),
                .section(.h2(.safe(t[.postMatchesPlaces])),
                         model.placeMatches.isEmpty ? .p(.class("meta"), .safe(model.emptyText ?? ""))
                             : .raw(PartnersView.rows(model.placeMatches)))
            )
        } else {
            main = .group(
                .h1(.safe(model.title)),
                .unwrap(model.intro) { .p(.class("lead"), .safe($0)) },
                model.posts.isEmpty ? .p(.safe(model.emptyText ?? "")) : Components.items(model.posts)
            )
        }
        return Layout.page(title: model.title, context: context, main: main)
    }
}
