import PeerpolisDomain

/// The shape of `seed.json`: facts from the programmes' pages, places referenced by GeoNames id and other
/// entities by slug. Keys the loader does not use (source notes) are ignored.
struct SeedFile: Decodable {
    struct ExtraPlace: Decodable {
        var geonameid: Int
        var name: String
        var asciiname: String
        var alternatenames: [String]
        var country: String
        var admin1: String?
        var latitude: Double
        var longitude: Double
        var population: Int
        var timezone: String
        var kind: PlaceKind
    }

    struct Organization: Decodable {
        var slug: String, name: String, kind: OrganizationKind, website: String?, summary: String
    }

    struct Member: Decodable {
        var place: Int, role: MemberRole
    }

    struct Network: Decodable {
        var slug: String, name: String, kind: NetworkKind?, organization: String?, leadPlace: Int?
        var startDate: Day?, endDate: Day?, statedStatus: LifecycleStatus?, summary: String
        var themes: [String], members: [Member], outputs: [String], website: String?
    }

    struct Outcome: Decodable {
        var description: String, amount: Double?, unit: String?
    }

    struct Cooperation: Decodable {
        var slug: String, title: String, programme: String?, places: [Int], themes: [String]
        var startDate: Day?, endDate: Day?, narrative: String, outcomes: [Outcome]
    }

    struct Transfer: Decodable {
        var receivingPlace: Int, network: String?, startDate: Day?, stage: TransferStage?
    }

    struct Practice: Decodable {
        var slug: String, title: String, ownerPlace: Int, themes: [String], networks: [String]?
        var summary: String, body: String, results: String?, transfers: [Transfer]
    }

    struct Event: Decodable {
        var slug: String, title: String, kind: EventKind, organizer: String?, network: String?, hostPlace: Int?
        var online: Bool, startDate: Day, endDate: Day, startTime: String?, endTime: String?, timeZone: String
        var capacity: Int?, registrationDeadline: Day?, themes: [String], summary: String
    }

    struct Article: Decodable {
        var slug: String, title: String, kind: ArticleKind, authors: [String], publishedOn: Day?
        var summary: String, body: String, themes: [String], places: [Int], networks: [String]
        var organizations: [String], events: [String], statedReadingMinutes: Int?
    }

    struct Rules: Decodable {
        var minPartners: Int?, maxPartners: Int?, minCountries: Int?, maxPerCountry: Int?
        var requiredContinents: [Continent], requiredRegions: [String]
    }

    struct Call: Decodable {
        var slug: String, title: String, organization: String, opensOn: Day?, closesOn: Day?, summary: String
        var rules: Rules, themes: [String]
    }

    struct Progress: Decodable {
        var date: Day, note: String, amount: Double?, quantity: Double?
    }

    struct Pledge: Decodable {
        var slug: String, title: String, place: Int, organization: String?, framework: String
        var principles: [String], amount: Double?, currency: String?, quantity: Double?, unit: String?
        var startDate: Day?, endDate: Day?, summary: String, progress: [Progress]
    }

    struct Interest: Decodable {
        var place: Int, theme: String, direction: InterestDirection, weight: Double, note: String?
    }

    var extraPlaces: [ExtraPlace]
    var organizations: [Organization]
    var networks: [Network]
    var cooperations: [Cooperation]
    var practices: [Practice]
    var events: [Event]
    var articles: [Article]
    var calls: [Call]
    var pledges: [Pledge]
    var interests: [Interest]

    /// Every GeoNames id the seed content refers to.
    var referencedPlaceIDs: Set<Int> {
        var ids = Set(extraPlaces.map(\.geonameid))
        for n in networks { ids.formUnion(n.members.map(\.place)); if let lead = n.leadPlace { ids.insert(lead) } }
        for c in cooperations { ids.formUnion(c.places) }
        for p in practices { ids.insert(p.ownerPlace); ids.formUnion(p.transfers.map(\.receivingPlace)) }
        for e in events { if let host = e.hostPlace { ids.insert(host) } }
        for a in articles { ids.formUnion(a.places) }
        for p in pledges { ids.insert(p.place) }
        for i in interests { ids.insert(i.place) }
        return ids
    }
}

/// The theme taxonomy file, `themes.json`.
struct ThemeFile: Decodable {
    struct Node: Decodable {
        var slug: String, name: String, nameFr: String?, description: String, sdgs: [Int]
        var children: [Node]?
    }

    var themes: [Node]

    /// Flattened: each top-level theme, then its sub-themes, positions in file order.
    var flattened: [Theme] {
        var result: [Theme] = []
        for top in themes {
            result.append(Theme(slug: top.slug, name: top.name, nameFr: top.nameFr, description: top.description,
                                sdgs: top.sdgs, position: result.count))
            for child in top.children ?? [] {
                result.append(Theme(slug: child.slug, name: child.name, nameFr: child.nameFr, parentSlug: top.slug,
                                    description: child.description, sdgs: child.sdgs, position: result.count))
            }
        }
        return result
    }
}
