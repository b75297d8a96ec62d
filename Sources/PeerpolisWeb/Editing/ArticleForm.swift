import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// An article as typed in its form, every field kept as text, with a message per field that cannot be published.
struct ArticleForm: EditorForm {
    static let fieldNames = ["title", "kind", "organizer", "authors", "published", "summary", "body", "places", "themes"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    init(organizerSlug: String, today: Day) {
        fields = ["kind": ArticleKind.news.rawValue, "organizer": organizerSlug, "published": today.description]
    }

    init() {}

    init(_ article: Article, organizerSlug: String, placeSlugs: [String]) {
        fields = ["title": article.title, "kind": article.kind.rawValue, "organizer": organizerSlug,
                  "authors": article.authors.joined(separator: ", "), "published": article.publishedOn?.description ?? "",
                  "summary": article.summary, "body": article.body, "places": placeSlugs.joined(separator: ", "),
                  "themes": article.themeSlugs.joined(separator: ",")]
    }

    var placeSlugs: [String] { ApplicationForm.slugs(self["places"]) }

    /// Checks every field and, when all hold, returns the article. `places` are those of `placeSlugs` that
    /// exist; the others are reported. An existing article keeps its links to networks, events and further
    /// organizations, which this form does not show. Messages are in the language of `t`.
    mutating func validated(existing: Article?, organizer: Organization?, places: [Place], knownThemes: Set<String>,
                            _ t: Catalog) -> Article? {
        errors = [:]
        let title = self["title"]
        if !(3...200).contains(title.count) { errors["title"] = t[.editorCheckTitle] }
        let kind = ArticleKind(rawValue: self["kind"])
        if kind == nil { errors["kind"] = t[.editorCheckArticleKind] }
        if organizer == nil { errors["organizer"] = t[.editorCheckArticleOrganizer] }
        let authors = self["authors"].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if self["authors"].count > 500 { errors["authors"] = t[.editorCheckAuthors] }
        let published = optionalDay("published", t[.editorCheckPublished])
        let summary = self.summary(limit: 2_000, t)
        if !(1...100_000).contains(self["body"].count) {
            errors["body"] = t.format(.editorCheckBody, String(self["body"].count))
        }
        let found = Set(places.map(\.slug))
        reportUnknownPlaces("places", placeSlugs.filter { !found.contains($0) }, t)
        let themes = self.themes(known: knownThemes, t)

        guard errors.isEmpty, let kind, let organizer else { return nil }
        let others = (existing?.organizationIDs.dropFirst() ?? []).filter { $0 != organizer.id }
        return Article(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, kind: kind, authors: authors,
                       publishedOn: published, summary: summary, body: self["body"],
                       statedReadingMinutes: existing?.statedReadingMinutes, themeSlugs: themes,
                       placeIDs: places.map(\.id), networkIDs: existing?.networkIDs ?? [],
                       organizationIDs: [organizer.id] + others, eventIDs: existing?.eventIDs ?? [])
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Article?, to new: Article) -> [String: AuditChange] {
        auditChanges([
            ("title", old?.title, new.title),
            ("kind", old?.kind.rawValue, new.kind.rawValue),
            ("authors", old.map { $0.authors.joined(separator: ", ") }, new.authors.joined(separator: ", ")),
            ("published_on", old?.publishedOn?.description, new.publishedOn?.description),
            ("summary", old?.summary, new.summary),
            ("body", old?.body, new.body),
            ("places", old.map { $0.placeIDs.map(String.init).joined(separator: ",") },
             new.placeIDs.map(String.init).joined(separator: ",")),
            ("organizations", old.map { $0.organizationIDs.map(String.init).joined(separator: ",") },
             new.organizationIDs.map(String.init).joined(separator: ",")),
            ("themes", old.map { $0.themeSlugs.joined(separator: ",") }, new.themeSlugs.joined(separator: ",")),
        ])
    }
}
