import Foundation
import PeerpolisDomain

extension LinkedData {
    /// A `City` (or `AdministrativeArea` for a region, `Place` for a metropolitan area) with its coordinates,
    /// its country, its GeoNames URI as `sameAs` and its GeoNames id as `identifier` (issue 5, item 6).
    public static func place(_ ref: PlaceRef) -> String {
        let (type, pairs) = placeProperties(ref, brief: false)
        return document(type, pairs)
    }

    /// A `Country` with its ISO 3166-1 codes as `identifier`s and its GeoNames URI as `sameAs` when known.
    public static func country(_ country: Country, url: String) -> String {
        document("Country", [
            ("name", .string(country.name)),
            ("url", .string(url)),
            ("identifier", .array([
                propertyValue("ISO 3166-1 alpha-2", country.iso2),
                propertyValue("ISO 3166-1 alpha-3", country.iso3),
                propertyValue("ISO 3166-1 numeric", country.isoNumeric),
            ])),
            ("sameAs", country.geonameID.map { .string("https://sws.geonames.org/\($0)/") }),
        ])
    }

    /// An `Organization`, with its own website as `sameAs`.
    public static func organization(_ organization: Organization, url: String) -> String {
        document("Organization", [
            ("name", .string(organization.name)),
            ("url", .string(url)),
            ("description", .text(organization.summary)),
            ("sameAs", .text(organization.website)),
        ])
    }

    /// A good practice as a `CreativeWork`: what it is about and the place it comes from.
    public static func practice(_ practice: GoodPractice, url: String, about: [String], owner: PlaceRef?) -> String {
        document("CreativeWork", [
            ("name", .string(practice.title)),
            ("url", .string(url)),
            ("description", .text(practice.summary)),
            ("about", .array(about.map(topic))),
            ("spatialCoverage", owner.map { placeNode($0, brief: true) }),
        ])
    }

    /// Any other detail page (networks, cooperations, calls, pledges) as a node of the given schema.org type.
    ///
    /// Suggested types: `Project` for networks and cooperations, `Grant` for calls, `CreativeWork` for pledges.
    /// `extra` adds type-specific properties; nil values in it are left out.
    public static func thing(type: String, name: String, url: String, description: String = "",
                             about: [String] = [], sameAs: String? = nil,
                             extra: [(String, JSONLD?)] = []) -> String {
        document(type, [
            ("name", .string(name)),
            ("url", .string(url)),
            ("description", .text(description)),
            ("about", .array(about.map(topic))),
            ("sameAs", .text(sameAs)),
        ] + extra)
    }

    /// The node of a place; `brief` leaves out what only the place's own page needs (its identifier and
    /// the nested country), for places nested in an event or a practice.
    static func placeNode(_ ref: PlaceRef, brief: Bool) -> JSONLD {
        let (type, pairs) = placeProperties(ref, brief: brief)
        return .node([("@type", .string(type))] + pairs)
    }

    private static func placeProperties(_ ref: PlaceRef, brief: Bool) -> (String, [(String, JSONLD?)]) {
        let place = ref.place
        let type = switch place.kind {
        case .city: "City"
        case .region: "AdministrativeArea"
        case .metropolitanArea: "Place"
        }
        let geo = JSONLD.node([
            ("@type", .string("GeoCoordinates")),
            ("latitude", .number(place.latitude)),
            ("longitude", .number(place.longitude)),
        ])
        let address = JSONLD.node([
            ("@type", .string("PostalAddress")),
            ("addressLocality", .string(place.name)),
            ("addressCountry", .text(place.countryCode)),
        ])
        let country = ref.country.map { link in
            JSONLD.node([
                ("@type", .string("Country")),
                ("name", .string(link.name)),
                ("url", .text(link.url)),
                ("identifier", .text(place.countryCode)),
            ])
        }
        return (type, [
            ("name", .string(place.name)),
            ("url", .text(ref.url)),
            ("address", address),
            ("geo", geo),
            ("containedInPlace", brief ? nil : country),
            ("sameAs", .string(place.geonamesURI)),
            ("identifier", brief ? nil : propertyValue("GeoNames", String(place.id))),
        ])
    }

    static func propertyValue(_ id: String, _ value: String) -> JSONLD {
        .node([("@type", .string("PropertyValue")), ("propertyID", .string(id)), ("value", .string(value))])
    }
}
