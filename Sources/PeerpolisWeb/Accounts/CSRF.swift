import Hummingbird

/// Cross-site request forgery protection for every POST form.
///
/// A signed-in visitor's forms carry the session's token, stored with the session. An anonymous visitor
/// (sign-in, sign-up, reset) has no session yet, so its forms carry a random nonce that must equal the one
/// in the `peerpolis_csrf` cookie (double submit); the cookie is HMAC-signed so a value planted by a
/// sibling subdomain does not pass.
enum CSRF {
    static let field = "_csrf"

    /// The token to put in this request's forms, and a cookie to set when the visitor needs a new nonce.
    static func token(_ request: Request, context: AppRequestContext, settings: AuthSettings) -> (token: String, cookie: Cookie?) {
        if let session = context.session { return (session.csrfToken, nil) }
        if let existing = request.cookie(AccountCookie.csrf), let nonce = SecretTokens.verified(existing, key: settings.signingKey) {
            return (nonce, nil)
        }
        let nonce = SecretTokens.random()
        let cookie = AccountCookie.make(AccountCookie.csrf, value: SecretTokens.signed(nonce, key: settings.signingKey),
                                        maxAge: nil, secure: settings.secureCookies)
        return (nonce, cookie)
    }

    /// Refuses the submission with 403 unless it carries the right token.
    static func check(_ form: FormBody, request: Request, context: AppRequestContext, settings: AuthSettings) throws {
        let sent = form.raw(field)
        let expected: String?
        if let session = context.session {
            expected = session.csrfToken
        } else {
            expected = request.cookie(AccountCookie.csrf).flatMap { SecretTokens.verified($0, key: settings.signingKey) }
        }
        guard let expected, !sent.isEmpty, SecretTokens.constantTimeEqual(sent, expected) else {
            throw WebError.forbidden(
                "This form could not be accepted because its security token was missing or out of date. Go back, reload the page and submit it again.")
        }
    }
}
