import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

@Suite("Escaping, Markdown and languages")
struct SafetyTests {
    static let hostile = "<script>alert('x')</script>"

    @Test("User-supplied text is escaped on list and detail pages")
    func escaping() async throws {
        try await withSeededApp(prepare: { db in
            let organization = try await Organization.insert(
                Organization(slug: "hostile", name: SafetyTests.hostile, kind: .other, website: "javascript:alert(1)",
                             summary: "\"><img src=x onerror=alert(1)>"), on: db.sql)
            _ = try await Article.insert(
                Article(slug: "hostile-article", title: SafetyTests.hostile, kind: .news, authors: ["<b>Mallory</b>"],
                        publishedOn: Day("2019-03-01"), summary: "<i>sum</i>",
                        body: "Hello <script>alert(1)</script> [click](javascript:alert(1)) [ok](https://example.org/a\"b) <img src=x onerror=alert(1)>",
                        organizationIDs: [organization.id]), on: db.sql)
        }) { client in
            let organization = try await client.get("/organizations/hostile")
            #expect(organization.status == .ok)
            #expect(!organization.body.contains("<script>alert"))
            #expect(organization.body.contains("&lt;script&gt;"))
            #expect(!organization.body.contains("<img src=x"))
            #expect(!organization.body.contains("href=\"javascript:"))

            let article = try await client.get("/articles/hostile-article")
            #expect(article.status == .ok)
            #expect(!article.body.contains("<script>"))
            #expect(!article.body.contains("<b>Mallory"))
            #expect(!article.body.contains("<img src=x"))
            #expect(!article.body.contains("javascript:"))
            #expect(article.body.contains("href=\"https://example.org/a&quot;b\""))

            let search = try await client.get("/places?name=%22%3E%3Cscript%3Ealert(1)%3C/script%3E")
            #expect(search.status == .ok)
            #expect(!search.body.contains("<script>alert(1)"))
            #expect(search.body.contains("value=\"&quot;&gt;&lt;script&gt;"))

            let list = try await client.get("/articles")
            #expect(!list.body.contains("<script>alert"))
            #expect(!list.body.contains("<i>sum</i>"))
        }
    }

    @Test("Markdown keeps formatting and safe links, and neutralises raw HTML and script links")
    func markdown() {
        let html = Markdown.html("# Title\n\nSome **bold** and [a link](https://example.org) and [home](/places).\n\n<div onclick=x>raw</div>\n\n[bad](javascript:alert(1)) ![pic](data:text/html,x)")
        #expect(html.contains("<strong>bold</strong>"))
        #expect(html.contains("href=\"https://example.org\""))
        #expect(html.contains("href=\"/places\""))
        #expect(!html.contains("<div onclick"))
        #expect(html.contains("&lt;div"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text"))
    }

    @Test("The interface follows Accept-Language, then ?lang= which is remembered in a cookie")
    func languages() async throws {
        try await withSeededApp { client in
            let french = try await client.get("/places", headers: [.acceptLanguage: "fr-CH, fr;q=0.9, en;q=0.8"])
            #expect(french.body.contains("<html lang=\"fr\">"))
            #expect(french.body.contains(">Territoires<"))
            #expect(french.headers[.contentLanguage] == "fr")

            let english = try await client.get("/places", headers: [.acceptLanguage: "de-DE, en;q=0.5"])
            #expect(english.body.contains(">Places<"))

            let chosen = try await client.get("/places?lang=fr", headers: [.acceptLanguage: "en"])
            #expect(chosen.body.contains(">Territoires<"))
            #expect(chosen.headers[.setCookie]?.contains("lang=fr") == true)

            let remembered = try await client.get("/networks", headers: [.cookie: "lang=fr", .acceptLanguage: "en"])
            #expect(remembered.body.contains(">Réseaux<"))
        }
    }

    @Test("Every UI key has an English text, and French covers the navigation and layout")
    func catalogCoverage() {
        for key in UIKey.allCases {
            #expect(Catalog.english[key] != nil, "missing English text for \(key)")
        }
        let layout: [UIKey] = [.siteTagline, .skipToContent, .mainNavigation, .languageLabel, .navHome, .navPlaces,
                               .navThemes, .navNetworks, .navCooperations, .navPractices, .navEvents, .navArticles,
                               .navCalls, .navPledges, .navOrganizations, .navCountries, .navAbout, .footerCredits,
                               .footerGeoNames, .footerSource, .previousPage, .nextPage, .errorNotFoundTitle]
        for key in layout {
            #expect(Catalog.french[key] != nil, "missing French text for \(key)")
        }
    }

    @Test("Catalog texts take their arguments in place")
    func catalogFormat() {
        #expect(Catalog(language: .en).format(.pageOf, "2", "5") == "Page 2 of 5")
        #expect(Catalog(language: .fr).format(.pageOf, "2", "5") == "Page 2 sur 5")
        #expect(Catalog(language: .en).format(.searchNoResults, "{x}") == "Nothing matches “{x}”. Try fewer words, or a word's beginning followed by *.")
        #expect(Catalog(language: .en).format(.pageOf) == "Page {0} of {1}")
    }

    @Test("Language negotiation picks the best supported language")
    func negotiation() {
        #expect(Language.negotiate(query: nil, cookie: nil, acceptLanguage: nil) == .en)
        #expect(Language.negotiate(query: nil, cookie: nil, acceptLanguage: "de, fr;q=0.4") == .fr)
        #expect(Language.negotiate(query: nil, cookie: nil, acceptLanguage: "en;q=0.2, fr;q=0.9") == .fr)
        #expect(Language.negotiate(query: "xx", cookie: "fr", acceptLanguage: "en") == .fr)
        #expect(Language.negotiate(query: "EN", cookie: "fr", acceptLanguage: "fr") == .en)
    }
}
