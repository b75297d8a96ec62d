import PeerpolisDomain
import PeerpolisStorage

extension Pages {
    func countryList() async throws -> ListPageModel {
        let counts = try await Country.fetchPlaceCounts(on: db)
        let continent = try continentFilter()
        let countries = reference.countries.filter { continent == nil || $0.continent == continent }
        let items = countries.map { country in
            ListItem(title: country.name, url: .country(country.iso2), meta: [
                "\(country.iso2) / \(country.iso3)",
                t.label("continent", country.continent.rawValue),
                country.isEUMember ? "EU" : "",
                "\(t[.sectionPlaces]): \(format.integer(counts[country.iso2] ?? 0))",
            ])
        }
        return ListPageModel(
            title: t[.navCountries], intro: t[.countriesIntro], action: .countries,
            filters: [choiceField("continent", label: t[.fieldContinent], group: "continent", Continent.self, selected: continent)],
            count: t.format(.resultsCount, format.integer(items.count)),
            sections: [Section("", items: items, emptyText: t[.noResults])], pagination: nil)
    }

    func countryShow(iso2: String) async throws -> DetailPageModel {
        guard let country = reference.countriesByCode[iso2.uppercased()] else { throw WebError.notFound }
        let places = try await Place.fetchSummaryPage(PlaceFilter(countryCode: country.iso2),
                                               page: PageRequest(number: 1, size: 20), on: db)
        let cooperations = try await Cooperation.fetchAll(CooperationFilter(countryCode: country.iso2), on: db)
        let practices = try await GoodPractice.fetchAll(PracticeFilter(countryCode: country.iso2), on: db)
        let events = try await Event.fetchAll(EventFilter(countryCode: country.iso2), today: today, on: db)
        let articles = try await Article.fetchAll(ArticleFilter(countryCode: country.iso2), on: db)
        let related = try await Place.fetchDictionary(
            ids: cooperations.flatMap(\.placeIDs) + practices.map(\.ownerPlaceID) + events.compactMap(\.hostPlaceID), on: db)
        var facts = [
            Fact(t[.fieldISO], "\(country.iso2), \(country.iso3), \(country.isoNumeric)"),
            Fact(t[.fieldContinent], t.label("continent", country.continent.rawValue)),
            Fact(t[.fieldEUMember], country.isEUMember ? t[.yes] : t[.no]),
        ]
        if let capital = country.capital { facts.append(Fact(t[.fieldCapital], capital)) }
        if let population = country.population { facts.append(Fact(t[.fieldPopulation], format.integer(population))) }
        if !country.languages.isEmpty { facts.append(Fact(t[.fieldLanguages], country.languages.joined(separator: ", "))) }
        if let id = country.geonameID { facts.append(Fact(t[.fieldGeoNames], [.link(String(id), "https://sws.geonames.org/\(id)/")])) }
        return DetailPageModel(
            title: country.name, kicker: t[.fieldCountry], summary: nil, facts: facts, bodyHTML: nil,
            sections: [
                Section(t[.sectionLargestPlaces], items: places.items.map(item),
                        more: .link(t.format(.resultsCount, format.integer(places.total)),
                                    SiteURL.places.with(query: [("country", country.iso2)]))),
                Section(t[.sectionCooperations], items: cooperations.map { item($0, places: related) }),
                Section(t[.sectionPractices], items: practices.map { item($0, places: related) }),
                Section(t[.sectionEvents], items: events.map { item($0, places: related) }),
                Section(t[.sectionArticles], items: articles.map(item)),
            ].filter { !$0.items.isEmpty })
            .with(detailHead(.country(country.iso2), title: country.name, summary: nil, jsonLD: LinkedData.country(country, url: absolute(SiteURL.country(country.iso2).path))))
    }
}
