import Foundation
import Hummingbird
import PeerpolisDomain

/// What a handler reads from a request: the query, the interface language and the path for links.
struct RequestInfo {
    var query: [String: String]
    let language: Language
    let languageChosenInQuery: Bool
    let path: String

    init(_ request: Request) {
        let query = Self.parseQuery(request.uri.query ?? "")
        self.query = query
        let cookie = request.headers[.cookie].flatMap { header in
            header.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.hasPrefix("lang=") }.map { String($0.dropFirst(5)) }
        }
        let language = Language.negotiate(query: query["lang"], cookie: cookie,
                                          acceptLanguage: request.headers[.acceptLanguage])
        self.language = language
        self.languageChosenInQuery = query["lang"].flatMap { Language(rawValue: $0.lowercased()) } != nil
        self.path = request.uri.path
    }

    var catalog: Catalog { Catalog(language: language) }

    /// Reads a query string as browsers write forms (`application/x-www-form-urlencoded`): `+` is a space.
    /// The first value of a repeated parameter wins; a value that is not valid percent-encoded UTF-8 is
    /// kept with its bytes repaired rather than refused, so a broken link still gets an answer.
    static func parseQuery(_ raw: String) -> [String: String] {
        var query: [String: String] = [:]
        for pair in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = decode(parts[0])
            guard !key.isEmpty, query[key] == nil else { continue }
            query[key] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return query
    }

    static func decode(_ component: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.utf8.count)
        var iterator = component.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                let high = iterator.next(), low = iterator.next()
                if let high, let low, let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                } else {
                    bytes.append(byte)
                    if let high { bytes.append(high) }
                    if let low { bytes.append(low) }
                }
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    var pageContext: PageContext {
        let kept = query.filter { $0.key != "lang" }.sorted { $0.key < $1.key }
        let current = kept.isEmpty ? path
            : path + "?" + kept.map { "\(SiteURL.encode($0.key))=\(SiteURL.encode($0.value))" }.joined(separator: "&")
        return PageContext(catalog: catalog, currentPath: current)
    }

    /// A trimmed, non-empty parameter, or nil.
    func string(_ name: String) -> String? {
        guard let value = query[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }

    /// The page number: absent means 1; anything but a whole number from 1 to 100,000 is refused.
    func page() throws -> Int {
        guard let text = string("page") else { return 1 }
        guard let number = Int(text), (1...100_000).contains(number) else {
            throw WebError.badRequest("The page number must be a whole number from 1 to 100000; '\(text.prefix(40))' is not.")
        }
        return number
    }

    func year() throws -> Int? {
        guard let text = string("year") else { return nil }
        guard let year = Int(text), (1900...2100).contains(year) else {
            throw WebError.badRequest("The year must be a four-digit year between 1900 and 2100; '\(text.prefix(40))' is not.")
        }
        return year
    }

    /// A value from a fixed list, e.g. `kind=transfer`; an unknown value is refused with the allowed ones.
    func choice<E: RawRepresentable & CaseIterable>(_ name: String, _ type: E.Type) throws -> E? where E.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = E(rawValue: text.lowercased()) else {
            let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw WebError.badRequest("'\(text.prefix(40))' is not a valid \(name). Use one of: \(allowed).")
        }
        return value
    }
}

extension Request {
    var info: RequestInfo { RequestInfo(self) }
}
