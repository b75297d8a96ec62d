import Foundation

/// RFC 4180 CSV from API resources: one row per resource, one column per documented property (in the
/// OpenAPI schema's sorted order, so the header is the same whatever the data), CRLF line ends.
enum CSVTable {
    /// The columns of a resource schema.
    static func columns(of schema: String) -> [String] {
        guard case .object(let properties)? = OpenAPIDocument.resourceSchemas[schema]?.members["properties"] else { return [] }
        return properties.keys.sorted()
    }

    static func booleanColumn(_ column: String, schema: String) -> Bool {
        guard case .object(let properties)? = OpenAPIDocument.resourceSchemas[schema]?.members["properties"],
              case .string(let type)? = properties[column]?.members["type"] else { return false }
        return type == "boolean"
    }

    /// The CSV text of `items` (already JSON-encoded with the API encoder, as an array of objects).
    static func render(json: Data, schema: String) throws -> String {
        let rows = (try JSONSerialization.jsonObject(with: json) as? [[String: Any]]) ?? []
        let columns = columns(of: schema)
        // JSONSerialization gives booleans as NSNumber, like numbers; the schema tells them apart.
        let booleans = Set(columns.filter { booleanColumn($0, schema: schema) })
        var out = line(columns)
        for row in rows {
            out += line(columns.map { column in
                if booleans.contains(column), let flag = row[column] as? NSNumber { return flag.boolValue ? "true" : "false" }
                return cell(row[column])
            })
        }
        return out
    }

    /// A table of text fields (the first row the header), each guarded against formula injection.
    static func render(text rows: [[String]]) -> String {
        rows.map { line($0.map(defused)) }.joined()
    }

    /// One record: the fields quoted as needed, separated by commas, ended by CRLF.
    static func line(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",") + "\r\n"
    }

    /// One value as text: a reference by its slug, a list joined with "; ", links by the HTML path, numbers as
    /// JSON writes them. Strings are guarded against formula injection.
    static func cell(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let number as NSNumber: return number.stringValue
        case let text as String: return defused(text)
        case let list as [Any]: return list.map { cell($0) }.joined(separator: "; ")
        case let object as [String: Any]:
            if let slug = object["slug"] as? String { return defused(slug) }
            if let html = object["html"] as? String { return defused(html) }
            if let place = object["place"] { return cell(place) }
            return defused(String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self))
        default: return defused("\(value!)")
        }
    }

    /// A text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
    /// apostrophe, as OWASP advises; numbers are written by `cell` and never pass here.
    static func defused(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// RFC 4180 quoting: a field with a comma, quote, CR or LF is quoted, its quotes doubled.
    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
