import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import PeerpolisWeb

@Suite("OpenAPI document")
struct OpenAPITests {
    @Test("The validator catches what it should: a wrong type, a missing field, an unknown enum value")
    func validatorFails() {
        let validator = SchemaValidator(document: ["components": ["schemas": ["Ref": [
            "type": "object", "required": ["slug"], "properties": ["slug": ["type": "string"], "kind": ["enum": ["a"]]],
        ]]]])
        let schema: [String: Any] = ["$ref": "#/components/schemas/Ref"]
        #expect(validator.validate(["slug": "x"], against: schema).isEmpty)
        #expect(validator.validate(["slug": 3], against: schema).count == 1)
        #expect(validator.validate([String: Any](), against: schema).count == 1)
        #expect(validator.validate(["slug": "x", "kind": "b"], against: schema).count == 1)
        #expect(validator.validate(["slug": "x", "other": 1], against: schema).count == 1)
    }

    @Test("A real response of every documented endpoint conforms to its 200 schema")
    func responsesConform() async throws {
        try await withSeededApp { client in
            let response = try await client.get("/openapi.json")
            #expect(response.status == .ok)
            let document = try jsonObject(response.body)
            #expect(document["openapi"] as? String == "3.1.0")
            let validator = SchemaValidator(document: document)
            let paths = try #require(document["paths"] as? [String: Any])
            let samples = ["slug": "", "iso2": "se"]
            var checked = 0
            for (path, item) in paths.sorted(by: { $0.key < $1.key }) {
                // POST operations are checked with real bodies in `postResponsesConform`.
                guard let operation = (item as? [String: Any])?["get"] as? [String: Any] else { continue }
                let ok = try #require((operation["responses"] as? [String: Any])?["200"] as? [String: Any])
                let schema = try #require(((ok["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any])
                var uri = path + (path.hasSuffix("search") || path.hasSuffix("suggest") ? "?q=city" : "")
                if path.hasSuffix("{slug}") || path.hasSuffix("{iso2}") {
                    // The first item of the list gives a slug that exists.
                    let listPath = String(path.prefix(upTo: path.lastIndex(of: "/")!))
                    let list = try jsonObject(try await client.get(listPath + "?per_page=1").body)
                    let first = (list["data"] as? [[String: Any]])?.first
                    let slug = first?["slug"] as? String ?? samples["slug"]!
                    uri = listPath + "/" + slug
                }
                let answer = try await client.get(uri)
                #expect(answer.status == .ok, "\(uri)")
                let errors = validator.validate(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)), against: schema)
                #expect(errors.isEmpty, "\(uri): \(errors.prefix(5))")
                checked += 1
            }
            #expect(checked == 25)
        }
    }

    @Test("The matching POST endpoints answer their documented 200 schema")
    func postResponsesConform() async throws {
        try await withSeededApp { client in
            let document = try jsonObject(try await client.get("/openapi.json").body)
            let validator = SchemaValidator(document: document)
            let paths = try #require(document["paths"] as? [String: Any])
            let matches = try #require((paths["/api/v1/matches"] as? [String: Any])?["post"])
            let consortium = try #require((paths["/api/v1/calls/{slug}/consortium"] as? [String: Any])?["post"])
            #expect(matches is [String: Any] && consortium is [String: Any])

            let answer = try await client.post("/api/v1/matches", json: #"{"place": "malmo-se", "text": "inclusive economy", "limit": 5}"#)
            let calls = try jsonObject(try await client.get("/api/v1/calls?per_page=1").body)
            let call = try #require((calls["data"] as? [[String: Any]])?.first?["slug"] as? String)
            let proposal = try await client.post("/api/v1/calls/\(call)/consortium", json: #"{"lead": "malmo-se", "size": 3}"#)

            #expect(answer.status == .ok, "\(answer.body)")
            #expect(proposal.status == .ok, "\(proposal.body)")
            for (response, schema) in [(answer, "MatchResponse"), (proposal, "ConsortiumResponse")] {
                let errors = validator.validate(try JSONSerialization.jsonObject(with: Data(response.body.utf8)),
                                                against: ["$ref": "#/components/schemas/\(schema)"])
                #expect(errors.isEmpty, "\(schema): \(errors.prefix(5))")
            }
        }
    }

    @Test("Problems conform to the Problem schema")
    func problemConforms() async throws {
        try await withSeededApp { client in
            let document = try jsonObject(try await client.get("/openapi.json").body)
            let validator = SchemaValidator(document: document)
            let answer = try await client.get("/api/v1/events?year=1066")
            #expect(answer.status == .badRequest)
            let errors = validator.validate(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)),
                                            against: ["$ref": "#/components/schemas/Problem"])
            #expect(errors.isEmpty)
        }
    }

    @Test("Every write operation answers as documented: its success schema, and problems for each refusal")
    func writeResponsesConform() async throws {
        let box = FixtureBox(), secretBox = SecretBox()
        try await withSeededApp(prepare: { db in
            box.fixture = try await APIAuthorizationMatrixTests.prepare(db, as: .administrator, secret: secretBox)
        }) { client in
            let f = box.fixture, secret = try #require(secretBox.secret)
            let document = try jsonObject(try await client.get("/openapi.json").body)
            let validator = SchemaValidator(document: document)
            let paths = try #require(document["paths"] as? [String: Any])
            let schemes = (document["components"] as? [String: Any])?["securitySchemes"] as? [String: Any]
            #expect((schemes?["bearerAuth"] as? [String: Any])?["scheme"] as? String == "bearer")
            let slugs: Set = [f.placeSlug, f.postSlug, f.pledgeSlug, f.eventSlug, f.callSlug, f.articleSlug, f.networkSlug,
                              f.cooperationSlug, f.organizationSlug, f.spareOrganizationSlug, f.practiceSlug]
            /// The path with its slug segment replaced.
            func path(_ uri: String, slug: String) -> String {
                uri.split(separator: "/", omittingEmptySubsequences: false).map { slugs.contains(String($0)) ? slug : String($0) }
                    .joined(separator: "/")
            }
            var checked = 0
            for route in APIAuthorizationMatrixTests.Route.allCases {
                let (method, uri, body) = APIAuthorizationMatrixTests.request(route, f)
                let template = path(uri, slug: "{slug}")
                let operation = try #require((paths[template] as? [String: Any])?[method.rawValue.lowercased()] as? [String: Any],
                                             "\(method) \(template) is documented")
                let responses = try #require(operation["responses"] as? [String: Any])
                var answers = [try await client.api(method, uri, json: body, token: secret),
                               try await client.api(method, uri, json: body, token: nil)]
                var expected: Set<Int> = [401]
                if template.contains("{slug}") {
                    answers.append(try await client.api(method, path(uri, slug: "no-such-slug"), json: body, token: secret))
                    expected.insert(404)
                }
                if method != .delete {
                    answers += [try await client.api(method, uri, json: body, token: secret, contentType: "text/plain"),
                                try await client.api(method, uri, json: #"{"unknown": 1}"#, token: secret),
                                try await client.api(method, uri, json: try #require(Self.breaksARule[route]), token: secret)]
                    expected.formUnion([415, 400, 422])
                }
                for answer in answers {
                    let status = String(answer.status.code)
                    let documented = try #require(responses[status] as? [String: Any], "\(template) documents \(status)")
                    checked += 1
                    guard answer.status != .noContent else {
                        #expect(documented["content"] == nil && answer.body.isEmpty, "\(template) 204")
                        continue
                    }
                    let content = try #require(documented["content"] as? [String: Any])
                    let type = try #require(answer.headers[.contentType]?.split(separator: ";").first.map(String.init))
                    let schema = try #require((content[type] as? [String: Any])?["schema"] as? [String: Any], "\(template) \(status) \(type)")
                    let errors = validator.validate(try JSONSerialization.jsonObject(with: Data(answer.body.utf8)), against: schema)
                    #expect(errors.isEmpty, "\(template) \(status): \(errors.prefix(5))")
                }
                #expect([200, 201, 204].contains(answers[0].status.code), "\(template): \(answers[0].status) \(answers[0].body)")
                #expect(Set(answers.dropFirst().map(\.status.code)) == expected, "\(template): \(answers.map(\.status.code))")
            }
            // 6 answers for each write with a body on a slug, 5 for a create (no slug to miss), 3 for a deletion.
            #expect(checked == 4 * 6 + 8 * 5 + 8 * 6 + 8 * 3)
        }
    }

    /// Well-formed bodies that break one of each write's rules (a 422).
    static let breaksARule: [APIAuthorizationMatrixTests.Route: String] = [
        .replaceInterests: #"{"interests": [{"theme": "no-such-theme", "direction": "need"}]}"#,
        .createPost: #"{"title": "ab", "seeks": []}"#,
        .editPost: #"{"title": "ab"}"#,
        .reportProgress: #"{"note": "x"}"#,
        .createEvent: #"{"title": "ab", "kind": "study-visit"}"#, .editEvent: #"{"title": "ab"}"#,
        .createCall: #"{"title": "ab"}"#, .editCall: #"{"closes": "someday"}"#,
        .createArticle: #"{"title": "ab"}"#, .editArticle: #"{"body": ""}"#,
        .createNetwork: #"{"name": "ab"}"#, .editNetwork: #"{"website": "urbact"}"#,
        .createCooperation: #"{"title": "Two places needed", "places": []}"#, .editCooperation: #"{"places": null}"#,
        .createOrganization: #"{"name": "x", "kind": "agency"}"#, .editOrganization: #"{"kind": "guild"}"#,
        .createPractice: #"{"title": "ab", "summary": ""}"#, .editPractice: #"{"networks": ["no-such-network"]}"#,
        .createPledge: #"{"title": "ab", "framework": "x"}"#, .editPledge: #"{"currency": "euros"}"#,
    ]
}
