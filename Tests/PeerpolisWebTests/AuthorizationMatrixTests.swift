import Foundation
import HummingbirdBcrypt
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Every write route, and every read of personal data (the attendee list), against every role, as a
/// table: each cell says whether the role may do it. A new route or role that is not added here leaves a
/// visible gap in `expected`.
@Suite struct AuthorizationMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, member, expert, organizationEditor, representativeOfOtherPlace, representative, administrator
    }

    enum Route: String, CaseIterable, Sendable {
        case editProfile, createPost, editPost, closePost, reportProgress, messageExpert, messagePostAuthor, applyToCall,
             reviewApplication, grantRole, revokeRole
        case registerForEvent, cancelRegistration, readAttendees
        /// API tokens on `/account/tokens`: a personal one, one for the first organization, revoking one's own
        /// and revoking another account's.
        case createPersonalToken, createOrganizationToken, revokeOwnToken, revokeOthersToken
        /// The administrators' list of every account's tokens (a read of private data, like the attendee list).
        case readAllTokens
        /// One's own account settings: the language of the hub's mails.
        case chooseLanguage
        case createEvent, editEvent, createCall, editCall, createArticle, editArticle
        case createNetwork, editNetwork, createCooperation, editCooperation, createOrganization, editOrganization
        /// A place's good practices and pledges (owned by the first place).
        case createPractice, editPractice, createPledge, editPledge
        /// Transfers of the first place's practices: one to the second place (which its representatives may
        /// report), one to a third place (which they may not), changing and withdrawing the one to the second.
        case addTransfer, addTransferToThirdPlace, editTransfer, deleteTransfer
        // Deleting comes last: the transfer routes use the practice, progress the pledge, and a network or an
        // organization cannot go while a practice or pledge still names it.
        case deletePractice, deletePledge
        case deleteEvent, deleteCall, deleteArticle, deleteNetwork, deleteCooperation, deleteOrganization
    }

    /// Routes read with GET (personal data) rather than written with a form.
    static let reads: Set<Route> = [.readAttendees, .readAllTokens]

    enum Outcome: Sendable, Equatable { case allowed, signInFirst, forbidden }

    /// The matrix. Anonymous visitors are sent to sign in; a role without the right gets 403.
    static let expected: [Who: [Route: Outcome]] = {
        var table: [Who: [Route: Outcome]] = [:]
        for who in Who.allCases {
            for route in Route.allCases {
                let outcome: Outcome = switch (who, route) {
                case (.anonymous, _): .signInFirst
                case (.administrator, _): .allowed
                case (_, .messageExpert), (_, .messagePostAuthor), (_, .applyToCall): .allowed
                case (.organizationEditor, .reviewApplication): .allowed
                case (.representative, .editProfile), (.representative, .createPost), (.representative, .editPost),
                     (.representative, .closePost), (.representative, .reportProgress): .allowed
                // Every account may take and give up its own seat; the event's organizer reads who did.
                case (_, .registerForEvent), (_, .cancelRegistration), (.organizationEditor, .readAttendees): .allowed
                case (.organizationEditor, .createEvent), (.organizationEditor, .editEvent), (.organizationEditor, .deleteEvent): .allowed
                case (.organizationEditor, .createCall), (.organizationEditor, .editCall), (.organizationEditor, .deleteCall): .allowed
                case (.organizationEditor, .createArticle), (.organizationEditor, .editArticle),
                     (.organizationEditor, .deleteArticle): .allowed
                case (.organizationEditor, .createNetwork), (.organizationEditor, .editNetwork),
                     (.organizationEditor, .deleteNetwork): .allowed
                case (.organizationEditor, .createCooperation), (.organizationEditor, .editCooperation),
                     (.organizationEditor, .deleteCooperation): .allowed
                // An organization's editors change its profile; only administrators add or delete organizations.
                case (.organizationEditor, .editOrganization): .allowed
                // Every account makes and revokes its own tokens; an organization token needs the organization's editor.
                case (_, .createPersonalToken), (_, .revokeOwnToken), (.organizationEditor, .createOrganizationToken): .allowed
                // Every account chooses its own language.
                case (_, .chooseLanguage): .allowed
                case (.representative, .createPractice), (.representative, .editPractice), (.representative, .deletePractice),
                     (.representative, .createPledge), (.representative, .editPledge), (.representative, .deletePledge): .allowed
                // The practice's place records any transfer; the receiving place reports its own adoption only.
                case (.representative, .addTransfer), (.representative, .addTransferToThirdPlace), (.representative, .editTransfer),
                     (.representative, .deleteTransfer): .allowed
                case (.representativeOfOtherPlace, .addTransfer), (.representativeOfOtherPlace, .editTransfer),
                     (.representativeOfOtherPlace, .deleteTransfer): .allowed
                default: .forbidden
                }
                table[who, default: [:]][route] = outcome
            }
        }
        return table
    }()

    /// What the fixtures made, for building requests.
    struct Fixture: Sendable {
        var placeSlug = "", postSlug = "", pledgeSlug = "", themeSlug = "", spareEmail = "", spareGrantID = 0, spareUserID = 0
        var eventSlug = "", otherPlaceSlug = "", callSlug = "", applicationID = 0
        var organizationSlug = "", ownTokenID = 0, othersTokenID = 0, articleSlug = ""
        var networkSlug = "", cooperationSlug = "", spareOrganizationSlug = ""
        var practiceSlug = "", otherPracticeSlug = "", transferID = 0, thirdPlaceSlug = "", thirdPlacePostSlug = ""
        var sessionID: String?
        var csrf: String?
    }

    @Test func theMatrixHasACellForEveryRoleAndRoute() {
        #expect(Self.expected.count == Who.allCases.count)
        #expect(Self.expected.values.allSatisfy { $0.count == Route.allCases.count })
    }

    @Test(arguments: Who.allCases)
    func everyWriteRouteAnswersAsTheMatrixSays(who: Who) async throws {
        let box = FixtureBox()
        try await withSeededApp(prepare: { db in box.fixture = try await Self.prepare(db, as: who) }) { client in
            let fixture = box.fixture
            let browser = Browser(client)
            if let id = fixture.sessionID { browser.setCookie("peerpolis_session", id) }
            for route in Route.allCases {
                let (uri, fields) = Self.request(route, fixture)
                let page = Self.reads.contains(route) ? try await browser.get(uri)
                    : try await browser.post(uri, fields, csrf: fixture.csrf ?? "none")
                let outcome: Outcome = switch page.status.code {
                case 303 where page.headers[.location] == "/sign-in": .signInFirst
                case 303 where !Self.reads.contains(route), 200 where Self.reads.contains(route): .allowed
                // A new token is shown in the answer itself, once, rather than after a redirect.
                case 200 where [.createPersonalToken, .createOrganizationToken].contains(route) && page.body.contains("ppt_"): .allowed
                case 403: .forbidden
                default: .forbidden
                }
                #expect([200, 303, 403].contains(page.status.code), "\(who) \(route): \(page.status)")
                #expect(outcome == Self.expected[who]?[route], "\(who) × \(route)")
            }
        }
    }

    static func request(_ route: Route, _ f: Fixture) -> (String, [String: String]) {
        switch route {
        case .editProfile: ("/places/\(f.placeSlug)/edit", ["d.\(f.themeSlug)": "need", "w.\(f.themeSlug)": "0.5"])
        case .createPost: ("/places/\(f.placeSlug)/partner-search/new", ["title": "Looking for peers", "seek.\(f.themeSlug)": "1"])
        case .editPost: ("/partner-search/\(f.postSlug)/edit", ["title": "Renamed search", "offer.\(f.themeSlug)": "1"])
        case .closePost: ("/partner-search/\(f.postSlug)/close", [:])
        case .messageExpert: ("/experts/\(f.spareUserID)/contact", ["message": "Could we talk about tram depots?"])
        case .messagePostAuthor: ("/partner-search/\(f.thirdPlacePostSlug)/contact", ["message": "We would like to join your search."])
        case .applyToCall: ("/calls/\(f.callSlug)/apply", ["lead": f.placeSlug, "partners": f.otherPlaceSlug,
                                                             "proposal": String(repeating: "A shared plan for school streets. ", count: 3)])
        case .reviewApplication: ("/applications/\(f.applicationID)/review", ["status": "under-review", "note": "Looks complete."])
        case .reportProgress: ("/pledges/\(f.pledgeSlug)/progress", ["date": testToday.description, "note": "Two shelters opened", "figure": "400"])
        case .grantRole: ("/admin/roles", ["email": f.spareEmail, "role": "member"])
        case .revokeRole: ("/admin/roles/\(f.spareGrantID)/revoke", [:])
        case .createEvent: ("/events/new", ["title": "Matrix study visit", "kind": "study-visit", "organizer": f.organizationSlug,
                                            "host": f.placeSlug, "startDate": "2019-09-01", "timeZone": "Europe/Paris",
                                            "intent": "publish"])
        case .editEvent: ("/events/\(f.eventSlug)/edit", ["title": "Matrix event, renamed", "kind": "study-visit",
                                                          "organizer": f.organizationSlug, "online": "1", "startDate": "2019-06-03",
                                                          "timeZone": "Europe/Paris", "intent": "publish"])
        case .deleteEvent: ("/events/\(f.eventSlug)/delete", [:])
        case .createCall: ("/calls/new", ["title": "Matrix call for pilots", "organizer": f.organizationSlug,
                                          "closes": "2019-12-31", "minPartners": "3", "intent": "publish"])
        case .editCall: ("/calls/\(f.callSlug)/edit", ["title": "Matrix call, renamed", "organizer": f.organizationSlug,
                                                       "opens": "2019-01-01", "closes": "2019-12-31", "intent": "publish"])
        case .deleteCall: ("/calls/\(f.callSlug)/delete", [:])
        case .createArticle: ("/articles/new", ["title": "Matrix news", "kind": "news", "organizer": f.organizationSlug,
                                                "body": "A made-up article for the matrix.", "intent": "publish"])
        case .editArticle: ("/articles/\(f.articleSlug)/edit", ["title": "Matrix article, renamed", "kind": "news",
                                                                "organizer": f.organizationSlug, "body": "Changed.",
                                                                "intent": "publish"])
        case .deleteArticle: ("/articles/\(f.articleSlug)/delete", [:])
        case .createNetwork: ("/networks/new", ["name": "Matrix network", "organizer": f.organizationSlug, "lead": f.placeSlug,
                                                "partners": f.otherPlaceSlug, "intent": "publish"])
        case .editNetwork: ("/networks/\(f.networkSlug)/edit", ["name": "Matrix network, renamed", "organizer": f.organizationSlug,
                                                               "kind": "transfer", "intent": "publish"])
        case .deleteNetwork: ("/networks/\(f.networkSlug)/delete", [:])
        case .createCooperation: ("/cooperations/new", ["title": "Matrix cooperation", "programme": f.organizationSlug,
                                                        "places": "\(f.placeSlug), \(f.otherPlaceSlug)", "intent": "publish"])
        case .editCooperation: ("/cooperations/\(f.cooperationSlug)/edit", ["title": "Matrix cooperation, renamed",
                                                                           "programme": f.organizationSlug,
                                                                           "places": "\(f.placeSlug), \(f.otherPlaceSlug)",
                                                                           "intent": "publish"])
        case .deleteCooperation: ("/cooperations/\(f.cooperationSlug)/delete", [:])
        case .createOrganization: ("/organizations/new", ["name": "Matrix association", "kind": "association", "intent": "publish"])
        case .editOrganization: ("/organizations/\(f.organizationSlug)/edit", ["name": "Matrix organization", "kind": "programme",
                                                                              "intent": "publish"])
        case .deleteOrganization: ("/organizations/\(f.spareOrganizationSlug)/delete", [:])
        case .registerForEvent: ("/events/\(f.eventSlug)/register", [:])
        case .cancelRegistration: ("/events/\(f.eventSlug)/cancel", [:])
        case .readAttendees: ("/events/\(f.eventSlug)/attendees.csv", [:])
        case .createPersonalToken: ("/account/tokens", ["name": "matrix script", "scope": "", "expires": "90"])
        case .createOrganizationToken: ("/account/tokens", ["name": "matrix organization", "scope": f.organizationSlug,
                                                            "expires": "never"])
        case .revokeOwnToken: ("/account/tokens/\(f.ownTokenID)/revoke", [:])
        case .revokeOthersToken: ("/account/tokens/\(f.othersTokenID)/revoke", [:])
        case .readAllTokens: ("/admin/tokens", [:])
        case .chooseLanguage: ("/account/language", ["language": "fr"])
        case .createPractice: ("/practices/new", ["title": "Matrix practice, new", "place": f.placeSlug,
                                                  "summary": "Made up for the matrix.", "intent": "publish"])
        case .editPractice: ("/practices/\(f.practiceSlug)/edit", ["title": "Matrix practice, renamed", "place": f.placeSlug,
                                                                  "summary": "Changed for the matrix.", "intent": "publish"])
        case .deletePractice: ("/practices/\(f.practiceSlug)/delete", [:])
        case .createPledge: ("/pledges/new", ["title": "Matrix pledge, new", "place": f.placeSlug, "framework": "Test framework",
                                              "intent": "publish"])
        case .editPledge: ("/pledges/\(f.pledgeSlug)/edit", ["title": "Matrix pledge, renamed", "place": f.placeSlug,
                                                            "framework": "Test framework", "amount": "1000", "currency": "EUR",
                                                            "intent": "publish"])
        case .deletePledge: ("/pledges/\(f.pledgeSlug)/delete", [:])
        case .addTransfer: ("/practices/\(f.otherPracticeSlug)/transfers", ["receiving": f.otherPlaceSlug, "stage": "planned"])
        case .addTransferToThirdPlace: ("/practices/\(f.otherPracticeSlug)/transfers", ["receiving": f.thirdPlaceSlug])
        case .editTransfer: ("/transfers/\(f.transferID)/edit", ["receiving": f.otherPlaceSlug, "stage": "adapted"])
        case .deleteTransfer: ("/transfers/\(f.transferID)/delete", [:])
        }
    }

    /// Two places, a post of the first, an event of the first organization, a spare account with a grant to
    /// revoke, and the acting account.
    static func prepare(_ db: Database, as who: Who) async throws -> Fixture {
        let places = try await db.sql.select().column("id").column("slug").from("places").orderBy("id").limit(3).all()
        let (placeID, otherPlaceID) = (try places[0].decode(column: "id", as: Int.self), try places[1].decode(column: "id", as: Int.self))
        let theme = try #require(try await Theme.fetchAll(on: db.sql).first)
        let organization = try #require(try await Organization.fetchAll(on: db.sql).first)
        let now = Date()
        var fixture = Fixture(placeSlug: try places[0].decode(column: "slug", as: String.self), themeSlug: theme.slug)
        let post = try await PartnerSearchPost.insert(
            PartnerSearchPost(id: 0, slug: "matrix-post", placeID: placeID, title: "Matrix post", seeks: [theme.slug], offers: [],
                              published: testToday), on: db.sql)
        fixture.postSlug = post.slug
        fixture.thirdPlaceSlug = try places[2].decode(column: "slug", as: String.self)
        // Two made-up practices of the first place, the first already transferred to the second place.
        let practice = try await GoodPractice.insert(
            GoodPractice(slug: "matrix-practice", title: "Matrix practice", ownerPlaceID: placeID, summary: "Made up.",
                         transfers: [Transfer(receivingPlaceID: otherPlaceID, stage: .planned)]), on: db.sql)
        fixture.practiceSlug = practice.slug
        fixture.transferID = practice.transfers[0].id
        fixture.otherPracticeSlug = try await GoodPractice.insert(
            GoodPractice(slug: "matrix-practice-two", title: "Second matrix practice", ownerPlaceID: placeID, summary: "Made up."),
            on: db.sql).slug
        // A made-up pledge for the test only.
        fixture.pledgeSlug = try await Pledge.insert(
            Pledge(slug: "matrix-pledge", title: "Matrix pledge", placeID: placeID, framework: "Test framework",
                   amount: 1_000, currency: "EUR"), on: db.sql).slug
        fixture.organizationSlug = organization.slug
        fixture.articleSlug = try await Article.insert(
            Article(slug: "matrix-article", title: "Matrix article", kind: .news, body: "Made up for the test.",
                    organizationIDs: [organization.id]), on: db.sql).slug
        fixture.eventSlug = try await Event.insert(
            Event(slug: "matrix-event", title: "Matrix event", kind: .studyVisit, organizerID: organization.id,
                  startDate: Day(year: 2019, month: 6, day: 3)!, endDate: Day(year: 2019, month: 6, day: 3)!,
                  timeZone: "Europe/Paris", capacity: 5), on: db.sql).slug
        // A made-up network and cooperation of the first organization, and an organization nothing names yet.
        fixture.networkSlug = try await Network.insert(
            Network(slug: "matrix-network", name: "Matrix network", organizationID: organization.id), on: db.sql).slug
        fixture.cooperationSlug = try await Cooperation.insert(
            Cooperation(slug: "matrix-cooperation", title: "Matrix cooperation", programmeID: organization.id,
                        placeIDs: [placeID, otherPlaceID]), on: db.sql).slug
        fixture.spareOrganizationSlug = try await Organization.insert(
            Organization(slug: "matrix-spare-organization", name: "Matrix spare organization", kind: .agency), on: db.sql).slug
        let spare = try await User.insert(email: "spare@city.eu", displayName: "Spare", passwordHash: "x", now: now, on: db.sql)
        fixture.spareEmail = spare.email
        fixture.spareUserID = spare.id
        // A made-up call of the first organization, open on the test's day, and an application to it by the spare account.
        fixture.otherPlaceSlug = try places[1].decode(column: "slug", as: String.self)
        let call = try await Call.insert(
            Call(slug: "matrix-call", title: "Matrix call", organizationID: organization.id, opensOn: Day(year: 2019, month: 1, day: 1),
                 closesOn: Day(year: 2019, month: 12, day: 31), rules: EligibilityRules(minPartners: 2)), on: db.sql)
        fixture.callSlug = call.slug
        fixture.applicationID = try await CallApplication.insert(
            CallApplication(callID: call.id, userID: spare.id, leadPlaceID: placeID, partnerPlaceIDs: [otherPlaceID],
                            proposal: "A made-up proposal for the matrix.", submittedAt: now), on: db.sql).id
        fixture.othersTokenID = try await makeToken(for: spare.id, on: db).token.id
        // An anonymous visitor has no token of its own: it tries the spare account's second one.
        fixture.ownTokenID = try await makeToken(for: spare.id, on: db).token.id
        fixture.spareGrantID = try await RoleGrant.insert(RoleGrant(userID: spare.id, role: .expert, themes: [theme.slug]),
                                                         grantedBy: nil, now: now, on: db.sql).id
        // A post of the third place, which the spare account speaks for, so a message about it reaches someone.
        let thirdPlaceID = try places[2].decode(column: "id", as: Int.self)
        fixture.thirdPlacePostSlug = try await PartnerSearchPost.insert(
            PartnerSearchPost(id: 0, slug: "matrix-third-post", placeID: thirdPlaceID, title: "Matrix third post", seeks: [theme.slug],
                              offers: [], published: testToday), on: db.sql).slug
        _ = try await RoleGrant.insert(RoleGrant(userID: spare.id, role: .placeRepresentative, placeID: thirdPlaceID),
                                       grantedBy: nil, now: now, on: db.sql)
        guard who != .anonymous else { return fixture }
        let user = try await User.insert(email: "\(who.rawValue)@city.eu", displayName: who.rawValue, passwordHash: "x", now: now, on: db.sql)
        let grant: RoleGrant = switch who {
        case .anonymous, .member: RoleGrant(userID: user.id, role: .member)
        case .expert: RoleGrant(userID: user.id, role: .expert, themes: [theme.slug])
        case .organizationEditor: RoleGrant(userID: user.id, role: .organizationEditor, organizationID: organization.id)
        case .representativeOfOtherPlace: RoleGrant(userID: user.id, role: .placeRepresentative, placeID: otherPlaceID)
        case .representative: RoleGrant(userID: user.id, role: .placeRepresentative, placeID: placeID)
        case .administrator: RoleGrant(userID: user.id, role: .administrator)
        }
        try await RoleGrant.insert(grant, grantedBy: nil, now: now, on: db.sql)
        fixture.ownTokenID = try await makeToken(for: user.id, on: db).token.id
        let sessionID = "session-\(who.rawValue)", csrf = "csrf-\(who.rawValue)"
        try await UserSession.insert(idHash: SecretTokens.digest(sessionID), userID: user.id, csrfToken: csrf, now: now,
                                     expiresAt: now.addingTimeInterval(3600), on: db.sql)
        fixture.sessionID = sessionID
        fixture.csrf = csrf
        return fixture
    }
}

final class FixtureBox: @unchecked Sendable {
    var fixture = AuthorizationMatrixTests.Fixture()
}

/// Stores an API token for an account, as `/account/tokens` would, and returns it with its secret.
func makeToken(for userID: Int, organizationID: Int? = nil, name: String = "test token",
               on db: Database) async throws -> (token: APIToken, secret: String) {
    let (secret, prefix) = BearerAuthenticator.newSecret()
    let token = try await APIToken.insert(APIToken(userID: userID, organizationID: organizationID, name: name, prefix: prefix,
                                                   createdAt: Date()), tokenHash: SecretTokens.digest(secret), on: db.sql)
    return (token, secret)
}
