import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// `/account`: what a signed-in person has under way on the hub — the events they hold a seat at, those
/// they wait for (with their place in line and a button to leave it), their applications to calls and where
/// each stands — with the ways to their drafts, tokens and calendar, and the choice of the language the
/// hub's mails to them are written in.
struct AccountHomeController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let sessions: SessionCache

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/account/language") { request, context in
            guard let user = context.user else { throw WebError.signInRequired }
            let (body, principal) = try await authorizer.form(request, context, .editAccount, on: .account(userID: user.id))
            guard let language = Language(rawValue: body.text("language")) else {
                let choices = Language.allCases.map(\.rawValue).joined(separator: ", ")
                throw WebError.badRequest("Choose one of the hub's languages: \(choices).")
            }
            let now = clock.now()
            try await database.transaction { db in
                try await User.updateLanguage(id: user.id, language: language.rawValue, now: now, on: db)
                try await AuditLog.record(by: principal, action: "edit-account", entity: "user", entityID: user.id,
                                          changes: ["language": AuditChange(from: user.language, to: language.rawValue)],
                                          now: now, on: db)
            }
            // The cached session holds the old language; the page this leads to should show the new one.
            sessions.forget(userID: user.id)
            var response = redirect(SiteURL.account.path)
            // The interface follows the choice too, as the language links at the top of every page would.
            response.headers[.setCookie] = HTMLResponse.languageCookie(language)
            return response
        }
        router.get("/account") { request, context in
            guard let user = context.user else { throw WebError.signInRequired }
            let t = request.info.catalog
            let format = Formatter(catalog: t)
            let events = try await Event.fetchRegistered(userID: user.id, on: database.sql)
            let waitlists = try await Event.fetchWaitlisted(userID: user.id, on: database.sql)
            let applications = try await CallApplication.fetchAll(userID: user.id, on: database.sql)
            var calls: [Int: Call] = [:]
            for id in Set(applications.map(\.callID)) { calls[id] = try await Call.fetchOne(id: id, on: database.sql) }
            let eventItems = events.map { event in
                ListItem(title: event.title, url: .event(event.slug), meta: [format.period(event.startDate, event.endDate)])
            }
            let waiting = waitlists.map { place in
                AccountHomeModel.Waiting(
                    item: ListItem(title: place.event.title, url: .event(place.event.slug),
                                   meta: [format.period(place.event.startDate, place.event.endDate),
                                          t.format(.accountHomePlaceInLine, format.integer(place.placeInLine))]),
                    cancel: .eventCancel(place.event.slug))
            }
            let applicationItems = applications.map { application in
                ListItem(title: calls[application.callID]?.title ?? "—", url: .application(application.id),
                         meta: [t.label("application", application.status.rawValue)])
            }
            let links = [ListItem(title: t[.registrationMyCalendar], url: .accountEventsCalendar),
                         ListItem(title: t[.editorDraftsTitle], url: .accountDrafts),
                         ListItem(title: t[.tokensLink], url: .accountTokens)]
            let model = AccountHomeModel(
                title: t[.accountHomeTitle], intro: t.format(.accountSignedInAs, user.displayName),
                seats: Section(t[.accountHomeEvents], items: eventItems, emptyText: t[.accountHomeNoEvents]),
                waiting: waiting,
                applications: Section(t[.accountHomeApplications], items: applicationItems, emptyText: t[.accountHomeNoApplications]),
                more: Section(t[.accountHomeMore], items: links),
                language: Language(rawValue: user.language) ?? .en, csrf: context.session?.csrfToken ?? "")
            return html(request, AccountHomeView.render(model, context: request.info.pageContext))
        }
    }
}
