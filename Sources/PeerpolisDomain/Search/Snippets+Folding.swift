/// Reading UTF-8 text by scalar, and folding its words the way `ASCIIFolding` and `SearchQuery.words(in:)` do,
/// without building a `String` per word.
enum ScalarFolding {
    enum Kind {
        case letterOrDigit
        /// Combining marks and joiners: part of the word before them, as in a `Character`.
        case mark
        case separator
    }

    /// The blocks whose letters fold to ASCII: Latin-1, Latin Extended-A and -B, Latin Extended Additional, and
    /// Letterlike Symbols for the Kelvin and Ångström signs. A check over every scalar up to U+3FFFF found no other
    /// letter whose canonical decomposition holds an ASCII letter or digit, so all others fold to nothing.
    private static let foldingBlocks: [ClosedRange<UInt32>] = [0x80...0x24F, 0x1E00...0x1EFF, 0x2100...0x214F]

    /// The scalars of `foldingBlocks`, one after another, read once from the Unicode properties and `ASCIIFolding`:
    /// each one's kind, and its folded letters (lowercased, letters and digits only) at
    /// `folded[starts[i]..<starts[i + 1]]`. Flat arrays, so looking a scalar up copies and counts nothing.
    private struct Table {
        var kinds: [Kind] = []
        var starts: [Int] = [0]
        var folded: [UInt8] = []

        init() {
            for value in ScalarFolding.foldingBlocks.joined() {
                let scalar = Unicode.Scalar(value)!
                kinds.append(ScalarFolding.kind(of: scalar))
                folded += ASCIIFolding.fold(String(scalar)).utf8.compactMap(ScalarFolding.lowercasedLetterOrDigit)
                starts.append(folded.count)
            }
        }
    }

    private static let table = Table()

    /// Where `value` sits in `table`, if it is in one of `foldingBlocks`.
    @inline(__always)
    private static func tableIndex(_ value: UInt32) -> Int? {
        switch value {
        case 0x80...0x24F: Int(value) - 0x80
        case 0x1E00...0x1EFF: 0x1D0 + Int(value) - 0x1E00
        case 0x2100...0x214F: 0x2D0 + Int(value) - 0x2100
        default: nil
        }
    }

    /// The scalar at `index` of valid UTF-8, and how many bytes it takes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset] & 0x3F) }
        switch lead {
        case ..<0x80: return (lead, 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case ..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
    }

    static func kind(of value: UInt32) -> Kind {
        if value < 0x80 { return lowercasedLetterOrDigit(UInt8(value)) == nil ? .separator : .letterOrDigit }
        if let index = tableIndex(value) { return table.kinds[index] }
        if (0x300...0x36F).contains(value) { return .mark }
        return Unicode.Scalar(value).map(kind(of:)) ?? .separator
    }

    private static func kind(of scalar: Unicode.Scalar) -> Kind {
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return .letterOrDigit }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        default: return scalar.value == 0x200C || scalar.value == 0x200D ? .mark : .separator
        }
    }

    /// True for ASCII letters and digits: a bit each in two masks, one for the bytes below 64 and one for the rest
    /// (the scanner's innermost test, so it avoids branches).
    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        let digits: UInt64 = 0x03FF_0000_0000_0000, letters: UInt64 = 0x07FF_FFFE_07FF_FFFE
        return byte < 0x80 && ((byte & 0x40 == 0 ? digits : letters) >> UInt64(byte & 0x3F)) & 1 == 1
    }

    /// `SearchHit.markStart` or `markEnd`, as a UTF-8 byte.
    @inline(__always)
    static func isMarker(_ byte: UInt8) -> Bool { byte == 0x01 || byte == 0x02 }

    /// An ASCII letter lowercased, or a digit; nil for anything else.
    @inline(__always)
    static func lowercasedLetterOrDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte + 0x20
        default: nil
        }
    }

    /// Folds the non-ASCII word `word` of `bytes` into `folded` up to its first letter with no ASCII form (the
    /// first piece `SearchQuery.words(in:)` would make of it), combining accents dropped. Stops at once, leaving
    /// `folded` empty, when the first folded letter is not among `firstLetters` (bits as `QueryWords.letterBit`).
    static func foldFirstPiece(_ word: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>, into folded: inout [UInt8],
                               firstLetters: UInt64) {
        /// Appends a letter; false when the word should be read no further.
        func append(_ letter: UInt8) -> Bool {
            guard folded.count < SearchQuery.maximumWordLength else { return false }
            if folded.isEmpty && firstLetters & QueryWords.letterBit(letter) == 0 { return false }
            folded.append(letter)
            return true
        }
        var index = word.lowerBound
        while index < word.upperBound {
            let (value, width) = decode(bytes, at: index)
            index += width
            if value < 0x80, let letter = lowercasedLetterOrDigit(UInt8(value)) {
                guard append(letter) else { return }
                continue
            }
            // Combining accents go, as `ASCIIFolding` drops them; so do markers, which the scanner reads as absent.
            if (0x300...0x36F).contains(value) || (value < 0x80 && isMarker(UInt8(value))) { continue }
            let letters = tableIndex(value).map { table.starts[$0]..<table.starts[$0 + 1] } ?? 0..<0
            if letters.isEmpty {
                if folded.isEmpty { continue } else { return }
            }
            for index in letters {
                guard append(table.folded[index]) else { return }
            }
        }
    }
}
