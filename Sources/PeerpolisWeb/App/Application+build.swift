import Hummingbird
import Logging
import PeerpolisDomain
import PeerpolisStorage
import ServiceLifecycle

/// Everything a request handler needs, passed in rather than reached for.
public struct AppEnvironment: Sendable {
    public var database: Database
    public var clock: Clock
    /// The address people reach the hub at, for absolute links in feeds, calendars, sitemaps and linked data.
    public var publicURL: String
    /// Bcrypt cost, signing key and cookie security.
    public var auth: AuthSettings

    public static let defaultPublicURL = "http://127.0.0.1:8080"

    public init(database: Database, clock: Clock = .system, publicURL: String = AppEnvironment.defaultPublicURL,
                auth: AuthSettings? = nil) {
        self.database = database
        self.clock = clock
        self.auth = auth ?? AuthSettings(secureCookies: publicURL.hasPrefix("https://"))
        self.publicURL = publicURL.hasSuffix("/") ? String(publicURL.dropLast()) : publicURL
    }
}

/// Opens the database named by the configuration, brings its schema up to date and, when it is empty,
/// loads the bundled data, so a first start needs no other command.
public func prepareDatabase(_ config: AppConfig, logger: Logger) async throws -> Database {
    let database = try await Database.open(config.databaseLocation, logger: logger)
    do {
        let applied = try await database.migrate()
        if !applied.isEmpty { logger.info("Applied \(applied.count) migrations.") }
        if try await SeedLoader.isEmpty(database) {
            logger.info("The database is empty: loading the bundled countries, places and seed content.")
            let summary = try await SeedLoader.load(into: database, places: config.seedAllPlaces ? .all : .referencedOnly)
            logger.info("Loaded \(summary.places) places in \(summary.countries) countries, \(summary.articles) articles, \(summary.networks) networks.")
        }
        return database
    } catch {
        try? await database.close()
        throw error
    }
}

/// Builds the web application around an open database. Tests call this too.
public func buildApplication(_ config: AppConfig, environment: AppEnvironment,
                             logger: Logger = Logger(label: "peerpolis")) -> some ApplicationProtocol {
    let router = buildRouter(environment: environment, logger: logger)
    let wakeup = OutboxWakeup()
    return Application(
        responder: OutboxWakeupResponder(wrapped: HeadRequestResponder(router.buildResponder()), wakeup: wakeup),
        configuration: .init(address: .hostname(config.hostname, port: config.port), serverName: "Peerpolis"),
        services: mailServices(config, environment: environment, logger: logger, wakeup: wakeup),
        logger: logger
    )
}

/// The outbox's SMTP sender when `SMTP_URL` is set; none otherwise, and mail stays in the outbox.
func mailServices(_ config: AppConfig, environment: AppEnvironment, logger: Logger,
                  wakeup: OutboxWakeup = OutboxWakeup()) -> [any Service] {
    guard let smtp = config.smtp else { return [] }
    return [OutboxSender(database: environment.database, client: SMTPClient(settings: smtp), clock: environment.clock,
                         logger: logger, wakeup: wakeup)]
}
