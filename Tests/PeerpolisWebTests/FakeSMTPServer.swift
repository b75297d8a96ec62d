import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// A tiny SMTP server on 127.0.0.1 and an ephemeral port, for tests: it answers like a permissive relay,
/// lets a test replace any reply, and records each connection's commands and raw DATA (still dot-stuffed).
final class FakeSMTPServer: Sendable {
    struct Session: Sendable {
        var commands: [String] = []
        var data: [String] = []
    }

    /// Given a command line (or "." for the end of DATA), a reply to give instead of the usual one.
    typealias Script = @Sendable (String) -> String?

    let port: Int
    private let channel: any Channel
    private let log: SessionLog

    var sessions: [Session] { log.sessions.withLock { $0 } }

    private init(channel: any Channel, log: SessionLog) {
        self.channel = channel
        self.port = channel.localAddress?.port ?? 0
        self.log = log
    }

    /// `greets: false` makes a server that accepts connections and never says a word; `startTLS: true` one
    /// that offers STARTTLS with `TestCertificate`; `implicitTLS: true` one that speaks TLS from the start.
    static func start(extensions: [String] = ["8BITMIME", "AUTH PLAIN LOGIN"], greets: Bool = true,
                      startTLS: Bool = false, implicitTLS: Bool = false,
                      script: @escaping Script = { _ in nil }) async throws -> FakeSMTPServer {
        let log = SessionLog()
        let tls = startTLS || implicitTLS ? try TestCertificate.serverContext() : nil
        let extensions = startTLS ? extensions + ["STARTTLS"] : extensions
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS, let tls { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls)) }
                    try channel.pipeline.syncOperations.addHandler(
                        FakeSMTPHandler(log: log, extensions: extensions, greets: greets, tls: startTLS ? tls : nil, script: script))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return FakeSMTPServer(channel: channel, log: log)
    }

    func stop() async throws {
        try await channel.close()
    }
}

/// What every connection said, shared by the handlers and the server.
private final class SessionLog: Sendable {
    let sessions = Mutex<[FakeSMTPServer.Session]>([])

    /// Changes session `index`, or a new one when it is nil; returns its index.
    func record(_ index: Int?, _ change: (inout FakeSMTPServer.Session) -> Void) -> Int {
        sessions.withLock { sessions in
            let index = index ?? { sessions.append(FakeSMTPServer.Session()); return sessions.count - 1 }()
            change(&sessions[index])
            return index
        }
    }
}

private final class FakeSMTPHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let log: SessionLog
    let extensions: [String]
    let greets: Bool
    let tls: NIOSSLContext?
    let script: FakeSMTPServer.Script
    var session: Int?
    var pending = ""
    var inData = false
    var dataLines: [String] = []
    var loginStep = 0

    init(log: SessionLog, extensions: [String], greets: Bool, tls: NIOSSLContext?, script: @escaping FakeSMTPServer.Script) {
        self.log = log
        self.extensions = extensions
        self.greets = greets
        self.tls = tls
        self.script = script
    }

    func channelActive(context: ChannelHandlerContext) {
        session = log.record(nil) { _ in }
        if greets { reply("220 fake.test ESMTP ready", context) }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var buffer = unwrapInboundIn(data)
        pending += buffer.readString(length: buffer.readableBytes) ?? ""
        while let end = pending.range(of: "\r\n") {
            let line = String(pending[..<end.lowerBound])
            pending.removeSubrange(..<end.upperBound)
            handle(line, context)
        }
    }

    private func handle(_ line: String, _ context: ChannelHandlerContext) {
        if inData {
            guard line == "." else { dataLines.append(line); return }
            inData = false
            let text = dataLines.joined(separator: "\r\n") + "\r\n"
            dataLines = []
            session = log.record(session) { $0.data.append(text) }
            reply(script(".") ?? "250 2.0.0 queued", context)
            return
        }
        session = log.record(session) { $0.commands.append(line) }
        if let scripted = script(line) { reply(scripted, context); return }
        if loginStep > 0 {
            loginStep = loginStep == 1 ? 2 : 0
            reply(loginStep == 2 ? "334 UGFzc3dvcmQ6" : "235 2.7.0 accepted", context)
            return
        }
        let verb = line.split(separator: " ").first.map { $0.uppercased() } ?? ""
        switch verb {
        case "EHLO":
            let lines = ["fake.test"] + extensions
            reply(lines.enumerated().map { "250\($0.offset == lines.count - 1 ? " " : "-")\($0.element)" }
                .joined(separator: "\r\n"), context)
        case "AUTH" where line.uppercased() == "AUTH LOGIN":
            loginStep = 1
            reply("334 VXNlcm5hbWU6", context)
        case "AUTH": reply("235 2.7.0 accepted", context)
        case "STARTTLS" where tls != nil:
            reply("220 2.0.0 ready for TLS", context)
            // The reply above has left in clear; everything after it is encrypted.
            try? context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tls!), position: .first)
        case "DATA":
            inData = true
            reply("354 end with a dot", context)
        case "QUIT":
            reply("221 bye", context)
            context.close(promise: nil)
        default: reply("250 OK", context)
        }
    }

    private func reply(_ text: String, _ context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
    }
}
