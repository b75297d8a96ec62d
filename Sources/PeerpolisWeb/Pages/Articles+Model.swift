import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func articleList() async throws -> ListPageModel {
        let filter = try articleFilter()
        let theme = self.theme(filter.themeSlug), kind = filter.kind, year = filter.year
        let country = self.country(filter.countryCode)
        let page = try await Article.fetchPage(filter, page: try pageRequest(), on: db)
        return ListPageModel(
            title: t[.navArticles], intro: t[.articlesIntro], action: .articles,
            filters: [themeField(selected: theme), countryField(selected: country),
                      choiceField("kind", label: t[.fieldKind], group: "article-kind", ArticleKind.self, selected: kind),
                      yearField(selected: year, years: 2000...today.year)],
            count: count(page),
            sections: [Section("", items: page.items.map(item), emptyText: t[.noResults])],
            pagination: pagination(page, url: .articles))
    }

    func articleShow(slug: String) async throws -> DetailPageModel {
        guard let article = try await Article.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let places = try await Place.fetchDictionary(ids: article.placeIDs, on: db)
        let networks = try await Network.fetchDictionary(ids: article.networkIDs, on: db)
        let organizations = try await Organization.fetchDictionary(ids: article.organizationIDs, on: db)
        let events = try await Event.fetchDictionary(ids: article.eventIDs, on: db)

        var facts: [Fact] = []
        if !article.authors.isEmpty { facts.append(Fact(t[.fieldAuthors], article.authors.joined(separator: ", "))) }
        if let published = article.publishedOn { facts.append(Fact(t[.fieldPublished], format.day(published))) }
        facts.append(Fact(t[.fieldReadingTime], t.format(.minutesRead, String(article.statedReadingMinutes ?? article.readingMinutes))))
        if !article.themeSlugs.isEmpty { facts.append(Fact(t[.sectionThemes], themeLinks(article.themeSlugs))) }
        if !article.organizationIDs.isEmpty {
            facts.append(Fact(t[.editorForEditors], [.link(t[.editorEditArticleLink], .articleEdit(article.slug))]))
        }
        if !article.placeIDs.isEmpty {
            facts.append(Fact(t[.fieldPlaces], joined(article.placeIDs.compactMap { places[$0] }.map { .link(placeLabel($0), .place($0.slug)) })))
        }
        if !article.organizationIDs.isEmpty {
            facts.append(Fact(t[.navOrganizations], joined(article.organizationIDs.compactMap { organizations[$0] }.map { .link($0.name, .organization($0.slug)) })))
        }
        if !article.networkIDs.isEmpty {
            facts.append(Fact(t[.sectionNetworks], joined(article.networkIDs.compactMap { networks[$0] }.map { .link($0.name, .network($0.slug)) })))
        }
        if !article.eventIDs.isEmpty {
            facts.append(Fact(t[.sectionEvents], joined(article.eventIDs.compactMap { events[$0] }.map { .link($0.title, .event($0.slug)) })))
        }
        return DetailPageModel(title: article.title, kicker: t.label("article-kind", article.kind.rawValue),
                               summary: article.summary, facts: facts, bodyHTML: Markdown.html(article.body), sections: [])
            .with(detailHead(.article(article.slug), title: article.title, summary: article.summary, jsonLD: LinkedData.article(article, url: absolute(SiteURL.article(article.slug).path), about: article.themeSlugs.compactMap { theme($0)?.name }, organizations: organizations.values.sorted { $0.id < $1.id }.map(link), publisher: LinkedData.Link(name: t[.siteName], url: absolute(SiteURL.home.path))), type: "article", published: article.publishedOn))
    }
}
