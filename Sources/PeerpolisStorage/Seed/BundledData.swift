import Foundation
import PeerpolisDomain

/// The data files shipped inside the package: countries and places from GeoNames (CC BY 4.0), the theme
/// taxonomy, and the hand-curated seed content.
public enum BundledData {
    static func url(_ name: String, _ ext: String) throws -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Data") else {
            throw StorageError.notFound("The bundled data file \(name).\(ext)")
        }
        return url
    }

    static func text(_ name: String, _ ext: String) throws -> String {
        try String(contentsOf: url(name, ext), encoding: .utf8)
    }

    /// Every country, from `countries.tsv`.
    public static func countries() throws -> [Country] {
        try TSV.rows(text("countries", "tsv")).map { row in
            guard let continent = Continent(rawValue: row["continent"]) else {
                throw StorageError.invalid("countries.tsv: unknown continent '\(row["continent"])'.")
            }
            return Country(iso2: row["iso2"], iso3: row["iso3"], isoNumeric: row["numeric"], name: row["name"],
                           continent: continent, isEUMember: row["eu"] == "1",
                           languages: row["languages"].split(separator: ",").map(String.init),
                           capital: row.optional("capital"), population: Int(row["population"]),
                           geonameID: Int(row["geonameid"]))
        }
    }

    /// Every place of 15,000 inhabitants or more, from `places.tsv`, with slugs assigned.
    public static func places() throws -> [Place] {
        var places: [Place] = []
        places.reserveCapacity(35_000)
        for row in try TSV.rows(text("places", "tsv")) {
            guard let id = Int(row["geonameid"]), let latitude = Double(row["latitude"]),
                  let longitude = Double(row["longitude"]), let population = Int(row["population"]) else {
                throw StorageError.invalid("places.tsv: line for '\(row["name"])' has a malformed number.")
            }
            places.append(Place(id: id, slug: "", name: row["name"], asciiName: row["asciiname"],
                                alternateNames: row["alternatenames"].split(separator: "|").map(String.init),
                                countryCode: row["country"], admin1Code: row.optional("admin1"), kind: .city,
                                latitude: latitude, longitude: longitude, population: population,
                                timeZone: row["timezone"]))
        }
        var slugger = PlaceSlugger()
        return slugger.assign(places)
    }
}

/// Gives places readable, unique slugs: `malmo-se`, and `springfield-us-4951788` for the smaller of two
/// same-named places in one country. Larger places are served first so the plain slug goes to the best-known one.
public struct PlaceSlugger {
    private var taken: Set<String>

    public init(taken: some Sequence<String> = []) {
        self.taken = Set(taken)
    }

    public mutating func slug(for place: Place) -> String {
        let stem = Slug.make(place.asciiName.isEmpty ? place.name : place.asciiName)
        let base = (stem.isEmpty ? "place" : stem) + "-" + place.countryCode.lowercased()
        let slug = taken.contains(base) ? "\(base)-\(place.id)" : base
        taken.insert(slug)
        return slug
    }

    /// Assigns slugs to places that have none, largest first; returns the places in their original order.
    public mutating func assign(_ places: [Place]) -> [Place] {
        var result = places
        let order = places.indices.sorted {
            (places[$0].population, places[$1].id) > (places[$1].population, places[$0].id)
        }
        for index in order where result[index].slug.isEmpty {
            result[index].slug = slug(for: result[index])
        }
        return result
    }
}

/// A minimal reader for the tab-separated files above: header line, no quoting, no tabs inside values.
enum TSV {
    struct Row {
        let columns: [String: Int]
        let values: [Substring]

        subscript(_ name: String) -> String {
            guard let index = columns[name], index < values.count else { return "" }
            return String(values[index])
        }

        func optional(_ name: String) -> String? {
            let value = self[name]
            return value.isEmpty ? nil : value
        }
    }

    static func rows(_ text: String) -> [Row] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        guard !lines.isEmpty else { return [] }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false)
        let columns = Dictionary(uniqueKeysWithValues: header.enumerated().map { (String($1), $0) })
        return lines.map { Row(columns: columns, values: $0.split(separator: "\t", omittingEmptySubsequences: false)) }
    }
}
