import Foundation
import PeerpolisDomain

/// The JSON bodies `POST /api/v1/matches` and `POST /api/v1/calls/{slug}/consortium` accept.
///
/// Decoding is strict: a field of the wrong type, a missing required field or a field the API does not know
/// is a 400 whose sentence names the field, so a typo (`"limt"`) is reported rather than silently ignored.
enum MatchAPIBody {
    struct ThemeWeight: Decodable {
        var theme: String
        /// 0...1; 1 when left out.
        var weight: Double

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["theme", "weight"])
            theme = try c.decode(String.self, forKey: Keys("theme"))
            weight = try c.decodeIfPresent(Double.self, forKey: Keys("weight")) ?? 1
        }
    }

    struct Filters: Decodable {
        var filters = MatchFilters()

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["includeContinents", "excludeContinents", "includeCountries", "excludeCountries",
                                         "crossContinent", "minPopulation", "maxPopulation", "onlyWithProfile",
                                         "excludeExistingPartners"])
            filters.includeContinents = Set(try c.decodeIfPresent([Continent].self, forKey: Keys("includeContinents")) ?? [])
            filters.excludeContinents = Set(try c.decodeIfPresent([Continent].self, forKey: Keys("excludeContinents")) ?? [])
            filters.includeCountries = Set(try c.decodeIfPresent([String].self, forKey: Keys("includeCountries")) ?? [])
            filters.excludeCountries = Set(try c.decodeIfPresent([String].self, forKey: Keys("excludeCountries")) ?? [])
            filters.crossContinent = try c.decodeIfPresent(Bool.self, forKey: Keys("crossContinent")) ?? false
            filters.minPopulation = try c.decodeIfPresent(Int.self, forKey: Keys("minPopulation"))
            filters.maxPopulation = try c.decodeIfPresent(Int.self, forKey: Keys("maxPopulation"))
            filters.onlyWithProfile = try c.decodeIfPresent(Bool.self, forKey: Keys("onlyWithProfile")) ?? false
            filters.excludeExistingPartners = try c.decodeIfPresent(Bool.self, forKey: Keys("excludeExistingPartners")) ?? true
        }
    }

    /// `POST /api/v1/matches`.
    struct Matches: Decodable {
        var place: String
        var needs: [ThemeWeight]
        var offers: [ThemeWeight]
        var text: String
        var filters: MatchFilters
        var limit: Int

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["place", "needs", "offers", "text", "filters", "limit"])
            place = try c.decode(String.self, forKey: Keys("place"))
            needs = try c.decodeIfPresent([ThemeWeight].self, forKey: Keys("needs")) ?? []
            offers = try c.decodeIfPresent([ThemeWeight].self, forKey: Keys("offers")) ?? []
            text = try c.decodeIfPresent(String.self, forKey: Keys("text")) ?? ""
            filters = try c.decodeIfPresent(Filters.self, forKey: Keys("filters"))?.filters ?? MatchFilters()
            limit = try c.decodeIfPresent(Int.self, forKey: Keys("limit")) ?? 20
        }
    }

    /// `POST /api/v1/calls/{slug}/consortium`.
    struct Consortium: Decodable {
        var lead: String
        var size: Int?

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: Keys.self)
            try Keys.reject(c, allowed: ["lead", "size"])
            lead = try c.decode(String.self, forKey: Keys("lead"))
            size = try c.decodeIfPresent(Int.self, forKey: Keys("size"))
        }
    }

    /// Any key, so a container can list the keys a body actually holds.
    struct Keys: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }

        static func reject(_ container: KeyedDecodingContainer<Keys>, allowed: [String]) throws {
            if let unknown = container.allKeys.map(\.stringValue).filter({ !allowed.contains($0) }).sorted().first {
                throw unknownField(MatchAPIBody.path(container.codingPath + [Keys(unknown)]), allowed: allowed)
            }
        }

        /// The refusal of a member a body may not hold, naming those it may.
        static func unknownField(_ path: String, allowed: [String]) -> WebError {
            .badRequest("The field '\(path)' is unknown; the fields here are \(allowed.joined(separator: ", ")).")
        }
    }

    /// Decodes a body, turning every decoding failure into a 400 with a sentence that names the field.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, example: String) throws -> T {
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw WebError.badRequest(sentence(error, example: example))
        }
    }

    static func sentence(_ error: DecodingError, example: String) -> String {
        switch error {
        case .typeMismatch(let type, let context):
            if context.codingPath.isEmpty { return "The body must be a JSON object such as \(example)." }
            return "The field '\(path(context.codingPath))' must be \(typeName(type))."
        case .valueNotFound(let type, let context):
            return "The field '\(path(context.codingPath))' must be \(typeName(type)), not null."
        case .keyNotFound(let key, let context):
            return "The field '\(path(context.codingPath + [key]))' is required, as in \(example)."
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "The body is not valid JSON; send an object such as \(example)." }
            return "The field '\(path(context.codingPath))' has a value that is out of range or of the wrong kind."
        @unknown default:
            return "The body cannot be read; send an object such as \(example)."
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is Continent.Type: "a continent code (\(Continent.allCases.map(\.rawValue).joined(separator: ", ")))"
        default: String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }

    /// `filters.includeCountries[2]`.
    static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }
}
