#!/usr/bin/env python3
"""Write themes.json (17 top-level themes, two levels, UN SDG mapping) and sdgs.json.

Hand-curated taxonomy; descriptions are our own. Usage: python3 scripts/build_themes.py"""
import json
import os
D=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),"Sources","PeerpolisStorage","Resources","Data")+os.sep
def t(slug,name,fr,sdgs,desc,children=None):
    d={"slug":slug,"name":name,"nameFr":fr,"description":desc,"sdgs":sdgs}
    if children is not None: d["children"]=children
    return d
T=[
t("urban-mobility","Urban mobility","Mobilité urbaine",[11,3,9,13],"How people and goods move around the city, and how to make those trips cleaner, safer and fairer.",[
 t("active-travel","Active travel","Mobilité active",[11,3,13],"Walking and cycling as everyday ways of getting around, and the streets that make them safe."),
 t("school-streets","School streets and safe routes to school","Rues scolaires et trajets sûrs vers l'école",[3,11,4],"Redesigning school neighbourhoods so that children can walk or cycle to school on their own."),
 t("public-transport","Public transport","Transports publics",[11,9,13],"Planning, running and integrating buses, trams, metros and local rail."),
 t("intermodality","Intermodality and mobility services","Intermodalité et services de mobilité",[11,9],"Connecting modes, tickets and information so one trip can combine several means of transport."),
 t("cargo-rail","Rail freight and logistics","Fret ferroviaire et logistique",[9,11,13,17],"Moving goods by rail and organising urban and long-distance logistics."),
]),
t("climate-energy","Climate and energy","Climat et énergie",[13,7,11],"Cutting greenhouse-gas emissions, switching to clean energy and preparing cities for a changing climate.",[
 t("climate-action-planning","Climate action planning","Planification de l'action climatique",[13,11],"Setting emission targets and local plans, and tracking progress towards them."),
 t("building-retrofit","Building retrofit","Rénovation énergétique des bâtiments",[7,11,13],"Upgrading existing homes and public buildings so they use less energy."),
 t("renewable-energy","Renewable energy","Énergies renouvelables",[7,13],"Producing and sharing clean energy locally, from solar roofs to district heating."),
 t("climate-adaptation","Climate adaptation","Adaptation au changement climatique",[13,11,6],"Protecting people and infrastructure from heat, floods, drought and other climate risks."),
 t("just-transition","Just transition","Transition juste",[13,1,10],"Making sure the shift to a low-carbon economy does not leave low-income households behind."),
]),
t("social-inclusion","Social inclusion and poverty","Inclusion sociale et pauvreté",[1,10,11],"Fighting poverty and exclusion so that every resident can take part in city life.",[
 t("social-rights","Social rights","Droits sociaux",[1,10,8],"Putting social rights, such as those of the European Pillar of Social Rights, into local practice."),
 t("roma-inclusion","Roma inclusion","Inclusion des Roms",[10,1,11],"Improving Roma residents' access to housing, education, jobs and services."),
 t("smart-social-inclusion","Digital social inclusion","Inclusion sociale numérique",[10,9],"Using digital tools to reach vulnerable people and preventing a digital divide."),
 t("social-services","Social services","Services sociaux",[1,3,10],"Organising, funding and improving local social care and support services."),
 t("social-innovation","Social innovation","Innovation sociale",[10,8,11],"New ideas from public, private and civic actors that meet social needs better."),
]),
t("migration-integration","Migration and integration","Migration et intégration",[10,16,11],"Welcoming newcomers and helping migrants and refugees settle, work and belong.",[
 t("migrant-integration","Integration of migrants and refugees","Intégration des migrants et des réfugiés",[10,8,4],"Language, jobs, schooling and services that help newcomers become part of the city."),
 t("migration-governance","Local migration governance","Gouvernance locale des migrations",[10,16,17],"How cities and regions plan and coordinate migration policy with other levels of government."),
 t("migrant-women","Migrant women","Femmes migrantes",[5,10],"Reaching and supporting migrant women, whose needs often go unseen."),
]),
t("housing","Housing","Logement",[11,1],"Making decent homes available and affordable for all residents.",[
 t("affordable-housing","Affordable housing","Logement abordable",[11,1],"Social and affordable homes, and policies that keep housing costs within reach."),
 t("housing-access","Access to adequate housing","Accès à un logement décent",[11,1,10],"Helping people out of homelessness, camps or substandard dwellings into adequate homes."),
 t("informal-settlements","Informal settlements upgrading","Amélioration des quartiers informels",[11,1,6],"Improving informal settlements with services, secure tenure and better housing."),
]),
t("culture-heritage","Culture and heritage","Culture et patrimoine",[11,8,4],"Culture as a driver of identity, inclusion and local development, and the care of shared heritage.",[
 t("urban-heritage","Urban heritage","Patrimoine urbain",[11],"Protecting and giving new life to historic buildings, districts and shared cultural heritage."),
 t("cultural-economy","Cultural and creative economy","Économie culturelle et créative",[8,11],"Jobs and businesses in the cultural and creative sectors."),
 t("culture-for-climate","Culture for climate and inclusion","Culture pour le climat et l'inclusion",[11,13,10],"Cultural initiatives that support low-carbon change and bring people together."),
]),
t("local-economy-jobs","Local economy and jobs","Économie locale et emploi",[8,9,1],"Growing the local economy and creating good jobs.",[
 t("business-support","Business support and entrepreneurship","Soutien aux entreprises et entrepreneuriat",[8,9],"Helping people start and grow firms through advice, finance and workspace."),
 t("future-of-work","Future of work","Avenir du travail",[8,9],"Adapting to new ways of working, such as remote and hybrid work."),
 t("decent-work","Decent work and employment","Travail décent et emploi",[8,1,10],"Getting people into good-quality work and supporting job seekers."),
 t("local-economic-development","Local economic development","Développement économique local",[8,11,17],"Strategies that build on local assets to create prosperity that is widely shared."),
 t("investment-attraction","Investment attraction and public-private partnerships","Attraction des investissements et partenariats public-privé",[8,9,17],"Attracting investors and setting up partnerships between public bodies and private firms."),
]),
t("digital-smart-city","Digital and smart city","Numérique et ville intelligente",[9,11],"Using data and digital technology to improve public services and city life.",[
 t("smart-city-solutions","Smart city solutions","Solutions de ville intelligente",[9,11],"Connected technology for people, industry and the environment in the city."),
 t("tech-digital-economy","Tech and digital economy","Économie technologique et numérique",[8,9],"Growing tech firms, digital skills and digital business hubs."),
 t("artificial-intelligence","Artificial intelligence","Intelligence artificielle",[9,16],"Using AI responsibly in city administrations and preparing residents for it."),
 t("open-data","Open data","Données ouvertes",[16,9,17],"Publishing public data so anyone can reuse it, and managing city data well."),
]),
t("governance-participation","Governance and citizen participation","Gouvernance et participation citoyenne",[16,11,17],"How cities are run, financed and shared with their residents.",[
 t("citizen-participation","Citizen participation and co-creation","Participation citoyenne et co-création",[16,11],"Involving residents in designing and deciding local policies, including participatory democracy."),
 t("urban-commons","Urban commons","Communs urbains",[11,16,17],"Residents and the city administration jointly caring for and managing shared spaces and resources."),
 t("metropolitan-governance","Metropolitan cooperation","Coopération métropolitaine",[11,16,17],"Cities and their surrounding municipalities working together across administrative borders."),
 t("local-democracy","Local democracy","Démocratie locale",[16],"Defending the autonomy and democratic mandate of local governments."),
 t("municipal-finance","Municipal finance","Finances municipales",[16,17,11],"Local budgets, revenue, financial management and access to funding."),
]),
t("public-procurement","Public procurement","Commande publique",[12,16,8],"Using what public bodies buy to get better value and to reach social and environmental goals.",[
 t("gender-responsive-procurement","Gender-responsive procurement","Commande publique sensible au genre",[5,12],"Contracts that take account of the interests of women and men and help reduce gender inequalities."),
 t("green-procurement","Green public procurement","Commande publique verte",[12,13],"Buying goods, works and services with a lower environmental impact."),
 t("social-procurement","Socially responsible procurement","Commande publique socialement responsable",[8,10,12],"Contract terms that create jobs and opportunities for disadvantaged people."),
 t("innovation-procurement","Procurement of innovation","Achats publics d'innovation",[9,12],"Buying new solutions that are not yet on the market."),
]),
t("health-food","Health and food","Santé et alimentation",[3,2],"Healthy lives for residents, including access to good food.",[
 t("healthy-food","Healthy food access","Accès à une alimentation saine",[2,3],"Making healthy and sustainable food available and affordable."),
 t("urban-food-policy","Urban food policy","Politique alimentaire urbaine",[2,12,11],"City food strategies covering school meals, food waste and local supply."),
 t("public-health","Public health","Santé publique",[3,11],"Local action to prevent illness and promote health and well-being."),
]),
t("education-youth","Education and youth","Éducation et jeunesse",[4,8],"Schools, skills and opportunities for children and young people.",[
 t("inclusive-education","Inclusion through education","Inclusion par l'éducation",[4,10],"Using schools and learning to reduce inequalities between children."),
 t("youth-employment","Youth employment","Emploi des jeunes",[8,4],"Helping young people into work and tackling youth unemployment."),
 t("youth-engagement","Young people in the city","Les jeunes dans la ville",[4,11,16],"Keeping cities attractive to young people and giving them a voice."),
]),
t("urban-regeneration","Urban regeneration","Régénération urbaine",[11,1,10],"Renewing neighbourhoods, public spaces and land use so districts thrive again.",[
 t("neighbourhood-regeneration","Neighbourhood regeneration","Revitalisation des quartiers",[11,10],"Integrated renewal of deprived or declining neighbourhoods with their residents."),
 t("public-space-activation","Public space activation","Animation des espaces publics",[11],"Bringing streets, squares and vacant spaces back into active public use."),
 t("urban-planning","Urban and territorial planning","Aménagement urbain et territorial",[11,15],"Planning land use, growth and infrastructure at city and regional scale."),
 t("land-administration","Cadastre and land administration","Cadastre et administration foncière",[11,1,16],"Recording land and property, and using that record for planning and local revenue."),
]),
t("circular-economy-environment","Circular economy and environment","Économie circulaire et environnement",[12,11,15],"Using resources wisely and protecting the urban environment.",[
 t("circular-economy","Circular economy","Économie circulaire",[12,8],"Keeping materials in use through reuse, repair, sharing and recycling."),
 t("waste-management","Waste management","Gestion des déchets",[12,11],"Collecting, reducing and treating municipal waste."),
 t("air-quality","Air quality and pollution","Qualité de l'air et pollution",[3,11],"Reducing air, noise and other urban pollution that harms health."),
 t("urban-greening","Urban greening and nature","Végétalisation urbaine et nature",[11,15,13],"Parks, trees, gardens and nature-based solutions in the city."),
]),
t("blue-growth-tourism","Blue growth and tourism","Croissance bleue et tourisme",[14,8],"Sustainable economic use of coasts, ports and the sea, and tourism that benefits residents.",[
 t("blue-growth-entrepreneurship","Blue growth entrepreneurship","Entrepreneuriat de la croissance bleue",[14,8,9],"Supporting new businesses in the maritime and water economy."),
 t("sustainable-tourism","Sustainable tourism","Tourisme durable",[8,12,11],"Tourism that respects residents, heritage and the environment."),
 t("ports-waterfronts","Ports and waterfronts","Ports et fronts de mer",[14,9,11],"Developing port areas and waterfronts together with the city."),
]),
t("gender-equality","Gender equality","Égalité femmes-hommes",[5,10],"Equal rights, opportunities and safety for women and men in the city.",[
 t("gender-mainstreaming","Gender mainstreaming","Approche intégrée de l'égalité",[5,16],"Checking every policy and budget for its effect on women and men."),
 t("safe-public-spaces-for-women","Safe public spaces for women","Espaces publics sûrs pour les femmes",[5,11],"Making streets, transport and public places safe and welcoming for women and girls."),
 t("womens-economic-empowerment","Women's economic empowerment","Autonomisation économique des femmes",[5,8],"Improving women's access to jobs, income and entrepreneurship."),
]),
t("urban-rural-linkages","Urban–rural linkages","Liens urbain-rural",[11,2,8],"Ties between cities and their rural surroundings: mobility, food, economy and services.",[
 t("urban-rural-mobility","Urban–rural mobility","Mobilité entre ville et campagne",[11,9],"Sustainable and accessible transport between towns and rural areas."),
 t("intermediary-cities","Intermediary cities","Villes intermédiaires",[11,8],"Small and medium-sized cities that link rural areas with larger urban centres."),
 t("short-food-chains","Short food supply chains","Circuits courts alimentaires",[2,12],"Linking rural producers directly with urban consumers."),
]),
]
slugs=[x["slug"] for x in T]+[c["slug"] for x in T for c in x["children"]]
assert len(slugs)==len(set(slugs)) and len(T)==17
for x in T: assert 2<=len(x["children"])<=5
for x in T+[c for x in T for c in x["children"]]: assert all(1<=s<=17 for s in x["sdgs"]) and len(set(x["sdgs"]))==len(x["sdgs"])
json.dump({"themes":T},open(D+"themes.json","w",encoding="utf-8"),ensure_ascii=False,indent=1); open(D+"themes.json","a").write("\n")
S=["No poverty","Zero hunger","Good health and well-being","Quality education","Gender equality","Clean water and sanitation","Affordable and clean energy","Decent work and economic growth","Industry, innovation and infrastructure","Reduced inequalities","Sustainable cities and communities","Responsible consumption and production","Climate action","Life below water","Life on land","Peace, justice and strong institutions","Partnerships for the goals"]
json.dump([{"number":i+1,"name":n} for i,n in enumerate(S)],open(D+"sdgs.json","w"),indent=1); open(D+"sdgs.json","a").write("\n")
print(len(slugs),"themes")
