import Foundation
import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// Every message the hub writes to someone, in the recipient's language (`User.language`), from the
/// catalog. A mail is queued in the outbox inside the transaction of the change it tells about.
struct Mail: Sendable, Hashable {
    var subject: String
    var body: String

    /// The catalog of the language the account reads; an unknown code reads English.
    static func catalog(for user: User) -> Catalog {
        Catalog(language: Language(rawValue: user.language) ?? .en)
    }

    /// Writes the mail to `user`'s address in the outbox.
    func queue(to user: User, now: Date, on db: any SQLDatabase) async throws {
        try await OutboxMessage.insert(recipient: user.email, subject: subject, body: body, now: now, on: db)
    }

    /// A one-time link to choose a new password.
    static func passwordReset(to user: User, link: String) -> Mail {
        let t = catalog(for: user)
        return Mail(subject: t[.mailResetSubject], body: t.format(.mailResetBody, user.displayName, link))
    }

    /// The seat someone waited for is theirs.
    static func seat(to user: User, event: Event, link: String) -> Mail {
        let t = catalog(for: user)
        return Mail(subject: t.format(.registrationSeatMailSubject, event.title),
                    body: t.format(.registrationSeatMailBody, user.displayName, event.title, link))
    }

    /// An application has reached its call's organization.
    static func applicationSubmitted(to user: User, call: Call, lead: Place, link: String) -> Mail {
        let t = catalog(for: user)
        return Mail(subject: t.format(.mailApplicationSubmittedSubject, call.title),
                    body: t.format(.mailApplicationSubmittedBody, user.displayName, call.title, lead.name, link))
    }

    /// An application moved to `status`, with the reviewers' note when they wrote one.
    static func applicationReviewed(to user: User, call: Call, status: ApplicationStatus, note: String, link: String) -> Mail {
        let t = catalog(for: user)
        let state = t.label("application", status.rawValue).lowercased()
        let noteText = note.isEmpty ? "" : t.format(.mailApplicationNote, note)
        return Mail(subject: t.format(.mailApplicationReviewedSubject, call.title, state),
                    body: t.format(.mailApplicationReviewedBody, user.displayName, call.title, state, noteText, link))
    }

    /// A message written through the hub by `sender` to someone whose address the sender never sees.
    static func contact(to user: User, from sender: User, about name: String, message: String) -> Mail {
        let t = catalog(for: user)
        return Mail(subject: MailFormat.headerSafe(t.format(.mailContactSubject, name)),
                    body: t.format(.mailContactBody, sender.displayName, sender.email, name, message))
    }
}
