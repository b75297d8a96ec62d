import Foundation

/// An e-mail address with an optional display name, as in `Peerpolis <hub@example.org>`.
public struct MailAddress: Sendable, Equatable {
    public var address: String
    public var displayName: String?

    /// Reads `addr@host` or `Name <addr@host>`; nil when it is not a plain address (no spaces, controls or
    /// angle brackets in it, one `@` with text either side), so nothing odd reaches an SMTP command.
    public init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix(">"), let open = text.lastIndex(of: "<") {
            let name = text[..<open].trimmingCharacters(in: .whitespaces)
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            address = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
            displayName = name.isEmpty ? nil : MailFormat.headerSafe(name)
        } else {
            address = text
            displayName = nil
        }
        guard Self.isPlain(address) else { return nil }
    }

    /// One `@` with text either side, and nothing that could end or bend an SMTP command.
    public static func isPlain(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && address.utf8.count <= 254
            && address.unicodeScalars.allSatisfy { $0.value > 32 && $0.value != 127 && !"<>()[],;:\\\"".unicodeScalars.contains($0) }
    }

    /// The part after `@`, used for Message-IDs.
    public var domain: String { String(address.split(separator: "@").last ?? "localhost") }
}

/// Where and how mail leaves: `SMTP_URL`, `MAIL_FROM` and `SMTP_ALLOW_PLAINTEXT`.
///
/// `smtps://` is TLS from the first byte (port 465 by default). `smtp://` to another machine upgrades with
/// STARTTLS when the server offers it, and insists on it when the URL carries a password, so a password never
/// crosses the network in clear unless `SMTP_ALLOW_PLAINTEXT=1` says the network is trusted. `smtp://` to this
/// machine (a local relay) stays plain. Certificates are checked against the system's trust roots and the host name.
public struct SMTPSettings: Sendable, Equatable {
    public enum Security: Sendable, Equatable {
        /// No TLS: a relay on this machine.
        case plain
        /// STARTTLS when the server offers it, plain otherwise.
        case startTLSIfOffered
        /// STARTTLS or no message: the server must offer it.
        case startTLS
        /// TLS from the start (`smtps://`).
        case implicitTLS
    }

    public var host: String
    public var port: Int
    public var username: String?
    public var password: String?
    public var from: MailAddress
    public var security: Security
    /// The name this hub gives in EHLO.
    public var heloName: String
    /// The longest wait for a connection or for any one reply of the server.
    public var timeout: Duration = .seconds(30)
    /// Certificates (PEM) to trust instead of the system's roots; for tests and private relays.
    public var trustedCertificatesPEM: String?

    public init(host: String, port: Int, username: String? = nil, password: String? = nil, from: MailAddress,
                security: Security = .plain, heloName: String = "localhost") {
        self.host = host
        self.port = port
        self.username = username
        self.password = password
        self.from = from
        self.security = security
        self.heloName = heloName
    }

    /// Reads `smtp://[user:password@]host[:port]` (port 25 by default) or `smtps://…` (port 465).
    public init(url text: String, from fromText: String?, allowPlaintext: Bool, heloName: String = "localhost") throws {
        guard let url = URLComponents(string: text), let scheme = url.scheme?.lowercased() else {
            throw ConfigError("SMTP_URL must look like smtp://host:25 or smtp://user:password@host:587; it was '\(text)'.")
        }
        guard scheme == "smtp" || scheme == "smtps" else {
            throw ConfigError("SMTP_URL must start with smtp:// (STARTTLS when offered) or smtps:// (TLS from the start); it was '\(text)'.")
        }
        let host = (url.host ?? "").trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        guard !host.isEmpty else { throw ConfigError("SMTP_URL names no host; write it as smtp://host:25.") }
        guard let fromText, !fromText.isEmpty else {
            throw ConfigError("MAIL_FROM must be set when SMTP_URL is: the address mail comes from, e.g. 'Peerpolis <hub@example.org>'.")
        }
        guard let from = MailAddress(fromText) else {
            throw ConfigError("MAIL_FROM must be an address such as hub@example.org or 'Peerpolis <hub@example.org>'; it was '\(fromText)'.")
        }
        let username = url.user.flatMap { $0.isEmpty ? nil : $0 }
        let security: Security
        if scheme == "smtps" {
            security = .implicitTLS
        } else if Self.isLoopback(host) {
            security = .plain
        } else {
            // A password must not go out in clear: without the explicit setting, no STARTTLS means no mail.
            security = username != nil && !allowPlaintext ? .startTLS : .startTLSIfOffered
        }
        self.init(host: host, port: url.port ?? (scheme == "smtps" ? 465 : 25), username: username,
                  password: username == nil ? nil : url.password ?? "", from: from, security: security, heloName: heloName)
    }

    /// This machine: a relay here is spoken to in clear, credentials and all.
    public static func isLoopback(_ host: String) -> Bool {
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        // A literal 127.x.y.z only: a name such as 127.example.org may resolve anywhere.
        let isIPv4Loopback = octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
        return host == "localhost" || host == "::1" || isIPv4Loopback
    }
}
