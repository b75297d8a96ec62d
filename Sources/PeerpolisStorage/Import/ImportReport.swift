/// One line (or record) of an import file that was skipped, and why.
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
    /// The 1-based line number in a tab-separated dump; in a JSON dump, the 1-based position of the record.
    public var line: Int
    /// A sentence saying what was wrong.
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "Line \(line): \(message)" }
}

/// What an import did: rows written, and the lines it had to skip.
public struct ImportReport: Sendable, Equatable {
    /// Places that were not in the database before.
    public var inserted: Int
    /// Places already in the database whose facts were refreshed.
    public var updated: Int
    /// Malformed lines, in file order. Each was skipped; every other line was imported.
    public var problems: [ImportProblem]
    /// Lines (or JSON records) read, blank lines included.
    public var linesRead: Int

    public init(inserted: Int = 0, updated: Int = 0, problems: [ImportProblem] = [], linesRead: Int = 0) {
        self.inserted = inserted
        self.updated = updated
        self.problems = problems
        self.linesRead = linesRead
    }
}
