import PeerpolisDomain
import PeerpolisStorage
import Synchronization

/// Countries and themes change rarely and appear on almost every page (filters, labels), so they are read
/// once and kept in memory. `invalidate()` drops them after a write that changes either.
final class ReferenceData: Sendable {
    struct Snapshot: Sendable {
        let countries: [Country]
        let countriesByCode: [String: Country]
        let themes: [Theme]
        let themesBySlug: [String: Theme]
        let sdgs: [Int: String]
        /// Country and theme options of filters, written once per language.
        let countryOptionsHTML: String
        let themeOptionsHTML: [Language: String]

        /// Top-level themes, each followed by its sub-themes marked with a dash.
        static func themeOptions(_ themes: [Theme], language: Language) -> [(value: String, label: String)] {
            themes.map { ($0.slug, ($0.isTopLevel ? "" : "— ") + $0.name(language: language.rawValue)) }
        }
    }

    private let database: Database


    private let cached = Mutex<Snapshot?>(nil)

    init(database: Database) {
        self.database = database
    }

    func snapshot() async throws -> Snapshot {
        if let snapshot = cached.withLock({ $0 }) { return snapshot }
        let countries = try await Country.fetchAll(on: database.sql)
        let themes = try await Theme.fetchAll(on: database.sql)
        let sdgs = try await SDG.fetchAll(on: database.sql)
        let snapshot = Snapshot(
            countries: countries,
            countriesByCode: Dictionary(uniqueKeysWithValues: countries.map { ($0.iso2, $0) }),
            themes: themes,
            themesBySlug: Dictionary(uniqueKeysWithValues: themes.map { ($0.slug, $0) }),
            sdgs: Dictionary(uniqueKeysWithValues: sdgs.map { ($0.number, $0.name) }),
            countryOptionsHTML: Components.optionsHTML(countries.map { ($0.iso2, $0.name) }),
            themeOptionsHTML: Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
                (language, Components.optionsHTML(Snapshot.themeOptions(themes, language: language)))
            }))
        cached.withLock { $0 = snapshot }
        return snapshot
    }

    func invalidate() {
        cached.withLock { $0 = nil }
    }
}
