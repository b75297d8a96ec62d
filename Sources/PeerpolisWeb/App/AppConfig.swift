import Foundation
import PeerpolisStorage

/// Every setting of the hub. Each key is the environment variable that sets it; the defaults run a
/// development hub on this machine with the embedded database.
public struct AppConfig: Sendable, Equatable {
    /// `HOSTNAME` is taken by most shells for the machine's name, so the bind address is `PEERPOLIS_HOST`.
    public var hostname: String = "127.0.0.1"
    /// `PORT`
    public var port: Int = 8080
    /// `DATABASE_PATH`: the SQLite file used when `DATABASE_URL` is not set.
    public var databasePath: String = "./peerpolis.sqlite"
    /// `DATABASE_URL`: `postgres://user:password@host:port/database` switches to PostgreSQL.
    public var databaseURL: String?
    /// `SEED_PLACES`: `all` (about 34,000 places) or `referenced` (only those the seed content names).
    public var seedAllPlaces: Bool = true
    /// `PUBLIC_URL`: the address people reach the hub at (`https://peerpolis.example.org`), written into feeds,
    /// calendars, sitemaps and linked data; unset means `http://HOST:PORT`.
    public var publicURL: String?

    /// `BCRYPT_COST`: Bcrypt's work factor for passwords, 4 to 31; each step doubles the time of a sign-in.
    public var bcryptCost: Int = 12
    /// `SECRET_KEY`: signs anonymous forms' CSRF cookies; set the same long random value on every instance
    /// of a site. Unset means a random key per process.
    public var secretKey: String?
    /// `SIGN_IN_RATE_LIMIT`: sign-in attempts per client address per 15 minutes, per instance; 0 is no limit.
    public var signInRateLimit: Int = 30

    /// `SMTP_URL` (`smtp://[user:password@]host[:port]`), `MAIL_FROM` and `SMTP_ALLOW_PLAINTEXT=1`: where mail
    /// leaves. Unset means mail stays in the outbox, which `peerpolis outbox` lists.
    public var smtp: SMTPSettings?

    /// The account settings these values give; cookies are Secure when the public address is https.
    public var authSettings: AuthSettings {
        var settings = AuthSettings(bcryptCost: UInt8(bcryptCost), secretKey: secretKey,
                                    secureCookies: resolvedPublicURL.hasPrefix("https://"))
        settings.signInAttemptsPerAddress = signInRateLimit
        return settings
    }

    /// The public address, or the listening address when none is set.
    public var resolvedPublicURL: String { publicURL ?? "http://\(hostname):\(port)" }

    public init() {}

    /// Reads the settings from an environment, keeping defaults for what is missing.
    public init(environment: [String: String]) throws {
        if let host = environment["PEERPOLIS_HOST"], !host.isEmpty { hostname = host }
        if let text = environment["PORT"], !text.isEmpty {
            guard let value = Int(text), (1...65535).contains(value) else {
                throw ConfigError("PORT must be a number from 1 to 65535, not '\(text)'.")
            }
            port = value
        }
        if let path = environment["DATABASE_PATH"], !path.isEmpty { databasePath = path }
        if let url = environment["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw ConfigError("DATABASE_URL must start with postgres:// (only PostgreSQL is supported); it was '\(url)'.")
            }
            databaseURL = url
        }
        if let url = environment["PUBLIC_URL"], !url.isEmpty {
            guard url.hasPrefix("http://") || url.hasPrefix("https://") else {
                throw ConfigError("PUBLIC_URL must start with http:// or https://; it was '\(url)'.")
            }
            publicURL = url
        }
        if let text = environment["BCRYPT_COST"], !text.isEmpty {
            guard let cost = Int(text), (4...31).contains(cost) else {
                throw ConfigError("BCRYPT_COST must be a whole number from 4 to 31 (12 is a good default), not '\(text)'.")
            }
            bcryptCost = cost
        }
        if let text = environment["SIGN_IN_RATE_LIMIT"], !text.isEmpty {
            guard let limit = Int(text), limit >= 0 else {
                throw ConfigError("SIGN_IN_RATE_LIMIT must be a whole number of attempts (0 for no limit), not '\(text)'.")
            }
            signInRateLimit = limit
        }
        if let key = environment["SECRET_KEY"], !key.isEmpty {
            guard key.count >= 32 else {
                throw ConfigError("SECRET_KEY must have at least 32 characters; generate one with `openssl rand -hex 32`.")
            }
            secretKey = key
        }
        if let url = environment["SMTP_URL"], !url.isEmpty {
            let helo = publicURL.flatMap { URLComponents(string: $0)?.host } ?? "localhost"
            smtp = try SMTPSettings(url: url, from: environment["MAIL_FROM"],
                                    allowPlaintext: environment["SMTP_ALLOW_PLAINTEXT"] == "1", heloName: helo)
        }
        if let scope = environment["SEED_PLACES"], !scope.isEmpty {
            guard scope == "all" || scope == "referenced" else {
                throw ConfigError("SEED_PLACES must be 'all' or 'referenced', not '\(scope)'.")
            }
            seedAllPlaces = scope == "all"
        }
    }

    public var databaseLocation: DatabaseLocation {
        if let databaseURL { return .postgres(url: databaseURL) }
        return .sqlite(path: databasePath)
    }
}

public struct ConfigError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
