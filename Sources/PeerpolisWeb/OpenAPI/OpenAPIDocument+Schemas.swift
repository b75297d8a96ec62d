import PeerpolisDomain
import PeerpolisStorage

/// The schemas of every resource, one per DTO in `API/`, so tests can hold each response against its schema.
extension OpenAPIDocument {
    static func names<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> [String] where E.RawValue == String {
        E.allCases.map(\.rawValue)
    }

    static let refs = Schema.array(Schema.ref("Ref"))

    static let resourceSchemas: [String: JSONValue] = [
        "Links": Schema.object(["api": Schema.string, "html": Schema.string]),
        "Ref": Schema.object(["slug": Schema.string, "name": Schema.string, "links": Schema.ref("Links")]),
        "Problem": Schema.object(["type": Schema.string, "title": Schema.string, "status": Schema.integer,
                                  "detail": Schema.string]),
        "Place": Schema.object(
            ["slug": Schema.string, "name": Schema.string, "asciiName": Schema.string,
             "alternateNames": Schema.array(Schema.string), "kind": Schema.oneOf(names(PlaceKind.self)),
             "sizeClass": Schema.oneOf(names(SizeClass.self)), "population": Schema.integer, "latitude": Schema.number,
             "longitude": Schema.number, "timeZone": Schema.string,
             "geonamesId": Schema.described(Schema.integer, "The GeoNames id, also the place's key."),
             "geonamesUri": Schema.string, "links": Schema.ref("Links")],
            optional: ["admin1Code": Schema.string, "country": Schema.ref("Ref")]),
        "Country": Schema.object(
            ["slug": Schema.string, "name": Schema.string, "iso2": Schema.string, "iso3": Schema.string,
             "isoNumeric": Schema.string, "continent": Schema.oneOf(names(Continent.self)), "isEuMember": Schema.boolean,
             "languages": Schema.array(Schema.string), "links": Schema.ref("Links")],
            optional: ["capital": Schema.string, "population": Schema.integer, "geonamesId": Schema.integer]),
        "Theme": Schema.object(
            ["slug": Schema.string, "name": Schema.string, "description": Schema.string,
             "sdgs": Schema.array(Schema.integer), "links": Schema.ref("Links")],
            optional: ["nameFr": Schema.string, "parent": Schema.ref("Ref")]),
        "Organization": Schema.object(
            ["slug": Schema.string, "name": Schema.string, "kind": Schema.oneOf(names(OrganizationKind.self)),
             "summary": Schema.string, "links": Schema.ref("Links")],
            optional: ["website": Schema.string]),
        "Member": Schema.object(["place": Schema.ref("Ref"), "role": Schema.oneOf(names(MemberRole.self))]),
        "Network": Schema.object(
            ["slug": Schema.string, "name": Schema.string, "summary": Schema.string, "outputs": Schema.array(Schema.string),
             "members": Schema.array(Schema.ref("Member")), "themes": refs, "links": Schema.ref("Links")],
            optional: ["kind": Schema.oneOf(names(NetworkKind.self)), "status": Schema.oneOf(names(LifecycleStatus.self)),
                       "startDate": Schema.day, "endDate": Schema.day, "website": Schema.string,
                       "organization": Schema.ref("Ref"), "lead": Schema.ref("Ref")]),
        "Outcome": Schema.object(["description": Schema.string], optional: ["amount": Schema.number, "unit": Schema.string]),
        "Cooperation": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "narrative": Schema.string, "places": refs, "themes": refs,
             "outcomes": Schema.array(Schema.ref("Outcome")), "links": Schema.ref("Links")],
            optional: ["startDate": Schema.day, "endDate": Schema.day, "programme": Schema.ref("Ref")]),
        "Transfer": Schema.object([:], optional: ["place": Schema.ref("Ref"), "network": Schema.ref("Ref"),
                                                  "startDate": Schema.day, "stage": Schema.oneOf(names(TransferStage.self))]),
        "Practice": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "summary": Schema.string, "body": Schema.string,
             "networks": refs, "themes": refs, "transfers": Schema.array(Schema.ref("Transfer")), "links": Schema.ref("Links")],
            optional: ["results": Schema.string, "owner": Schema.ref("Ref")]),
        "Event": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "kind": Schema.oneOf(names(EventKind.self)),
             "startDate": Schema.day, "endDate": Schema.day, "timeZone": Schema.string, "isOnline": Schema.boolean,
             "summary": Schema.string, "themes": refs, "links": Schema.ref("Links"), "ical": Schema.string],
            optional: ["startTime": Schema.string, "endTime": Schema.string, "capacity": Schema.integer,
                       "registrationDeadline": Schema.day, "host": Schema.ref("Ref"), "organizer": Schema.ref("Ref"),
                       "network": Schema.ref("Ref")]),
        "Article": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "kind": Schema.oneOf(names(ArticleKind.self)),
             "authors": Schema.array(Schema.string), "summary": Schema.string, "body": Schema.string,
             "readingMinutes": Schema.integer, "themes": refs, "places": refs, "networks": refs, "organizations": refs,
             "events": refs, "links": Schema.ref("Links")],
            optional: ["publishedOn": Schema.day]),
        "Rules": Schema.object(
            ["requiredContinents": Schema.array(Schema.oneOf(names(Continent.self))), "requiredRegions": Schema.array(Schema.string)],
            optional: ["minPartners": Schema.integer, "maxPartners": Schema.integer, "minCountries": Schema.integer,
                       "maxPerCountry": Schema.integer]),
        "Call": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "summary": Schema.string, "rules": Schema.ref("Rules"),
             "themes": refs, "links": Schema.ref("Links")],
            optional: ["status": Schema.oneOf(names(CallStatus.self)), "opensOn": Schema.day, "closesOn": Schema.day,
                       "organization": Schema.ref("Ref")]),
        "Progress": Schema.object(["date": Schema.day, "note": Schema.string],
                                  optional: ["amount": Schema.number, "quantity": Schema.number]),
        "Pledge": Schema.object(
            ["slug": Schema.string, "title": Schema.string, "framework": Schema.string,
             "principles": Schema.array(Schema.string), "summary": Schema.string,
             "progress": Schema.array(Schema.ref("Progress")), "links": Schema.ref("Links")],
            optional: ["amount": Schema.number, "currency": Schema.string, "quantity": Schema.number, "unit": Schema.string,
                       "startDate": Schema.day, "endDate": Schema.day, "progressRatio": Schema.number,
                       "place": Schema.ref("Ref"), "organization": Schema.ref("Ref")]),
        "SearchHit": Schema.object(
            ["type": Schema.string, "slug": Schema.string, "title": Schema.string, "url": Schema.string,
             "snippet": Schema.described(Schema.string, "Escaped HTML with <mark> around matched words.")],
            optional: ["country": Schema.string, "year": Schema.integer]),
        "FacetValue": Schema.object(["value": Schema.string, "count": Schema.integer]),
        "Facets": Schema.object(["type": facet, "theme": facet, "country": facet, "year": facet, "status": facet]),
        "SearchResponse": Schema.object(
            ["query": Schema.string, "total": Schema.integer, "page": Schema.integer, "pageSize": Schema.integer,
             "results": Schema.array(Schema.ref("SearchHit")), "facets": Schema.ref("Facets"),
             "totalIsEstimate": Schema.described(Schema.boolean, "True when the query matched so many documents that the total was scaled up from a uniform sample of them."),
             "facetsAreEstimates": Schema.described(Schema.boolean, "True when more than 1,000 documents matched and the facet counts were scaled up from a uniform sample of them.")],
            optional: ["next": Schema.string]),
        "SuggestResponse": Schema.object(["query": Schema.string, "suggestions": Schema.array(Schema.ref("SearchHit"))]),
    ]

    static let facet = Schema.array(Schema.ref("FacetValue"))

    /// `NameList` and `NameDetail` for a resource schema `Name`.
    static func envelopes(_ name: String) -> [String: JSONValue] {
        [
            "\(name)List": Schema.object(
                ["data": Schema.array(Schema.ref(name)), "total": Schema.integer, "page": Schema.integer,
                 "perPage": Schema.integer, "pageCount": Schema.integer],
                optional: ["next": Schema.string, "prev": Schema.string]),
            "\(name)Detail": Schema.object(
                ["data": Schema.ref(name),
                 "related": Schema.described(["type": "object", "additionalProperties": refs],
                                             "Resources pointing at this one, by collection (networks, events…).")]),
        ]
    }
}
