import Hummingbird
import NIOCore

/// A submitted `application/x-www-form-urlencoded` form, read with a size limit.
struct FormBody: Sendable {
    /// Forms hold a few text fields; 64 KB leaves ample room and keeps a flood of bytes out of memory.
    static let maximumSize = 64 * 1024

    var fields: [String: String]

    /// Reads the body; a larger one is refused with 413 before it is held in memory.
    static func read(_ request: Request) async throws -> FormBody {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        guard contentType.hasPrefix("application/x-www-form-urlencoded") || contentType.isEmpty else {
            throw WebError.badRequest("This address accepts HTML form submissions (application/x-www-form-urlencoded) only.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumSize)
        } catch is NIOTooManyBytesError {
            throw HTTPError(.contentTooLarge, message: "A form may send at most 64 KB.")
        }
        return FormBody(fields: RequestInfo.parseQuery(String(buffer: buffer)))
    }

    /// A field trimmed of surrounding whitespace; empty when absent.
    func text(_ name: String) -> String {
        fields[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// A field exactly as typed (passwords keep their spaces).
    func raw(_ name: String) -> String {
        fields[name] ?? ""
    }
}
