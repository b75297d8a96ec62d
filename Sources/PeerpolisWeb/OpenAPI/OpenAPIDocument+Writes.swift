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
                                        "Field (such as `title` or `interests[2].theme`) → what is wrong and how to fix it. An editor's write (events, calls, articles, networks, cooperations, organizations) gives its form's own messages, in the request's language (`?lang=`, then Accept-Language: English or French); the others answer in English.")]),
    ]

    /// A write operation with every answer it can give: `notFound` adds the `slug` path parameter and a 404,
    /// `body` the request body and its refusals (400, 415, 422); `extra` adds answers of its own (409).
    static func writeOperation(_ id: String, _ summary: String, description: String? = nil, body: String?,
                               success: (status: String, answer: JSONValue), notFound: String?,
                               extra: [String: JSONValue] = [:]) -> JSONValue {
        var responses: [String: JSONValue] = [
            success.status: success.answer,
            "401": ["description": "No token, or one that is unknown, revoked, expired or no longer backed by its account's role.",
                    "content": problem],
            "403": ["description": "The token's account (or organization role) does not allow this.", "content": problem],
        ]
        var operation: [String: JSONValue] = ["operationId": .string(id), "summary": .string(summary),
                                              "security": [["bearerAuth": []]]]
        if let description { operation["description"] = .string(description) }
        if let notFound {
            operation["parameters"] = [["name": "slug", "in": "path", "required": true, "schema": Schema.string]]
            responses["404"] = ["description": .string(notFound), "content": problem]
        }
        if let body {
            operation["requestBody"] = ["required": true, "content": json(body)]
            responses["400"] = ["description": "The body is not JSON of the documented shape; `detail` names the field.", "content": problem]
            responses["415"] = ["description": "The body is not sent as application/json.", "content": problem]
            responses["422"] = ["description": "Well-formed but breaks a rule; `errors` says which field and why.",
                                "content": ["application/problem+json": ["schema": Schema.ref("ValidationProblem")]]]
        }
        responses.merge(extra) { _, new in new }
        operation["responses"] = .object(responses)
        return .object(operation)
    }

    /// A write of the place representatives' kind: a body, on a resource named by its slug.
    static func write(_ id: String, _ summary: String, body: String, created: Bool, ok: String, notFound: String) -> JSONValue {
        let success: JSONValue = ["description": created ? "Saved; the new resource." : "Saved; the resource as it now is.",
                                  "content": json(ok)]
        return writeOperation(id, summary, body: body, success: (created ? "201" : "200", success), notFound: notFound)
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
