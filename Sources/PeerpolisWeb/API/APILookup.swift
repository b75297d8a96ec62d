import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// The places, organizations, networks and events a set of resources points at, read in one query per
/// table, so a page of 50 items costs a handful of queries rather than one per reference.
struct APILookup: Sendable {
    var places: [Int: Place] = [:]
    var organizations: [Int: Organization] = [:]
    var networks: [Int: Network] = [:]
    var events: [Int: Event] = [:]

    /// The ids to read, collected from the resources before any query runs.
    struct Wanted {
        var places: [Int] = []
        var organizations: [Int] = []
        var networks: [Int] = []
        var events: [Int] = []

        mutating func add(_ network: Network) {
            places += network.members.map(\.placeID) + [network.leadPlaceID].compactMap { $0 }
            organizations += [network.organizationID].compactMap { $0 }
        }
        mutating func add(_ cooperation: Cooperation) {
            places += cooperation.placeIDs
            organizations += [cooperation.programmeID].compactMap { $0 }
        }
        mutating func add(_ practice: GoodPractice) {
            places += [practice.ownerPlaceID] + practice.transfers.map(\.receivingPlaceID)
            networks += practice.networkIDs + practice.transfers.compactMap(\.networkID)
        }
        mutating func add(_ event: Event) {
            places += [event.hostPlaceID].compactMap { $0 }
            organizations += [event.organizerID].compactMap { $0 }
            networks += [event.networkID].compactMap { $0 }
        }
        mutating func add(_ article: Article) {
            places += article.placeIDs
            organizations += article.organizationIDs
            networks += article.networkIDs
            events += article.eventIDs
        }
        mutating func add(_ call: Call) { organizations.append(call.organizationID) }
        mutating func add(_ pledge: Pledge) {
            places.append(pledge.placeID)
            organizations += [pledge.organizationID].compactMap { $0 }
        }
    }

    static func load(_ wanted: Wanted, on db: any SQLDatabase) async throws -> APILookup {
        APILookup(places: try await Place.fetchDictionary(ids: wanted.places, on: db),
                  organizations: try await Organization.fetchDictionary(ids: wanted.organizations, on: db),
                  networks: try await Network.fetchDictionary(ids: wanted.networks, on: db),
                  events: try await Event.fetchDictionary(ids: wanted.events, on: db))
    }

    /// The lookup for a list of resources, given how each names what it points at.
    static func load<T>(_ items: [T], on db: any SQLDatabase, _ add: (inout Wanted, T) -> Void) async throws -> APILookup {
        var wanted = Wanted()
        for item in items { add(&wanted, item) }
        return try await load(wanted, on: db)
    }
}
