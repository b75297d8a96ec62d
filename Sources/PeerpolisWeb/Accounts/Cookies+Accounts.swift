import Foundation
import Hummingbird

/// The hub's own cookies: the session, and the signed nonce behind anonymous forms' CSRF tokens.
enum AccountCookie {
    static let session = "peerpolis_session"
    static let csrf = "peerpolis_csrf"

    /// HttpOnly and SameSite=Lax always; Secure when the site is served over https.
    static func make(_ name: String, value: String, maxAge: Int?, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// A cookie that makes the browser forget `name` at once.
    static func expired(_ name: String, secure: Bool) -> Cookie {
        make(name, value: "", maxAge: 0, secure: secure)
    }
}

extension Request {
    /// The first value of a cookie, or nil.
    func cookie(_ name: String) -> String? {
        cookies[name]?.value
    }
}
