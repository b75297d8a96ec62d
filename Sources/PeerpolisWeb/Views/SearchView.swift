import Plot

enum SearchView {
    static func render(_ model: SearchPageModel, context: PageContext) -> String {
        let t = context.catalog
        let facets: Node<HTML.BodyContext> = .aside(
            .class("facets"), .attribute(named: "aria-label", value: t[.searchFacets]),
            .forEach(model.facets) { group in
                .section(
                    .h2(.safe(group.heading)),
                    .ul(.forEach(group.links) { link in
                        .li(.a(.href(attribute(link.href)),
                               .attribute(named: "aria-current", value: link.isSelected ? "true" : ""),
                               .safe(link.label)), .safe(" (\(link.count))"))
                    })
                )
            }
        )
        let hits: Node<HTML.BodyContext> = .ol(.class("items"), .forEach(model.hits) { hit in
            .li(
                .a(.href(attribute(hit.href)), .strong(.safe(hit.title))),
                .p(.class("meta"), .safe(hit.meta)),
                .if(!hit.snippetHTML.isEmpty, .p(.raw(hit.snippetHTML)))
            )
        })
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(model.title)),
            SearchBox.form(query: model.query, catalog: t, id: "q-main"),
            .unwrap(model.summary) { .p(.class("meta"), .safe($0)) },
            .div(.class("search"), facets, .div(hits, Components.pagination(model.pagination, catalog: t)))
        )
        return Layout.page(title: model.query.isEmpty ? model.title : "\(model.query) · \(model.title)", context: context, main: main)
    }
}

/// The search box shown on every page: a labelled field and a button, no script needed.
enum SearchBox {
    static func form(query: String = "", catalog: Catalog, id: String) -> Node<HTML.BodyContext> {
        .form(
            .class("searchbox"), .method(.get), .action(SiteURL.search.path), .attribute(named: "role", value: "search"),
            .label(.for(id), .class("visually-hidden"), .safe(catalog[.searchLabel])),
            .input(.type(.search), .id(id), .name("q"), .value(attribute(query)),
                   .attribute(named: "placeholder", value: catalog[.searchPlaceholder])),
            .button(.type(.submit), .safe(catalog[.searchButton]))
        )
    }
}

enum SuggestView {
    static func render(query: String, hits: [SearchPageModel.Hit], context: PageContext) -> String {
        let t = context.catalog
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(t[.suggestTitle])),
            SearchBox.form(query: query, catalog: t, id: "q-main"),
            .ul(.class("items"), .forEach(hits) { hit in
                .li(.a(.href(attribute(hit.href)), .safe(hit.title)), .safe(" "), .span(.class("meta"), .safe(hit.meta)))
            })
        )
        return Layout.page(title: t[.suggestTitle], context: context, main: main)
    }
}
