import PeerpolisDomain

/// One list entry per kind of entity, shared by list pages and the related sections of detail pages.
extension Pages {
    func item(_ place: PlaceSummary) -> ListItem {
        ListItem(title: place.name, url: .place(place.slug), meta: [
            reference.countriesByCode[place.countryCode]?.name ?? place.countryCode,
            place.kind == .city ? "" : t.label("place-kind", place.kind.rawValue),
            "\(t[.fieldPopulation]) \(format.integer(place.population))",
        ])
    }

    func item(_ organization: Organization) -> ListItem {
        ListItem(title: organization.name, url: .organization(organization.slug),
                 meta: [t.label("organization-kind", organization.kind.rawValue)], summary: organization.summary)
    }

    func item(_ network: Network, organizations: [Int: Organization]) -> ListItem {
        ListItem(title: network.name, url: .network(network.slug), meta: [
            network.kind.map { t.label("network-kind", $0.rawValue) } ?? "",
            network.status(today: today).map { t.label("status", $0.rawValue) } ?? "",
            network.organizationID.flatMap { organizations[$0]?.name } ?? "",
        ], summary: network.summary)
    }

    func item(_ cooperation: Cooperation, places: [Int: Place]) -> ListItem {
        ListItem(title: cooperation.title, url: .cooperation(cooperation.slug), meta: [
            cooperation.placeIDs.compactMap { places[$0].map(placeLabel) }.joined(separator: " – "),
            format.openPeriod(cooperation.startDate, cooperation.endDate) ?? "",
        ], summary: excerpt(cooperation.narrative))
    }

    func item(_ practice: GoodPractice, places: [Int: Place]) -> ListItem {
        ListItem(title: practice.title, url: .practice(practice.slug),
                 meta: [places[practice.ownerPlaceID].map(placeLabel) ?? "", themeNames(practice.themeSlugs)],
                 summary: practice.summary)
    }

    func item(_ event: Event, places: [Int: Place]) -> ListItem {
        ListItem(title: event.title, url: .event(event.slug), meta: [
            t.label("event-kind", event.kind.rawValue),
            format.period(event.startDate, event.endDate),
            event.isOnline ? t[.fieldOnline] : (event.hostPlaceID.flatMap { places[$0] }.map(placeLabel) ?? ""),
        ], summary: event.summary)
    }

    func item(_ article: Article) -> ListItem {
        ListItem(title: article.title, url: .article(article.slug), meta: [
            t.label("article-kind", article.kind.rawValue),
            article.publishedOn.map(format.day) ?? "",
            t.format(.minutesRead, String(article.statedReadingMinutes ?? article.readingMinutes)),
        ], summary: article.summary)
    }

    func item(_ call: Call, organizations: [Int: Organization]) -> ListItem {
        ListItem(title: call.title, url: .call(call.slug), meta: [
            organizations[call.organizationID]?.name ?? "",
            call.status(today: today).map { t.label("status", $0.rawValue) } ?? "",
            call.closesOn.map { "\(t[.fieldCloses]) \(format.day($0))" } ?? "",
        ], summary: call.summary)
    }

    func item(_ pledge: Pledge, places: [Int: Place]) -> ListItem {
        ListItem(title: pledge.title, url: .pledge(pledge.slug), meta: [
            places[pledge.placeID].map(placeLabel) ?? "",
            pledge.framework,
            pledge.amount.map { format.amount($0, unit: pledge.currency) } ?? "",
        ], summary: pledge.summary)
    }

    /// The first 220 characters of a text, cut at a word.
    func excerpt(_ text: String, limit: Int = 220) -> String {
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }
}
