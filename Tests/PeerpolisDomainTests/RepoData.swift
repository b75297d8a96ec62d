import Foundation
@testable import PeerpolisDomain

/// The repository's own reference data (themes, countries), read from the source tree so the tests
/// check the engine against the slugs and country facts the hub really ships.
enum RepoData {
    /// The repository root, found from this file's path (symlinks resolved, so a scratch package that
    /// links the test folder still finds the real tree).
    static let root: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let dataFolder = root.appendingPathComponent("Sources/PeerpolisStorage/Resources/Data")

    static let themes: [Theme] = {
        struct File: Decodable { var themes: [Node] }
        struct Node: Decodable { var slug: String; var name: String; var children: [Node]? }
        let data = try! Data(contentsOf: dataFolder.appendingPathComponent("themes.json"))
        let file = try! JSONDecoder().decode(File.self, from: data)
        return file.themes.flatMap { top in
            [Theme(slug: top.slug, name: top.name)]
                + (top.children ?? []).map { Theme(slug: $0.slug, name: $0.name, parentSlug: top.slug) }
        }
    }()

    static let countries: [Country] = {
        let text = try! String(contentsOf: dataFolder.appendingPathComponent("countries.tsv"), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 10, let continent = Continent(rawValue: f[4]) else { return nil }
            return Country(iso2: f[0], iso3: f[1], isoNumeric: f[2], name: f[3], continent: continent,
                           isEUMember: f[5] == "1", languages: f[6].split(separator: ",").map(String.init),
                           capital: f[7].isEmpty ? nil : f[7], population: Int(f[8]), geonameID: Int(f[9]))
        }
    }()

    static func country(_ iso2: String) -> Country { countries.first { $0.iso2 == iso2 }! }
}
