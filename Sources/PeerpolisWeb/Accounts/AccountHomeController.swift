import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// `/account`: what a signed-in person has under way on the hub — the events they hold a seat at, their
/// applications to calls and where each stands — with the ways to their drafts, tokens and calendar.
struct AccountHomeController: FormController, Sendable {
    let database: Database

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/account") { request, context in
            guard let user = context.user else { throw WebError.signInRequired }
            let t = request.info.catalog
            let format = Formatter(catalog: t)
            let events = try await Event.fetchRegistered(userID: user.id, on: database.sql)
            let applications = try await CallApplication.fetchAll(userID: user.id, on: database.sql)
            var calls: [Int: Call] = [:]
            for id in Set(applications.map(\.callID)) { calls[id] = try await Call.fetchOne(id: id, on: database.sql) }
            let eventItems = events.map { event in
                ListItem(title: event.title, url: .event(event.slug), meta: [format.period(event.startDate, event.endDate)])
            }
            let applicationItems = applications.map { application in
                ListItem(title: calls[application.callID]?.title ?? "—", url: .application(application.id),
                         meta: [t.label("application", application.status.rawValue)])
            }
            let links = [ListItem(title: t[.registrationMyCalendar], url: .accountEventsCalendar),
                         ListItem(title: t[.editorDraftsTitle], url: .accountDrafts),
                         ListItem(title: t[.tokensLink], url: .accountTokens)]
            let model = ListPageModel(title: t[.accountHomeTitle], intro: t.format(.accountSignedInAs, user.displayName),
                                      action: .account, filters: [], count: nil,
                                      sections: [Section(t[.accountHomeEvents], items: eventItems, emptyText: t[.accountHomeNoEvents]),
                                                 Section(t[.accountHomeApplications], items: applicationItems,
                                                         emptyText: t[.accountHomeNoApplications]),
                                                 Section(t[.accountHomeMore], items: links)],
                                      pagination: nil)
            return html(request, ListView.render(model, context: request.info.pageContext))
        }
    }
}
