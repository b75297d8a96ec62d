import Foundation
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Event registration through the pages: the box on the event page, the waitlist and its promotion, the
/// organizer's attendee list and the personal calendar.
@Suite struct RegistrationTests {
    /// What the fixtures made: the events' slugs and a session per account.
    struct Fixture: Sendable {
        var open = "", other = "", closed = "", started = ""
        /// Session cookie and CSRF token by account: `ana`, `bo` (members), `editor` (of the organizer).
        var sessions: [String: (id: String, csrf: String)] = [:]
    }

    final class Box: @unchecked Sendable {
        var fixture = Fixture()
        var db: Database?
    }

    @Test func aSeatIsTakenTheNextPersonWaitsAndCancellingGivesThemTheSeatAndAMail() async throws {
        let box = Box()
        try await withSeededApp(prepare: { db in box.db = db; box.fixture = try await Self.prepare(db) }) { client in
            let f = box.fixture, db = try #require(box.db)
            let visitor = Browser(client), ana = signedIn(client, f, "ana"), bo = signedIn(client, f, "bo")
            let event = "/events/\(f.open)"

            let anonymous = try await visitor.get(event)
            let before = try await ana.get(event)
            let registered = try await ana.post(event + "/register", [:], csrf: f.sessions["ana"]?.csrf)
            let anaAfter = try await ana.get(event)
            let boBefore = try await bo.get(event)
            _ = try await bo.post(event + "/register", [:], csrf: f.sessions["bo"]?.csrf)
            let boWaiting = try await bo.get(event)
            let cancelled = try await ana.post(event + "/cancel", [:], csrf: f.sessions["ana"]?.csrf)
            let boPromoted = try await bo.get(event)
            let anaCancelled = try await ana.get(event)
            let mail = try await OutboxMessage.fetchAll(on: db.sql)

            #expect(anonymous.body.contains("1 of 1 seats left."))
            #expect(anonymous.body.contains("Sign in to register"))
            #expect(!anonymous.body.contains("action=\"\(event)/register\""))
            #expect(before.body.contains("action=\"\(event)/register\""))
            #expect(before.body.contains(">Register</button>"))
            #expect(registered.status == .seeOther && registered.headers[.location] == event)
            #expect(anaAfter.body.contains("You are registered."))
            #expect(anaAfter.body.contains(">Cancel my registration</button>"))
            #expect(anaAfter.body.contains("No seat left (capacity 1); 0 on the waitlist."))
            #expect(anaAfter.body.contains("/calendars/events-"))
            #expect(boBefore.body.contains(">Join the waitlist</button>"))
            #expect(boWaiting.body.contains("You are on the waitlist."))
            #expect(boWaiting.body.contains("1 on the waitlist."))
            #expect(cancelled.status == .seeOther)
            #expect(boPromoted.body.contains("You are registered."))
            #expect(anaCancelled.body.contains(">Register</button>") == false)
            #expect(anaCancelled.body.contains(">Join the waitlist</button>"))
            #expect(mail.map(\.recipient) == ["bo@city.eu"])
            #expect(mail.first?.subject == "A seat is yours: Study visit to the tram depot")
            #expect(mail.first?.body.contains(AppEnvironment.defaultPublicURL + event) == true)
        }
    }

    @Test func theAccountPageListsWaitlistsWithThePlaceInLineAndLeavingOneComesBackThere() async throws {
        let box = Box()
        try await withSeededApp(prepare: { db in box.fixture = try await Self.prepare(db) }) { client in
            let f = box.fixture
            let ana = signedIn(client, f, "ana"), bo = signedIn(client, f, "bo"), editor = signedIn(client, f, "editor")
            let event = "/events/\(f.open)"
            for (browser, key) in [(ana, "ana"), (bo, "bo"), (editor, "editor")] {
                _ = try await browser.post(event + "/register", [:], csrf: f.sessions[key]?.csrf)
            }

            let boHome = try await bo.get("/account")
            let editorHome = try await editor.get("/account")
            let anaHome = try await ana.get("/account")
            let left = try await bo.post(event + "/cancel", ["back": "account"], csrf: f.sessions["bo"]?.csrf)
            let boAfter = try await bo.get("/account")
            let editorAfter = try await editor.get("/account")
            let elsewhere = try await editor.post(event + "/cancel", ["back": "https://evil.example"], csrf: f.sessions["editor"]?.csrf)
            let french = try await ana.get("/account?lang=fr")

            #expect(boHome.body.contains("Events you are on the waitlist for"))
            #expect(boHome.body.contains("Study visit to the tram depot"))
            #expect(boHome.body.contains("number 1 in line"))
            #expect(boHome.body.contains("action=\"\(event)/cancel\""))
            #expect(boHome.body.contains(">Leave the waitlist</button>"))
            #expect(editorHome.body.contains("number 2 in line"))
            #expect(anaHome.body.contains("You are on no waitlist."))
            #expect(!anaHome.body.contains(">Leave the waitlist</button>"))
            #expect(left.status == .seeOther && left.headers[.location] == "/account")
            #expect(boAfter.body.contains("You are on no waitlist."))
            #expect(editorAfter.body.contains("number 1 in line"))
            #expect(elsewhere.status == .seeOther && elsewhere.headers[.location] == event)
            #expect(french.body.contains("Événements pour lesquels vous êtes en liste d"))
        }
    }

