/// Why a dump could not be written or loaded, as a sentence a person can act on.
public enum DumpError: Error, CustomStringConvertible, Equatable {
    case unwritableNumber(Double)
    case cannotWrite(path: String, reason: String)
    case cannotRead(path: String, reason: String)
    case badDescriptor(String)
    case badLines([String], more: Int)
    case databaseNotEmpty(table: String)
    case loadFailed(table: String, line: Int, reason: String)
    case unorderableRows(table: String)

    public var description: String {
        switch self {
        case .unwritableNumber(let number):
            "The database holds the number \(number), which JSON cannot represent."
        case .cannotWrite(let path, let reason):
            "Could not write \(path): \(reason)."
        case .cannotRead(let path, let reason):
            "Could not read \(path): \(reason)."
        case .badDescriptor(let reason):
            "datapackage.json does not describe a Peerpolis dump this version can load: \(reason)."
        case .badLines(let problems, let more):
            "The dump has invalid lines; nothing was loaded.\n" + problems.joined(separator: "\n")
                + (more > 0 ? "\n… and \(more) more." : "")
        case .databaseNotEmpty(let table):
            "The database already holds data (\(table) has rows); import-dump loads into an empty database only. "
                + "Point DATABASE_PATH or DATABASE_URL at a new database and run it again."
        case .loadFailed(let table, let line, let reason):
            "Loading \(table).jsonl failed near line \(line), so nothing was loaded: \(reason)"
        case .unorderableRows(let table):
            "\(table).jsonl names a parent that is missing from it or forms a loop, so nothing was loaded."
        }
    }
}
