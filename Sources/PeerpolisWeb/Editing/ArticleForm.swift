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

    init(fields: [String: String]) {
        self.fields = fields.filter { Self.fieldNames.contains($0.key) }
    }

    init(_ article: Article, organizerSlug: String, placeSlugs: [String]) {
        fields = ["title": article.title, "kind": article.kind.rawValue, "organizer": organizerSlug,
                  "authors": article.authors.joined(separator: ", "), "published": article.publishedOn?.description ?? "",
                  "summary": article.summary, "body": article.body, "places": placeSlugs.joined(separator: ", "),
                  "themes": article.themeSlugs.joined(separator: ",")]
    }

    init(form: FormBody, themes: [Theme]) {
        for name in Self.fieldNames where name != "themes" { fields[name] = form.text(name) }
        fields["themes"] = themes.map(\.slug).filter { !form.text("theme." + $0).isEmpty }.joined(separator: ",")
    }

    var themeSlugs: [String] { self["themes"].split(separator: ",").map(String.init) }
    var placeSlugs: [String] { ApplicationForm.slugs(self["places"]) }

    /// Checks every field and, when all hold, returns the article. `places` are those of `placeSlugs` that
    /// exist; the others are reported. An existing article keeps its links to networks, events and further
    /// organizations, which this form does not show.
    mutating func validated(existing: Article?, organizer: Organization?, places: [Place], knownThemes: Set<String>) -> Article? {
        errors = [:]
        let title = self["title"]
        if !(3...200).contains(title.count) { errors["title"] = "Give a title of 3 to 200 characters." }
        let kind = ArticleKind(rawValue: self["kind"])
        if kind == nil { errors["kind"] = "Choose the kind of article." }
        if organizer == nil { errors["organizer"] = "Choose the organization that publishes the article." }
        let authors = self["authors"].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if self["authors"].count > 500 { errors["authors"] = "List the authors in at most 500 characters." }
        let published = self["published"].isEmpty ? nil : Day(self["published"])
        if !self["published"].isEmpty && published == nil {
            errors["published"] = "Write the publication day as YYYY-MM-DD, or leave it empty."
        }
        if self["summary"].count > 2_000 {
            errors["summary"] = "The summary may have at most 2,000 characters; it has \(self["summary"].count)."
        }
        if !(1...100_000).contains(self["body"].count) {
            errors["body"] = "Write the text, up to 100,000 characters; it has \(self["body"].count)."
        }
        let found = Set(places.map(\.slug))
        let unknown = placeSlugs.filter { !found.contains($0) }
        if !unknown.isEmpty { errors["places"] = "No place has the slug \(unknown.map { "'\($0)'" }.joined(separator: ", "))." }
        let unknownThemes = themeSlugs.filter { !knownThemes.contains($0) }
        if !unknownThemes.isEmpty { errors["themes"] = "Unknown themes: \(unknownThemes.joined(separator: ", "))." }

        guard errors.isEmpty, let kind, let organizer else { return nil }
        let others = (existing?.organizationIDs.dropFirst() ?? []).filter { $0 != organizer.id }
        return Article(id: existing?.id ?? 0, slug: existing?.slug ?? "", title: title, kind: kind, authors: authors,
                       publishedOn: published, summary: self["summary"], body: self["body"],
                       statedReadingMinutes: existing?.statedReadingMinutes, themeSlugs: themeSlugs.sorted(),
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
