/// How a write reached the hub, as its audit-log row records it.
public enum WriteChannel: Sendable, Hashable {
    /// A form of the site, sent with a signed-in session and its CSRF token.
    case form
    /// The JSON API, with the bearer token of this id. Only the id is ever recorded, never the secret; a log
    /// row read after the token went with its account has nil.
    case api(tokenID: Int?)
    /// The `peerpolis` command on the server (the first administrator).
    case commandLine
}
