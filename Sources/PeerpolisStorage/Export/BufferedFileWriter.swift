import Foundation

/// Appends bytes to a file through a 1 MiB buffer, so a dump makes a few hundred writes instead of one per row.
final class BufferedFileWriter {
    private static let capacity = 1 << 20
    var buffer: [UInt8] = []
    private let handle: FileHandle
    private let path: String

    /// Creates or truncates the file at `url`.
    init(url: URL) throws {
        path = url.path
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw DumpError.cannotWrite(path: path, reason: "the file cannot be created")
        }
        self.handle = handle
        buffer.reserveCapacity(Self.capacity + 64 * 1024)
    }

    func flushIfFull() throws {
        if buffer.count >= Self.capacity { try flush() }
    }

    func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw DumpError.cannotWrite(path: path, reason: error.localizedDescription)
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is buffered and closes the file.
    func close() throws {
        try flush()
        try handle.close()
    }
}
