"""Word banks for make_corpus.py: weights, terms and sentence templates, all written for the benchmark.

Nothing here is copied from the seed pages; place names come from places.tsv at run time.
"""

# Country weights: Europe and Latin America dominate, as in the field; every other country with
# places gets a small default weight so the country facet stays wide.
COUNTRY_W = dict((k, float(v)) for k, v in (p.split(":") for p in """
FR:10 ES:10 IT:9 DE:9 PT:5 PL:5 NL:4 BE:4 GR:3 SE:3 AT:2 CH:2 CZ:2 RO:2 HU:2 FI:2 DK:2 IE:2 HR:1.5
SI:1 SK:1 BG:1 LT:1 LV:1 EE:1 GB:2 NO:1 CY:.5 MT:.5 LU:.5 UA:1 RS:.5 AL:.5 MK:.5 BA:.5 MD:.5 ME:.3
BR:8 MX:7 CO:5 AR:4 CL:3 PE:3 EC:2 UY:1.5 BO:1 PY:1 CR:1 GT:1 CU:1 DO:1 HN:.8 SV:.8 NI:.8 PA:.8 VE:.8
US:2 CA:1 CN:2 IN:1.5 ZA:1.5 MZ:1 KE:1 MA:1 TN:1 SN:.5 JP:1 KR:1 ID:1 VN:1 PH:.5 TR:1""".split()))
DEFAULT_COUNTRY_W = 0.1

# Cities the field talks about; boosted so that famous (often accented) names recur.
FEATURED = [("Malmö", "SE"), ("São Paulo", "BR"), ("Zürich", "CH"), ("Kraków", "PL"), ("Málaga", "ES"),
            ("Besançon", "FR"), ("Nuremberg", "DE"), ("Lyon", "FR"), ("Turin", "IT"), ("Piraeus", "GR"),
            ("Durban", "ZA"), ("Almería", "ES"), ("Mannheim", "DE"), ("Chongqing", "CN"), ("Grenoble", "FR"),
            ("Barcelona", "ES"), ("Bologna", "IT"), ("Gdańsk", "PL"), ("Thessaloníki", "GR"), ("Córdoba", "AR"),
            ("Medellín", "CO"), ("Bogotá", "CO"), ("Curitiba", "BR"), ("Porto Alegre", "BR"), ("Mérida", "MX"),
            ("Santiago de Querétaro", "MX"), ("Valparaíso", "CL"), ("Düsseldorf", "DE"), ("Köln", "DE"), ("Sevilla", "ES"),
            ("Genoa", "IT"), ("Gent", "BE"), ("Utrecht", "NL"), ("Lisbon", "PT"), ("Maputo", "MZ")]
# Local names used in text for some exonyms in places.tsv (the id stays the real GeoNames id).
ENDONYMS = {2861650: "Nürnberg", 2867714: "München", 2660646: "Genève", 2711537: "Göteborg",
            2618425: "København", 2761369: "Wien", 2800866: "Bruxelles", 3530597: "Ciudad de México",
            3165524: "Torino", 2267057: "Lisboa", 3176959: "Firenze", 3176219: "Genova"}

