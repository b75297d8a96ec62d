import Foundation
import PeerpolisDomain

/// The text rules of RFC 5545: value escaping, date-time forms and folded content lines.
struct ICalendarText {
    /// UTF-8 bytes rather than a `String`: appending strings piece by piece was most of the time of a
    /// 200-event calendar, and folding is naturally a matter of octets.
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(16_384) }

    /// The document so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 §3.1).
    ///
    /// Folds only before the first byte of a UTF-8 sequence, never inside one, so every physical line is
    /// valid UTF-8 on its own; each continuation starts with a space, which counts towards its 75 octets.
    mutating func line(_ name: String, _ value: String) {
        bytes.append(contentsOf: name.utf8)
        bytes.append(UInt8(ascii: ":"))
        let width = name.utf8.count + 1
        // Native strings are contiguous UTF-8; only a bridged one takes the copy.
        if value.utf8.withContiguousStorageIfAvailable({ fold($0, width: width) }) == nil {
            Array(value.utf8).withUnsafeBufferPointer { fold($0, width: width) }
        }
        bytes.append(contentsOf: [0x0D, 0x0A])
    }

    /// Appends `value`, breaking before any UTF-8 sequence that would take the line past 75 octets.
    private mutating func fold(_ value: UnsafeBufferPointer<UInt8>, width startWidth: Int) {
        var width = startWidth, start = 0, index = 0
        while index < value.count {
            // A lead byte tells the length of its sequence: 0xxxxxxx 1, 110xxxxx 2, 1110xxxx 3, 11110xxx 4.
            let byte = value[index]
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            if width + length > 75 {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[start..<index]))
                bytes.append(contentsOf: [0x0D, 0x0A, 0x20])
                start = index
                width = 1
            }
            width += length
            index += length
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: value[start..<min(index, value.count)]))
    }

    /// Escapes a TEXT value: backslash, semicolon, comma and newline (§3.3.11).
    ///
    /// CR LF and a lone CR become one `\n`; other control characters, which TEXT does not allow, are dropped
    /// (tab is allowed and kept).
    static func escape(_ text: String) -> String {
        // Returning clean text as it is spares a copy for nearly every title and name.
        let special: (UInt8) -> Bool = { $0 < 0x20 || $0 == 0x7F || $0 == 0x5C || $0 == 0x3B || $0 == 0x2C }
        // Scanning the contiguous bytes is several times faster than through the UTF-8 view's iterator.
        let clean = text.utf8.withContiguousStorageIfAvailable { !$0.contains(where: special) }
            ?? !text.utf8.contains(where: special)
        if clean { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// A URI value: not TEXT-escaped (commas are legal in it), but stripped of control characters.
    static func uri(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
    }

    /// A DATE value, e.g. `20190521`.
    static func date(_ day: Day) -> String {
        // From the numbers, not by filtering `description`: iterating Characters was visible in a profile.
        let year = String(day.year)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + Timestamps.pad(day.month)
            + Timestamps.pad(day.day)
    }

    /// A local DATE-TIME without zone letter, e.g. `20190401T093000`, from a day and minutes after midnight.
    static func localDateTime(_ day: Day, minutes: Int) -> String {
        "\(date(day))T\(Timestamps.pad(minutes / 60))\(Timestamps.pad(minutes % 60))00"
    }

    /// A local DATE-TIME from seconds since 1970 taken as wall-clock seconds (used for VTIMEZONE onsets).
    static func localDateTime(seconds: Int) -> String {
        let (day, hour, minute, second) = Timestamps.split(seconds)
        return "\(date(day))T\(Timestamps.pad(hour))\(Timestamps.pad(minute))\(Timestamps.pad(second))"
    }

    /// A UTC DATE-TIME, e.g. `20190401T073000Z` (DTSTAMP must be UTC).
    static func utcDateTime(_ date: Date) -> String {
        localDateTime(seconds: Timestamps.seconds(date)) + "Z"
    }
}
