import Foundation
import HummingbirdBcrypt
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Each account reads the hub's mails in its own language: the interface's at sign-up, changed on the
/// account page.
@Suite struct MailLanguageTests {
    @Test func signingUpInFrenchRecordsFrenchAndTheResetMailIsWrittenInIt() async throws {
        let box = DatabaseBox()
        try await withSeededApp(prepare: { db in box.db = db }) { client in
            let db = try #require(box.db)
            let french = Browser(client), english = Browser(client)
            french.setCookie("lang", "fr")
            for (browser, email) in [(french, "lea@ville.fr"), (english, "ann@city.eu")] {
                let form = try await browser.get("/sign-up")
                _ = try await browser.post("/sign-up", ["email": email, "name": "Léa", "password": AccountTests.password],
                                           csrf: form.csrf)
            }
            let visitor = Browser(client)
            let forgot = try await visitor.get("/password/forgot")
            _ = try await visitor.post("/password/forgot", ["email": "lea@ville.fr"], csrf: forgot.csrf)
            _ = try await visitor.post("/password/forgot", ["email": "ann@city.eu"], csrf: forgot.csrf)

            let lea = try await User.fetchOne(email: "lea@ville.fr", on: db.sql)
            let ann = try await User.fetchOne(email: "ann@city.eu", on: db.sql)
            let mails = try await OutboxMessage.fetchAll(on: db.sql)
            let toLea = mails.first { $0.recipient == "lea@ville.fr" }, toAnn = mails.first { $0.recipient == "ann@city.eu" }

            #expect(lea?.language == "fr")
            #expect(ann?.language == "en")
            #expect(toLea?.subject == "Changer votre mot de passe Peerpolis")
            #expect(toLea?.body.hasPrefix("Bonjour Léa,") == true)
            #expect(toLea?.body.contains("/password/reset?token=") == true)
            #expect(toAnn?.subject == "Reset your Peerpolis password")
        }
    }

    @Test func theAccountPageChangesTheLanguageOfMailsAndOfThePages() async throws {
        try await withSignedInApp(as: .member) { app in
            let f = app.fixture, db = app.db, browser = app.browser
            let before = try await browser.get("/account")
            let unknown = try await browser.post("/account/language", ["language": "de"], csrf: f.csrf)
            let forged = try await browser.post("/account/language", ["language": "fr"], csrf: nil)
            let unchanged = try await User.fetchOne(email: "member@city.eu", on: db.sql)
            let changed = try await browser.post("/account/language", ["language": "fr"], csrf: f.csrf)
            let after = try await browser.get("/account")
            let member = try #require(try await User.fetchOne(email: "member@city.eu", on: db.sql))
            let log = try await AuditLog.fetchAll(entity: "user", entityID: member.id, on: db.sql)

            #expect(before.body.contains("<option value=\"en\" selected>English</option>"))
            #expect(unknown.status == .badRequest && unknown.body.contains("Choose one of the hub's languages: en, fr."))
            #expect(forged.status == .forbidden)
            #expect(unchanged?.language == "en")
            #expect(changed.status == .seeOther && changed.headers[.location] == "/account")
            #expect(changed.headers[values: .setCookie].contains { $0.hasPrefix("lang=fr;") })
            #expect(member.language == "fr")
            #expect(after.body.contains("<option value=\"fr\" selected>Français</option>"))
            #expect(after.body.contains("Votre compte"))
            #expect(log.map(\.action) == ["edit-account"])
            #expect(log.first?.changes.contains("\"from\":\"en\"") == true)
        }
    }

