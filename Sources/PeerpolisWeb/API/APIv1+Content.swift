import PeerpolisDomain

extension APIv1 {
    /// A place's part in a network.
    struct Member: Codable, Sendable {
        var place: Ref
        var role: String
    }

    /// An URBACT network, a EUROCITIES working group, an IURC thematic network or a project.
    struct Network: Codable, Sendable {
        var slug: String
        var name: String
        var kind: String?
        /// Derived from the dates on the server's today, or the status the source states.
        var status: String?
        var startDate: String?
        var endDate: String?
        var summary: String
        var outputs: [String]
        var website: String?
        var organization: Ref?
        var lead: Ref?
        var members: [Member]
        var themes: [Ref]
        var links: Links
    }

    /// A quantified result of a cooperation.
    struct Outcome: Codable, Sendable {
        var description: String
        var amount: Double?
        var unit: String?
    }

    /// Two or more places working together.
    struct Cooperation: Codable, Sendable {
        var slug: String
        var title: String
        var startDate: String?
        var endDate: String?
        /// Markdown.
        var narrative: String
        var programme: Ref?
        var places: [Ref]
        var themes: [Ref]
        var outcomes: [Outcome]
        var links: Links
    }

    /// A good practice being adapted by another place.
    struct Transfer: Codable, Sendable {
        var place: Ref?
        var network: Ref?
        var startDate: String?
        var stage: String?
    }

    /// Something a place did that worked and that others can adapt.
    struct Practice: Codable, Sendable {
        var slug: String
        var title: String
        var summary: String
        /// Markdown.
        var body: String
        var results: String?
        var owner: Ref?
        var networks: [Ref]
        var themes: [Ref]
        var transfers: [Transfer]
        var links: Links
    }
}

extension Pages {
    func ref(_ network: PeerpolisDomain.Network) -> APIv1.Ref {
        APIv1.Ref(slug: network.slug, name: network.name, links: SiteURL.network(network.slug).links)
    }

    func dto(_ network: PeerpolisDomain.Network, _ lookup: APILookup) -> APIv1.Network {
        APIv1.Network(slug: network.slug, name: network.name, kind: network.kind?.rawValue,
                      status: network.status(today: today)?.rawValue, startDate: network.startDate?.description,
                      endDate: network.endDate?.description, summary: network.summary, outputs: network.outputs,
                      website: network.website, organization: network.organizationID.flatMap { lookup.organizations[$0] }.map(ref),
                      lead: network.leadPlaceID.flatMap { lookup.places[$0] }.map(ref),
                      members: network.members.compactMap { member in
                          lookup.places[member.placeID].map { APIv1.Member(place: ref($0), role: member.role.rawValue) }
                      },
                      themes: themeRefs(network.themeSlugs), links: SiteURL.network(network.slug).links)
    }

    func dto(_ cooperation: PeerpolisDomain.Cooperation, _ lookup: APILookup) -> APIv1.Cooperation {
        APIv1.Cooperation(slug: cooperation.slug, title: cooperation.title, startDate: cooperation.startDate?.description,
                          endDate: cooperation.endDate?.description, narrative: cooperation.narrative,
                          programme: cooperation.programmeID.flatMap { lookup.organizations[$0] }.map(ref),
                          places: cooperation.placeIDs.compactMap { lookup.places[$0] }.map(ref),
                          themes: themeRefs(cooperation.themeSlugs),
                          outcomes: cooperation.outcomes.map { APIv1.Outcome(description: $0.description, amount: $0.amount, unit: $0.unit) },
                          links: SiteURL.cooperation(cooperation.slug).links)
    }

    func dto(_ practice: GoodPractice, _ lookup: APILookup) -> APIv1.Practice {
        APIv1.Practice(slug: practice.slug, title: practice.title, summary: practice.summary, body: practice.body,
                       results: practice.results, owner: lookup.places[practice.ownerPlaceID].map(ref),
                       networks: practice.networkIDs.compactMap { lookup.networks[$0] }.map(ref),
                       themes: themeRefs(practice.themeSlugs),
                       transfers: practice.transfers.map { transfer in
                           APIv1.Transfer(place: lookup.places[transfer.receivingPlaceID].map(ref),
                                          network: transfer.networkID.flatMap { lookup.networks[$0] }.map(ref),
                                          startDate: transfer.startDate?.description, stage: transfer.stage?.rawValue)
                       },
                       links: SiteURL.practice(practice.slug).links)
    }
}
