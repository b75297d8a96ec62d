import PeerpolisDomain
import PeerpolisStorage

/// Who looks at an event's page, for its registration box: nil for an anonymous visitor.
struct EventViewer: Sendable {
    var principal: Principal
    /// The session's CSRF token, for the box's form.
    var csrf: String
    /// The absolute secret address of the viewer's calendar.
    var privateCalendarURL: String
}

extension Pages {
    /// The seats, the viewer's standing and the one action open to them. Two or three small queries.
    func registrationPanel(_ event: Event, viewer: EventViewer?) async throws -> RegistrationPanel {
        var panel = RegistrationPanel()
        let taken = try await EventRegistration.fetchCount(eventID: event.id, status: .registered, on: db)
        let seatsLeft = event.seatsLeft(taken: taken)
        if let capacity = event.capacity, let seatsLeft {
            panel.seats = seatsLeft > 0
                ? t.format(.registrationSeatsLeft, format.integer(seatsLeft), format.integer(capacity))
                : t.format(.registrationFull, format.integer(capacity),
                           format.integer(try await EventRegistration.fetchCount(eventID: event.id, status: .waitlisted, on: db)))
        }
        let closed = event.registrationClosed(today: today).map(closedSentence)
        guard let viewer else {
            panel.notice = closed
            if closed == nil { panel.links.append((t[.registrationSignIn], SiteURL.signIn.path)) }
            return panel
        }
        panel.csrf = viewer.csrf
        let standing = try await EventRegistration.fetchOne(eventID: event.id, userID: viewer.principal.user.id, on: db)
        switch standing?.status {
        case .registered?:
            panel.notice = t[.registrationRegistered]
            panel.action = (t[.registrationCancel], .eventCancel(event.slug))
        case .waitlisted?:
            panel.notice = t[.registrationWaitlisted]
            panel.action = (t[.registrationCancel], .eventCancel(event.slug))
        case .cancelled?, nil:
            panel.notice = closed
            if closed == nil {
                panel.action = (t[seatsLeft == 0 ? .registrationJoinWaitlist : .registrationRegister], .eventRegister(event.slug))
            }
        }
        if Authorization.can(viewer.principal, .readAttendees, .event(organizerID: event.organizerID)) {
            panel.links.append((t[.registrationAttendees], SiteURL.eventAttendees(event.slug).path))
        }
        if standing?.status == .registered {
            panel.links.append((t[.registrationMyCalendar], SiteURL.accountEventsCalendar.path))
            panel.privateCalendar = (t[.registrationPrivateCalendar], viewer.privateCalendarURL)
        }
        return panel
    }

    /// The sentence that says why an event takes no more registrations.
    func closedSentence(_ closed: RegistrationClosed) -> String {
        switch closed {
        case .deadlinePassed(let deadline): t.format(.registrationDeadlinePassed, format.day(deadline))
        case .eventStarted: t[.registrationEventStarted]
        }
    }
}
