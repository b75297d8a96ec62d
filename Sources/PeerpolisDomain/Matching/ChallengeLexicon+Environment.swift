extension ChallengeLexicon {
    static let environmentAndTerritory: [String: [String]] = [
        "urban-regeneration": [
            "regenerat*", "renouvellement urbain", "regeneracion urbana", "rigenerazione urbana",
            "regeneracao urbana", "stadterneuerung", "stadtentwicklung", "revitali*", "rehabilitacion urbana",
            "riqualificazione urbana", "requalificacao urbana", "brownfield*", "friche*", "vacant building*",
            "leerstand*", "abandoned building*",
        ],
        "neighbourhood-regeneration": [
            "neighbourhood*", "neighborhood*", "quartier*", "barrio*", "bairro*", "quartiere", "quartieri",
            "deprived area*", "priority neighbourhood*", "quartiers prioritaires", "soziale stadt",
        ],
        "public-space-activation": [
            "public space*", "espace* public*", "espacio* publico*", "spazi pubblici", "spazio pubblico",
            "espaco* publico*", "offentliche* raum*", "placemaking", "plaza*", "piazza*", "tactical urbanism",
            "urbanisme tactique", "urbanismo tactico",
        ],
        "urban-planning": [
            "urban planning", "urbanisme", "urbanismo", "urbanistica", "stadtplanung", "bauleitplanung",
            "masterplan*", "zoning", "land use", "amenagement du territoire", "ordenamiento territorial",
            "pianificazione", "ordenamento do territorio", "raumplanung", "urban sprawl", "etalement urbain",
        ],
        "land-administration": [
            "cadastr*", "catastro", "catasto", "kataster", "land registr*", "land tenure", "land titl*",
            "property registr*", "registro de la propiedad", "regularizacao fundiaria", "regularisation fonciere",
            "foncier*", "grundbuch*",
        ],
        "circular-economy-environment": [
            "environment*", "environnement*", "medio ambiente", "ambiente", "meio ambiente", "umwelt*", "pollution",
            "sustainab*", "durable*", "durabilite", "sostenib*", "sustentab*", "nachhaltig*", "biodivers*",
        ],
        "circular-economy": [
            "circular*", "circulaire*", "circolar*", "kreislauf*", "reuse", "re use", "reemploi", "reutiliza*",
            "riutilizz*", "wiederverwend*", "recycl*", "recicla*", "ricicl*", "repair cafe*",
        ],
        "waste-management": [
            "waste", "dechet*", "residuo*", "rifiuti", "rifiuto", "lixo", "abfall*", "mull", "landfill*",
            "decharge*", "vertedero*", "discarica", "aterro*", "deponie*", "compost*", "zero waste", "zero dechet",
            "residuo cero", "rifiuti zero", "lixo zero",
        ],
        "air-quality": [
            "air quality", "qualite de l air", "calidad del aire", "qualita dell aria", "qualidade do ar",
            "luftqualitat", "air pollution", "pollution de l air", "contaminacion atmosferica",
            "inquinamento atmosferico", "poluicao do ar", "luftverschmutzung", "smog", "particulate*", "fine dust",
            "feinstaub*", "low emission zone*", "zone a faibles emissions", "umweltzone*",
        ],
        "urban-greening": [
            "green space*", "espace* vert*", "espacio* verde*", "aree verdi", "verde urbano", "espaco* verde*",
            "grunflache*", "grunanlage*", "park", "parks", "parc", "parcs", "parque*", "parco", "parchi", "trees",
            "arbre*", "arbol*", "alberi", "arvore*", "baume", "nature based solution*", "green infrastructure",
            "renaturation", "urban forest*", "greening",
        ],
        "blue-growth-tourism": [
            "blue economy", "blue growth", "economie bleue", "croissance bleue", "economia azul", "economia blu",
            "blaue wirtschaft", "maritime", "maritim*", "marittim*", "ocean*", "sea", "mer", "mar", "coast*",
            "cotier*", "litoral*", "kust*", "fisher*", "peche", "pesca", "fischerei",
        ],
        "sustainable-tourism": [
            "touris*", "turis*", "overtourism", "surtourisme", "visitor*", "visiteur*", "visitant*", "visitatori",
            "hotel*", "cruise*", "croisiere*", "crucero*", "crociere", "cruzeiro*", "kreuzfahrt*",
        ],
        "ports-waterfronts": [
            "port", "ports", "puerto*", "porti", "hafen*", "harbour*", "harbor*", "waterfront*", "front de mer",
            "frente maritimo", "fronte del porto", "zona portuaria", "docklands",
        ],
        "blue-growth-entrepreneurship": [
            "blue entrepreneurship", "aquaculture", "acuicultura", "acquacoltura", "aquacultura", "aquakultur",
            "blue tech", "bluetech", "blue economy start up*",
        ],
        "gender-equality": [
            "gender", "genero", "genere", "geschlecht*", "gleichstellung*", "egalite femmes hommes",
            "egalite entre les femmes et les hommes", "igualdad de genero", "parita di genere",
            "igualdade de genero", "women", "femmes", "mujeres", "donne", "mulheres", "frauen*", "feminis*",
        ],
        "gender-mainstreaming": [
            "gender mainstreaming", "gender budget*", "budgetisation sensible au genre", "budget genre",
            "presupuesto* con perspectiva de genero", "bilancio di genere", "orcamento sensivel ao genero",
            "transversalidad de genero", "gender impact assessment",
        ],
        "safe-public-spaces-for-women": [
            "harass*", "harcelement*", "acoso*", "molestie", "assedio", "belastigung*", "gender based violence",
            "violence against women", "violences faites aux femmes", "violencia de genero", "violenza di genere",
            "violencia contra as mulheres", "gewalt gegen frauen", "safe cities for women", "femicide*",
            "feminicid*",
        ],
        "womens-economic-empowerment": [
            "women entrepreneur*", "female entrepreneur*", "entrepreneuriat feminin", "emprendimiento femenino",
            "imprenditoria femminile", "empreendedorismo feminino", "women s economic empowerment",
            "gender pay gap", "ecart salarial", "brecha salarial", "divario retributivo", "lohnlucke",
        ],
        "urban-rural-linkages": [
            "rural", "ruralit*", "countryside", "campagne", "campo", "campagna", "landlich*", "urban rural",
            "rural urbain", "rural urbano", "hinterland*", "peri urban", "periurban*", "periurbain*", "stadt land",
        ],
        "urban-rural-mobility": [
            "rural transport", "rural mobility", "mobilite rurale", "movilidad rural", "mobilita rurale",
            "mobilidade rural", "landliche mobilitat", "on demand transport", "transport a la demande",
            "transporte a demanda",
        ],
        "intermediary-cities": [
            "intermediary cit*", "intermediate cit*", "secondary cit*", "small town*", "villes moyennes",
            "ville moyenne", "ciudades intermedias", "ciudad intermedia", "citta medie", "cidades medias",
            "mittelstadt*", "kleinstadt*",
        ],
        "short-food-chains": [
            "short food supply chain*", "short supply chain*", "circuit* court*", "circuito* corto*",
            "filiera corta", "circuito* curto*", "local food", "local produce", "farmers market*",
            "marche* de producteurs", "mercado* de productores", "mercato contadino", "feira* de produtores",
            "wochenmarkt*", "bauernmarkt*", "km 0", "kilometro zero", "km zero", "chilometro zero",
        ],
    ]
}
