import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// The account pages: sign-up, sign-in, sign-out and the password reset by one-time link.
struct AccountController: Sendable {
    let accounts: AccountService
    var settings: AuthSettings { accounts.settings }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/sign-in") { request, context in
            show(request, context) { t, csrf in AccountForms.signIn(t, csrf: csrf) }
        }
        router.post("/sign-in") { request, context in try await signIn(request, context) }
        router.get("/sign-up") { request, context in
            show(request, context) { t, csrf in AccountForms.signUp(t, csrf: csrf) }
        }
        router.post("/sign-up") { request, context in try await signUp(request, context) }
        router.post("/sign-out") { request, context in
            _ = try await checkedForm(request, context)
            if let hash = context.sessionIDHash { try await accounts.signOut(sessionIDHash: hash) }
            var response = redirect(to: .home)
            response.setCookie(AccountCookie.expired(AccountCookie.session, secure: settings.secureCookies))
            return response
        }
        router.get("/password/forgot") { request, context in
            show(request, context) { t, csrf in AccountForms.forgot(t, csrf: csrf) }
        }
        router.post("/password/forgot") { request, context in try await forgot(request, context) }
        router.get("/password/reset") { request, context in
            let token = request.info.query["token"] ?? ""
            let valid = try await accounts.resetUser(token) != nil
            return show(request, context, status: valid ? .ok : .badRequest) { t, csrf in
                valid ? AccountForms.reset(t, csrf: csrf, token: token)
                    : AccountForms.forgot(t, csrf: csrf, notice: t[.accountResetInvalid], noticeIsError: true)
            }
        }
        router.post("/password/reset") { request, context in try await reset(request, context) }
    }

    func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await checkedForm(request, context)
        let email = form.text("email")
        let outcome = try await accounts.signIn(email: email, password: form.raw("password"), from: context.remoteAddress)
        let t = request.info.catalog
        if case .signedIn(let user) = outcome { return try await signedIn(user) }
        let (status, notice): (HTTPResponse.Status, String) = switch outcome {
        case .signedIn: (.ok, "")
        case .wrongCredentials: (.unauthorized, t[.accountWrongCredentials])
        case .locked(let until): (.tooManyRequests, t.format(.accountLocked, Self.minute(until)))
        case .tooManyAttempts: (.tooManyRequests, t[.accountTooManyAttempts])
        }
        return show(request, context, status: status) { t, csrf in AccountForms.signIn(t, csrf: csrf, email: email, notice: notice) }
    }

    func signUp(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await checkedForm(request, context)
        let (email, name, password) = (form.text("email"), form.text("name"), form.raw("password"))
        let t = request.info.catalog
        var errors = AccountForms.signUpErrors(email: email, name: name, password: password, t)
        if errors.isEmpty {
            do {
                return try await signedIn(try await accounts.signUp(email: email, displayName: name, password: password,
                                                                    language: request.info.language))
            } catch is EmailTakenError {
                errors["email"] = t[.accountEmailTaken]
            }
        }
        return show(request, context, status: .badRequest) { t, csrf in
            AccountForms.signUp(t, csrf: csrf, email: email, name: name, errors: errors)
        }
    }

    func forgot(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await checkedForm(request, context)
        let email = form.text("email")
        guard User.isPlausibleEmail(email) else {
            return show(request, context, status: .badRequest) { t, csrf in
                AccountForms.forgot(t, csrf: csrf, email: email, error: t[.accountEmailInvalid])
            }
        }
        try await accounts.requestReset(email: email)
        return show(request, context) { t, csrf in
            var model = AccountForms.forgot(t, csrf: csrf, email: email, notice: t[.accountResetSent])
            model.showsForm = false
            return model
        }
    }

    func reset(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = try await checkedForm(request, context)
        let (token, password) = (form.raw("token"), form.raw("password"))
        let t = request.info.catalog
        guard let user = try await accounts.resetUser(token) else {
            return show(request, context, status: .badRequest) { t, csrf in
                AccountForms.forgot(t, csrf: csrf, notice: t[.accountResetInvalid], noticeIsError: true)
            }
        }
        if let violation = PasswordPolicy.check(password, email: user.email) {
            return show(request, context, status: .badRequest) { t, csrf in
                AccountForms.reset(t, csrf: csrf, token: token, error: AccountForms.message(violation, t))
            }
        }
        guard try await accounts.completeReset(token: token, password: password) else {
            // Used by a concurrent submission between the check above and this one.
            return show(request, context, status: .badRequest) { t, csrf in
                AccountForms.forgot(t, csrf: csrf, notice: t[.accountResetInvalid], noticeIsError: true)
            }
        }
        return show(request, context) { t, csrf in
            var model = AccountForms.signIn(t, csrf: csrf, email: user.email)
            (model.notice, model.noticeIsError) = (t[.accountResetDone], false)
            return model
        }
    }

    // MARK: - Helpers

    /// Reads a form and refuses it (403) without the right CSRF token.
    func checkedForm(_ request: Request, _ context: AppRequestContext) async throws -> FormBody {
        let form = try await FormBody.read(request)
        try CSRF.check(form, request: request, context: context, settings: settings)
        return form
    }

    func signedIn(_ user: User) async throws -> Response {
        let id = try await accounts.startSession(for: user)
        var response = redirect(to: .home)
        response.setCookie(AccountCookie.make(AccountCookie.session, value: id, maxAge: Int(settings.sessionLifetime),
                                              secure: settings.secureCookies))
        return response
    }

    /// Renders a form page; forms are personal, so they are never stored by caches.
    func show(_ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok,
              _ build: (Catalog, String) -> FormPageModel) -> Response {
        let info = request.info
        let (token, cookie) = CSRF.token(request, context: context, settings: settings)
        var response = HTMLResponse.make(FormView.render(build(info.catalog, token), context: info.pageContext),
                                         status: status, language: info.language)
        response.headers[.cacheControl] = "no-store"
        if let cookie { response.setCookie(cookie) }
        return response
    }

    func redirect(to url: SiteURL) -> Response {
        Response(status: .seeOther, headers: [.location: url.path, .cacheControl: "no-store"])
    }

    /// `2026-11-23 14:05`, the lock's end to the minute, in UTC.
    static func minute(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return String(formatter.string(from: date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }
}
