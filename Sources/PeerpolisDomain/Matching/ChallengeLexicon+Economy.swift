extension ChallengeLexicon {
    static let economyAndGovernance: [String: [String]] = [
        "local-economy-jobs": [
            "economy", "economic", "economie", "economique", "economia", "economico", "wirtschaft*", "jobs",
            "employment", "emploi*", "empleo*", "lavoro", "occupazione", "emprego*", "arbeit", "beschaftigung*",
            "unemploy*", "chomage", "desempleo", "disoccupazione", "desemprego", "arbeitslos*",
        ],
        "business-support": [
            "entrepreneur*", "startup*", "start up*", "sme", "smes", "pme", "pyme*", "incubat*", "emprendimiento*",
            "emprendedor*", "imprenditor*", "empreendedor*", "grunder*", "existenzgrund*", "business support",
            "small business*", "microempresa*",
        ],
        "future-of-work": [
            "future of work", "avenir du travail", "futuro del trabajo", "futuro del lavoro", "futuro do trabalho",
            "zukunft der arbeit", "reskill*", "upskill*", "automation", "platform work*",
        ],
        "decent-work": [
            "decent work", "travail decent", "trabajo decente", "lavoro dignitoso", "trabalho decente", "gute arbeit",
            "informal economy", "economie informelle", "economia informal", "street vendors",
        ],
        "local-economic-development": [
            "local economic development", "developpement economique local", "desarrollo economico local",
            "sviluppo economico locale", "desenvolvimento economico local", "wirtschaftsforderung", "high street*",
            "retail", "commerce de proximite", "comercio local",
        ],
        "investment-attraction": [
            "investment*", "investor*", "investissement*", "inversion*", "investiment*", "investimento*",
            "investition*", "public private partnership*", "partenariat public prive", "ppp",
            "asociacion publico privada", "parceria publico privada", "partenariato pubblico privato",
        ],
        "digital-smart-city": [
            "digital*", "numerique*", "digitalizacion", "digitalizzazione", "digitalisierung", "transformacao digital",
            "technolog*", "tecnolog*", "technologie*", "e government", "egovernment", "e governo",
        ],
        "smart-city-solutions": [
            "smart city", "smart cities", "ville intelligente", "villes intelligentes", "ciudad* inteligente*",
            "citta intelligente", "cidade* inteligente*", "intelligente stadt", "sensor*", "capteur*",
            "internet of things", "iot", "digital twin*", "jumeau numerique",
        ],
        "tech-digital-economy": [
            "tech sector", "tech hub*", "digital economy", "economie numerique", "economia digital",
            "economia digitale", "digitalwirtschaft",
        ],
        "artificial-intelligence": [
            "artificial intelligence", "ai", "intelligence artificielle", "ia", "inteligencia artificial",
            "intelligenza artificiale", "kunstliche intelligenz", "ki", "machine learning", "algorithm*",
            "algorithme*", "algoritm*",
        ],
        "open-data": [
            "open data", "donnees ouvertes", "datos abiertos", "dati aperti", "dados abertos", "offene daten",
            "opendata", "open government data",
        ],
        "governance-participation": [
            "governance", "gouvernance", "gobernanza", "governanca", "public administration",
            "administration publique", "administracion publica", "pubblica amministrazione", "administracao publica",
            "verwaltung*", "transparen*", "accountab*", "corruption", "corrupcion", "corruzione", "corrupcao",
        ],
        "citizen-participation": [
            "citizen participation", "participation citoyenne", "participacion ciudadana", "partecipazione",
            "participacao", "beteiligung*", "burgerbeteiligung*", "co creation", "co creat*", "cocreat*",
            "co design", "participatory budget*", "budget participatif", "presupuesto* participativo*",
            "bilancio partecipativo", "orcamento participativo", "burgerhaushalt*", "citizen assembl*",
            "assemblee citoyenne", "public consultation*", "consulta publica", "participat*",
        ],
        "urban-commons": [
            "commons", "communs", "biens communs", "bienes comunes", "beni comuni", "bens comuns", "gemeingut*",
            "allmende*", "co city", "cocity", "shared administration", "amministrazione condivisa",
        ],
        "metropolitan-governance": [
            "metropolitan*", "metropol*", "intermunicipal*", "intercommunal*", "inter municipal", "stadtregion*",
            "conurbation*", "area metropolitana", "regiao metropolitana",
        ],
        "local-democracy": [
            "local democracy", "democra*", "demokra*", "democratie locale", "democracia local",
            "democrazia locale", "lokale demokratie", "local elections", "decentrali*", "descentraliza*",
        ],
        "municipal-finance": [
            "municipal finance*", "finances locales", "finances municipales", "finanzas municipales",
            "finanza locale", "financas municipais", "kommunalfinanz*", "municipal budget*", "fiscal*",
            "municipal bond*", "own source revenue*", "property tax*", "impot* locaux", "taxe fonciere",
            "haushalt der stadt",
        ],
        "public-procurement": [
            "procurement", "public purchasing", "marches publics", "marche public", "commande publique",
            "contratacion publica", "compra publica", "compras publicas", "appalti", "appalto", "contratacao publica",
            "vergabe*", "beschaffung*", "tender*", "appel d offres", "licitacion*", "licitacao*", "ausschreibung*",
        ],
        "green-procurement": [
            "green procurement", "green public procurement", "achat vert", "achats verts", "achats durables",
            "compra verde", "compras verdes", "acquisti verdi", "appalti verdi", "grune beschaffung",
        ],
        "social-procurement": [
            "social procurement", "socially responsible procurement", "clause sociale", "clauses sociales",
            "clausulas sociales", "clausole sociali", "social clause*", "soziale vergabe*", "clausulas sociais",
        ],
        "gender-responsive-procurement": [
            "gender responsive procurement", "gender responsive public procurement", "achats sensibles au genre",
            "compra publica con perspectiva de genero",
        ],
        "innovation-procurement": [
            "innovation procurement", "procurement of innovation", "pre commercial procurement", "achat innovant",
            "achats innovants", "compra publica innovadora", "appalti innovativi", "appalti pre commerciali",
            "innovationsbeschaffung", "encomenda publica de inovacao",
        ],
        "health-food": [
            "health", "sante", "salud", "salute", "saude", "gesundheit*", "wellbeing", "well being", "bien etre",
            "bienestar", "benessere", "bem estar",
        ],
        "public-health": [
            "public health", "sante publique", "salud publica", "salute pubblica", "saude publica", "obesity",
            "obesite", "obesidad", "obesita", "obesidade", "adipositas", "mental health", "sante mentale",
            "salud mental", "salute mentale", "saude mental", "psychisch*", "pandemic*", "pandemie*", "pandemia*",
            "covid*", "hospital*", "hopital*", "ospedal*", "krankenhaus*", "vaccin*", "impfung*",
        ],
        "healthy-food": [
            "healthy food", "healthy diet*", "nutrition*", "alimentation saine", "alimentacion saludable",
            "alimentazione sana", "alimentacao saudavel", "gesunde ernahrung", "ernahrung*", "school meal*",
            "cantine*", "comedor* escolar*", "mensa scolastica", "merenda escolar", "food desert*",
        ],
        "urban-food-policy": [
            "food policy", "food system*", "food", "alimentaire", "alimentation", "alimentacion", "alimentario",
            "alimentare", "alimentazione", "alimentacao", "lebensmittel*", "food waste", "gaspillage alimentaire",
            "desperdicio alimentario", "spreco alimentare", "desperdicio alimentar", "lebensmittelverschwendung",
            "urban agriculture", "agriculture urbaine", "agricultura urbana", "agricoltura urbana", "urban garden*",
            "jardin* partage*", "huerto* urbano*", "orti urbani", "horta* urbana*", "stadtgart*",
        ],
        "education-youth": [
            "education", "educacion", "educazione", "istruzione", "educacao", "ensino", "bildung*", "school*",
            "ecole*", "escuela*", "scuol*", "escola*", "schule*", "youth", "jeunes", "jeunesse", "jovenes",
            "juventud", "giovani", "jovens", "juventude", "jugend*", "young people", "student*", "etudiant*",
            "estudiante*", "studenti", "estudante*",
        ],
        "inclusive-education": [
            "early school leaving", "decrochage scolaire", "abandono escolar", "abbandono scolastico",
            "dispersione scolastica", "schulabbruch", "inclusive education", "education inclusive",
            "educacion inclusiva", "educazione inclusiva", "educacao inclusiva", "inklusive bildung",
        ],
        "youth-employment": [
            "youth unemployment", "chomage des jeunes", "desempleo juvenil", "disoccupazione giovanile",
            "desemprego jovem", "desemprego juvenil", "jugendarbeitslosigkeit", "youth employment",
            "emploi des jeunes", "empleo juvenil", "occupazione giovanile", "neet", "neets", "apprentice*",
            "apprentissage", "ausbildung*",
        ],
        "youth-engagement": [
            "youth council*", "conseil municipal des jeunes", "conseils de jeunes", "youth participation",
            "jugendbeteiligung", "participacion juvenil", "partecipazione giovanile", "young people in the city",
        ],
    ]
}
