import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// The API half of the authorization matrix: every API write (the place representatives' and every editor's)
/// against every role, each role holding a personal token, plus organization tokens, which act only as an editor
/// of their organization even when their account could do more. Same fixtures as the page half
/// (`AuthorizationMatrixTests.prepare`).
@Suite struct APIAuthorizationMatrixTests {
    enum Who: String, CaseIterable, Sendable {
        case anonymous, member, expert, organizationEditor, representativeOfOtherPlace, representative, administrator
        /// The place's representative, also an editor of the first organization, with a token for that organization.
        case representativeOrganizationToken
        /// An administrator's token for the first organization.
        case administratorOrganizationToken
    }

    enum Route: String, CaseIterable, Sendable {
        case replaceInterests, createPost, editPost, reportProgress
        // The editors' writes (`Editor+API`); deleting comes last, since the routes above use what it deletes.
        case createEvent, editEvent, createCall, editCall, createArticle, editArticle, createNetwork, editNetwork
        case createCooperation, editCooperation, createOrganization, editOrganization
        case createPractice, editPractice, createPledge, editPledge
        // A practice and a pledge go before the network and organization they could name.
        case deletePractice, deletePledge
        case deleteEvent, deleteCall, deleteArticle, deleteNetwork, deleteCooperation, deleteOrganization

        /// The place representatives' writes: their place's profile, posts, progress, good practices and pledges.
        static let placeWrites: [Route] = [.replaceInterests, .createPost, .editPost, .reportProgress, .createPractice,
                                           .editPractice, .createPledge, .editPledge, .deletePractice, .deletePledge]
    }

    enum Outcome: Sendable, Equatable { case allowed, unauthorized, forbidden }

    /// Those who act as an editor of the first organization, which owns every editor fixture.
    static let editorsOfTheOrganization: Set<Who> = [.organizationEditor, .representativeOrganizationToken,
                                                     .administratorOrganizationToken]
    /// Adding and deleting organizations is the administrators' alone, as on the pages.
    static let administratorsOnly: Set<Route> = [.createOrganization, .deleteOrganization]

    static let expected: [Who: [Route: Outcome]] = {
        var table: [Who: [Route: Outcome]] = [:]
        for who in Who.allCases {
            for route in Route.allCases {
                let outcome: Outcome
                if who == .anonymous {
                    outcome = .unauthorized
                } else if who == .administrator {
                    outcome = .allowed
                } else if Route.placeWrites.contains(route) {
                    // A place representative's: no organization token may do any of them.
                    outcome = who == .representative ? .allowed : .forbidden
                } else {
                    outcome = editorsOfTheOrganization.contains(who) && !administratorsOnly.contains(route) ? .allowed : .forbidden
                }
                table[who, default: [:]][route] = outcome
            }
        }
        return table
    }()

    @Test func theMatrixHasACellForEveryRoleAndRoute() {
        #expect(Self.expected.count == Who.allCases.count)
        #expect(Self.expected.values.allSatisfy { $0.count == Route.allCases.count })
    }

    @Test(arguments: Who.allCases)
    func everyAPIWriteAnswersAsTheMatrixSays(who: Who) async throws {
        let box = FixtureBox(), secretBox = SecretBox()
        try await withSeededApp(prepare: { db in
            box.fixture = try await Self.prepare(db, as: who, secret: secretBox)
        }) { client in
            for route in Route.allCases {
                let (method, uri, body) = Self.request(route, box.fixture)
                let answer = try await client.api(method, uri, json: body, token: secretBox.secret)
                let outcome: Outcome? = switch answer.status.code {
                case 200, 201, 204: .allowed
                case 401: .unauthorized
                case 403: .forbidden
                default: nil
                }
                #expect(outcome == Self.expected[who]?[route], "\(who) × \(route): \(answer.status) \(answer.body)")
                if outcome != .allowed {
                    #expect(answer.headers[.contentType] == "application/problem+json", "\(who) × \(route)")
                }
            }
        }
    }

