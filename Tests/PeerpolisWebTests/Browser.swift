import Foundation
import Hummingbird
import HummingbirdTesting
import PeerpolisWeb
import Testing

/// A test browser: keeps cookies between requests and reads the CSRF token out of forms, as a real
/// browser carries them without the visitor noticing.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    /// Starts with a cookie already set, as after signing in elsewhere.
    func setCookie(_ name: String, _ value: String) { cookies[name] = value }

    struct Page {
        var status: HTTPResponse.Status
        var body: String
        var headers: HTTPFields
        /// The `_csrf` value of the first form on the page, if any.
        var csrf: String? { Browser.hiddenValue("_csrf", in: body) }
    }

    func get(_ uri: String) async throws -> Page {
        try await send(uri, method: .get, body: nil)
    }

    /// Submits a form; `csrf: nil` leaves the token out.
    func post(_ uri: String, _ fields: [String: String], csrf: String?) async throws -> Page {
        var all = fields
        if let csrf { all["_csrf"] = csrf }
        let text = all.map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }.joined(separator: "&")
        return try await send(uri, method: .post, body: text)
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let page = try await client.execute(uri: uri, method: method, headers: headers,
                                            body: body.map { ByteBuffer(string: $0) }) { response in
            Page(status: response.status, body: String(buffer: response.body), headers: response.headers)
        }
        for header in page.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]), value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty || header.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = value }
        }
        return page
    }

    static func hiddenValue(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// A clock the test moves forward by hand, for lockouts and reset links.
final class ManualClock: @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ start: Date) { instant = start }

    var now: Date { lock.withLock { instant } }

    func advance(by seconds: TimeInterval) { lock.withLock { instant = instant.addingTimeInterval(seconds) } }

    var clock: Clock { Clock(now: { [self] in now }) }
}
