import Hummingbird

/// Answers `HEAD` for every `GET` route (RFC 9110 §9.3.2): the request is routed as a `GET`, and the answer
/// keeps its status and headers but drops the body. Link checkers, feed readers and caches send HEAD to learn
/// whether a resource exists or changed; without this every HEAD was a 404.
///
/// It wraps the whole router rather than being a router middleware, because the router picks the route by
/// method before any of its middleware runs.
struct HeadRequestResponder<Wrapped: HTTPResponder>: HTTPResponder {
    typealias Context = Wrapped.Context
    let wrapped: Wrapped

    init(_ wrapped: Wrapped) {
        self.wrapped = wrapped
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .head else { return try await wrapped.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        var response = try await wrapped.respond(to: Request(head: head, body: request.body), context: context)
        // The length is the one a GET would have carried; an unknown length (a streamed body) is left out.
        let length = response.body.contentLength
        response.body = ResponseBody()
        if let length { response.headers[.contentLength] = String(length) }
        return response
    }
}
