import Foundation
import Plot
import PeerpolisDomain

/// The event editor, its history and the list of drafts. Typed values come back through `attribute(_:)`
/// and `.text` only.
enum EditorViews {
    /// One line of an entity's history, from the audit log.
    struct HistoryLine: Sendable {
        var when: Date
        var who: String
        var action: String
        var fields: [String]
        /// How the write came; nil for writes made before the log recorded it.
        var channel: WriteChannel?
    }

    /// "through a form", "through the API with token 12"…, or nil when the log does not know.
    static func channelText(_ channel: WriteChannel?, _ t: Catalog) -> String? {
        switch channel {
        case .form?: t[.historyViaForm]
        case .api(let tokenID?)?: t.format(.historyViaToken, String(tokenID))
        case .api(nil)?: t[.historyViaAPI]
        case .commandLine?: t[.historyViaCommandLine]
        case nil: nil
        }
    }

    static func eventForm(_ page: EditorPage<EventForm, Event>, organizations: [Organization], themes: [Theme]) -> String {
        let t = page.context.catalog, form = page.form, event = page.entity
        let fields = Fields(values: form.fields, errors: form.errors, prefix: "event", catalog: t)
        return editor(
            page, title: event.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewEvent],
            action: event.map { .eventEdit($0.slug) } ?? .eventNew, delete: event.map { (.eventDelete($0.slug), t[.editorDelete]) },
            fields: [
                fields.text("title", .postTitle),
                fields.select("kind", .fieldKind, EventKind.allCases.map { ($0.rawValue, t.label("event-kind", $0.rawValue)) }),
                fields.select("organizer", .fieldOrganization, organizations.map { ($0.slug, $0.name) }),
                fields.text("host", .editorHost),
                .div(.class("field"), .raw(ContributionViews.checkbox("online", checked: !form["online"].isEmpty, label: t[.editorOnline]))),
                fields.text("startDate", .editorStartDate, type: .date),
                fields.text("endDate", .editorEndDate, type: .date),
                fields.text("startTime", .editorStartTime, type: .time),
                fields.text("endTime", .editorEndTime, type: .time),
                fields.text("timeZone", .editorTimeZone),
                fields.text("capacity", .editorCapacity, type: .number),
                fields.text("deadline", .editorDeadline, type: .date),
                fields.textArea("summary", .editorSummary),
                fields.themeBoxes(themes),
            ])
    }

    static func callForm(_ page: EditorPage<CallForm, Call>, organizations: [Organization], themes: [Theme]) -> String {
        let t = page.context.catalog, form = page.form, call = page.entity
        let fields = Fields(values: form.fields, errors: form.errors, prefix: "call", catalog: t)
        let continents = Set(form.continents)
        return editor(
            page, title: call.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewCall],
            action: call.map { .callEdit($0.slug) } ?? .callNew, delete: call.map { (.callDelete($0.slug), t[.editorDeleteCall]) },
            fields: [
                fields.text("title", .postTitle),
                fields.select("organizer", .fieldOrganization, organizations.map { ($0.slug, $0.name) }),
                fields.text("opens", .fieldOpens, type: .date),
                fields.text("closes", .fieldCloses, type: .date),
                fields.textArea("summary", .editorSummary),
                fields.text("minPartners", .editorMinPartners, type: .number),
                fields.text("maxPartners", .editorMaxPartners, type: .number),
                fields.text("minCountries", .editorMinCountries, type: .number),
                fields.text("maxPerCountry", .editorMaxPerCountry, type: .number),
                fields.boxes("continents", .editorContinents,
                             Continent.allCases.map { ("continent." + $0.rawValue, t.label("continent", $0.rawValue), continents.contains($0)) }),
                fields.text("regions", .editorRegions),
                fields.themeBoxes(themes),
            ])
    }

    static func articleForm(_ page: EditorPage<ArticleForm, PeerpolisDomain.Article>, organizations: [Organization],
                            themes: [Theme]) -> String {
        let t = page.context.catalog, form = page.form, article = page.entity
        let fields = Fields(values: form.fields, errors: form.errors, prefix: "article", catalog: t)
        return editor(
            page, title: article.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewArticle],
            action: article.map { .articleEdit($0.slug) } ?? .articleNew,
            delete: article.map { (.articleDelete($0.slug), t[.editorDeleteArticle]) },
            fields: [
                fields.text("title", .postTitle),
                fields.select("kind", .fieldKind, ArticleKind.allCases.map { ($0.rawValue, t.label("article-kind", $0.rawValue)) }),
                fields.select("organizer", .fieldOrganization, organizations.map { ($0.slug, $0.name) }),
                fields.text("authors", .editorAuthors),
                fields.text("published", .editorPublished, type: .date),
                fields.textArea("summary", .editorSummary),
                fields.textArea("body", .editorBody),
                fields.text("places", .editorPlaces),
                fields.themeBoxes(themes),
            ])
    }

    static func themeName(_ theme: Theme, _ t: Catalog) -> String {
        t.language == .fr ? (theme.nameFr ?? theme.name) : theme.name
    }

    /// The page every editor shares: its fields, Publish and Keep as draft, then discarding the draft,
    /// deleting the published entity and its history. `delete` is the deletion's address and button label,
    /// for an entity already published; `intro` says who sees a draft.
    static func editor<Form, Entity>(_ page: EditorPage<Form, Entity>, title: String, action: SiteURL, intro: UIKey = .editorIntro,
                                     delete: (SiteURL, String)?, fields: [Node<HTML.FormContext>]) -> String {
        let t = page.context.catalog, draftID = page.draftID
        let history: [HistoryLine]? = page.entity == nil ? nil : page.history
        let token: Node<HTML.FormContext> = .input(.type(.hidden), .name(CSRF.field), .value(attribute(page.csrf)))
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t[intro])),
            .if(page.saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(t[.editorDraftSaved]))),
            .if(!page.form.errors.isEmpty,
                .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .unwrap(page.refusal) { .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .form(
                .action(action.path), .method(.post), token,
                .unwrap(draftID) { .input(.type(.hidden), .name("draft"), .value(String($0))) },
                .group(fields),
                .button(.type(.submit), .name("intent"), .value("publish"), .text(t[.editorPublish])),
                .text(" "),
                .button(.type(.submit), .name("intent"), .value("draft"), .text(t[.editorSaveDraft]))
            ),
            .unwrap(draftID) { id in
                .form(.action(SiteURL.draftDelete(id).path), .method(.post), token, .button(.type(.submit), .text(t[.editorDiscardDraft])))
            },
            .unwrap(delete) { url, label in
                .form(.action(url.path), .method(.post), token, .button(.type(.submit), .text(label)))
            },
            .unwrap(history) { historySection($0, t) }
        )
        return Layout.page(title: title, context: page.context, main: main)
    }

    /// An entity's history: who did what when, how it came, and which fields changed.
    static func historySection(_ lines: [HistoryLine], _ t: Catalog) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(t[.editorHistory])),
            .if(lines.isEmpty, .p(.text(t[.editorNoHistory]))),
            .ul(.forEach(lines) { line in
                .li(.text(([utcStamp(line.when), line.who, line.action] + [channelText(line.channel, t)].compactMap { $0 }
                           + (line.fields.isEmpty ? [] : [line.fields.joined(separator: ", ")])).joined(separator: " · ")))
            })
        )
    }

    /// Form fields that show back what was typed, each with its label and its error.
    struct Fields {
        let values: [String: String]
        let errors: [String: String]
        let prefix: String
        let catalog: Catalog

        func id(_ name: String) -> String { prefix + "-" + name }

        func error(_ name: String) -> Node<HTML.FormContext> {
            .unwrap(errors[name]) { .p(.id(attribute("error-" + name)), .class("error"), .text($0)) }
        }

        func text(_ name: String, _ label: UIKey, type: HTMLInputType = .text) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(attribute(id(name))), .text(catalog[label])), error(name),
                 .input(.type(type), .id(attribute(id(name))), .name(attribute(name)), .value(attribute(values[name] ?? ""))))
        }

        func textArea(_ name: String, _ label: UIKey) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(attribute(id(name))), .text(catalog[label])), error(name),
                 .textarea(.id(attribute(id(name))), .name(attribute(name)), .attribute(named: "rows", value: "6"),
                           .text(values[name] ?? "")))
        }

        func select(_ name: String, _ label: UIKey, _ options: [(String, String)]) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(attribute(id(name))), .text(catalog[label])), error(name),
                 .raw(ContributionViews.selectHTML(id: id(name), name: name, selected: values[name] ?? "", options: options)))
        }

        /// A box for each theme, ticked for those of the comma-separated `themes` value.
        func themeBoxes(_ themes: [Theme]) -> Node<HTML.FormContext> {
            let chosen = Set((values["themes"] ?? "").split(separator: ",").map(String.init))
            return boxes("themes", .sectionThemes, themes.map { ("theme." + $0.slug, themeName($0, catalog), chosen.contains($0.slug)) })
        }

        /// Checkboxes: (name, label, checked) each.
        func boxes(_ name: String, _ heading: UIKey, _ boxes: [(String, String, Bool)]) -> Node<HTML.FormContext> {
            .div(.class("field"), .h2(.text(catalog[heading])), error(name),
                 .forEach(boxes) { box in .p(.raw(ContributionViews.checkbox(box.0, checked: box.2, label: box.1))) })
        }
    }

    /// The drafts an account may open, then links to start something new for each organization it edits and
    /// each place it represents (and a new organization, for administrators).
    static func drafts(_ drafts: [Draft], newFor organizations: [Organization], places: [Place], mayAddOrganizations: Bool,
                       context: PageContext) -> String {
        let t = context.catalog
        let items = drafts.map { draft in
            ListItem(title: draft.title, url: .draft(draft.id),
                     meta: [draft.entityID == nil ? t[.editorDraftNew] : t[.editorDraftChange], utcStamp(draft.updatedAt)])
        }
        let links = organizations.flatMap { organization in
            [ListItem(title: t.format(.editorNewEventFor, organization.name), url: .eventNewFor(organization.slug)),
             ListItem(title: t.format(.editorNewCallFor, organization.name), url: .callNewFor(organization.slug)),
             ListItem(title: t.format(.editorNewArticleFor, organization.name), url: .articleNewFor(organization.slug)),
             ListItem(title: t.format(.editorNewNetworkFor, organization.name), url: .networkNewFor(organization.slug)),
             ListItem(title: t.format(.editorNewCooperationFor, organization.name), url: .cooperationNewFor(organization.slug))]
        } + places.flatMap { place in
            [ListItem(title: t.format(.editorNewPracticeFor, place.name), url: .practiceNewFor(place.slug)),
             ListItem(title: t.format(.editorNewPledgeFor, place.name), url: .pledgeNewFor(place.slug))]
        } + (mayAddOrganizations ? [ListItem(title: t[.editorNewOrganization], url: .organizationNew)] : [])
        let model = ListPageModel(title: t[.editorDraftsTitle], intro: t[.editorDraftsIntro], action: .accountDrafts,
                                  filters: [], count: nil,
                                  sections: [Section("", items: items, emptyText: t[.editorNoDrafts]),
                                             Section(t[.editorStartNew], items: links)].filter { !$0.items.isEmpty || $0.heading.isEmpty },
                                  pagination: nil)
        return ListView.render(model, context: context)
    }
}

/// `2026-11-23 14:05 UTC`, for histories and lists.
func utcStamp(_ date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970.rounded(.down))
    let days = Int((Double(seconds) / 86_400).rounded(.down))
    let rest = seconds - days * 86_400
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
    return "\(Day(daysSince1970: days)) \(two(rest / 3600)):\(two(rest % 3600 / 60)) UTC"
}
