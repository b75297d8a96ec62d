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
    }

    static func eventForm(form: EventForm, event: Event?, draftID: Int?, organizations: [Organization], themes: [Theme],
                          history: [HistoryLine], saved: Bool, csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let title = event.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewEvent]
        let action: SiteURL = event.map { .eventEdit($0.slug) } ?? .eventNew
        func error(_ field: String) -> Node<HTML.FormContext> {
            .unwrap(form.errors[field]) { .p(.id(attribute("error-" + field)), .class("error"), .text($0)) }
        }
        func textField(_ name: String, _ label: UIKey, type: HTMLInputType = .text) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.for(attribute("event-" + name)), .text(t[label])), error(name),
                 .input(.type(type), .id(attribute("event-" + name)), .name(attribute(name)), .value(attribute(form[name]))))
        }
        let chosen = Set(form.themeSlugs)
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t[.editorIntro])),
            .if(saved, .p(.class("notice"), .attribute(named: "role", value: "status"), .text(t[.editorDraftSaved]))),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(
                .action(action.path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .unwrap(draftID) { .input(.type(.hidden), .name("draft"), .value(String($0))) },
                textField("title", .postTitle),
                .div(.class("field"), .label(.for("event-kind"), .text(t[.fieldKind])), error("kind"),
                     .raw(ContributionViews.selectHTML(id: "event-kind", name: "kind", selected: form["kind"],
                                                       options: EventKind.allCases.map { ($0.rawValue, t.label("event-kind", $0.rawValue)) }))),
                .div(.class("field"), .label(.for("event-organizer"), .text(t[.fieldOrganization])), error("organizer"),
                     .raw(ContributionViews.selectHTML(id: "event-organizer", name: "organizer", selected: form["organizer"],
                                                       options: organizations.map { ($0.slug, $0.name) }))),
                textField("host", .editorHost),
                .div(.class("field"), .raw(ContributionViews.checkbox("online", checked: !form["online"].isEmpty, label: t[.editorOnline]))),
                textField("startDate", .editorStartDate, type: .date),
                textField("endDate", .editorEndDate, type: .date),
                textField("startTime", .editorStartTime, type: .time),
                textField("endTime", .editorEndTime, type: .time),
                textField("timeZone", .editorTimeZone),
                textField("capacity", .editorCapacity, type: .number),
                textField("deadline", .editorDeadline, type: .date),
                .div(.class("field"), .label(.for("event-summary"), .text(t[.editorSummary])), error("summary"),
                     .textarea(.id("event-summary"), .name("summary"), .attribute(named: "rows", value: "6"), .text(form["summary"]))),
                .div(.class("field"), .h2(.text(t[.sectionThemes])), error("themes"),
                     .forEach(themes) { theme in
                         .p(.raw(ContributionViews.checkbox("theme." + theme.slug, checked: chosen.contains(theme.slug),
                                                            label: t.language == .fr ? (theme.nameFr ?? theme.name) : theme.name)))
                     }),
                .button(.type(.submit), .name("intent"), .value("publish"), .text(t[.editorPublish])),
                .text(" "),
                .button(.type(.submit), .name("intent"), .value("draft"), .text(t[.editorSaveDraft]))
            ),
            .unwrap(draftID) { id in
                .form(.action(SiteURL.draftDelete(id).path), .method(.post),
                      .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                      .button(.type(.submit), .text(t[.editorDiscardDraft])))
            },
            .unwrap(event) { event in
                .group(
                    .form(.action(SiteURL.eventDelete(event.slug).path), .method(.post),
                          .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                          .button(.type(.submit), .text(t[.editorDelete]))),
                    .h2(.text(t[.editorHistory])),
                    .if(history.isEmpty, .p(.text(t[.editorNoHistory]))),
                    .ul(.forEach(history) { line in
                        .li(.text("\(utcStamp(line.when)) · \(line.who) · \(line.action)"
                                  + (line.fields.isEmpty ? "" : " · " + line.fields.joined(separator: ", "))))
                    })
                )
            }
        )
        return Layout.page(title: title, context: context, main: main)
    }

    static func drafts(_ drafts: [Draft], newEventFor organizations: [Organization], context: PageContext) -> String {
        let t = context.catalog
        let items = drafts.map { draft in
            ListItem(title: draft.title, url: .draft(draft.id),
                     meta: [draft.entityID == nil ? t[.editorDraftNew] : t[.editorDraftChange], utcStamp(draft.updatedAt)])
        }
        let links = organizations.map { organization in
            ListItem(title: t.format(.editorNewEventFor, organization.name), url: .eventNewFor(organization.slug))
        }
        let model = ListPageModel(title: t[.editorDraftsTitle], intro: t[.editorDraftsIntro], action: .accountDrafts,
                                  filters: [], count: nil,
                                  sections: [Section("", items: items, emptyText: t[.editorNoDrafts]),
                                             Section(t[.editorNewEvent], items: links)].filter { !$0.items.isEmpty || $0.heading.isEmpty },
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
