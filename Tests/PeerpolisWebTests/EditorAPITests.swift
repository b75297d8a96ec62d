import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisDomain
import PeerpolisStorage
import Testing
@testable import PeerpolisWeb

/// Runs `body` over the seeded app and the authorization matrix's fixtures with an API token of `who`;
/// `extra` adds more fixtures first.
func withAPIToken(_ who: APIAuthorizationMatrixTests.Who,
                  extra: @escaping @Sendable (Database, AuthorizationMatrixTests.Fixture) async throws -> Void = { _, _ in },
                  _ body: @escaping @Sendable (any TestClientProtocol, AuthorizationMatrixTests.Fixture, Database, String) async throws -> Void)
    async throws {
    let box = FixtureBox(), dbBox = DatabaseBox(), secretBox = SecretBox()
    try await withSeededApp(prepare: { db in
        dbBox.db = db
        box.fixture = try await APIAuthorizationMatrixTests.prepare(db, as: who, secret: secretBox)
        try await extra(db, box.fixture)
    }) { client in
        try await body(client, box.fixture, try #require(dbBox.db), try #require(secretBox.secret))
    }
}

/// The editors' API writes: typed members onto the forms, the read API's JSON in answer, the forms' messages,
/// refusals, and the audit log.
@Suite struct EditorAPITests {
    @Test func anEventIsPublishedChangedAndDeletedWithAnAuditRowForEach() async throws {
        try await withAPIToken(.organizationEditor) { client, f, db, secret in
            let body = #"""
                {"title": "Tram depot study visit", "kind": "study-visit", "organizer": "\#(f.organizationSlug)",
                 "host": "\#(f.placeSlug)", "startDate": "2019-09-02", "endDate": "2019-09-03", "startTime": "09:30",
                 "timeZone": "Europe/Paris", "capacity": 12, "online": false, "themes": ["\#(f.themeSlug)"],
                 "summary": "Two days in the depots."}
                """#
            let created = try await client.api(.post, "/api/v1/events", json: body, token: secret)
            let location = try #require(created.headers[.location])
            let read = try await client.get(location)
            let changed = try await client.api(.patch, location, json: #"{"title": "Tram depot visit", "capacity": null, "themes": []}"#,
                                               token: secret)
            let readAfter = try await client.get(location)
            let event = try #require(try await Event.fetchOne(slug: "tram-depot-study-visit", on: db.sql))
            let deleted = try await client.api(.delete, location, json: "", token: secret)
            let gone = try await client.get(location)
            let user = try #require(try await User.fetchOne(email: "organizationEditor@city.eu", on: db.sql))
            let log = try await AuditLog.fetchAll(entity: "event", entityID: event.id, on: db.sql)

            #expect(created.status == .created, "\(created.body)")
            #expect(location == "/api/v1/events/tram-depot-study-visit")
            #expect(try NSDictionary(dictionary: jsonObject(created.body)) == NSDictionary(dictionary: jsonObject(read.body)),
                    "a write answers with the read API's JSON")
            let data = try #require(try jsonObject(created.body)["data"] as? [String: Any])
            #expect(data["capacity"] as? Int == 12 && data["isOnline"] as? Bool == false && data["startTime"] as? String == "09:30")
            #expect((data["host"] as? [String: Any])?["slug"] as? String == f.placeSlug)
            #expect((data["themes"] as? [[String: Any]])?.map { $0["slug"] as? String } == [f.themeSlug])
            #expect(changed.status == .ok, "\(changed.body)")
            let after = try #require(try jsonObject(readAfter.body)["data"] as? [String: Any])
            #expect(after["title"] as? String == "Tram depot visit" && after["capacity"] == nil)
            #expect((after["themes"] as? [Any])?.isEmpty == true && after["summary"] as? String == "Two days in the depots.")
            #expect(deleted.status == .noContent && deleted.body.isEmpty && gone.status == .notFound)
            #expect(log.map(\.action) == ["create", "edit", "delete"])
            #expect(log.allSatisfy { $0.userID == user.id })
            #expect(log[1].changes.contains("capacity") && !log[1].changes.contains("summary"))
        }
    }

    @Test func everyEditorTakesItsMembersTyped() async throws {
        try await withAPIToken(.administrator) { client, f, _, secret in
            let call = try await client.api(.post, "/api/v1/calls", json: #"""
                {"title": "Pilots across continents", "organizer": "\#(f.organizationSlug)", "closes": "2019-12-31",
                 "minPartners": 3, "maxPartners": 8, "continents": ["EU", "SA"], "regions": ["Latin America"]}
                """#, token: secret)
            let article = try await client.api(.post, "/api/v1/articles", json: #"""
                {"title": "Depots reopened", "kind": "case-study", "organizer": "\#(f.organizationSlug)", "body": "**Text**",
                 "authors": ["Ana Lima", "Jo Berg"], "places": ["\#(f.placeSlug)", "\#(f.otherPlaceSlug)"], "published": null}
                """#, token: secret)
            let network = try await client.api(.post, "/api/v1/networks", json: #"""
                {"name": "Depot peers", "organizer": null, "lead": "\#(f.placeSlug)", "observers": ["\#(f.otherPlaceSlug)"],
                 "outputs": ["A map", "A guide"], "status": "closed", "website": "https://depots.example"}
                """#, token: secret)
            let cooperation = try await client.api(.post, "/api/v1/cooperations", json: #"""
                {"title": "Harbour twins", "programme": "\#(f.organizationSlug)", "places": ["\#(f.placeSlug)", "\#(f.otherPlaceSlug)"],
                 "outcomes": [{"description": "Public-private partnership", "amount": 50000000, "unit": "USD"},
                              {"description": "A shared port authority"}, {"description": "Visitors", "amount": 2.5}]}
                """#, token: secret)
            let organization = try await client.api(.post, "/api/v1/organizations",
                                                    json: #"{"name": "Harbour agency", "kind": "agency", "website": null}"#, token: secret)

            for answer in [call, article, network, cooperation, organization] {
                #expect(answer.status == .created, "\(answer.body)")
            }
            let rules = try #require((try jsonObject(call.body)["data"] as? [String: Any])?["rules"] as? [String: Any])
            #expect(rules["requiredContinents"] as? [String] == ["EU", "SA"] && rules["requiredRegions"] as? [String] == ["Latin America"])
            #expect(rules["minPartners"] as? Int == 3 && rules["maxPartners"] as? Int == 8)
            let articleData = try #require(try jsonObject(article.body)["data"] as? [String: Any])
            #expect(articleData["authors"] as? [String] == ["Ana Lima", "Jo Berg"] && articleData["publishedOn"] == nil)
            #expect((articleData["places"] as? [[String: Any]])?.map { $0["slug"] as? String } == [f.placeSlug, f.otherPlaceSlug])
            let networkData = try #require(try jsonObject(network.body)["data"] as? [String: Any])
            #expect((networkData["members"] as? [[String: Any]])?.map { $0["role"] as? String } == ["lead", "observer"])
            #expect(networkData["outputs"] as? [String] == ["A map", "A guide"] && networkData["organization"] == nil)
            let outcomes = try #require((try jsonObject(cooperation.body)["data"] as? [String: Any])?["outcomes"] as? [[String: Any]])
            #expect(outcomes.count == 3 && outcomes[0]["amount"] as? Double == 50_000_000 && outcomes[0]["unit"] as? String == "USD")
            #expect(outcomes[1]["amount"] == nil && outcomes[2]["amount"] as? Double == 2.5)
            #expect(organization.headers[.location] == "/api/v1/organizations/harbour-agency")
        }
    }

    @Test func aRefusedBodyNamesEachFieldInTheRequestsLanguage() async throws {
        try await withAPIToken(.organizationEditor) { client, f, _, secret in
            let body = #"{"title": "Depots", "kind": "study-visit", "organizer": "\#(f.organizationSlug)", "host": "atlantis", "startDate": "2 May", "timeZone": "Europe/Paris"}"#
            let english = try await client.api(.post, "/api/v1/events", json: body, token: secret)
            let french = try await client.api(.post, "/api/v1/events?lang=fr", json: body, token: secret)
            let nowhere = try await client.api(.post, "/api/v1/events", json: #"{"title": "Depots", "organizer": "nowhere"}"#, token: secret)
            let unknown = try await client.api(.post, "/api/v1/events", json: #"{"title": "Depots", "colour": "red"}"#, token: secret)
            let wrongTypes = [
                try await client.api(.post, "/api/v1/events", json: #"{"online": 1}"#, token: secret),
                try await client.api(.post, "/api/v1/events", json: #"{"capacity": 2.5}"#, token: secret),
                try await client.api(.post, "/api/v1/events", json: #"{"themes": "mobility"}"#, token: secret),
                try await client.api(.post, "/api/v1/calls", json: #"{"continents": ["EU", "XX"]}"#, token: secret),
                try await client.api(.post, "/api/v1/networks", json: #"{"partners": ["lyon-fr malmo-se"]}"#, token: secret),
                try await client.api(.post, "/api/v1/cooperations", json: #"{"outcomes": [{"description": "A | B"}]}"#, token: secret),
                try await client.api(.post, "/api/v1/events", json: #"["title"]"#, token: secret),
            ]

            #expect(english.status == .unprocessableContent && english.headers[.contentType] == "application/problem+json")
            let errors = try #require(try jsonObject(english.body)["errors"] as? [String: String])
            #expect(errors["startDate"] == "Write the first day as YYYY-MM-DD, such as 2027-03-15.")
            #expect(errors["host"] == "No place has the slug 'atlantis'; give it as in the place's address, such as malmo-se.")
            #expect(Set(errors.keys) == ["startDate", "endDate", "host"], "the last day defaults to the first")
            let frenchErrors = try #require(try jsonObject(french.body)["errors"] as? [String: String])
            #expect(frenchErrors["startDate"] == "Écrivez le premier jour sous la forme AAAA-MM-JJ, comme 2027-03-15.")
            #expect(try jsonObject(nowhere.body)["errors"] as? [String: String]
                    == ["organizer": "No organization has the slug 'nowhere'; give it as in the organization's address, such as urbact."])
            #expect(unknown.status == .badRequest)
            #expect(try jsonObject(unknown.body)["detail"] as? String
                    == "The field 'colour' is unknown; the fields here are \(EventEditing.api.fields.map(\.name).joined(separator: ", ")).")
            let details = try wrongTypes.map { try jsonObject($0.body)["detail"] as? String ?? "" }
            #expect(wrongTypes.allSatisfy { $0.status == .badRequest })
            #expect(details[0] == "The field 'online' must be true or false.")
            #expect(details[1] == "The field 'capacity' must be a whole number.")
            #expect(details[2] == "The field 'themes' must be a list.")
            #expect(details[3].hasPrefix("The field 'continents[1]' must be one of AF, AN, AS, EU"))
            #expect(details[4] == "The field 'partners[0]' cannot hold a comma or a space.")
            #expect(details[5] == "The field 'outcomes[0].description' must be a text without a vertical bar or a line break.")
            #expect(details[6].hasPrefix("The body must be a JSON object such as {"))
        }
    }

    @Test func everyEditorsMembersAreItsFormsFields() {
        func members<D: EditorDescription>(_: D.Type) -> Set<String> { Set(D.api.fields.map(\.name)) }
        #expect(members(EventEditing.self) == Set(EventForm.fieldNames))
        #expect(members(CallEditing.self) == Set(CallForm.fieldNames))
        #expect(members(ArticleEditing.self) == Set(ArticleForm.fieldNames))
        #expect(members(NetworkEditing.self) == Set(NetworkForm.fieldNames))
        #expect(members(CooperationEditing.self) == Set(CooperationForm.fieldNames))
        #expect(members(OrganizationEditing.self) == Set(OrganizationForm.fieldNames))
    }

    @Test func aBodyNestedBeyondReasonIsA400() async throws {
        try await withAPIToken(.organizationEditor) { client, _, _, secret in
            let nested = try await client.api(.post, "/api/v1/events", json: String(repeating: "[", count: 60_000), token: secret)
            let deepObject = String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)
            let nestedObject = try await client.api(.post, "/api/v1/events", json: deepObject, token: secret)

            #expect(nested.status == .badRequest && nestedObject.status == .badRequest)
        }
    }

    @Test func anEditorCannotMoveAnEventToAnotherOrganizationNorPublishForIt() async throws {
        try await withAPIToken(.organizationEditor) { client, f, db, secret in
            let other = try await otherOrganization(db)
            let moved = try await client.api(.patch, "/api/v1/events/\(f.eventSlug)", json: #"{"organizer": "\#(other.slug)", "online": true}"#,
                                             token: secret)
            let theirs = try await client.api(.post, "/api/v1/calls", json: #"{"title": "Their call", "organizer": "\#(other.slug)", "closes": "2019-12-31"}"#,
                                              token: secret)
            let event = try #require(try await Event.fetchOne(slug: f.eventSlug, on: db.sql))

            #expect(moved.status == .forbidden && moved.body.contains("cannot publish events for that organization"))
            #expect(theirs.status == .forbidden)
            #expect(event.organizerID != other.id)
        }
    }

    @Test func aDeletionTheEditorRefusesIs409AndKeepsTheNetwork() async throws {
        try await withAPIToken(.organizationEditor, extra: { db, f in
            let place = try #require(try await Place.fetchOne(slug: f.placeSlug, on: db.sql))
            let network = try #require(try await Network.fetchOne(slug: f.networkSlug, on: db.sql))
            _ = try await GoodPractice.insert(GoodPractice(slug: "harbour-labs", title: "Harbour labs", ownerPlaceID: place.id,
                                                           networkIDs: [network.id]), on: db.sql)
        }) { client, f, db, secret in
            let refused = try await client.api(.delete, "/api/v1/networks/\(f.networkSlug)", json: "", token: secret)
            let network = try #require(try await Network.fetchOne(slug: f.networkSlug, on: db.sql))
            let log = try await AuditLog.fetchAll(entity: "network", entityID: network.id, on: db.sql)

            #expect(refused.status == .conflict && refused.headers[.contentType] == "application/problem+json")
            let detail = try jsonObject(refused.body)["detail"] as? String ?? ""
            #expect(detail.contains("cannot be deleted while places' records refer to it") && detail.contains("Harbour labs"))
            #expect(log.isEmpty)
        }
    }
}
