import Foundation
import Testing
@testable import PeerpolisWeb

/// The SMTP client against a fake server on 127.0.0.1: the dialogue, the message on the wire, AUTH, timeouts.
@Suite struct SMTPClientTests {
    let hub = MailAddress("Peerpolis Hub <hub@peerpolis.test>")!
    let date = Date(timeIntervalSince1970: 1_700_000_000)

    func client(_ server: FakeSMTPServer, username: String? = nil, password: String? = nil) -> SMTPClient {
        SMTPClient(settings: SMTPSettings(host: "127.0.0.1", port: server.port, username: username, password: password, from: hub))
    }

    @Test func aMessageIsDeliveredDotStuffedWithItsHeadersAndAnEncodedSubject() async throws {
        let server = try await FakeSMTPServer.start()
        let subject = "Réunion à Lyon : l’ordre du jour des villes jumelées et des réseaux européens"
        let text = MailFormat.message(from: hub, to: "ana@city.eu", subject: subject,
                                      body: "Grüße aus Köln\n.hidden line\n..two dots\nend", date: date,
                                      messageID: "<outbox.1@peerpolis.test>")

        try await client(server).send(OutgoingMail(from: hub.address, to: "ana@city.eu", text: text))
        let sessions = server.sessions
        try await server.stop()

        #expect(sessions.count == 1)
        #expect(sessions.first?.commands == ["EHLO localhost", "MAIL FROM:<hub@peerpolis.test>", "RCPT TO:<ana@city.eu>", "DATA", "QUIT"])
        let wire = try #require(sessions.first?.data.first)
        let (headerText, body) = try #require(wire.split(separator: "\r\n\r\n", maxSplits: 1).map(String.init).pairs)
        #expect(body == "Gr=C3=BC=C3=9Fe aus K=C3=B6ln\r\n..hidden line\r\n...two dots\r\nend\r\n")
        #expect(headerText.contains("Date: Tue, 14 Nov 2023 22:13:20 +0000\r\n"))
        #expect(headerText.contains("From: \"Peerpolis Hub\" <hub@peerpolis.test>\r\n"))
        #expect(headerText.contains("To: ana@city.eu\r\n"))
        #expect(headerText.contains("Message-ID: <outbox.1@peerpolis.test>\r\n"))
        #expect(headerText.contains("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable"))
        let subjectHeader = try #require(headerText.components(separatedBy: "\r\nMessage-ID").first?
            .components(separatedBy: "Subject: ").last)
        let words = subjectHeader.components(separatedBy: "\r\n ")
        #expect(words.count > 1, "a long subject is split into several encoded words")
        #expect(words.allSatisfy { $0.hasPrefix("=?UTF-8?B?") && $0.hasSuffix("?=") && $0.count <= 75 })
        #expect(words.map(decodeWord).joined() == subject)
    }

    @Test func credentialsAreSentWithAuthPlainWhenOffered() async throws {
        let server = try await FakeSMTPServer.start()

        try await client(server, username: "user", password: "secret").send(mail())
        let commands = server.sessions.first?.commands ?? []
        try await server.stop()

        #expect(commands.prefix(3) == ["EHLO localhost", "AUTH PLAIN AHVzZXIAc2VjcmV0", "MAIL FROM:<hub@peerpolis.test>"])
    }

    @Test func authLoginIsUsedWhenItIsTheOnlyMechanism() async throws {
        let server = try await FakeSMTPServer.start(extensions: ["AUTH LOGIN"])

        try await client(server, username: "user", password: "secret").send(mail())
        let commands = server.sessions.first?.commands ?? []
        try await server.stop()

        #expect(commands.prefix(5) == ["EHLO localhost", "AUTH LOGIN", "dXNlcg==", "c2VjcmV0", "MAIL FROM:<hub@peerpolis.test>"])
    }

    @Test func withoutCredentialsThereIsNoAuth() async throws {
        let server = try await FakeSMTPServer.start()

        try await client(server).send(mail())
        let commands = server.sessions.first?.commands ?? []
        try await server.stop()

        #expect(!commands.contains { $0.hasPrefix("AUTH") })
    }

    @Test func aServerThatNeverAnswersTimesOut() async throws {
        let server = try await FakeSMTPServer.start(greets: false)
        var settings = client(server).settings
        settings.timeout = .milliseconds(300)

        let failure = await #expect(throws: SMTPFailure.self) { try await SMTPClient(settings: settings).send(mail()) }
        try await server.stop()

        #expect(failure?.description == "The server did not answer in time.")
        #expect(failure?.isPermanent == false)
    }

    @Test func aRefusedRecipientIsPermanentAndABusyOneIsNot() async throws {
        let server = try await FakeSMTPServer.start { line in
            guard line.hasPrefix("RCPT") else { return nil }
            return line.contains("gone@") ? "550 5.1.1 No such user" : "451 4.7.1 Greylisted, try again later"
        }

        let gone = await #expect(throws: SMTPFailure.self) { try await client(server).send(mail(to: "gone@city.eu")) }
        let busy = await #expect(throws: SMTPFailure.self) { try await client(server).send(mail(to: "busy@city.eu")) }
        try await server.stop()

        #expect(gone?.description == "RCPT TO: 550 5.1.1 No such user")
        #expect(gone?.isPermanent == true)
        #expect(busy?.code == 451)
        #expect(busy?.isPermanent == false)
    }

    @Test func anAddressThatCouldBendTheCommandIsRefusedWithoutConnecting() async throws {
        let server = try await FakeSMTPServer.start()

        let failure = await #expect(throws: SMTPFailure.self) {
            try await client(server).send(mail(to: "ana@city.eu>\r\nRCPT TO:<other@city.eu"))
        }
        let sessions = server.sessions
        try await server.stop()

        #expect(failure?.isPermanent == true)
        #expect(sessions.isEmpty)
    }

    @Test func startTLSComesBeforeTheCredentialsAndEHLOIsAskedAgain() async throws {
        let server = try await FakeSMTPServer.start(startTLS: true)
        var settings = client(server, username: "user", password: "secret").settings
        settings.security = .startTLS
        settings.trustedCertificatesPEM = TestCertificate.certificatePEM

        try await SMTPClient(settings: settings).send(mail())
        let session = server.sessions.first
        try await server.stop()

        #expect(session?.commands == ["EHLO localhost", "STARTTLS", "EHLO localhost", "AUTH PLAIN AHVzZXIAc2VjcmV0",
                                      "MAIL FROM:<hub@peerpolis.test>", "RCPT TO:<ana@city.eu>", "DATA", "QUIT"])
        #expect(session?.data.count == 1)
    }

    @Test func withoutSTARTTLSOrWithAnUntrustedCertificateThePasswordIsNotSent() async throws {
        let plainServer = try await FakeSMTPServer.start()
        let tlsServer = try await FakeSMTPServer.start(startTLS: true)
        var required = client(plainServer, username: "user", password: "secret").settings
        required.security = .startTLS
        var untrusted = client(tlsServer, username: "user", password: "secret").settings
        untrusted.security = .startTLS

        let notOffered = await #expect(throws: SMTPFailure.self) { try await SMTPClient(settings: required).send(mail()) }
        await #expect(throws: (any Error).self) { try await SMTPClient(settings: untrusted).send(mail()) }
        let commands = (plainServer.sessions + tlsServer.sessions).flatMap(\.commands)
        try await plainServer.stop()
        try await tlsServer.stop()

        #expect(notOffered?.isPermanent == false)
        #expect(notOffered?.description.contains("does not offer STARTTLS") == true)
        #expect(!commands.contains { $0.hasPrefix("AUTH") || $0.hasPrefix("MAIL") })
    }

    @Test func textSlippedInBehindTheSTARTTLSReplyEndsTheConnection() async throws {
        let server = try await FakeSMTPServer.start(startTLS: true) { $0 == "STARTTLS" ? "220 go ahead\r\n250 AUTH PLAIN" : nil }
        var settings = client(server, username: "user", password: "secret").settings
        settings.security = .startTLS
        settings.trustedCertificatesPEM = TestCertificate.certificatePEM

        let failure = await #expect(throws: SMTPFailure.self) { try await SMTPClient(settings: settings).send(mail()) }
        let commands = server.sessions.flatMap(\.commands)
        try await server.stop()

        #expect(failure?.description.contains("sent more text after agreeing to STARTTLS") == true)
        #expect(commands == ["EHLO localhost", "STARTTLS"])
    }

    @Test func smtpsSpeaksTLSFromTheStart() async throws {
        let server = try await FakeSMTPServer.start(implicitTLS: true)
        var settings = client(server).settings
        settings.security = .implicitTLS
        settings.trustedCertificatesPEM = TestCertificate.certificatePEM

        try await SMTPClient(settings: settings).send(mail())
        let session = server.sessions.first
        try await server.stop()

        #expect(session?.commands.first == "EHLO localhost")
        #expect(session?.data.count == 1)
    }

    func mail(to recipient: String = "ana@city.eu") -> OutgoingMail {
        OutgoingMail(from: hub.address, to: recipient,
                     text: MailFormat.message(from: hub, to: recipient, subject: "Hello", body: "Text", date: date, messageID: "<1@peerpolis.test>"))
    }

    func decodeWord(_ word: String) -> String {
        let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
        return Data(base64Encoded: String(base64)).flatMap { String(data: $0, encoding: .utf8) } ?? "?"
    }
}

