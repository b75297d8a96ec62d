import Plot

/// What every page shares: title, language, and where the language switch should point.
struct PageContext: Sendable {
    var catalog: Catalog
    /// The current path and query without `lang`, for the language switch.
    var currentPath: String

    var language: Language { catalog.language }

    func languageSwitch(to language: Language) -> String {
        currentPath + (currentPath.contains("?") ? "&" : "?") + "lang=\(language.rawValue)"
    }
}

/// The page shell: skip link, header with navigation, main content, footer with credits.
enum Layout {
    static func page(title: String, context: PageContext, main: Node<HTML.BodyContext>) -> String {
        let t = context.catalog
        let html = HTML(
            .lang(context.language == .fr ? .french : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [.safe("\(title) · \(t[.siteName])")]),
                .meta(.name("description"), .content(t[.siteTagline])),
                .element(named: "style", nodes: [.raw(Stylesheet.css)])
            ),
            .body(
                .a(.class("skip"), .href("#main"), .safe(t[.skipToContent])),
                header(context),
                .element(named: "main", nodes: [.id("main"), main]),
                footer(context)
            )
        )
        return html.render()
    }

    static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.catalog
        let links: [(UIKey, SiteURL)] = [
            (.navPlaces, .places), (.navThemes, .themes), (.navNetworks, .networks), (.navCooperations, .cooperations),
            (.navPractices, .practices), (.navEvents, .events), (.navArticles, .articles), (.navCalls, .calls),
            (.navPledges, .pledges), (.navOrganizations, .organizations), (.navCountries, .countries),
        ]
        let navigation: Node<HTML.BodyContext> = .nav(
            .attribute(named: "aria-label", value: t[.mainNavigation]),
            .ul(.forEach(links) { key, url in .li(.a(.href(url.path), .safe(t[key]))) })
        )
        let languages: [Node<HTML.ListContext>] = Language.allCases.map { language in
            languageLink(language, current: context.language, href: context.languageSwitch(to: language))
        }
        return .header(
            .class("site"),
            .a(.class("brand"), .href(SiteURL.home.path), .safe(t[.siteName])),
            navigation,
            SearchBox.form(catalog: t, id: "q-header"),
            .nav(.class("languages"), .attribute(named: "aria-label", value: t[.languageLabel]), .ul(.group(languages)))
        )
    }

    static func languageLink(_ language: Language, current: Language, href: String) -> Node<HTML.ListContext> {
        let name = language == .fr ? "Français" : "English"
        let link: Node<HTML.BodyContext> = .a(
            .href(attribute(href)),
            .attribute(named: "hreflang", value: language.rawValue),
            .attribute(named: "aria-current", value: language == current ? "true" : ""),
            .safe(name)
        )
        return .li(link)
    }

    static func footer(_ context: PageContext) -> Node<HTML.BodyContext> {
        let t = context.catalog
        return .footer(
            .class("site"),
            .p(.safe(t[.footerCredits])),
            .p(.safe(t[.footerGeoNames]), .safe(" "), .a(.href(SiteURL.about.path), .safe(t[.footerSource])))
        )
    }
}