    @Test func aPromotionAndAContactMessageReachEachRecipientInTheirLanguage() async throws {
        try await withSignedInApp(as: .member, prepare: { db, fixture in
            let member = try #require(try await User.fetchOne(email: "member@city.eu", on: db.sql))
            let spare = try #require(try await User.fetchOne(email: "spare@city.eu", on: db.sql))
            try await User.updateLanguage(id: spare.id, language: "fr", now: Date(), on: db.sql)
            // A one-seat event: the member holds the seat, the French-reading spare account waits for it.
            let organization = try #require(try await Organization.fetchAll(on: db.sql).first)
            let event = try await Event.insert(
                Event(slug: "one-seat", title: "Visite d'étude", kind: .studyVisit, organizerID: organization.id,
                      startDate: Day(year: 2019, month: 6, day: 3)!, endDate: Day(year: 2019, month: 6, day: 3)!,
                      timeZone: "Europe/Paris", capacity: 1), on: db.sql)
            for user in [member, spare] {
                _ = try await db.transaction {
                    try await EventRegistration.register(userID: user.id, eventID: event.id, today: testToday, now: Date(), via: .form, on: $0)
                }
            }
            // Two representatives of the first place, one reading French and one English.
            let place = try #require(try await Place.fetchOne(slug: fixture.placeSlug, on: db.sql))
            for (email, language) in [("rep-fr@ville.fr", "fr"), ("rep-en@city.eu", "en")] {
                let rep = try await User.insert(email: email, displayName: "Rep", passwordHash: "x", language: language, now: Date(),
                                                on: db.sql)
                try await RoleGrant.insert(RoleGrant(userID: rep.id, role: .placeRepresentative, placeID: place.id),
                                           grantedBy: nil, now: Date(), on: db.sql)
            }
        }) { app in
            let f = app.fixture, db = app.db, browser = app.browser
            _ = try await browser.post("/events/one-seat/cancel", [:], csrf: f.csrf)
            _ = try await browser.post("/places/\(f.placeSlug)/contact", ["message": "Shall we compare our school streets?"],
                                       csrf: f.csrf)
            let mails = try await OutboxMessage.fetchAll(on: db.sql)
            let seat = mails.first { $0.recipient == "spare@city.eu" }
            let french = mails.first { $0.recipient == "rep-fr@ville.fr" }, english = mails.first { $0.recipient == "rep-en@city.eu" }

            #expect(seat?.subject == "Une place vous revient : Visite d'étude")
            #expect(seat?.body.contains(AppEnvironment.defaultPublicURL + "/events/one-seat") == true)
            #expect(french?.subject.hasPrefix("Un message au sujet de ") == true)
            #expect(french?.body.contains("member <member@city.eu> vous a écrit par Peerpolis") == true)
            #expect(french?.body.contains("Shall we compare our school streets?") == true)
            #expect(english?.subject.hasPrefix("A message about ") == true)
            #expect(english?.body.contains("member <member@city.eu> wrote to you through Peerpolis") == true)
        }
    }

    @Test func reviewMailsNameTheStateInTheApplicantsLanguageWithTheNoteAsWritten() {
        let call = Call(slug: "pilots", title: "Pilots", organizationID: 1)
        let lea = User(id: 1, email: "lea@ville.fr", displayName: "Léa", passwordHash: "x", language: "fr")
        let ann = User(id: 2, email: "ann@city.eu", displayName: "Ann", passwordHash: "x", language: "en")
        let unknown = User(id: 3, email: "kim@city.eu", displayName: "Kim", passwordHash: "x", language: "xx")

        let french = Mail.applicationReviewed(to: lea, call: call, status: .underReview, note: "Dossier complet.", link: "https://hub/a/1")
        let english = Mail.applicationReviewed(to: ann, call: call, status: .accepted, note: "", link: "https://hub/a/1")
        let lyon = Place(id: 1, slug: "lyon-fr", name: "Lyon", asciiName: "Lyon", countryCode: "FR", latitude: 45.75,
                         longitude: 4.85, population: 500_000, timeZone: "Europe/Paris")
        let fallback = Mail.applicationSubmitted(to: unknown, call: call, lead: lyon, link: "https://hub/a/1")

        #expect(french.subject == "Votre candidature à Pilots est en cours d'examen")
        #expect(french.body.contains("Les évaluateurs ont écrit :\nDossier complet."))
        #expect(french.body.contains("https://hub/a/1"))
        #expect(english.subject == "Your application to Pilots is accepted")
        #expect(!english.body.contains("The reviewers wrote"))
        #expect(fallback.subject == "Your application to Pilots is submitted")
        #expect(fallback.body.contains("led by Lyon"))
    }
}