    static func request(_ route: Route, _ f: AuthorizationMatrixTests.Fixture) -> (HTTPRequest.Method, String, String) {
        switch route {
        case .replaceInterests:
            (.put, "/api/v1/places/\(f.placeSlug)/interests", #"{"interests": [{"theme": "\#(f.themeSlug)", "direction": "need", "weight": 0.5}]}"#)
        case .createPost:
            (.post, "/api/v1/places/\(f.placeSlug)/partner-search", #"{"title": "Looking for peers", "seeks": ["\#(f.themeSlug)"]}"#)
        case .editPost: (.patch, "/api/v1/partner-search/\(f.postSlug)", #"{"title": "Renamed search"}"#)
        case .reportProgress:
            (.post, "/api/v1/pledges/\(f.pledgeSlug)/progress", #"{"date": "\#(testToday)", "note": "Two shelters opened", "figure": 400}"#)
        case .createEvent:
            (.post, "/api/v1/events", #"{"title": "Matrix study visit", "kind": "study-visit", "organizer": "\#(f.organizationSlug)", "host": "\#(f.placeSlug)", "startDate": "2019-09-01", "timeZone": "Europe/Paris"}"#)
        case .editEvent: (.patch, "/api/v1/events/\(f.eventSlug)", #"{"title": "Matrix event, renamed", "online": true}"#)
        case .deleteEvent: (.delete, "/api/v1/events/\(f.eventSlug)", "")
        case .createCall:
            (.post, "/api/v1/calls", #"{"title": "Matrix call for pilots", "organizer": "\#(f.organizationSlug)", "closes": "2019-12-31", "minPartners": 3}"#)
        case .editCall: (.patch, "/api/v1/calls/\(f.callSlug)", #"{"title": "Matrix call, renamed"}"#)
        case .deleteCall: (.delete, "/api/v1/calls/\(f.callSlug)", "")
        case .createArticle:
            (.post, "/api/v1/articles", #"{"title": "Matrix news", "kind": "news", "organizer": "\#(f.organizationSlug)", "body": "A made-up article for the matrix."}"#)
        case .editArticle: (.patch, "/api/v1/articles/\(f.articleSlug)", #"{"title": "Matrix article, renamed"}"#)
        case .deleteArticle: (.delete, "/api/v1/articles/\(f.articleSlug)", "")
        case .createNetwork:
            (.post, "/api/v1/networks", #"{"name": "Matrix network", "organizer": "\#(f.organizationSlug)", "lead": "\#(f.placeSlug)", "partners": ["\#(f.otherPlaceSlug)"]}"#)
        case .editNetwork: (.patch, "/api/v1/networks/\(f.networkSlug)", #"{"name": "Matrix network, renamed", "kind": "transfer"}"#)
        case .deleteNetwork: (.delete, "/api/v1/networks/\(f.networkSlug)", "")
        case .createCooperation:
            (.post, "/api/v1/cooperations", #"{"title": "Matrix cooperation", "programme": "\#(f.organizationSlug)", "places": ["\#(f.placeSlug)", "\#(f.otherPlaceSlug)"]}"#)
        case .editCooperation: (.patch, "/api/v1/cooperations/\(f.cooperationSlug)", #"{"title": "Matrix cooperation, renamed"}"#)
        case .deleteCooperation: (.delete, "/api/v1/cooperations/\(f.cooperationSlug)", "")
        case .createOrganization: (.post, "/api/v1/organizations", #"{"name": "Matrix association", "kind": "association"}"#)
        case .editOrganization: (.patch, "/api/v1/organizations/\(f.organizationSlug)", #"{"name": "Matrix organization"}"#)
        case .deleteOrganization: (.delete, "/api/v1/organizations/\(f.spareOrganizationSlug)", "")
        case .createPractice:
            (.post, "/api/v1/practices", #"{"title": "Matrix practice", "place": "\#(f.placeSlug)", "summary": "A practice for the matrix."}"#)
        case .editPractice: (.patch, "/api/v1/practices/\(f.practiceSlug)", #"{"title": "Matrix practice, renamed"}"#)
        case .deletePractice: (.delete, "/api/v1/practices/\(f.practiceSlug)", "")
        case .createPledge:
            (.post, "/api/v1/pledges", #"{"title": "Matrix pledge", "place": "\#(f.placeSlug)", "framework": "Matrix framework", "quantity": 12, "unit": "homes"}"#)
        case .editPledge: (.patch, "/api/v1/pledges/\(f.pledgeSlug)", #"{"title": "Matrix pledge, renamed", "amount": 2500.5, "currency": "EUR"}"#)
        case .deletePledge: (.delete, "/api/v1/pledges/\(f.pledgeSlug)", "")
        }
    }

    /// The page matrix's fixtures, and a token for the acting account: personal for each role, or for the
    /// first organization in the organization-token cases.
    static func prepare(_ db: Database, as who: Who, secret: SecretBox) async throws -> AuthorizationMatrixTests.Fixture {
        let base: AuthorizationMatrixTests.Who = switch who {
        case .anonymous: .anonymous
        case .member: .member
        case .expert: .expert
        case .organizationEditor: .organizationEditor
        case .representativeOfOtherPlace: .representativeOfOtherPlace
        case .representative, .representativeOrganizationToken: .representative
        case .administrator, .administratorOrganizationToken: .administrator
        }
        let fixture = try await AuthorizationMatrixTests.prepare(db, as: base)
        guard who != .anonymous else { return fixture }
        let user = try #require(try await User.fetchOne(email: "\(base.rawValue)@city.eu", on: db.sql))
        var organizationID: Int?
        if who == .representativeOrganizationToken || who == .administratorOrganizationToken {
            let organization = try #require(try await Organization.fetchOne(slug: fixture.organizationSlug, on: db.sql))
            organizationID = organization.id
            if who == .representativeOrganizationToken {
                try await RoleGrant.insert(RoleGrant(userID: user.id, role: .organizationEditor, organizationID: organization.id),
                                           grantedBy: nil, now: Date(), on: db.sql)
            }
        }
        secret.secret = try await makeToken(for: user.id, organizationID: organizationID, on: db).secret
        return fixture
    }
}

final class SecretBox: @unchecked Sendable {
    var secret: String?
}

extension TestClientProtocol {
    /// Sends a JSON body to the API, with a bearer token when one is given.
    func api(_ method: HTTPRequest.Method, _ uri: String, json: String, token: String?,
             contentType: String = "application/json") async throws -> (status: HTTPResponse.Status, body: String, headers: HTTPFields) {
        var headers: HTTPFields = [.contentType: contentType]
        if let token { headers[.authorization] = "Bearer \(token)" }
        return try await execute(uri: uri, method: method, headers: headers, body: ByteBuffer(string: json)) { response in
            (response.status, String(buffer: response.body), response.headers)
        }
    }
}
