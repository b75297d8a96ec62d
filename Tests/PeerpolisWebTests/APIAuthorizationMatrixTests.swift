import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// The API half of the authorization matrix: every API write against every role, each role holding a
/// personal token, plus organization tokens, which act only as an editor of their organization even when
/// their account could do more. Same fixtures as the page half (`AuthorizationMatrixTests.prepare`).
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
    }

    enum Outcome: Sendable, Equatable { case allowed, unauthorized, forbidden }

    static let expected: [Who: [Route: Outcome]] = {
        var table: [Who: [Route: Outcome]] = [:]
        for who in Who.allCases {
            for route in Route.allCases {
                let outcome: Outcome = switch (who, route) {
                case (.anonymous, _): .unauthorized
                case (.administrator, _), (.representative, _): .allowed
                // Every API write is a place representative's: no organization token may do any of them.
                default: .forbidden
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
                case 200, 201: .allowed
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
