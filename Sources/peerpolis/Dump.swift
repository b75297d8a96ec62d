import ArgumentParser
import Foundation
import PeerpolisStorage

struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the open-data dump: one JSONL file per table and a Frictionless datapackage.json.")

    @Option(name: .long, help: "The dump's format; jsonl is the only one.")
    var format: String = "jsonl"

    @Argument(help: "The folder to write into (created if missing; files of the same names are replaced).")
    var folder: String

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard format == "jsonl" else {
            throw ValidationError("The format '\(format)' is not known; use --format jsonl.")
        }
    }

    func run() async throws {
        try await database.withDatabase { _, db in
            let started = ContinuousClock.now
            let summary = try await DumpWriter.export(db, to: URL(fileURLWithPath: folder))
            let rows = summary.rows.reduce(0) { $0 + $1.count }
            print("Wrote \(rows) rows in \(summary.rows.count) tables to \(folder) in \(started.duration(to: .now)).")
        }
    }
}

struct ImportDump: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-dump",
        abstract: "Load a dump written by `peerpolis export` into an empty database, then rebuild the search index.")

    @Argument(help: "The dump's folder, holding datapackage.json.")
    var folder: String

    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await database.withDatabase { _, db in
            let summary = try await DumpLoader.load(from: URL(fileURLWithPath: folder), into: db)
            let rows = summary.rows.reduce(0) { $0 + $1.count }
            print("Loaded \(rows) rows in \(summary.rows.count) tables; indexed \(summary.indexed) documents.")
        }
    }
}
