/// Why a message could not be handed to the SMTP server, and whether trying again later can help.
public struct SMTPFailure: Error, CustomStringConvertible, Sendable {
    /// What the failure concerns. Session failures (no connection, a timeout, a refused greeting, EHLO or
    /// sign-in) would hit every message alike and are fixed by the operator, so they are always retried;
    /// a 5xx reply about this message (its sender, recipient or content) is final.
    public enum Scope: Sendable {
        case session
        case message
    }

    public var scope: Scope
    public var description: String
    /// The server's reply code, when the failure is one.
    public var code: Int?

    public init(_ scope: Scope, _ description: String, code: Int? = nil) {
        self.scope = scope
        self.description = description
        self.code = code
    }

    /// True when no later attempt can succeed: the server refused the message itself with a 5xx reply, or
    /// the message cannot be written as SMTP at all.
    public var isPermanent: Bool {
        scope == .message && (code.map { (500...599).contains($0) } ?? true)
    }
}