# Per top-level theme: English domain terms | terms in French, Spanish, Italian, German, Portuguese.
THEME_TERMS = {
 "urban-mobility": ("school streets|cycle lanes|low-traffic neighbourhoods|bus rapid transit|tram line|mobility hubs|freight rail link|bike sharing",
                    "mobilité douce|rues scolaires|movilidad sostenible|carril bici|Fußgängerzone|Straßenbahn|mobilità dolce|ciclovía|transporte público"),
 "climate-energy": ("retrofitting|energy communities|heat pumps|district heating|solar roofs|climate neutrality|heatwave plans|just transition",
                    "rénovation énergétique|transición energética|Energiewende|Wärmepumpe|comunità energetiche|eficiência energética|neutralité carbone"),
 "social-inclusion": ("social inclusion|homelessness|child guarantee|Roma inclusion|social rights|one-stop shop|social innovation|minimum income",
                      "inclusión social|cohésion sociale|inclusão social|economía social y solidaria|Quartiersmanagement|insertion professionnelle"),
 "migration-integration": ("migrant integration|welcoming cities|language courses|migrant women|refugee reception|intercultural mediation",
                           "acogida de migrantes|accueil des réfugiés|Willkommenskultur|integração de migrantes|mediazione interculturale"),
 "housing": ("affordable housing|informal settlements|housing first|social housing|land tenure|slum upgrading|community land trust",
             "vivienda asequible|logement social|regularização fundiária|asentamientos informales|Wohnungsbaugenossenschaft|habitação social"),
 "culture-heritage": ("urban heritage|creative citizenship|cultural centres|heritage-led regeneration|culture for climate|festivals",
                      "patrimoine urbain|patrimonio cultural|Kulturerbe|património histórico|centro histórico|économie créative"),
 "local-economy-jobs": ("business support|local economic development|investment attraction|public-private partnership|startups|decent work|skills",
                        "développement économique local|emprendimiento|Gründerzentrum|economia locale|fomento económico|pépinière d'entreprises"),
 "digital-smart-city": ("open data|digital twins|smart city|artificial intelligence|data platform|digital skills|sensors",
                        "ville intelligente|ciudad inteligente|datos abiertos|Digitalisierung|cidade inteligente|données ouvertes"),
 "governance-participation": ("participatory budgeting|urban commons|citizen assemblies|metropolitan governance|municipal finance|cadastre|co-governance",
                              "presupuesto participativo|orçamento participativo|démocratie participative|beni comuni|patto di collaborazione|Bürgerbeteiligung|participación ciudadana"),
 "public-procurement": ("public procurement|green procurement|social clauses|gender-responsive procurement|innovation procurement|tenders",
                        "commande publique|contratación pública|compras públicas|appalti verdi|Vergaberecht|achats responsables"),
 "health-food": ("healthy food|urban food policy|school canteens|food banks|public health|urban agriculture",
                 "alimentação saudável|cantine scolaire|agricultura urbana|politique alimentaire|orti urbani|Ernährungsrat"),
 "education-youth": ("inclusive education|youth employment|youth councils|early school leaving|apprenticeships|youth engagement",
                     "éducation inclusive|empleo juvenil|Jugendbeteiligung|educação inclusiva|consiglio dei giovani"),
 "urban-regeneration": ("urban regeneration|brownfield sites|public space|neighbourhood regeneration|cadastre|temporary use|master plan",
                        "rénovation urbaine|regeneración urbana|espacio público|Stadterneuerung|requalificação urbana|riqualificazione|Zwischennutzung"),
 "circular-economy-environment": ("circular economy|waste management|air quality|urban greening|reuse centres|nature-based solutions|tree planting",
                                  "économie circulaire|economía circular|Kreislaufwirtschaft|economia circolare|reciclagem|qualité de l'air|áreas verdes"),
 "blue-growth-tourism": ("blue growth|sustainable tourism|waterfronts|ports|maritime economy|coastal management|cruise tourism",
                         "croissance bleue|economía azul|turismo sostenible|économie maritime|Hafenentwicklung|orla marítima"),
 "gender-equality": ("gender mainstreaming|safe public spaces for women|gender budgeting|women's economic empowerment|care economy",
                     "égalité femmes-hommes|igualdad de género|Gleichstellung|parità di genere|equidade de gênero|violencia de género"),
 "urban-rural-linkages": ("urban–rural linkages|intermediary cities|short food chains|rural mobility|territorial cohesion|peri-urban agriculture",
                          "circuits courts|cohesión territorial|ciudades intermedias|Stadt-Land-Partnerschaft|cadeias curtas|agricoltura periurbana"),
}
METHODS = ("action plan|integrated action plan|transfer|peer learning|study visit|good practice|pledge|working group|"
           "Local URBACT Group|decentralised cooperation|south-south cooperation|learning exchange|technical visit|"
           "peer review|twinning|call for proposals|memorandum of understanding|pilot project|baseline study|"
           "transnational meeting|capacity building|city pledge|policy lab|small-scale action|toolkit|roadmap").split("|")
EVENTS = ["study visit", "technical visit", "learning exchange", "transnational meeting", "working group meeting",
          "peer review", "academy", "webinar", "forum", "policy lab"]
# Outcome figures: format and range of the number.
FIGURES = [("{:,} households reached", 40, 4000), ("{}% fewer car trips", 5, 45), ("{} new jobs", 10, 900),
           ("{:,} homes retrofitted", 20, 2500), ("{:,} trees planted", 100, 9000), ("{:,} participants", 30, 1200),
           ("{}% of pupils walking or cycling", 3, 60), ("{:,} tonnes of CO2 avoided", 200, 40000),
           ("{} hectares restored", 2, 300), ("{} community gardens", 5, 80)]
PROGRAMMES = ["URBACT", "IURC", "EUROCITIES", "UCLG", "Interreg Europe", "the Covenant of Mayors",
              "Connective Cities", "Mercociudades", "Metropolis", "ICLEI", "Energy Cities"]
NET_PRE = "Blu Green Com Cycle Food Data Heri Youth Gen Care Procure Home Water Link Circ Civic Sol Rura".split()
NET_SUF = "Act Net Lab Hub 4Cities Move Shift Up Path Bridge Loop Scope".split()
ORG_KINDS = ["agency", "association", "observatory", "foundation", "development company", "network"]
PEOPLE = ["the mayor", "the deputy mayor", "the international-relations officer", "a thematic expert",
          "the lead expert", "residents", "the city council", "local NGOs", "the regional government"]
STATUS = {"network": [("closed", 5), ("ongoing", 4), ("upcoming", 1)],
          "call": [("closed", 6), ("open", 2), ("upcoming", 2)]}
STOP = set("a an the and or of on in to for with from by at as is are was were be it its has have up so can their "
           "this that how what why "
           "after into over about under more than per de la le les des du et en el los las y del da do das dos "
           "di il und der die das für von zu".split())

