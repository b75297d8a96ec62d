import Foundation

/// A JSON Schema subset, enough for the OpenAPI document: type (or a list of types, for nullable), required,
/// properties, additionalProperties, items, enum and `$ref` into `components/schemas`. It returns every
/// violation with its JSON path, so a failing test names the field.
struct SchemaValidator {
    let schemas: [String: Any]

    init(document: [String: Any]) {
        schemas = ((document["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
    }

    func validate(_ value: Any, against schema: [String: Any], at path: String = "$") -> [String] {
        if let ref = schema["$ref"] as? String {
            let name = String(ref.split(separator: "/").last ?? "")
            guard let target = schemas[name] as? [String: Any] else { return ["\(path): unknown $ref \(ref)"] }
            return validate(value, against: target, at: path)
        }
        var errors: [String] = []
        if let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map({ [$0] }),
           !types.contains(where: { matches(value, type: $0) }) {
            return ["\(path): expected \(types.joined(separator: " or ")), got \(Swift.type(of: value))"]
        }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            errors.append("\(path): '\(text)' is not one of \(allowed)")
        }
        if let object = value as? [String: Any] {
            for key in schema["required"] as? [String] ?? [] where object[key] == nil {
                errors.append("\(path): missing required '\(key)'")
            }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (key, member) in object {
                if let propertySchema = properties[key] as? [String: Any] {
                    errors += validate(member, against: propertySchema, at: "\(path).\(key)")
                } else if let extra = schema["additionalProperties"] as? [String: Any] {
                    errors += validate(member, against: extra, at: "\(path).\(key)")
                } else if schema["properties"] != nil {
                    errors.append("\(path): undocumented property '\(key)'")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                errors += validate(element, against: items, at: "\(path)[\(index)]")
            }
        }
        return errors
    }

    private func matches(_ value: Any, type: String) -> Bool {
        let number = value as? NSNumber
        let isBool = value is Bool && String(describing: Swift.type(of: value)).contains("Bool")
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBool
        case "integer": return number != nil && !isBool && number!.doubleValue.rounded() == number!.doubleValue
        case "number": return number != nil && !isBool
        case "null": return value is NSNull
        default: return false
        }
    }
}
