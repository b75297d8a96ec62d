import Foundation
import PeerpolisDomain
import Testing
@testable import PeerpolisWeb

/// The editors' field messages come from the catalog, in the request's language, like their labels.
@Suite struct EditorMessageLanguageTests {
    /// A form each editor refuses, and the message it gives in English and in French.
    struct Case: Sendable, CustomStringConvertible {
        var path: String
        var fields: @Sendable (AuthorizationMatrixTests.Fixture) -> [String: String]
        var english: String
        var french: String
        var description: String { path }
    }

    static let cases: [Case] = [
        Case(path: "/events/new", fields: { ["title": "Heat", "kind": "study-visit", "organizer": $0.organizationSlug,
                                             "online": "1", "timeZone": "Europe/Paris", "intent": "publish"] },
             english: "Write the first day as YYYY-MM-DD, such as 2027-03-15.",
             french: "Écrivez le premier jour sous la forme AAAA-MM-JJ, comme 2027-03-15."),
        Case(path: "/calls/new", fields: { ["title": "Pilots", "organizer": $0.organizationSlug, "intent": "publish"] },
             english: "Give at least the closing day: applications are taken only while a call is open.",
             french: "Donnez au moins le jour de clôture : les candidatures ne sont reçues que tant qu"),
        Case(path: "/articles/new", fields: { ["title": "ab", "kind": "news", "organizer": $0.organizationSlug, "body": "Text.",
                                               "intent": "publish"] },
             english: "Give a title of 3 to 200 characters.", french: "Donnez un titre de 3 à 200 caractères."),
        Case(path: "/networks/new", fields: { ["name": "ab", "organizer": $0.organizationSlug, "intent": "publish"] },
             english: "Give a name of 3 to 200 characters.", french: "Donnez un nom de 3 à 200 caractères."),
        Case(path: "/cooperations/new", fields: { ["title": "Harbour peers", "programme": $0.organizationSlug,
                                                   "places": $0.placeSlug, "intent": "publish"] },
             english: "A cooperation joins at least two places: give their slugs, such as malmo-se, lyon-fr.",
             french: "Une coopération réunit au moins deux lieux : donnez leurs identifiants, comme malmo-se, lyon-fr."),
        Case(path: "/organizations/new", fields: { _ in ["name": "x", "kind": "agency", "intent": "publish"] },
             english: "Give a name of 2 to 200 characters.", french: "Donnez un nom de 2 à 200 caractères."),
        Case(path: "/practices/new", fields: { ["title": "School streets", "place": $0.placeSlug, "intent": "publish"] },
             english: "Say in a sentence or two (up to 2,000 characters) what the practice is.",
             french: "Dites en une phrase ou deux"),
        Case(path: "/pledges/new", fields: { ["title": "Homes for all", "place": $0.placeSlug, "framework": "x", "intent": "publish"] },
             english: "Name the framework the pledge is made under", french: "Nommez le cadre de l"),
    ]

    @Test(arguments: cases)
    func aRefusedFormSpeaksTheRequestsLanguage(_ test: Case) async throws {
        try await withSignedIn(.administrator) { admin, f, _ in
            let english = try await admin.post(test.path, test.fields(f), csrf: f.csrf)
            let french = try await admin.post(test.path + "?lang=fr", test.fields(f), csrf: f.csrf)

            #expect(english.status == .badRequest && english.body.contains(test.english), "\(english.body.prefix(300))")
            #expect(french.status == .badRequest && french.body.contains(test.french))
            #expect(!french.body.contains(test.english))
        }
    }

    @Test func aFormNamingNoOrganizationSaysSoBesideTheField() async throws {
        try await withSignedIn(.organizationEditor) { editor, f, _ in
            let fields = ["title": "Pilots", "organizer": "nowhere", "closes": "2019-12-31", "intent": "publish"]
            let english = try await editor.post("/calls/new", fields, csrf: f.csrf)
            let french = try await editor.post("/cooperations/new?lang=fr", ["title": "Harbour peers", "programme": "nowhere",
                                                                            "intent": "publish"], csrf: f.csrf)

            #expect(english.status == .badRequest && english.body.contains("No organization has the slug") && english.body.contains("nowhere"))
            #expect(french.status == .badRequest && french.body.contains("Aucune organisation n"))
        }
    }

    @Test func everyFieldMessageHasAFrenchTextWithTheSamePlaceholders() {
        let keys = UIKey.allCases.filter { $0.rawValue.hasPrefix("editorCheck") }
        func placeholders(_ text: String) -> [String] {
            text.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first.map(String.init) }.sorted()
        }
        #expect(keys.count == Catalog.englishEditorChecks.count)
        for key in keys {
            let english = Catalog.english[key], french = Catalog.french[key]
            #expect(english != nil && french != nil, "missing text for \(key)")
            #expect(placeholders(english ?? "") == placeholders(french ?? ""), "\(key)")
        }
    }
}
