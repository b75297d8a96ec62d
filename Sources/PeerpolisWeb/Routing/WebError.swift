import Hummingbird

/// Errors a handler raises on purpose; the error middleware turns them into pages.
enum WebError: Error, Equatable {
    /// No page at this address (unknown slug).
    case notFound
    /// The request cannot be answered as asked; the message says what was wrong and how to fix it.
    case badRequest(String)
    /// The request is understood but refused (a missing or wrong CSRF token, a role that does not allow it).
    case forbidden(String)
    /// A write by someone not signed in: pages send them to sign in, the API answers 401.
    case signInRequired
    /// An API write whose bearer token is missing, unknown, revoked or no longer backed by a role (401).
    case unauthorized(String)
    /// An API write whose body is not JSON (415).
    case unsupportedMediaType(String)
}

/// Turns errors into responses with the right status: 404 for unknown pages, 400 with the reason for bad
/// input, 500 (logged, details hidden) for anything unexpected. Pages get HTML; `/api/` gets RFC 9457
/// problem details as JSON.
struct ErrorPageMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as WebError {
            switch error {
            case .notFound: return respond(request, status: .notFound, message: nil)
            case .badRequest(let message): return respond(request, status: .badRequest, message: message)
            case .forbidden(let message): return respond(request, status: .forbidden, message: message)
            case .signInRequired:
                if request.uri.path.hasPrefix("/api/") {
                    return respond(request, status: .unauthorized, message: "Sign in, or send an API token, to write.")
                }
                return Response(status: .seeOther, headers: [.location: SiteURL.signIn.path, .cacheControl: "no-store"])
            case .unauthorized(let message):
                var response = respond(request, status: .unauthorized, message: message)
                response.headers[.wwwAuthenticate] = #"Bearer realm="peerpolis""#
                return response
            case .unsupportedMediaType(let message): return respond(request, status: .unsupportedMediaType, message: message)
            }
        } catch let error as HTTPError where error.status == .notFound {
            return respond(request, status: .notFound, message: nil)
        } catch let error as HTTPError where error.status.code < 500 {
            throw error
        } catch {
            context.logger.error("Request failed: \(request.method) \(request.uri.path): \(String(reflecting: error))")
            return respond(request, status: .internalServerError, message: nil)
        }
    }

    private func respond(_ request: Request, status: HTTPResponse.Status, message: String?) -> Response {
        let page = RequestInfo(request).pageContext
        let t = page.catalog
        let (title, text): (String, String) = switch status {
        case .notFound: (t[.errorNotFoundTitle], t[.errorNotFoundText])
        case .badRequest, .unsupportedMediaType, .unprocessableContent: (t[.errorBadRequestTitle], message ?? "")
        case .forbidden, .unauthorized: (t[.errorForbiddenTitle], message ?? "")
        default: (t[.errorServerTitle], t[.errorServerText])
        }
        if request.uri.path.hasPrefix("/api/") {
            return JSONResponse.problem(status: status, title: title, detail: text)
        }
        return HTMLResponse.make(ErrorView.render(title: title, message: text, context: page), status: status,
                                 language: page.language)
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
        if setLanguageCookie { headers[.setCookie] = languageCookie(language) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The cookie that keeps a chosen interface language for a year.
    static func languageCookie(_ language: Language) -> String {
        "lang=\(language.rawValue); Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly"
    }
}
