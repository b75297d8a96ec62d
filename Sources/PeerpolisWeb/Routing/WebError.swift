import Hummingbird

/// Errors a handler raises on purpose; the error middleware turns them into pages.
enum WebError: Error, Equatable {
    /// No page at this address (unknown slug).
    case notFound
    /// The request cannot be answered as asked; the message says what was wrong and how to fix it.
    case badRequest(String)
}

/// Turns errors into HTML pages with the right status: 404 for unknown pages, 400 with the reason for bad
/// input, 500 (logged, details hidden) for anything unexpected.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            let page = RequestInfo(request).pageContext
            switch error {
            case .notFound:
                return notFound(page)
            case .badRequest(let message):
                let html = ErrorView.render(title: page.catalog[.errorBadRequestTitle], message: message, context: page)
                return HTMLResponse.make(html, status: .badRequest, language: page.language)
            }
        } catch let error as HTTPError where error.status == .notFound {
            return notFound(RequestInfo(request).pageContext)
        } catch let error as HTTPError where error.status.code < 500 {
            throw error
        } catch {
            context.logger.error("Request failed: \(request.method) \(request.uri.path): \(String(reflecting: error))")
            let page = RequestInfo(request).pageContext
            let html = ErrorView.render(title: page.catalog[.errorServerTitle], message: page.catalog[.errorServerText],
                                        context: page)
            return HTMLResponse.make(html, status: .internalServerError, language: page.language)
        }
    }

    private func notFound(_ page: PageContext) -> Response {
        let html = ErrorView.render(title: page.catalog[.errorNotFoundTitle], message: page.catalog[.errorNotFoundText],
                                    context: page)
        return HTMLResponse.make(html, status: .notFound, language: page.language)
    }
}

enum HTMLResponse {
    static func make(_ html: String, status: HTTPResponse.Status = .ok, language: Language,
                     setLanguageCookie: Bool = false) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .contentLanguage: language.rawValue,
            .init("X-Content-Type-Options")!: "nosniff",
            .init("Referrer-Policy")!: "strict-origin-when-cross-origin",
            // No script at all; inline styles only from our own stylesheet.
            .init("Content-Security-Policy")!: "default-src 'self'; script-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
            .vary: "Accept-Language, Cookie",
        ]
        if setLanguageCookie {
            headers[.setCookie] = "lang=\(language.rawValue); Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"
        }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
