import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// A message ready for the envelope: who sends, who receives, and the full text (headers and body).
public struct OutgoingMail: Sendable, Equatable {
    public var from: String
    public var to: String
    public var text: String

    public init(from: String, to: String, text: String) {
        self.from = from
        self.to = to
        self.text = text
    }
}

/// Hands one message at a time to an SMTP server over one connection (RFC 5321): greeting, EHLO, STARTTLS
/// and EHLO again as `settings.security` says, AUTH PLAIN or LOGIN when the settings carry credentials,
/// MAIL FROM, RCPT TO, DATA, QUIT. Every wait for the server ends after `settings.timeout`. Throws `SMTPFailure`
/// for what the server said or did, and NIO's errors for a failed TLS handshake.
public struct SMTPClient: Sendable {
    public var settings: SMTPSettings
    let group: any EventLoopGroup

    public init(settings: SMTPSettings, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) {
        self.settings = settings
        self.group = group
    }

    public func send(_ mail: OutgoingMail) async throws {
        // The addresses go into SMTP commands: one with a space, bracket or line break could add its own.
        guard MailAddress.isPlain(mail.to) else { throw SMTPFailure(.message, "'\(mail.to)' is not an address an SMTP server can take.") }
        guard MailAddress.isPlain(mail.from) else { throw SMTPFailure(.message, "'\(mail.from)' is not an address an SMTP server can take.") }
        let tls = settings.security == .plain ? nil : try makeTLSContext()
        let channel = try await connect(tls: settings.security == .implicitTLS ? tls : nil)
        try await channel.executeThenClose { inbound, outbound in
            var replies = inbound.makeAsyncIterator()
            let conversation = Conversation(settings: settings)
            func command(_ line: String?, _ step: String, _ scope: SMTPFailure.Scope, expect: ClosedRange<Int>) async throws -> SMTPReply {
                if let line { try await outbound.write(ByteBuffer(string: line.hasSuffix("\r\n") ? line : line + "\r\n")) }
                guard let reply = try await replies.next() else {
                    throw SMTPFailure(.session, "The server closed the connection during \(step).")
                }
                guard expect.contains(reply.code) else {
                    throw SMTPFailure(scope, "\(step): \(reply.text)", code: reply.code)
                }
                return reply
            }
            _ = try await command(nil, "the greeting", .session, expect: 220...220)
            var ehlo = try await command("EHLO \(settings.heloName)", "EHLO", .session, expect: 250...250)
            let offersStartTLS = ehlo.lines.dropFirst().contains { $0.uppercased() == "STARTTLS" }
            if let tls, settings.security == .startTLS || (settings.security == .startTLSIfOffered && offersStartTLS) {
                guard offersStartTLS else {
                    throw SMTPFailure(.session, "\(settings.host) does not offer STARTTLS, and the password in SMTP_URL must not be sent in clear.")
                }
                let ready = try await command("STARTTLS", "STARTTLS", .session, expect: 220...220)
                guard !ready.followedByMoreData else {
                    throw SMTPFailure(.session, "\(settings.host) sent more text after agreeing to STARTTLS; the connection may be tampered with.")
                }
                try await startTLS(on: channel.channel, context: tls)
                // What the server said before TLS may have been forged on the way; ask again (RFC 3207 4.2).
                ehlo = try await command("EHLO \(settings.heloName)", "EHLO", .session, expect: 250...250)
            }
            if let username = settings.username {
                for (line, expect) in try conversation.authentication(username: username, password: settings.password ?? "",
                                                                      offered: ehlo.lines.dropFirst()) {
                    _ = try await command(line, "AUTH", .session, expect: expect)
                }
            }
            _ = try await command("MAIL FROM:<\(mail.from)>", "MAIL FROM", .message, expect: 250...250)
            _ = try await command("RCPT TO:<\(mail.to)>", "RCPT TO", .message, expect: 250...251)
            _ = try await command("DATA", "DATA", .message, expect: 354...354)
            _ = try await command(MailFormat.dotStuffed(mail.text), "the message", .message, expect: 250...250)
            // The message is accepted; whatever QUIT gets back changes nothing.
            _ = try? await command("QUIT", "QUIT", .session, expect: 200...599)
        }
    }

    private func makeTLSContext() throws -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let pem = settings.trustedCertificatesPEM {
            configuration.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(Array(pem.utf8)))
        }
        return try NIOSSLContext(configuration: configuration)
    }

    /// The name the certificate must carry; an IP address is checked against the certificate's addresses instead.
    private var serverHostname: String? {
        let isAddress = settings.host.contains(":") || settings.host.split(separator: ".").allSatisfy { UInt8($0) != nil }
        return isAddress ? nil : settings.host
    }

    /// Puts TLS under everything else on a connection whose server has just said 220 to STARTTLS.
    private func startTLS(on channel: any Channel, context: NIOSSLContext) async throws {
        let hostname = serverHostname
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: hostname),
                                                           position: .first)
        }.get()
    }

    private func connect(tls: NIOSSLContext?) async throws -> NIOAsyncChannel<SMTPReply, ByteBuffer> {
        let timeout = TimeAmount.nanoseconds(Int64(settings.timeout.components.seconds) * 1_000_000_000
                                             + settings.timeout.components.attoseconds / 1_000_000_000)
        let hostname = serverHostname
        do {
            return try await ClientBootstrap(group: group)
                .connectTimeout(timeout)
                .connect(host: settings.host, port: settings.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let handlers = channel.pipeline.syncOperations
                        if let tls { try handlers.addHandler(NIOSSLClientHandler(context: tls, serverHostname: hostname)) }
                        try handlers.addHandler(IdleStateHandler(readTimeout: timeout))
                        try handlers.addHandler(SMTPReadTimeoutHandler())
                        try handlers.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                        return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            throw SMTPFailure(.session, "Could not connect to \(settings.host):\(settings.port): \(error).")
        }
    }
}

/// The parts of the dialogue that are pure text, kept apart so they read (and test) without a socket.
struct Conversation: Sendable {
    let settings: SMTPSettings

    /// The AUTH exchange as (line to send, replies that let it go on): PLAIN when the server offers it, else
    /// LOGIN. `offered` are the EHLO reply's lines after the first (`AUTH PLAIN LOGIN`, `8BITMIME`, …).
    func authentication(username: String, password: String, offered: ArraySlice<String>) throws -> [(String, ClosedRange<Int>)] {
        let mechanisms = Set(offered.filter { $0.uppercased().hasPrefix("AUTH") }
            .flatMap { $0.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).dropFirst().map(String.init) })
        func base64(_ text: String) -> String { Data(text.utf8).base64EncodedString() }
        if mechanisms.contains("PLAIN") {
            return [("AUTH PLAIN " + base64("\0\(username)\0\(password)"), 235...235)]
        }
        if mechanisms.contains("LOGIN") {
            return [("AUTH LOGIN", 334...334), (base64(username), 334...334), (base64(password), 235...235)]
        }
        throw SMTPFailure(.session, "SMTP_URL has credentials, but \(settings.host) offers neither AUTH PLAIN nor AUTH LOGIN.")
    }
}
