import Foundation

/// Reads a JSONL file line by line through a 1 MiB buffer, counting lines from 1, so memory stays flat
/// whatever the file's size.
final class DumpLineReader {
    private static let chunk = 1 << 20
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    init(url: URL) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw DumpError.cannotRead(path: url.path, reason: "the file is missing or unreadable")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    /// The next line without its newline, or nil at the end of the file. Empty lines are returned as they are:
    /// the caller reports them.
    func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[start..<newline]
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < pending.count else { return nil }
                // A last line without its newline is still a line.
                let line = pending[start...]
                start = pending.count
                lineNumber += 1
                return line
            }
            let data = try handle.read(upToCount: Self.chunk) ?? Data()
            if data.isEmpty { atEnd = true }
            pending.removeFirst(start)
            start = 0
            pending.append(contentsOf: data)
        }
    }
}
