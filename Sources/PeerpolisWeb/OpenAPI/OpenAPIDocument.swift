import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// The OpenAPI 3.1 description of every machine-readable endpoint, written as Swift data beside the code it
/// describes, served at `/openapi.json`, and checked against real responses by the test suite.
enum OpenAPIDocument {
    /// One collection of the API: its path segment, schema name, what it is and its list filters.
    struct Collection {
        var path: String
        var schema: String
        var summary: String
        var filters: [JSONValue]
        var slugName = "slug"
    }

    static func query(_ name: String, _ schema: JSONValue, _ text: String) -> JSONValue {
        ["name": .string(name), "in": "query", "required": false, "schema": schema, "description": .string(text)]
    }

    static let theme = query("theme", Schema.string, "A theme slug; sub-themes are included.")
    static let country = query("country", ["type": "string", "pattern": "^[A-Za-z]{2}$"], "An ISO 3166-1 alpha-2 code.")
    static let year = query("year", ["type": "integer", "minimum": 1900, "maximum": 2100], "A four-digit year.")
    static func kind<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ name: String = "kind") -> JSONValue where E.RawValue == String {
        query(name, Schema.oneOf(names(type)), "Keeps one \(name).")
    }

    static let collections: [Collection] = [
        Collection(path: "places", schema: "Place", summary: "Places (GeoNames), largest first",
                   filters: [country, kind(SizeClass.self, "size"), kind(PlaceKind.self),
                             query("name", ["type": "string", "maxLength": 100], "Name starts with (accents ignored)."),
                             query("sort", Schema.oneOf(names(PlaceOrder.self)), "Order; `-population` (default) is largest first.")]),
        Collection(path: "countries", schema: "Country", summary: "Countries with their ISO 3166 codes",
                   filters: [kind(Continent.self, "continent")], slugName: "iso2"),
        Collection(path: "themes", schema: "Theme", summary: "The theme taxonomy",
                   filters: [query("parent", Schema.string, "Sub-themes of this theme slug, or `none` for top-level themes.")]),
        Collection(path: "organizations", schema: "Organization", summary: "Programmes, networks of cities, agencies",
                   filters: [kind(OrganizationKind.self)]),
        Collection(path: "networks", schema: "Network", summary: "Networks and projects",
                   filters: [theme, kind(NetworkKind.self), kind(LifecycleStatus.self, "status")]),
        Collection(path: "cooperations", schema: "Cooperation", summary: "Cooperations between places",
                   filters: [theme, country, year]),
        Collection(path: "practices", schema: "Practice", summary: "Good practices", filters: [theme, country]),
        Collection(path: "events", schema: "Event", summary: "Events, newest first",
                   filters: [theme, country, kind(EventKind.self), year, kind(EventFilter.When.self, "when")]),
        Collection(path: "articles", schema: "Article", summary: "Articles, newest first",
                   filters: [theme, country, kind(ArticleKind.self), year]),
        Collection(path: "calls", schema: "Call", summary: "Calls for proposals",
                   filters: [theme, kind(CallStatus.self, "status"), year]),
        Collection(path: "pledges", schema: "Pledge", summary: "Pledges of places", filters: [country]),
    ]

    static let paging: [JSONValue] = [
        query("page", ["type": "integer", "minimum": 1, "maximum": 100_000], "Page number, from 1."),
        query("per_page", ["type": "integer", "minimum": 1, "maximum": 100], "Items per page (default 50)."),
    ]

    static func json(_ schema: String) -> JSONValue { ["application/json": ["schema": Schema.ref(schema)]] }
    static let problem: JSONValue = ["application/problem+json": ["schema": Schema.ref("Problem")]]
    static let badRequest: JSONValue = ["description": "A parameter has a bad value; `detail` says which and what to send.", "content": problem]
    static let notFound: JSONValue = ["description": "No resource with this slug.", "content": problem]
    static let notModified: JSONValue = ["description": "The client's `If-None-Match` names the current ETag."]

    static func operation(_ id: String, _ summary: String, _ parameters: [JSONValue], ok: JSONValue, extra: [String: JSONValue]) -> JSONValue {
        var responses: [String: JSONValue] = ["200": ok, "304": notModified, "400": badRequest]
        responses.merge(extra) { _, new in new }
        return ["get": ["operationId": .string(id), "summary": .string(summary), "parameters": .array(parameters),
                        "responses": .object(responses)]]
    }

    static var paths: [String: JSONValue] {
        var paths: [String: JSONValue] = [:]
        for c in collections {
            paths["/api/v1/\(c.path)"] = operation("list-\(c.path)", c.summary, c.filters + paging,
                                                   ok: ["description": "One page.", "content": json("\(c.schema)List")], extra: [:])
            let slug: JSONValue = ["name": .string(c.slugName), "in": "path", "required": true, "schema": Schema.string]
            paths["/api/v1/\(c.path)/{\(c.slugName)}"] = operation(
                "show-\(c.path)", "One of: \(c.summary.lowercased())", [slug],
                ok: ["description": "The resource and what points at it.", "content": json("\(c.schema)Detail")],
                extra: ["404": notFound])
        }
        let q = query("q", ["type": "string", "maxLength": 500], "Words; \"phrases\", -exclusions and prefix* work.")
        paths["/api/v1/search"] = operation(
            "search", "Full-text search over every collection",
            [q, query("type", Schema.oneOf(EntityType.allCases.map(\.rawValue)), "Keeps one type."), theme, country, year,
             query("status", Schema.string, "Keeps one status."), paging[0]],
            ok: ["description": "Ranked results with facets.", "content": json("SearchResponse")], extra: [:])
        paths["/api/v1/suggest"] = operation("suggest", "Names that start with the text", [q],
                                             ok: ["description": "Up to ten names.", "content": json("SuggestResponse")], extra: [:])
        paths.merge(matchingPaths) { _, new in new }
        paths.merge(writePaths) { _, new in new }
        return paths
    }

    /// The document, with the writes of `editors` (the route table's).
    static func document(editors: [any EntityEditor]) -> JSONValue {
        var schemas = resourceSchemas
        for c in collections { schemas.merge(envelopes(c.schema)) { _, new in new } }
        schemas.merge(matchingSchemas) { _, new in new }
        schemas.merge(writeSchemas) { _, new in new }
        schemas.merge(editorSchemas(editors)) { _, new in new }
        // A path that reads and writes (`/api/v1/events`) holds both operations.
        let paths = paths.merging(editorPaths(editors)) { old, new in .object(old.members.merging(new.members) { _, new in new }) }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Peerpolis API", "version": "1.0.0",
                     "description": "Every public collection of the hub, read-only, and its writes, which need a bearer token (`bearerAuth`): those of place representatives (interests, partner-search posts, pledge progress) and those of the editors (create, change and delete events, calls, articles, networks, cooperations and organizations, with the same rules and rights as the site's forms). Unknown query parameters are ignored; a known parameter with a bad value is a 400 problem. Every read answer carries a strong ETag and Access-Control-Allow-Origin: *. Problems (RFC 9457) explain themselves in English in `detail`; the `errors` of an editor's 422 are its form's own messages, in the request's language (`?lang=`, then Accept-Language: English or French; English otherwise)."],
            "paths": .object(paths),
            "components": ["schemas": .object(schemas), "securitySchemes": .object(securitySchemes)],
        ]
    }

    /// The document's bytes, with sorted keys; the route table encodes them once.
    static func bytes(editors: [any EntityEditor]) -> [UInt8] {
        Array((try? APIEncoding.encoder.encode(document(editors: editors))) ?? Data())
    }
}


