// The vocabulary is written by hand, in the words practitioners use in the six languages of the hub's
// first programmes (EN, FR, ES, IT, DE, PT). Words go to the most precise theme they name; generic
// words ("climate", "housing") go to the top-level theme. City names that are also words ("Porto",
// "Roma") are left out on purpose: "like Porto" must not read as ports, nor "Roma" (Rome) as Roma inclusion.

extension ChallengeLexicon {
    /// Theme slug → terms, in six languages.
    public static let builtInVocabulary: [String: [String]] = {
        var all: [String: [String]] = [:]
        for part in [peopleAndPlaces, economyAndGovernance, environmentAndTerritory] {
            all.merge(part) { $0 + $1 }
        }
        return all
    }()

    static let peopleAndPlaces: [String: [String]] = [
        "urban-mobility": [
            "mobility", "mobilite", "movilidad", "mobilita", "mobilidade", "mobilitat", "traffic", "congestion",
            "verkehr", "trafic", "trafico", "traffico", "transito", "commut*", "stau",
        ],
        "active-travel": [
            "cycl*", "bicycle*", "bike*", "walkab*", "walking", "pedestrian*", "velo", "piste cyclable", "ciclovia*",
            "bicicleta*", "bicicletta", "biciclette", "ciclabil*", "fahrrad*", "radweg*", "fussganger*", "pedone",
            "pedoni", "peaton*", "pieton*", "mobilite douce", "mobilita dolce", "mobilidade ativa",
        ],
        "school-streets": [
            "school street", "safe routes to school", "rue scolaire", "rue aux ecoles", "calle escolar",
            "entornos escolares", "camino escolar", "strada scolastica", "strade scolastiche", "schulstrasse*",
            "schulweg*", "rua escolar", "ruas escolares", "school run",
        ],
        "public-transport": [
            "public transport", "bus", "buses", "tram*", "metro", "subway", "transport en commun", "transports publics",
            "transporte publico", "transportes publicos", "trasporto pubblico", "trasporti pubblici", "nahverkehr*",
            "offentlicher verkehr", "strassenbahn*", "onibus", "autobus", "transporte coletivo",
        ],
        "intermodality": ["intermodal*", "multimodal*", "mobility as a service", "maas", "park and ride", "ticketing"],
        "cargo-rail": [
            "freight", "logisti*", "fret", "rail freight", "carga ferroviaria", "trasporto merci", "guterverkehr*",
            "transporte de mercadorias", "freight train",
        ],
        "climate-energy": [
            "climate", "climat", "clima", "klima*", "carbon", "carbone", "carbono", "emission*", "emisiones",
            "emissoes", "emissioni", "co2", "greenhouse", "net zero", "neutralite carbone", "decarboni*",
            "descarboni*", "energy", "energie*", "energia*", "energetic*",
        ],
        "climate-action-planning": ["climate plan", "plan climat", "climate action plan", "secap", "klimaschutz*", "plano climatico"],
        "climate-adaptation": [
            "heatwave*", "heat wave", "canicule*", "flood*", "inondation*", "inundacion*", "inondazion*",
            "alluvion*", "hochwasser", "uberschwemmung*", "enchente*", "drought*", "secheresse*", "sequia*",
            "siccita", "seca", "hitze*", "ola de calor", "onda de calor", "ondata di calore", "climate adaptation",
            "adaptation au changement climatique", "adaptacion", "adattamento", "klimaanpassung", "adaptacao",
            "resilien*",
        ],
        "renewable-energy": [
            "solar", "solaire", "photovolta*", "fotovolta*", "wind power", "wind turbine*", "eolien*", "eolic*",
            "renewable*", "renouvelable*", "renovable*", "rinnovabil*", "renovave*", "erneuerbar*", "district heating",
            "reseau de chaleur", "fernwarme",
        ],
        "building-retrofit": [
            "retrofit*", "renovation energetique", "renovacion energetica", "riqualificazione energetica",
            "reabilitacao energetica", "sanierung*", "insulation", "isolation thermique", "aislamiento",
            "energy efficiency", "efficacite energetique", "eficiencia energetica", "efficienza energetica",
            "eficiencia energetica", "energieeffizienz",
        ],
        "just-transition": [
            "just transition", "transition juste", "transicion justa", "transizione giusta", "transicao justa",
            "gerechter ubergang", "energy poverty", "precarite energetique", "pobreza energetica",
            "poverta energetica", "energiearmut",
        ],
        "social-inclusion": [
            "poverty", "pauvrete", "pobreza", "poverta", "armut", "social inclusion", "inclusion sociale",
            "inclusion social", "inclusione sociale", "inclusao social", "soziale inklusion", "social exclusion",
            "exclusion sociale", "inequalit*", "inegalit*", "desigualdad*", "disuguaglianz*", "ungleichheit*",
            "desigualdade*", "exclusao social", "esclusione sociale",
        ],
        "social-rights": [
            "social rights", "droits sociaux", "derechos sociales", "diritti sociali", "direitos sociais",
            "soziale rechte", "pillar of social rights", "socle europeen des droits sociaux",
        ],
        "roma-inclusion": [
            "roma inclusion", "roma communit*", "roma people", "roma famil*", "roma children", "romani", "gitano*",
            "sinti", "gens du voyage", "antigypsyism", "antitsiganisme", "antigitanismo", "antiziganismus",
            "ciganos",
        ],
        "smart-social-inclusion": [
            "digital divide", "fracture numerique", "brecha digital", "divario digitale", "digitale kluft",
            "digital inclusion", "inclusion numerique", "inclusion digital", "inclusione digitale",
            "inclusao digital", "exclusao digital", "digital skills", "competences numeriques",
        ],
        "social-services": [
            "social services", "services sociaux", "servicios sociales", "servizi sociali", "servicos sociais",
            "sozialdienst*", "homeless*", "sans abri", "sin hogar", "senzatetto", "obdachlos*", "sem abrigo",
            "sem teto", "elderly", "older people", "personnes agees", "personas mayores", "anziani", "idosos",
            "senioren", "long term care",
        ],
        "social-innovation": [
            "social innovation", "innovation sociale", "innovacion social", "innovazione sociale", "inovacao social",
            "soziale innovation", "social economy", "economie sociale", "economia social", "economia sociale",
            "sozialwirtschaft", "social enterprise*", "cooperative*",
        ],
        "migration-integration": [
            "migra*", "immigra*", "emigra*", "refugee*", "refugie*", "refugiad*", "rifugiat*", "fluchtling*",
            "gefluchtete*", "asylum", "asile", "asilo", "asyl*", "newcomer*", "diaspora*",
        ],
        "migrant-integration": [
            "integration of migrants", "integration des migrants", "integracion de migrantes", "integrazione",
            "integracao", "welcoming", "accueil des migrants", "acogida", "accoglienza", "acolhimento",
            "integration", "integracion", "language courses", "cours de langue",
        ],
        "migration-governance": [
            "migration policy", "politique migratoire", "politica migratoria", "politica migratoria",
            "migrationspolitik", "politica de migracao", "migration governance",
        ],
        "migrant-women": [
            "migrant women", "femmes migrantes", "mujeres migrantes", "donne migranti", "mulheres migrantes",
            "migrantinnen", "refugee women",
        ],
        "housing": [
            "housing", "logement*", "vivienda*", "alloggi*", "abitativ*", "habitacao", "habitacional", "moradia*",
            "wohnung*", "wohnen", "wohnraum", "rents", "loyer*", "alquiler*", "affitt*", "aluguel", "aluguer",
            "miete*",
        ],
        "affordable-housing": [
            "affordable housing", "social housing", "public housing", "logement social", "logements sociaux",
            "logement abordable", "vivienda asequible", "vivienda social", "vivienda publica", "edilizia sociale",
            "edilizia residenziale pubblica", "alloggi popolari", "habitacao social", "habitacao acessivel",
            "sozialer wohnungsbau", "bezahlbar* wohn*", "sozialwohnung*", "housing cooperative*",
        ],
        "housing-access": [
            "eviction*", "expulsion* locative*", "desahucio*", "sfratt*", "despejo*", "zwangsraumung*", "housing first",
            "logement d abord", "right to housing", "droit au logement", "derecho a la vivienda",
            "diritto alla casa", "direito a habitacao", "recht auf wohnen",
        ],
        "informal-settlements": [
            "informal settlement*", "slum*", "bidonville*", "favela*", "asentamiento* informal*", "baraccopol*",
            "insediament* informal*", "assentamento* informa*", "township*", "informelle siedlung*",
            "informal housing", "villa miseria", "tugurio*",
        ],
        "culture-heritage": [
            "culture", "cultural", "culturel*", "cultura*", "kultur*", "heritage", "patrimoine", "patrimonio*",
            "kulturerbe", "museum*", "musee*", "museo*", "museu*", "festival*", "arts", "artist*", "artiste*",
            "library", "libraries", "bibliothe*", "bibliote*",
        ],
        "urban-heritage": [
            "historic centre", "historic center", "centre historique", "centro historico", "centro storico",
            "altstadt", "monument*", "denkmal*", "historic buildings", "patrimoine bati", "world heritage",
        ],
        "cultural-economy": [
            "creative industr*", "industries creatives", "industrias creativas", "industrie creative",
            "industrias criativas", "kreativwirtschaft", "creative economy", "economie creative",
            "economia creativa", "economia criativa", "cultural and creative sectors",
        ],
        "culture-for-climate": ["culture for climate", "culture et climat", "cultura y clima", "cultura per il clima"],
    ]
}
