import Hummingbird

/// Adds `Strict-Transport-Security` when the site is served over https, so browsers never fall back to
/// plain http and send the session cookie in the clear. Off for http sites, where it would do nothing.
struct TransportSecurityMiddleware<Context: RequestContext>: RouterMiddleware {
    let enabled: Bool

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if enabled {
            // One year, the value HSTS preload lists ask for; no includeSubDomains, the hub may share a domain.
            response.headers[.strictTransportSecurity] = "max-age=31536000"
        }
        return response
    }
}
