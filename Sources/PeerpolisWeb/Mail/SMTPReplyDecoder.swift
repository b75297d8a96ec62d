import NIOCore

/// One reply of an SMTP server: its three-digit code and the text of each of its lines.
struct SMTPReply: Sendable, Equatable {
    var code: Int
    var lines: [String]
    /// More bytes had already arrived behind this reply. The client never pipelines, so after the reply to
    /// STARTTLS that is text slipped in before encryption (the STARTTLS injection of CVE-2011-0411's kind).
    var followedByMoreData = false

    var text: String { "\(code) " + lines.joined(separator: " ") }
}

/// Splits what the server sends into replies, joining the lines of a multi-line reply (`250-…`, `250 …`).
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply

    /// RFC 5321 allows 512 octets per reply line; more than this is not an SMTP server.
    static let maximumLine = 4096

    private var lines: [String] = []

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maximumLine { throw SMTPFailure(.session, "The server sent a line longer than \(Self.maximumLine) bytes.") }
            return .needMoreData
        }
        var line = buffer.readString(length: newline - view.startIndex + 1) ?? ""
        // By scalars: "\r\n" is one Character, so `hasSuffix("\n")` would not see it.
        while let last = line.unicodeScalars.last, last == "\n" || last == "\r" { line.unicodeScalars.removeLast() }
        guard line.count >= 3, let code = Int(line.prefix(3)), (200...599).contains(code) else {
            throw SMTPFailure(.session, "The server sent something that is not an SMTP reply: '\(line.prefix(80))'.")
        }
        let rest = line.dropFirst(3)
        lines.append(String(rest.dropFirst()))
        if rest.first == "-" { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: code, lines: lines, followedByMoreData: buffer.readableBytes > 0)))
        lines = []
        return .continue
    }

    mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        return .needMoreData
    }
}

/// Turns a read timeout of `IdleStateHandler` into an error, which ends the wait for the reply and the connection.
final class SMTPReadTimeoutHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let idle = event as? IdleStateHandler.IdleStateEvent, idle == .read {
            context.fireErrorCaught(SMTPFailure(.session, "The server did not answer in time."))
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
