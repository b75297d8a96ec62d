import PeerpolisDomain

/// The API's writes, authenticated by a bearer token (`ppt_…`, made on `/account/tokens`). Request bodies
/// are closed (`additionalProperties: false`) because the server refuses unknown fields.
extension OpenAPIDocument {
    static let securitySchemes: [String: JSONValue] = [
        "bearerAuth": ["type": "http", "scheme": "bearer", "bearerFormat": "ppt_ followed by 32 URL-safe characters",
                       "description": "A personal token acts with every role of its account; an organization token only as an editor of its organization. Make and revoke tokens on /account/tokens. API writes read no cookie and need no CSRF token."],
    ]

    static let nullableDay: JSONValue = ["type": ["string", "null"], "format": "date"]
    static let themeSlugs = Schema.described(Schema.array(Schema.string), "Theme slugs, as listed at /api/v1/themes.")

    static let writeSchemas: [String: JSONValue] = [
        "InterestInput": closed(
            ["theme": Schema.described(Schema.string, "A theme slug."), "direction": Schema.oneOf(names(InterestDirection.self))],
            optional: ["weight": Schema.described(weight, "How much it matters; 1 when left out."),
                       "note": ["type": "string", "maxLength": 500]]),
        "InterestsRequest": closed(["interests": Schema.described(Schema.array(Schema.ref("InterestInput")),
                                                                   "Every interest of the place: the list replaces the stored one.")]),
        "Interest": Schema.object(["theme": Schema.string, "direction": Schema.oneOf(names(InterestDirection.self)),
                                   "weight": Schema.number], optional: ["note": Schema.string]),
        "InterestsResponse": Schema.object(["place": Schema.string, "interests": Schema.array(Schema.ref("Interest"))]),
        "PartnerSearchPostCreate": closed(
            ["title": ["type": "string", "minLength": 3, "maxLength": 200]],
            optional: ["text": Schema.described(["type": "string", "maxLength": 10_000], "Markdown."),
                       "closes": Schema.described(Schema.day, "Not in the past; left out, the post stays open."),
                       "seeks": themeSlugs, "offers": themeSlugs]),
        "PartnerSearchPostChanges": closed([:], optional: [
            "title": ["type": "string", "minLength": 3, "maxLength": 200],
            "text": ["type": "string", "maxLength": 10_000],
            "closes": Schema.described(nullableDay, "null removes the closing day."),
            "seeks": themeSlugs, "offers": themeSlugs,
        ]),
        "ProgressRequest": closed(
            ["note": Schema.described(["type": "string", "minLength": 3, "maxLength": 2_000], "What was done.")],
            optional: ["date": Schema.described(Schema.day, "Not after today; today when left out."),
                       "figure": Schema.described(["type": "number", "minimum": 0],
                                                  "What the place has reached so far, in the pledge's currency or unit; only for a pledge that states an amount or a quantity.")]),
        "ProgressReport": Schema.object(["pledge": Schema.string, "progress": Schema.ref("Progress")]),
        "ValidationProblem": Schema.object(
            ["type": Schema.string, "title": Schema.string, "status": Schema.integer, "detail": Schema.string,
             "errors": Schema.described(["type": "object", "additionalProperties": Schema.string],
                                        "Field (such as `title` or `interests[2].theme`) → what is wrong and how to fix it.")]),
    ]

    /// A write operation with every answer it can give.
    static func write(_ id: String, _ summary: String, body: String, created: Bool, ok: String, notFound: String) -> JSONValue {
        let success: JSONValue = ["description": created ? "Saved; the new resource." : "Saved; the resource as it now is.",
                                  "content": json(ok)]
        return [
            "operationId": .string(id), "summary": .string(summary),
            "parameters": [["name": "slug", "in": "path", "required": true, "schema": Schema.string]],
            "security": [["bearerAuth": []]],
            "requestBody": ["required": true, "content": json(body)],
            "responses": [
                created ? "201" : "200": success,
                "400": ["description": "The body is not JSON of the documented shape; `detail` names the field.", "content": problem],
                "401": ["description": "No token, or one that is unknown, revoked, expired or no longer backed by its account's role.",
                        "content": problem],
                "403": ["description": "The token's account (or organization role) does not allow this.", "content": problem],
                "404": ["description": .string(notFound), "content": problem],
                "415": ["description": "The body is not sent as application/json.", "content": problem],
                "422": ["description": "Well-formed but breaks a rule; `errors` says which field and why.",
                        "content": ["application/problem+json": ["schema": Schema.ref("ValidationProblem")]]],
            ],
        ]
    }

    static var writePaths: [String: JSONValue] {
        [
            "/api/v1/places/{slug}/interests": ["put": write(
                "replace-place-interests", "Replace a place's needs and offers (its representatives)",
                body: "InterestsRequest", created: false, ok: "InterestsResponse", notFound: "No place with this slug.")],
            "/api/v1/places/{slug}/partner-search": ["post": write(
                "create-partner-search-post", "Publish a partner-search post for a place (its representatives)",
                body: "PartnerSearchPostCreate", created: true, ok: "PartnerSearchPost", notFound: "No place with this slug.")],
            "/api/v1/partner-search/{slug}": ["patch": write(
                "edit-partner-search-post", "Change some fields of a partner-search post (its place's representatives)",
                body: "PartnerSearchPostChanges", created: false, ok: "PartnerSearchPost",
                notFound: "No partner-search post with this slug.")],
            "/api/v1/pledges/{slug}/progress": ["post": write(
                "report-pledge-progress", "Report dated progress on a pledge (its place's representatives)",
                body: "ProgressRequest", created: true, ok: "ProgressReport", notFound: "No pledge with this slug.")],
        ]
    }
}
