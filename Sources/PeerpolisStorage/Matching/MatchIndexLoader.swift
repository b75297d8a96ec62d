import PeerpolisDomain
import SQLKit

/// Reads everything the matching engine ranks on from the database, as a `MatchIndex.Input`.
///
/// Each table is read with one narrow `SELECT` of the columns the index uses (no `*`, no hydration of
/// summaries or bodies), and join tables are read whole and grouped in memory: with 34,000 places the
/// places query dominates, and everything else is a few hundred rows.
public enum MatchIndexLoader {
    /// The input of a `MatchIndex` built from the current content of the database.
    public static func input(on db: any SQLDatabase) async throws -> MatchIndex.Input {
        let themes = try await Theme.fetchAll(on: db)
        let countries = try await Country.fetchAll(on: db)
        let places = try await db.select()
            .columns("id", "slug", "name", "country_code", "latitude", "longitude", "population", "time_zone")
            .from("places").orderBy("id").all()
            .map { row in
                MatchIndex.PlaceFacts(id: try row.int("id"), slug: try row.string("slug"), name: try row.string("name"),
                                      countryCode: try row.string("country_code"), latitude: try row.double("latitude"),
                                      longitude: try row.double("longitude"), population: try row.int("population"),
                                      timeZone: try row.string("time_zone"))
            }
        let interests = try await db.select().columns("id", "place_id", "theme_slug", "direction", "weight")
            .from("place_interests").orderBy("id").all()
            .map { row in
                PlaceInterest(id: try row.int("id"), placeID: try row.int("place_id"),
                              themeSlug: try row.string("theme_slug"),
                              direction: try row.enumValue("direction", as: InterestDirection.self),
                              weight: try row.double("weight"))
            }
        return MatchIndex.Input(themes: themes, countries: countries, places: places, interests: interests,
                                practices: try await practices(on: db),
                                participations: try await networks(on: db) + (try await cooperations(on: db)),
                                pledges: try await pledges(on: db))
    }

    /// Good practices with their themes and the places they were transferred to.
    static func practices(on db: any SQLDatabase) async throws -> [MatchIndex.PracticeEvidence] {
        let themes = try await grouped("good_practice_themes", owner: "good_practice_id", value: "theme_slug", on: db)
        var receivers: [Int: [Int]] = [:]
        for row in try await db.select().columns("good_practice_id", "receiving_place_id").from("transfers")
            .orderBy("id").all() {
            receivers[try row.int("good_practice_id"), default: []].append(try row.int("receiving_place_id"))
        }
        return try await db.select().columns("id", "owner_place_id").from("good_practices").orderBy("id").all()
            .map { row in
                let id = try row.int("id")
                return MatchIndex.PracticeEvidence(ownerPlaceID: try row.int("owner_place_id"),
                                                   themeSlugs: themes[id] ?? [], receivingPlaceIDs: receivers[id] ?? [])
            }
    }

    /// Networks as participations: the members, plus the lead when it is not listed as a member.
    static func networks(on db: any SQLDatabase) async throws -> [MatchIndex.Participation] {
        let themes = try await grouped("network_themes", owner: "network_id", value: "theme_slug", on: db)
        var members: [Int: [Int]] = [:]
        for row in try await db.select().columns("network_id", "place_id").from("network_members")
            .orderBy("network_id").orderBy("position").all() {
            members[try row.int("network_id"), default: []].append(try row.int("place_id"))
        }
        return try await db.select().columns("id", "lead_place_id", "start_date", "end_date").from("networks")
            .orderBy("id").all()
            .map { row in
                let id = try row.int("id")
                var places = members[id] ?? []
                if let lead = try row.optionalInt("lead_place_id"), !places.contains(lead) { places.insert(lead, at: 0) }
                return MatchIndex.Participation(placeIDs: places, themeSlugs: themes[id] ?? [],
                                                start: try row.optionalDay("start_date"), end: try row.optionalDay("end_date"))
            }
    }

    static func cooperations(on db: any SQLDatabase) async throws -> [MatchIndex.Participation] {
        let themes = try await grouped("cooperation_themes", owner: "cooperation_id", value: "theme_slug", on: db)
        var places: [Int: [Int]] = [:]
        for row in try await db.select().columns("cooperation_id", "place_id").from("cooperation_places")
            .orderBy("cooperation_id").orderBy("position").all() {
            places[try row.int("cooperation_id"), default: []].append(try row.int("place_id"))
        }
        return try await db.select().columns("id", "start_date", "end_date").from("cooperations").orderBy("id").all()
            .map { row in
                let id = try row.int("id")
                return MatchIndex.Participation(placeIDs: places[id] ?? [], themeSlugs: themes[id] ?? [],
                                                start: try row.optionalDay("start_date"), end: try row.optionalDay("end_date"))
            }
    }

    /// Pledges count as activity (track record) with no themes: a pledge names a framework and its
    /// principles (the European Pillar of Social Rights…), which the theme taxonomy does not map, and
    /// tagging them with themes the pledge does not state would be inventing evidence.
    static func pledges(on db: any SQLDatabase) async throws -> [MatchIndex.PledgeEvidence] {
        try await db.select().columns("place_id", "start_date").from("pledges").orderBy("id").all()
            .map { MatchIndex.PledgeEvidence(placeID: try $0.int("place_id"), themeSlugs: [], date: try $0.optionalDay("start_date")) }
    }

    /// A two-column join table as owner id → values, in table order.
    static func grouped(_ table: String, owner: String, value: String, on db: any SQLDatabase) async throws -> [Int: [String]] {
        var result: [Int: [String]] = [:]
        for row in try await db.select().columns(owner, value).from(table).orderBy(owner).orderBy(value).all() {
            result[try row.int(owner), default: []].append(try row.string(value))
        }
        return result
    }
}
