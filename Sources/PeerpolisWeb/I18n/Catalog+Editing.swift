extension Catalog {
    /// The organizers' editor of events and the drafts list.
    static let englishEditing: [UIKey: String] = [
        .editorNewEvent: "New event", .editorEditEvent: "Edit: {0}",
        .editorIntro: "Publish to show the event on the site at once, or keep it as a draft that only your organization's editors see.",
        .editorDraftSaved: "Draft saved. Nothing is public until you publish.",
        .editorHost: "Host place (slug, such as malmo-se)", .editorOnline: "The event is online",
        .editorStartDate: "First day", .editorEndDate: "Last day (empty for one day)",
        .editorStartTime: "Starts at (local time, optional)", .editorEndTime: "Ends at (local time, optional)",
        .editorTimeZone: "Time zone (such as Europe/Brussels)", .editorCapacity: "Seats (empty for no limit)",
        .editorDeadline: "Registration closes on (optional)", .editorSummary: "Summary",
        .editorPublish: "Publish", .editorSaveDraft: "Keep as draft", .editorDiscardDraft: "Discard this draft",
        .editorDelete: "Delete this event", .editorHistory: "History", .editorNoHistory: "No change recorded yet.",
        .editorDraftNew: "New", .editorDraftChange: "Changes to a published page", .editorNewEventFor: "New event of {0}",
        .editorDraftsTitle: "Drafts",
        .editorDraftsIntro: "Drafts of your organizations and your own, newest first. None is public until published.",
        .editorNoDrafts: "No draft.", .editorEditLink: "Edit this event", .editorForEditors: "For the organizer's editors",
    ]

    static let frenchEditing: [UIKey: String] = [
        .editorNewEvent: "Nouvel événement", .editorEditEvent: "Modifier : {0}",
        .editorIntro: "Publiez pour montrer l'événement sur le site tout de suite, ou gardez-le en brouillon, visible des seul·es éditeur·rices de votre organisation.",
        .editorDraftSaved: "Brouillon enregistré. Rien n'est public avant la publication.",
        .editorHost: "Lieu d'accueil (identifiant, comme malmo-se)", .editorOnline: "L'événement a lieu en ligne",
        .editorStartDate: "Premier jour", .editorEndDate: "Dernier jour (vide pour un seul jour)",
        .editorStartTime: "Début (heure locale, facultatif)", .editorEndTime: "Fin (heure locale, facultatif)",
        .editorTimeZone: "Fuseau horaire (comme Europe/Brussels)", .editorCapacity: "Places (vide pour sans limite)",
        .editorDeadline: "Fin des inscriptions (facultatif)", .editorSummary: "Résumé",
        .editorPublish: "Publier", .editorSaveDraft: "Garder en brouillon", .editorDiscardDraft: "Supprimer ce brouillon",
        .editorDelete: "Supprimer cet événement", .editorHistory: "Historique", .editorNoHistory: "Aucune modification enregistrée.",
        .editorDraftNew: "Nouveau", .editorDraftChange: "Modifications d'une page publiée", .editorNewEventFor: "Nouvel événement de {0}",
        .editorDraftsTitle: "Brouillons",
        .editorDraftsIntro: "Les brouillons de vos organisations et les vôtres, du plus récent au plus ancien. Aucun n'est public avant publication.",
        .editorNoDrafts: "Aucun brouillon.", .editorEditLink: "Modifier cet événement", .editorForEditors: "Pour les éditeur·rices de l'organisateur",
    ]
}