/// Header values, quoted-printable and dates, without a server.
@Suite struct MailFormatTests {
    @Test func lineBreaksInHeaderValuesCannotStartAHeader() {
        let text = MailFormat.message(from: MailAddress("hub@peerpolis.test")!, to: "ana@city.eu\r\nBcc: eve@evil.test",
                                      subject: "Hi\r\nBcc: eve@evil.test", body: "x", date: Date(timeIntervalSince1970: 0),
                                      messageID: "<1@peerpolis.test>")

        let lines = text.components(separatedBy: "\r\n")

        #expect(!lines.contains { $0.hasPrefix("Bcc:") })
        #expect(lines.contains("Subject: HiBcc: eve@evil.test"))
    }

    @Test func quotedPrintableEncodesEqualsTrailingSpaceAndLongLines() {
        let long = String(repeating: "a", count: 100)

        let encoded = MailFormat.quotedPrintable("1 = 1 ")
        let wrapped = MailFormat.quotedPrintable(long).components(separatedBy: "\r\n")

        #expect(encoded == "1 =3D 1=20")
        #expect(wrapped.count == 2)
        #expect(wrapped.allSatisfy { $0.count <= 76 })
        #expect(wrapped.first?.hasSuffix("=") == true)
        #expect(wrapped.map { $0.hasSuffix("=") ? String($0.dropLast()) : $0 }.joined() == long)
    }

    @Test func plainASCIIBodiesGoAs7bitWithCRLF() {
        let text = MailFormat.message(from: MailAddress("hub@peerpolis.test")!, to: "ana@city.eu", subject: "Hello",
                                      body: "one\ntwo\r\nthree\n", date: Date(timeIntervalSince1970: 0), messageID: "<1@x>")

        #expect(text.contains("Content-Transfer-Encoding: 7bit\r\n\r\none\r\ntwo\r\nthree\r\n"))
        #expect(text.hasPrefix("Date: Thu, 1 Jan 1970 00:00:00 +0000\r\n"))
    }
}

private extension Array where Element == String {
    var pairs: (String, String)? { count == 2 ? (self[0], self[1]) : nil }
}
