import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func placeList() async throws -> ListPageModel {
        let filter = try placeFilter()
        let country = self.country(filter.countryCode), size = filter.sizeClass, kind = filter.kind, name = filter.namePrefix
        let key = countKey(filter)
        let cachedTotal = counts.total(for: key)
        let page = try await Place.fetchSummaryPage(filter, page: try pageRequest(), knownTotal: cachedTotal, on: db)
        if cachedTotal == nil { counts.store(page.total, for: key) }
        return ListPageModel(
            title: t[.navPlaces], intro: t[.placesIntro], action: .places,
            filters: [countryField(selected: country),
                      choiceField("size", label: t[.fieldSize], group: "size", SizeClass.self, selected: size),
                      choiceField("kind", label: t[.fieldKind], group: "place-kind", PlaceKind.self, selected: kind)],
            textFilters: [TextField(name: "name", label: t[.nameStartsWith], value: name)],
            count: count(page),
            sections: [Section("", items: page.items.map(item), emptyText: t[.noResults])],
            pagination: pagination(page, url: .places))
    }

    /// A place's page; its representatives (`viewer`) also get the links to publish a practice or a pledge.
    func placeShow(slug: String, viewer: Principal?) async throws -> DetailPageModel {
        guard let place = try await Place.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        let country = reference.countriesByCode[place.countryCode]
        let networks = try await Network.fetchAll(NetworkFilter(placeID: place.id), today: today, on: db)
        let cooperations = try await Cooperation.fetchAll(CooperationFilter(placeID: place.id), on: db)
        let practices = try await GoodPractice.fetchAll(PracticeFilter(placeID: place.id), on: db)
        let events = try await Event.fetchAll(EventFilter(hostPlaceID: place.id), today: today, on: db)
        let articles = try await Article.fetchAll(ArticleFilter(placeID: place.id), on: db)
        let pledges = try await Pledge.fetchAll(PledgeFilter(placeID: place.id), on: db)
        let interests = try await PlaceInterest.fetchAll(placeID: place.id, on: db)
        let organizations = try await Organization.fetchDictionary(ids: networks.compactMap(\.organizationID), on: db)
        let places = try await Place.fetchDictionary(
            ids: cooperations.flatMap(\.placeIDs) + practices.map(\.ownerPlaceID) + [place.id], on: db)

        let owned = practices.filter { $0.ownerPlaceID == place.id }
        let received = practices.filter { $0.ownerPlaceID != place.id }
        var facts: [Fact] = []
        if let country {
            facts.append(Fact(t[.fieldCountry], [.link(country.name, .country(country.iso2))]))
        }
        facts.append(Fact(t[.fieldKind], t.label("place-kind", place.kind.rawValue)))
        facts.append(Fact(t[.fieldPopulation], "\(format.integer(place.population)) (\(t.label("size", place.sizeClass.rawValue)))"))
        if let admin1 = place.admin1Code { facts.append(Fact(t[.fieldRegionCode], admin1)) }
        facts.append(Fact(t[.fieldCoordinates], format.coordinates(latitude: place.latitude, longitude: place.longitude)))
        facts.append(Fact(t[.fieldTimeZone], place.timeZone))
        facts.append(Fact(t[.fieldGeoNames], [.link(String(place.id), place.geonamesURI)]))
        facts.append(Fact(t[.fieldPartners], [.link(t[.findPartners], .placePartners(place.slug))]))
        var links: [Inline] = [.link(t[.contactLink], .placeContact(place.slug))]
        if Authorization.can(viewer, .createPractice, .practice(ownerPlaceID: place.id)) {
            links += [.text(" · "), .link(t[.editorNewPractice], .practiceNewFor(place.slug))]
        }
        if Authorization.can(viewer, .createPledge, .pledge(placeID: place.id)) {
            links += [.text(" · "), .link(t[.editorNewPledge], .pledgeNewFor(place.slug))]
        }
        facts.append(Fact(t[.progressForRepresentatives], links))
        if !place.alternateNames.isEmpty {
            facts.append(Fact(t[.fieldAlsoKnownAs], place.alternateNames.prefix(12).joined(separator: ", ")))
        }

        let needs = interests.filter { $0.direction == .need }
        let offers = interests.filter { $0.direction == .offer }
        func interestItems(_ list: [PlaceInterest]) -> [ListItem] {
            list.compactMap { interest in
                reference.themesBySlug[interest.themeSlug].map {
                    ListItem(title: $0.name(language: t.language.rawValue), url: .theme($0.slug), summary: interest.note)
                }
            }
        }
        return DetailPageModel(
            title: place.name, kicker: t.label("place-kind", place.kind.rawValue),
            summary: country.map { "\(place.name), \($0.name)" }, facts: facts, bodyHTML: nil,
            sections: [
                Section(t[.sectionNetworks], items: networks.map { item($0, organizations: organizations) }),
                Section(t[.sectionCooperations], items: cooperations.map { item($0, places: places) }),
                Section(t[.sectionPractices], items: owned.map { item($0, places: places) }),
                Section(t[.sectionTransfers], items: received.map { item($0, places: places) }),
                Section(t[.sectionEvents], items: events.map { item($0, places: places) }),
                Section(t[.sectionArticles], items: articles.map(item)),
                Section(t[.sectionPledges], items: pledges.map { item($0, places: places) }),
                Section(t[.sectionNeeds], items: interestItems(needs)),
                Section(t[.sectionOffers], items: interestItems(offers)),
            ].filter { !$0.items.isEmpty })
            .with(detailHead(.place(place.slug), title: place.name, summary: country.map { "\(place.name), \($0.name)" }, jsonLD: LinkedData.place(placeRef(place)), alternates: articleAlternates(.place(place.slug)) + eventAlternates(.place(place.slug))))
    }
}

