import Foundation

/// Writes an outbox message as an Internet message (RFC 5322 with MIME): CRLF line endings, headers that
/// cannot be split by what users typed, non-ASCII subjects as RFC 2047 encoded words, and a UTF-8 body sent
/// as 7bit when it is plain ASCII and as quoted-printable otherwise (which every server accepts, unlike 8bit
/// to one that does not announce 8BITMIME).
public enum MailFormat {
    /// The message's text, lines ending in CRLF, not yet dot-stuffed.
    public static func message(from: MailAddress, to recipient: String, subject: String, body: String, date: Date,
                               messageID: String) -> String {
        let text = normalizedLines(body)
        let plain = text.allSatisfy { line in line.utf8.count <= 998 && line.unicodeScalars.allSatisfy(\.isASCII) }
        var headers = [
            "Date: \(rfc5322Date(date))",
            "From: \(mailbox(from))",
            "To: \(headerSafe(recipient))",
            "Subject: \(encodedHeader(headerSafe(subject)))",
            "Message-ID: \(messageID)",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
        ]
        headers.append("Content-Transfer-Encoding: \(plain ? "7bit" : "quoted-printable")")
        let bodyLines = plain ? text : text.map(quotedPrintable)
        return headers.joined(separator: "\r\n") + "\r\n\r\n" + bodyLines.joined(separator: "\r\n") + "\r\n"
    }

    /// What goes after DATA: every line that starts with a dot gets a second one (RFC 5321 4.5.2), then the
    /// lone dot that ends the message.
    public static func dotStuffed(_ message: String) -> String {
        var lines = message.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n") + "\r\n.\r\n"
    }

    /// A header value with every control character (CR and LF above all) and line separator removed, so
    /// text from a form cannot start a header of its own.
    public static func headerSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            !(scalar.value < 32 || scalar.value == 127 || (0x80...0x9F).contains(scalar.value)
              || scalar.value == 0x2028 || scalar.value == 0x2029)
        }))
    }

    /// ASCII text as it is (folded at spaces to keep lines short); anything else as RFC 2047 encoded words
    /// of at most 75 characters, split between characters, never inside one.
    public static func encodedHeader(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy(\.isASCII) else { return foldedASCII(text) }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // 45 bytes are 60 base64 characters: with "=?UTF-8?B?" and "?=" a word of 72.
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(encodedWord(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?\(Data(bytes).base64EncodedString())?="
    }

    private static func foldedASCII(_ text: String) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if line.count + word.count + 1 > 70, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = line.isEmpty && lines.isEmpty ? String(word) : line + " " + word
            }
        }
        lines.append(line)
        // The fold is a CRLF before a space that stays part of the value (RFC 5322 2.2.3).
        return lines.joined(separator: "\r\n ")
    }

    /// `Name <address>`, the name quoted, or encoded when it is not ASCII.
    static func mailbox(_ address: MailAddress) -> String {
        guard let name = address.displayName, !name.isEmpty else { return address.address }
        if name.unicodeScalars.allSatisfy(\.isASCII) {
            let quoted = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            return "\"\(quoted)\" <\(address.address)>"
        }
        return "\(encodedHeader(name)) <\(address.address)>"
    }

    /// The body's lines, whatever line endings it came with.
    static func normalizedLines(_ text: String) -> [String] {
        var lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .components(separatedBy: "\n")
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// One line of quoted-printable (RFC 2045 6.7): soft breaks keep each encoded line within 76 characters,
    /// and a space or tab at the end of the line is encoded so no relay can strip it.
    static func quotedPrintable(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var output = ""
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token: String
            if (33...126).contains(byte), byte != UInt8(ascii: "=") {
                token = String(UnicodeScalar(byte))
            } else if (byte == 32 || byte == 9), !isLast {
                token = String(UnicodeScalar(byte))
            } else {
                token = "=" + String(format: "%02X", byte)
            }
            if current.count + token.count > 75 {
                output += current + "=\r\n"
                current = ""
            }
            current += token
        }
        return output + current
    }

    /// `Mon, 23 Nov 2026 03:38:45 +0000`, in UTC and in English whatever the machine's locale.
    public static func rfc5322Date(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(days[(parts.weekday ?? 1) - 1]), \(parts.day ?? 1) \(months[(parts.month ?? 1) - 1]) \(parts.year ?? 1970) "
            + "\(two(parts.hour)):\(two(parts.minute)):\(two(parts.second)) +0000"
    }
}
