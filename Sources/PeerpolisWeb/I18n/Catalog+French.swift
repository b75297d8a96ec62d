extension Catalog {
    /// French: navigation, layout, errors and the most visible labels. Missing keys fall back to English.
    static let french: [UIKey: String] = frenchAccounts.merging(frenchRegistrations) { first, _ in first }
        .merging(frenchEditing) { first, _ in first }
        .merging(frenchOrganizationEditing) { first, _ in first }
        .merging(frenchEditorChecks) { first, _ in first }
        .merging(frenchTokens) { first, _ in first }
        .merging(frenchMail) { first, _ in first }
        .merging(frenchPlaceEditing) { first, _ in first }.merging([
        .followLabel: "Suivre", .feedAtom: "Flux Atom", .feedRSS: "Flux RSS", .feedCalendar: "Agenda (iCal)",
        .eventCalendar: "Ajouter à l’agenda (iCal)", .downloadLabel: "Télécharger cette liste",
        .downloadCSV: "CSV", .downloadJSON: "JSON",
        .feedArticlesSubtitle: "Les articles publiés sur Peerpolis, du plus récent au plus ancien.",
        .feedEventsSubtitle: "Les événements de Peerpolis, les plus récents d’abord.",
        .siteTagline: "La coopération entre villes et entre régions, dans un seul espace ouvert",
        .skipToContent: "Aller au contenu",
        .mainNavigation: "Navigation principale",
        .languageLabel: "Langue",
        .navHome: "Accueil", .navPlaces: "Territoires", .navThemes: "Thèmes", .navNetworks: "Réseaux",
        .navCooperations: "Coopérations", .navPractices: "Bonnes pratiques", .navEvents: "Événements",
        .navArticles: "Articles", .navCalls: "Appels", .navPledges: "Engagements", .navOrganizations: "Organisations",
        .navCountries: "Pays", .navAbout: "À propos", .navPartnerSearch: "Recherche de partenaires",
        .findPartners: "Trouver des partenaires", .proposeConsortium: "Proposer un consortium",
        .footerCredits: "Peerpolis est un logiciel libre pour la coopération entre villes.",
        .footerGeoNames: "Données géographiques de GeoNames, sous licence CC BY 4.0.",
        .footerSource: "Sources et crédits",
        .filter: "Filtrer", .allOption: "Tous", .previousPage: "Page précédente", .nextPage: "Page suivante",
        .pageOf: "Page {0} sur {1}", .aboutResultsCount: "Environ {0} résultats", .resultsCount: "{0} résultats",
        .noResults: "Rien ne correspond encore à ces filtres.", .readMore: "Lire la suite",
        .errorNotFoundTitle: "Page introuvable",
        .errorNotFoundText: "Aucune page n’existe à cette adresse. Elle a peut-être été déplacée, ou le lien est erroné.",
        .errorBadRequestTitle: "Cette demande ne peut pas aboutir",
        .errorServerTitle: "Une erreur est survenue",
        .errorServerText: "Le site n’a pas pu construire cette page. L’erreur a été enregistrée ; réessayez plus tard.",
        .backHome: "Retour à l’accueil",
        .homeTitle: "La coopération entre villes et régions, en un seul lieu",
        .homeLatestArticles: "Derniers articles", .homeUpcomingEvents: "Événements à venir",
        .homeOpenCalls: "Appels ouverts", .homeTotals: "Le site en chiffres",
        .fieldCountry: "Pays", .fieldTheme: "Thème", .fieldKind: "Type", .fieldStatus: "Statut", .fieldYear: "Année",
        .fieldSize: "Taille", .fieldPopulation: "Population", .fieldTimeZone: "Fuseau horaire",
        .fieldWhen: "Quand", .fieldAlsoKnownAs: "Autres noms", .fieldName: "Nom",
        .sectionUpcoming: "À venir", .sectionPast: "Passés",
        .aboutTitle: "À propos de Peerpolis",
        .nameStartsWith: "Le nom commence par",
        .minutesRead: "{0} min de lecture",
        .searchTitle: "Recherche", .searchLabel: "Rechercher sur le site", .searchPlaceholder: "Un territoire, un thème, un réseau…",
        .searchButton: "Rechercher", .searchFacets: "Affiner les résultats", .suggestTitle: "Suggestions", .fieldType: "Type",
    ]) { first, _ in first }

    static let frenchLabels: [String: String] = [
        "month.1": "janvier", "month.2": "février", "month.3": "mars", "month.4": "avril", "month.5": "mai",
        "month.6": "juin", "month.7": "juillet", "month.8": "août", "month.9": "septembre", "month.10": "octobre",
        "month.11": "novembre", "month.12": "décembre",
        "status.upcoming": "À venir", "status.ongoing": "En cours", "status.closed": "Terminé", "status.open": "Ouvert",
        "application.submitted": "Déposée", "application.under-review": "En cours d'examen",
        "application.accepted": "Retenue", "application.rejected": "Refusée",
        "when.upcoming": "À venir", "when.past": "Passés",
    ]

    /// The label of an enumerated value, e.g. `label("network-kind", "transfer")`.
    public func label(_ group: String, _ value: String) -> String {
        let key = "\(group).\(value)"
        if language == .fr, let text = Catalog.frenchLabels[key] { return text }
        return Catalog.englishLabels[key] ?? value
    }
}