    @Test func theRegistrationBoxSpeaksFrench() async throws {
        let box = Box()
        try await withSeededApp(prepare: { db in box.fixture = try await Self.prepare(db) }) { client in
            let f = box.fixture
            let page = try await signedIn(client, f, "ana").get("/events/\(f.open)?lang=fr")

            #expect(page.body.contains("1 places libres sur 1."))
            #expect(page.body.contains(">S’inscrire</button>"))
        }
    }

    @Test func closedRegistrationIsRefusedWithASentenceAndUnknownEventsAreNotFound() async throws {
        let box = Box()
        try await withSeededApp(prepare: { db in box.fixture = try await Self.prepare(db) }) { client in
            let f = box.fixture
            let ana = signedIn(client, f, "ana"), csrf = f.sessions["ana"]?.csrf
            let page = try await ana.get("/events/\(f.closed)")
            let late = try await ana.post("/events/\(f.closed)/register", [:], csrf: csrf)
            let begun = try await ana.post("/events/\(f.started)/register", [:], csrf: csrf)
            let unknown = try await ana.post("/events/no-such-event/register", [:], csrf: csrf)
            let unknownList = try await ana.get("/events/no-such-event/attendees.csv")
            let anonymous = try await Browser(client).post("/events/\(f.open)/register", [:], csrf: "x")
            let forged = try await ana.post("/events/\(f.open)/register", [:], csrf: "forged")

            #expect(page.body.contains("Registration for this event closed on"))
            #expect(!page.body.contains("action=\"/events/\(f.closed)/register\""))
            #expect(late.status == .badRequest)
            #expect(late.body.contains("Registration for this event closed on"))
            #expect(begun.status == .badRequest)
            #expect(begun.body.contains("This event has begun"))
            #expect(unknown.status == .notFound)
            #expect(unknownList.status == .notFound)
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/sign-in")
            #expect(forged.status == .forbidden)
        }
    }

    @Test func theOrganizersEditorGetsTheAttendeeListAsSafeCSVAndOthersDoNot() async throws {
        let box = Box()
        try await withSeededApp(prepare: { db in box.fixture = try await Self.prepare(db) }) { client in
            let f = box.fixture
            let url = "/events/\(f.open)/attendees.csv"
            let ana = signedIn(client, f, "ana"), bo = signedIn(client, f, "bo"), editor = signedIn(client, f, "editor")
            _ = try await ana.post("/events/\(f.open)/register", [:], csrf: f.sessions["ana"]?.csrf)
            _ = try await bo.post("/events/\(f.open)/register", [:], csrf: f.sessions["bo"]?.csrf)

            let list = try await editor.get(url)
            let editorsPage = try await editor.get("/events/\(f.open)")
            let member = try await ana.get(url)
            let anonymous = try await Browser(client).get(url)
            let lines = list.body.components(separatedBy: "\r\n")

            #expect(list.status == .ok)
            #expect(list.headers[.contentType]?.hasPrefix("text/csv") == true)
            #expect(list.headers[.cacheControl] == "private, no-store")
            #expect(lines[0] == "name,email,status,registered_at")
            #expect(lines[1].hasPrefix("Ana,ana@city.eu,registered,20"))
            // A name that a spreadsheet would run as a formula is defused, and its comma quoted.
            #expect(lines[2].hasPrefix("\"'=HYPERLINK(\"\"http://evil.example\"\", \"\"Bo\"\")\",bo@city.eu,waitlisted,"))
            #expect(lines.count == 4 && lines[3].isEmpty)
            #expect(editorsPage.body.contains("href=\"\(url)\""))
            #expect(member.status == .forbidden)
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/sign-in")
        }
    }

