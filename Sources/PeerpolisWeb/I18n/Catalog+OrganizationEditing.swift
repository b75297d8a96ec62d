extension Catalog {
    /// The editors of networks, cooperations and organizations' profiles.
    static let englishOrganizationEditing: [UIKey: String] = [
        .editorNewNetwork: "New network", .editorDeleteNetwork: "Delete this network",
        .editorEditNetworkLink: "Edit this network", .editorNewNetworkFor: "New network of {0}",
        .editorLeadPlace: "Lead place (slug, such as malmo-se; optional)",
        .editorPartners: "Partners (slugs, comma-separated)", .editorObservers: "Observers (slugs, comma-separated, optional)",
        .editorPeriodStart: "Starts on (optional)", .editorPeriodEnd: "Ends on (optional)",
        .editorStatedStatus: "Status, where the dates do not tell it", .editorOutputs: "Outputs (one a line, optional)",
        .editorWebsite: "Website (https://…, optional)", .editorNotStated: "— not stated —",
        .editorNoOrganization: "— none (administrators only) —",
        .editorNewCooperation: "New cooperation", .editorDeleteCooperation: "Delete this cooperation",
        .editorEditCooperationLink: "Edit this cooperation", .editorNewCooperationFor: "New cooperation of {0}",
        .editorCooperationPlaces: "Places (at least two slugs, comma-separated)",
        .editorNarrative: "Narrative (Markdown; raw HTML is shown as text)",
        .editorOutcomes: "Outcomes, one a line: what came of it, then optionally | and a figure with its unit (such as: partnership | 50000000 USD)",
        .editorNewOrganization: "New organization", .editorDeleteOrganization: "Delete this organization",
        .editorEditOrganizationLink: "Edit this organization's profile", .editorStartNew: "Start something new",
    ]

    static let frenchOrganizationEditing: [UIKey: String] = [
        .editorNewNetwork: "Nouveau réseau", .editorDeleteNetwork: "Supprimer ce réseau",
        .editorEditNetworkLink: "Modifier ce réseau", .editorNewNetworkFor: "Nouveau réseau de {0}",
        .editorLeadPlace: "Lieu chef de file (identifiant, comme malmo-se ; facultatif)",
        .editorPartners: "Partenaires (identifiants séparés par des virgules)",
        .editorObservers: "Observateurs (identifiants séparés par des virgules, facultatif)",
        .editorPeriodStart: "Début (facultatif)", .editorPeriodEnd: "Fin (facultatif)",
        .editorStatedStatus: "Statut, quand les dates ne le disent pas", .editorOutputs: "Productions (une par ligne, facultatif)",
        .editorWebsite: "Site web (https://…, facultatif)", .editorNotStated: "— non précisé —",
        .editorNoOrganization: "— aucune (administrateur·rices seulement) —",
        .editorNewCooperation: "Nouvelle coopération", .editorDeleteCooperation: "Supprimer cette coopération",
        .editorEditCooperationLink: "Modifier cette coopération", .editorNewCooperationFor: "Nouvelle coopération de {0}",
        .editorCooperationPlaces: "Lieux (au moins deux identifiants séparés par des virgules)",
        .editorNarrative: "Récit (Markdown ; le HTML brut s'affiche comme du texte)",
        .editorOutcomes: "Résultats, un par ligne : ce qui en est sorti, puis éventuellement | et un chiffre avec son unité (comme : partenariat | 50000000 USD)",
        .editorNewOrganization: "Nouvelle organisation", .editorDeleteOrganization: "Supprimer cette organisation",
        .editorEditOrganizationLink: "Modifier le profil de cette organisation", .editorStartNew: "Commencer du nouveau",
    ]
}