# Text templates: {c} city, {p} partner city, {k} country, {t} topic, {m} method, {g} programme,
# {M} method with "a/an", {V} event kind with "a/an", {n} network name, {f} figure, {b} budget, {x} foreign term,
# {d} the document's year, {y} a year before it, {z} a year after it, {o} organisation kind, {w} who, {a} a count.
TITLES = {
 "article": ["{c} turns to {p} for ideas on {t}", "What {c} learned from {p} about {t}", "Case study: {t} in {c}",
             "{g} partners meet in {c} to discuss {t}", "Opinion: why {t} needs more than {M}", "{c} and {p} sign an agreement on {t}",
             "{x}: how {c} is changing", "{c} reports {f} after its {m}", "Press release: {g} backs {t} in {k}",
             "Five lessons on {t} from {c}", "Publication: {m} guide on {t}"],
 "network": ["{n}: transfer network on {t}", "Transfer network on {t} adapts {p}'s model",
             "{n} action planning network on {t}", "{n}, innovation transfer network led by {c}", "{n}: {x} in {k} and beyond"],
 "cooperation": ["{c}–{p} cooperation on {t}", "{c} and {p}: decentralised cooperation on {t}",
                 "{g} pairing of {c} and {p} on {t}", "South-south cooperation between {c} and {p} on {x}"],
 "practice": ["{c}'s approach to {t}", "Good practice: {x} in {c}", "{c}: {m} for {t}", "How {c} reached {f} with {t}"],
 "event": ["Study visit to {c} on {t}", "Webinar: {t} after {y}", "{g} forum on {t} in {c}", "Technical visit to {c}: {x}",
           "Working group meeting on {t} in {c}", "Academy on {m} and {t}"],
 "call": ["Call for proposals: {t} networks ({d})", "{g} call for transfer networks on {t}",
          "Open call: peer reviewers on {t}", "Call for cities: {x}"],
 "pledge": ["{c} pledges {b} for {t}", "City pledge: {c} commits to {t}", "{c} renews its pledge on {x}"],
 "organization": ["{c} {o} for {t}", "Municipal network of {k} for {t}", "Association of municipalities of {k} on {x}"],
}
SUMMARIES = {
 "article": ["{c} worked with {p} through {g} on {t}, and the {m} led to {f}.",
             "A look at how {c} in {k} used {M} to tackle {t}, with {f} so far."],
 "network": ["{g} network of {a} cities, led by {c}, on {t}; partners run {M} and expect {f}.",
             "Partner cities adapt {p}'s good practice on {t} through {M} and a Local URBACT Group in each city."],
 "cooperation": ["{c} and {p} cooperate on {t} under {g}, with {f} since {d}.",
                 "{M} between {c} ({k}) and {p} on {x}, which brought {f}."],
 "practice": ["{c} tackled {t} with {x}, reaching {f}; {a} cities have since studied it.",
              "The practice from {c} grew out of {M} on {t} and has produced {f}."],
 "event": ["{w} of {c} welcomed partners from {a} cities for {V} on {t}.",
           "{V} in {c} on {t}, open to members of {g}, with visits and a session on {x}."],
 "call": ["{g} invites cities to apply for networks on {t}; budget {b}, deadline in {d}.",
          "Cities in {k} and beyond can join {M} on {x}; {a} places are available."],
 "pledge": ["{c} commits {b} to {t} by {z}, under the {g} city pledge.",
            "A pledge by {c} on {x}, tracked each year against {M}."],
 "organization": ["A {o} based in {c} that supports cities on {t} and {x}.",
                  "The {o} brings together {a} municipalities of {k} on {t} and runs a {m}."],
}
BODY = ["{c} started with {M} in {y}, when {w} asked how other cities handled {t}.",
        "The exchange with {p} showed that {x} could work locally, provided that residents were involved early.",
        "Over three years the work delivered {f}, according to the city's own monitoring.",
        "Partners from {k} took part in the {m} and compared their data on {t}.",
        "{w} of {p} presented their {m}, and the group agreed on a shared set of indicators.",
        "In a second phase, {c} tested {x} in two neighbourhoods before scaling it up.",
        "Funding came partly from {g}, partly from the municipal budget, which covered {b}.",
        "The Local URBACT Group met every two months to follow the {m}.",
        "Critics pointed out that {t} takes time, and that {f} is only a first step.",
        "The next step is to extend the {m} to {a} cities interested in {x}.",
        "A study visit to {p} in {y} convinced {w} to adapt the model rather than copy it.",
        "Results are published as open data so that other cities can compare their progress on {t}.",
        "{w} stressed that peer learning with {p} saved months of work on {t}.",
        "The budget for {x} reached {b}, and an evaluation is planned for {z}.",
        "Other members of {g}, including {p}, have asked to transfer the approach.",
        "In {k}, {t} is now part of national guidance, partly thanks to the {m}.",
        "Participatory budgeting sessions let residents choose where {x} should come first.",
        "The cadastre and land records of {c} had to be updated before the works could start.",
        "Schools, associations and businesses took part in a series of workshops on {t}.",
        "Informal settlements on the edge of {c} were the first to benefit from {x}."]
