import Foundation
import Hummingbird

/// Responses that carry a strong `ETag` computed from their bytes and answer `If-None-Match` with 304, for
/// everything a program polls: the API, the feeds, the calendars, the OpenAPI document and the downloads.
enum ConditionalResponse {
    /// The strong entity tag of a body: a 64-bit hash of its bytes, in hex. It only has to tell versions of one
    /// resource apart (not resist an attacker). It reads eight bytes per step (multiply, then fold the high half
    /// down, both invertible, so one changed word always changes the state): byte-at-a-time FNV-1a took 4% of
    /// a 50-place API page.
    static func etag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9e37_79b9_7f4a_7c15
                hash ^= hash >> 32
                offset += 8
            }
            while offset < raw.count {
                hash = (hash ^ UInt64(raw[offset])) &* 0x0000_0100_0000_01b3
                offset += 1
            }
        }
        // A final mix (MurmurHash3's), so the short tail bytes reach every bit of the tag too.
        hash ^= hash >> 33
        hash &*= 0xff51_afd7_ed55_8ccd
        hash ^= hash >> 33
        let hex = String(hash, radix: 16)
        return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
    }

    /// True when an `If-None-Match` header value names `etag` (or is `*`); weak comparison, as RFC 9110 asks
    /// for this header, so a `W/` prefix a proxy added still matches.
    static func matches(_ header: String?, etag: String) -> Bool {
        guard let header else { return false }
        for candidate in header.split(separator: ",") {
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            if tag == etag { return true }
        }
        return false
    }

    /// A 200 with the body, or a 304 without it when the client already holds these bytes.
    static func make(_ bytes: [UInt8], contentType: String, request: Request,
                     extraHeaders: HTTPFields = [:]) -> Response {
        let tag = etag(of: bytes)
        var headers: HTTPFields = [.eTag: tag, .cacheControl: "public, max-age=60"]
        headers.append(contentsOf: extraHeaders)
        if matches(request.headers[.ifNoneMatch], etag: tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// JSON with sorted keys, so equal data gives equal bytes and thus equal tags. Values that write their
    /// own JSON (`JSONWritable`, the same bytes) skip `JSONEncoder`.
    static func json(_ value: some Encodable, request: Request, contentType: String = "application/json; charset=utf-8") throws -> Response {
        make(try APIEncoding.bytes(value), contentType: contentType, request: request)
    }
}

enum APIEncoding {
    /// One configured encoder: sorted keys for stable bytes, slashes unescaped for readable URLs.
    /// JSONEncoder is a class whose `encode` does not mutate it, so sharing it across requests is safe.
    nonisolated(unsafe) static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    /// The JSON of `value`: written by hand when it knows how, else by the shared encoder.
    static func bytes(_ value: some Encodable) throws -> [UInt8] {
        if let writable = value as? any JSONWritable {
            var writer = JSONWriter()
            writable.write(to: &writer)
            return writer.bytes
        }
        return Array(try encoder.encode(value))
    }
}

/// CORS for the machine-readable resources: any origin may read them (they are public data and need no
/// credentials), and a preflight `OPTIONS` is answered here, before routing, with the methods allowed.
struct CORSReadOnlyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// True for the paths that programs read across origins.
    static func applies(to path: String) -> Bool {
        path.hasPrefix("/api/") || path == "/openapi.json" || path.hasSuffix(".atom") || path.hasSuffix(".rss")
            || path.hasSuffix(".ics") || path.hasSuffix(".csv") || path.hasSuffix(".json")
    }

    /// The POST endpoints that only compute an answer (partner matches, a consortium) and change nothing, so
    /// another site's page may call them too; without credentials, as the wildcard origin implies.
    static func answersPost(_ path: String) -> Bool {
        path == "/api/v1/matches" || (path.hasPrefix("/api/v1/calls/") && path.hasSuffix("/consortium"))
    }

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.applies(to: request.uri.path) else { return try await next(request, context) }
        if request.method == .options {
            let methods = Self.answersPost(request.uri.path) ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS"
            return Response(status: .noContent, headers: [
                .accessControlAllowOrigin: "*",
                .accessControlAllowMethods: methods,
                .accessControlAllowHeaders: "If-None-Match, Accept, Accept-Language, Content-Type",
                .accessControlMaxAge: "86400",
                .allow: methods,
            ])
        }
        var response = try await next(request, context)
        response.headers[.accessControlAllowOrigin] = "*"
        response.headers[.accessControlExposeHeaders] = "ETag"
        return response
    }
}
