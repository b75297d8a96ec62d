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

/// The page shell: skip link, header with navigation and search box, main content, footer with credits.
///
/// The shell is the same on every page of a language but for the title and the language links, so it is
/// rendered once per language and the page is spliced into it rather than built with Plot per request.
enum Layout {
    struct Shell: Sendable {
        /// Up to and including `<title>`.
        var head: String
        /// From `</title>` to the language list's opening `<ul>`.
        var header: String
        /// The language list's closing `</ul></nav>`; the account area follows.
        var afterLanguages: String
        /// From the end of the header to `<main id="main">`.
        var beforeMain: String
        /// From `</main>` to the end.
        var footer: String
    }

    static let shells: [Language: Shell] = Dictionary(uniqueKeysWithValues: Language.allCases.map {
        ($0, makeShell(Catalog(language: $0)))
    })

    static func page(title: String, context: PageContext, main: Node<HTML.BodyContext>, head: PageHead = PageHead()) -> String {
        let shell = shells[context.language]!
        let body = main.render()
        var html = shell.head
        html.reserveCapacity(shell.head.utf8.count + shell.header.utf8.count + shell.footer.utf8.count + body.utf8.count + 512)
        html += HTMLEscaping.escape("\(title) · \(context.catalog[.siteName])")
        html += "</title>"
        html += head.html
        html += shell.header
        for language in Language.allCases {
            html += "<li><a href=\""
            html += HTMLEscaping.escape(context.languageSwitch(to: language))
            html += "\" hreflang=\"\(language.rawValue)\""
            if language == context.language { html += " aria-current=\"true\"" }
            html += ">\(language.endonym)</a></li>"
        }
        html += shell.afterLanguages
        html += accountArea(context.catalog)
        html += shell.beforeMain
        html += body
        html += shell.footer
        return html
    }

    /// "Sign in" for a visitor; the name and a sign-out button (a POST form, so it carries a CSRF token)
    /// for someone signed in. Read from the request's task-local banner, set by `SessionMiddleware`.
    static func accountArea(_ t: Catalog) -> String {
        guard let account = AccountBanner.current else {
            return "<p class=\"account\"><a href=\"\(SiteURL.signIn.path)\">\(HTMLEscaping.escape(t[.accountSignIn]))</a></p>"
        }
        return "<form class=\"account\" method=\"post\" action=\"\(SiteURL.signOut.path)\">"
            + HTMLEscaping.escape(t.format(.accountSignedInAs, account.displayName))
            + " · <a href=\"\(SiteURL.account.path)\">\(HTMLEscaping.escape(t[.accountHomeLink]))</a>"
            + " <input type=\"hidden\" name=\"\(CSRF.field)\" value=\"\(attribute(account.csrfToken))\"/>"
            + "<button type=\"submit\">\(HTMLEscaping.escape(t[.accountSignOut]))</button></form>"
    }

    static func makeShell(_ t: Catalog) -> Shell {
        let links: [(UIKey, SiteURL)] = [
            (.navPlaces, .places), (.navThemes, .themes), (.navNetworks, .networks), (.navCooperations, .cooperations),
            (.navPractices, .practices), (.navEvents, .events), (.navArticles, .articles), (.navCalls, .calls),
            (.navPledges, .pledges), (.navPartnerSearch, .partnerSearch), (.expertsTitle, .experts), (.navOrganizations, .organizations),
            (.navCountries, .countries),
        ]
        let navigation: Node<HTML.BodyContext> = .nav(
            .attribute(named: "aria-label", value: attribute(t[.mainNavigation])),
            .ul(.forEach(links) { key, url in .li(.a(.href(url.path), .safe(t[key]))) })
        )
        let header: Node<HTML.BodyContext> = .group(
            .a(.class("brand"), .href(SiteURL.home.path), .safe(t[.siteName])),
            navigation,
            SearchBox.form(catalog: t, id: "q-header")
        )
        let footer: Node<HTML.BodyContext> = .footer(
            .class("site"),
            .p(.safe(t[.footerCredits])),
            .p(.safe(t[.footerGeoNames]), .safe(" "), .a(.href(SiteURL.about.path), .safe(t[.footerSource])))
        )
        let lang = t.language.rawValue
        return Shell(
            head: "<!DOCTYPE html><html lang=\"\(lang)\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<meta name=\"description\" content=\"\(attribute(t[.siteTagline]))\"/>"
                + "<style>\(Stylesheet.css)</style><title>",
            header: "</head><body><a class=\"skip\" href=\"#main\">\(HTMLEscaping.escape(t[.skipToContent]))</a>"
                + "<header class=\"site\">" + header.render()
                + "<nav class=\"languages\" aria-label=\"\(attribute(t[.languageLabel]))\"><ul>",
            afterLanguages: "</ul></nav>",
            beforeMain: "</header><main id=\"main\">",
            footer: "</main>" + footer.render() + "</body></html>")
    }
}
