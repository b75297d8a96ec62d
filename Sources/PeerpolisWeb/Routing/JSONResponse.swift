import Foundation
import Hummingbird

/// JSON bodies for the API: sorted keys so responses are stable byte for byte.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(status: status,
                        headers: [.contentType: "application/json; charset=utf-8", .accessControlAllowOrigin: "*"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// RFC 9457 problem details.
    static func problem(status: HTTPResponse.Status, title: String, detail: String) -> Response {
        struct Problem: Encodable {
            var type = "about:blank"
            var title: String
            var status: Int
            var detail: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Problem(title: title, status: status.code, detail: detail))) ?? Data("{}".utf8)
        return Response(status: status,
                        headers: [.contentType: "application/problem+json", .accessControlAllowOrigin: "*"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
