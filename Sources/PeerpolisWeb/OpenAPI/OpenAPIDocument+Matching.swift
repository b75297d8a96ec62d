import PeerpolisDomain

/// The partner-matching endpoints: `POST /api/v1/matches`, `POST /api/v1/calls/{slug}/consortium` and
/// `GET /api/v1/partner-search`. Request bodies are closed (`additionalProperties: false`) because the
/// server refuses unknown fields.
extension OpenAPIDocument {
    static func closed(_ required: [String: JSONValue], optional: [String: JSONValue] = [:]) -> JSONValue {
        var members = Schema.object(required, optional: optional).members
        members["additionalProperties"] = false
        return .object(members)
    }

    static let weight: JSONValue = ["type": "number", "minimum": 0, "maximum": 1]
    static let population: JSONValue = ["type": "integer", "minimum": 0]
    static let continents = Schema.array(Schema.oneOf(names(Continent.self)))
    static let countryCodes = Schema.array(["type": "string", "pattern": "^[A-Za-z]{2}$"])

    static let matchingSchemas: [String: JSONValue] = [
        "ThemeWeight": closed(["theme": Schema.string], optional: ["weight": Schema.described(weight, "1 when left out.")]),
        "MatchFilters": closed([:], optional: [
            "includeContinents": continents, "excludeContinents": continents, "includeCountries": countryCodes,
            "excludeCountries": countryCodes,
            "crossContinent": Schema.described(Schema.boolean, "Pair an EU place only with non-EU places on another continent, and the reverse."),
            "minPopulation": population, "maxPopulation": population, "onlyWithProfile": Schema.boolean,
            "excludeExistingPartners": Schema.described(Schema.boolean, "True by default; false keeps them, flagged."),
        ]),
        "MatchRequest": closed(["place": Schema.described(Schema.string, "The slug of the place asking.")], optional: [
            "needs": Schema.array(Schema.ref("ThemeWeight")), "offers": Schema.array(Schema.ref("ThemeWeight")),
            "text": ["type": "string", "maxLength": 2_000], "filters": Schema.ref("MatchFilters"),
            "limit": ["type": "integer", "minimum": 1, "maximum": 100],
        ]),
        "MatchPlace": Schema.object(["slug": Schema.string, "name": Schema.string, "country": Schema.string,
                                     "url": Schema.string, "geonamesId": Schema.integer]),
        "MatchResult": Schema.object([
            "place": Schema.ref("MatchPlace"), "score": Schema.number,
            "signals": Schema.described(["type": "object", "additionalProperties": Schema.number],
                                        "Each signal's weighted contribution: \(MatchSignal.allCases.map(\.rawValue).joined(separator: ", ")); they sum to the score."),
            "reasons": Schema.array(Schema.string), "existingPartner": Schema.boolean, "distanceKm": Schema.number,
        ]),
        "InterpretedTheme": Schema.object(["slug": Schema.string, "words": Schema.array(Schema.string)]),
        "MatchResponse": Schema.object([
            "place": Schema.ref("MatchPlace"), "results": Schema.array(Schema.ref("MatchResult")),
            "interpretedThemes": Schema.array(Schema.ref("InterpretedTheme")),
            "needs": ["type": "object", "additionalProperties": Schema.number],
            "offers": ["type": "object", "additionalProperties": Schema.number],
        ]),
        "ConsortiumRequest": closed(["lead": Schema.described(Schema.string, "The slug of the lead place.")],
                                    optional: ["size": ["type": "integer", "minimum": 2, "maximum": 30]]),
        "ConsortiumMember": Schema.object(["place": Schema.ref("MatchPlace"), "score": Schema.number]),
        "RuleStatus": Schema.object(["rule": Schema.string, "met": Schema.boolean, "sentence": Schema.string]),
        "ConsortiumResponse": Schema.object([
            "call": Schema.string, "lead": Schema.ref("MatchPlace"), "partners": Schema.array(Schema.ref("ConsortiumMember")),
            "totalScore": Schema.number, "meetsAllRules": Schema.boolean, "rules": Schema.array(Schema.ref("RuleStatus")),
            "problems": Schema.array(Schema.string),
        ]),
        "PartnerSearchPost": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "place": Schema.ref("MatchPlace"),
             "seeks": Schema.array(Schema.string), "offers": Schema.array(Schema.string), "text": Schema.string,
             "published": Schema.day, "url": Schema.string, "isOpen": Schema.boolean],
            optional: ["closes": Schema.day, "call": Schema.string]),
        "PartnerSearchList": Schema.object(["data": Schema.array(Schema.ref("PartnerSearchPost"))]),
    ]

    static func post(_ id: String, _ summary: String, body: String, ok: String, parameters: [JSONValue] = []) -> JSONValue {
        ["post": ["operationId": .string(id), "summary": .string(summary), "parameters": .array(parameters),
                  "requestBody": ["required": true, "content": json(body)],
                  "responses": ["200": ["description": "The answer.", "content": json(ok)], "400": badRequest,
                                "404": ["description": "No place or call with this slug.", "content": problem]]]]
    }

    static var matchingPaths: [String: JSONValue] {
        let slug: JSONValue = ["name": "slug", "in": "path", "required": true, "schema": Schema.string]
        return [
            "/api/v1/matches": post("matches", "Ranked, explained partners for a place", body: "MatchRequest", ok: "MatchResponse"),
            "/api/v1/calls/{slug}/consortium": post("consortium", "A consortium for a call that meets its rules, or why none can",
                                                    body: "ConsortiumRequest", ok: "ConsortiumResponse", parameters: [slug]),
            "/api/v1/partner-search": operation("list-partner-search", "Partner-search posts, newest first", [],
                                                ok: ["description": "Every post.", "content": json("PartnerSearchList")], extra: [:]),
        ]
    }
}
