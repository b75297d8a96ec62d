import ArgumentParser
import Foundation
import PeerpolisWeb

/// `peerpolis user create`: accounts from the command line, above all the first administrator.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "Manage accounts.",
                                                    subcommands: [CreateUser.self])
}

struct CreateUser: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create an account. The password is read from --password-file, or else from standard input.")

    @OptionGroup var database: DatabaseOptions
    @Flag(help: "Make the account an administrator.") var admin = false
    @Option(help: "The account's e-mail address.") var email: String
    @Option(help: "The name shown to others.") var name: String
    @Option(name: .customLong("password-file"), help: "A file whose first line is the password.")
    var passwordFile: String?

    func run() async throws {
        // Never a command-line argument: it would show in `ps` and in the shell's history.
        let text: String
        if let passwordFile {
            text = try String(contentsOfFile: passwordFile, encoding: .utf8)
        } else {
            text = readLine(strippingNewline: true) ?? ""
        }
        let password = String(text.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
        try await database.withDatabase { config, db in
            do {
                let user = try await AccountAdministration.createUser(email: email, name: name, password: password, admin: admin,
                                                                      settings: config.authSettings, database: db)
                print("Created account \(user.id) for \(user.email)\(admin ? " as an administrator" : "").")
            } catch let refusal as AccountAdministration.Refusal {
                throw ValidationError(refusal.description)
            }
        }
    }
}

/// `peerpolis outbox`: the messages the hub has written, and how far each one's delivery got.
struct Outbox: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the newest messages of the outbox and their delivery state.")

    @OptionGroup var database: DatabaseOptions
    @Option(help: "How many messages to show.") var limit = 20

    func run() async throws {
        try await database.withDatabase { config, db in
            print(try await AccountAdministration.outboxText(database: db, limit: max(1, limit),
                                                             smtpConfigured: config.smtp != nil), terminator: "")
        }
    }
}
