import Crypto
import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Event registration: taking and giving up a seat, the organizer's attendee list, and the calendar of the
/// events one holds a seat at. Writes go as every write does: sign-in, CSRF, `Authorization.can`, then one
/// transaction, in which the storage functions lock the event and write the audit row.
struct RegistrationController: Sendable {
    let site: SiteController
    let authorizer: Authorizer

    var database: Database { site.environment.database }
    var clock: Clock { site.environment.clock }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/events/:slug/register") { request, context in
            let event = try await event(context)
            let (_, principal) = try await authorizer.form(request, context, .registerForEvent,
                                                           on: .event(organizerID: event.organizerID))
            let today = clock.today(), now = clock.now()
            do {
                _ = try await database.transaction { db in
                    try await EventRegistration.register(userID: principal.user.id, eventID: event.id, today: today, now: now,
                                                         via: principal.channel, on: db)
                }
            } catch let closed as RegistrationClosed {
                throw WebError.badRequest(try await site.pages(request.info).closedSentence(closed))
            }
            return redirect(SiteURL.event(event.slug))
        }
        router.post("/events/:slug/cancel") { request, context in
            let event = try await event(context)
            let (body, principal) = try await authorizer.form(request, context, .cancelEventRegistration,
                                                              on: .event(organizerID: event.organizerID))
            let today = clock.today(), now = clock.now()
            // Leaving a waitlist from the account page goes back there; only that one value is honoured, so
            // the field cannot send anyone elsewhere.
            let back = body.text("back") == AccountHomeView.backToAccount ? SiteURL.account : .event(event.slug)
            let link = site.environment.publicURL + SiteURL.event(event.slug).path
            try await database.transaction { db in
                let outcome = try await EventRegistration.cancel(userID: principal.user.id, eventID: event.id, today: today,
                                                                 now: now, via: principal.channel, on: db)
                guard let promoted = outcome.promoted, let user = try await User.fetchOne(id: promoted.userID, on: db) else { return }
                // In the same transaction: the promotion and its mail land together or not at all.
                try await Mail.seat(to: user, event: event, link: link).queue(to: user, now: now, on: db)
            }
            return redirect(back)
        }
        router.get("/events/:slug/attendees.csv") { _, context in
            let event = try await event(context)
            _ = try await authorizer.require(.readAttendees, on: .event(organizerID: event.organizerID), context)
            let attendees = try await EventRegistration.fetchAttendees(eventID: event.id, on: database.sql)
            return Self.privateFile(Self.attendeeCSV(attendees), contentType: "text/csv; charset=utf-8; header=present",
                                    disposition: "attachment; filename=\"\(event.slug)-attendees.csv\"")
        }
        router.get("/account/events.ics") { request, context in
            guard let user = context.user else { throw WebError.signInRequired }
            return try await calendar(request, userID: user.id)
        }
        router.get("/calendars/:file") { request, context in
            let file = try context.parameters.require("file")
            guard file.hasSuffix(".ics"),
                  let userID = Self.calendarOwner(String(file.dropLast(4)), key: authorizer.settings.signingKey),
                  try await User.fetchOne(id: userID, on: database.sql) != nil else { throw WebError.notFound }
            return try await calendar(request, userID: userID)
        }
    }

    /// The viewer of an event's page, for its registration box; nil for an anonymous visitor.
    func viewer(_ context: AppRequestContext) async throws -> EventViewer? {
        guard let session = context.session, let principal = try await authorizer.principal(context) else { return nil }
        let token = Self.calendarToken(userID: principal.user.id, key: authorizer.settings.signingKey)
        return EventViewer(principal: principal, csrf: session.csrfToken,
                           privateCalendarURL: site.environment.publicURL + SiteURL.privateEventsCalendar(token).path)
    }

    // MARK: - Helpers

    func event(_ context: AppRequestContext) async throws -> Event {
        guard let event = try await Event.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return event
    }

    /// The events where a person holds a seat, as iCalendar, through the same writer as the public calendars.
    func calendar(_ request: Request, userID: Int) async throws -> Response {
        let pages = try await site.pages(request.info)
        let events = try await Event.fetchRegistered(userID: userID, on: database.sql)
        let bytes = try await pages.calendar(events, name: pages.t[.registrationCalendarName], stamp: clock.now())
        return Self.privateFile(String(decoding: bytes, as: UTF8.self), contentType: ICalendar.contentType, disposition: nil)
    }

    func redirect(_ url: SiteURL) -> Response {
        Response(status: .seeOther, headers: [.location: url.path, .cacheControl: "no-store"])
    }

    /// A file only its reader should see: never stored by a shared cache.
    static func privateFile(_ text: String, contentType: String, disposition: String?) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .cacheControl: "private, no-store"]
        if let disposition { headers[.contentDisposition] = disposition }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Name, address, standing and since when, seat holders first, each in the order they came.
    static func attendeeCSV(_ attendees: [Attendee]) -> String {
        CSVTable.render(text: [["name", "email", "status", "registered_at"]] + attendees.map {
            [$0.name, $0.email, $0.registration.status.rawValue, Timestamps.rfc3339($0.registration.updatedAt)]
        })
    }

    /// The secret part of a person's calendar address: their id signed with the site's key. Calendar apps
    /// send no cookies, so the address itself is the credential; it needs no table, and changing the
    /// site's secret key revokes every one.
    static func calendarToken(userID: Int, key: SymmetricKey) -> String {
        SecretTokens.signed("events-\(userID)", key: key)
    }

    static func calendarOwner(_ token: String, key: SymmetricKey) -> Int? {
        guard let value = SecretTokens.verified(token, key: key), value.hasPrefix("events-") else { return nil }
        return Int(value.dropFirst("events-".count))
    }
}