    @Test func thePersonalCalendarHoldsTheEventsWithASeatOnlyAndTheSecretAddressServesIt() async throws {
        let box = Box()
        try await withSeededApp(prepare: { db in box.fixture = try await Self.prepare(db) }) { client in
            let f = box.fixture
            let ana = signedIn(client, f, "ana"), bo = signedIn(client, f, "bo")
            _ = try await bo.post("/events/\(f.open)/register", [:], csrf: f.sessions["bo"]?.csrf)
            _ = try await ana.post("/events/\(f.open)/register", [:], csrf: f.sessions["ana"]?.csrf)
            _ = try await ana.post("/events/\(f.other)/register", [:], csrf: f.sessions["ana"]?.csrf)

            let mine = try await ana.get("/account/events.ics")
            let page = try await ana.get("/events/\(f.other)")
            let secret = try #require(Self.privateCalendarPath(in: page.body))
            let fromApp = try await Browser(client).get(secret)
            let tampered = try await Browser(client).get(secret.replacingOccurrences(of: "events-", with: "events-1"))
            let anonymous = try await Browser(client).get("/account/events.ics")
            let lines = FormatFixtures.unfold(mine.body)

            #expect(mine.status == .ok)
            #expect(mine.headers[.contentType] == ICalendar.contentType)
            #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
            #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1)
            #expect(lines.filter { $0 == "END:VEVENT" }.count == 1)
            #expect(lines.contains { $0.hasPrefix("UID:event-\(f.other)@") })
            #expect(!lines.contains { $0.hasPrefix("UID:event-\(f.open)@") })
            #expect(lines.contains("X-WR-CALNAME:Peerpolis · My events"))
            #expect(fromApp.status == .ok)
            #expect(FormatFixtures.unfold(fromApp.body).filter { $0.hasPrefix("UID:") } == lines.filter { $0.hasPrefix("UID:") })
            #expect(tampered.status == .notFound)
            #expect(anonymous.status == .seeOther && anonymous.headers[.location] == "/sign-in")
        }
    }

    // MARK: - Fixtures

    func signedIn(_ client: any TestClientProtocol, _ f: Fixture, _ who: String) -> Browser {
        let browser = Browser(client)
        if let session = f.sessions[who] { browser.setCookie("peerpolis_session", session.id) }
        return browser
    }

    /// The path of the secret calendar address shown on an event page.
    static func privateCalendarPath(in html: String) -> String? {
        guard let start = html.range(of: "/calendars/events-") else { return nil }
        let rest = html[start.lowerBound...]
        return rest.range(of: ".ics").map { String(rest[..<$0.upperBound]) }
    }

    /// Four events of the first organization (testToday is 2019-04-01): one seat open, a roomy one, one past its
    /// deadline, one begun. Three accounts with sessions.
    static func prepare(_ db: Database) async throws -> Fixture {
        let organization = try #require(try await Organization.fetchAll(on: db.sql).first)
        func event(_ slug: String, _ title: String, start: String, capacity: Int?, deadline: String? = nil) async throws -> String {
            try await Event.insert(Event(slug: slug, title: title, kind: .studyVisit, organizerID: organization.id,
                                         startDate: Day(start)!, endDate: Day(start)!, timeZone: "Europe/Paris",
                                         capacity: capacity, registrationDeadline: deadline.flatMap { Day($0) }), on: db.sql).slug
        }
        var fixture = Fixture()
        fixture.open = try await event("tram-depot-visit", "Study visit to the tram depot", start: "2019-05-10", capacity: 1,
                                       deadline: "2019-05-01")
        fixture.other = try await event("housing-academy", "Housing academy", start: "2019-06-03", capacity: nil)
        fixture.closed = try await event("closed-forum", "Closed forum", start: "2019-04-20", capacity: 10, deadline: "2019-03-31")
        fixture.started = try await event("begun-workshop", "Begun workshop", start: "2019-04-01", capacity: 10)
        let now = Date()
        for (key, name, role) in [("ana", "Ana", Role.member), ("bo", "=HYPERLINK(\"http://evil.example\", \"Bo\")", .member),
                                  ("editor", "Editor", .organizationEditor)] {
            let user = try await User.insert(email: "\(key)@city.eu", displayName: name, passwordHash: "x", now: now, on: db.sql)
            try await RoleGrant.insert(RoleGrant(userID: user.id, role: role,
                                                 organizationID: role == .organizationEditor ? organization.id : nil),
                                       grantedBy: nil, now: now, on: db.sql)
            let session = "session-\(key)", csrf = "csrf-\(key)"
            try await UserSession.insert(idHash: SecretTokens.digest(session), userID: user.id, csrfToken: csrf, now: now,
                                         expiresAt: now.addingTimeInterval(3600), on: db.sql)
            fixture.sessions[key] = (session, csrf)
        }
        return fixture
    }
}
