extension Catalog {
    /// API tokens: the account's token page.
    static let englishTokens: [UIKey: String] = [
        .tokensTitle: "API tokens",
        .tokensIntro: "A token lets a program write through the API (see /openapi.json) by sending the header 'Authorization: Bearer' and the token. A personal token acts with all your roles; an organization token acts only as an editor of that organization. A token stops working when it expires; revoke one as soon as you no longer need it.",
        .tokensNone: "You have no API token yet.",
        .tokensLink: "API tokens",
        .tokenName: "Name (what the token is for)", .tokenScope: "Acts as",
        .tokenScopePersonal: "Me, with all my roles", .tokenScopeOrganization: "Editor of {0}",
        .tokenPrefix: "Begins with", .tokenCreated: "Created", .tokenLastUsed: "Last used", .tokenState: "State",
        .tokenNever: "never", .tokenActive: "active", .tokenRevokedOn: "revoked on {0}",
        .tokenCreate: "Create a token", .tokenRevoke: "Revoke",
        .tokenNewTitle: "Your new token",
        .tokenShownOnce: "Copy it now: this is the only time it is shown. The hub keeps only a fingerprint of it, so a lost token cannot be shown again; revoke it and make another.",
        .tokenNameInvalid: "Give the token a name of 1 to 100 characters, such as \"nightly import\".",
        .tokenScopeInvalid: "Choose yourself or an organization you edit.",
        .tokensAllTitle: "Every API token", .tokenOwner: "Account",
        .tokenExpires: "Expires", .tokenExpiresInDays: "in {0} days", .tokenNeverExpires: "never (until revoked)",
        .tokenExpiryInvalid: "Choose when the token stops working: in 30, 90 or 365 days, or never.",
        .tokenExpiredOn: "expired on {0}",
    ]

    static let frenchTokens: [UIKey: String] = [
        .tokensTitle: "Jetons d’API",
        .tokensIntro: "Un jeton permet à un programme d’écrire par l’API (voir /openapi.json) en envoyant l’en-tête « Authorization: Bearer » suivi du jeton. Un jeton personnel agit avec tous vos rôles ; un jeton d’organisation agit seulement comme éditeur de cette organisation. Un jeton cesse de fonctionner à son expiration ; révoquez-le dès qu’il ne sert plus.",
        .tokensNone: "Vous n’avez pas encore de jeton d’API.",
        .tokensLink: "Jetons d’API",
        .tokenName: "Nom (à quoi sert le jeton)", .tokenScope: "Agit comme",
        .tokenScopePersonal: "Moi, avec tous mes rôles", .tokenScopeOrganization: "Éditeur de {0}",
        .tokenPrefix: "Commence par", .tokenCreated: "Créé", .tokenLastUsed: "Dernier usage", .tokenState: "État",
        .tokenNever: "jamais", .tokenActive: "actif", .tokenRevokedOn: "révoqué le {0}",
        .tokenCreate: "Créer un jeton", .tokenRevoke: "Révoquer",
        .tokenNewTitle: "Votre nouveau jeton",
        .tokenShownOnce: "Copiez-le maintenant : il n’est montré qu’une fois. Le hub n’en garde qu’une empreinte ; un jeton perdu ne peut pas être réaffiché, révoquez-le et créez-en un autre.",
        .tokenNameInvalid: "Donnez au jeton un nom de 1 à 100 caractères, par exemple « import nocturne ».",
        .tokenScopeInvalid: "Choisissez vous-même ou une organisation dont vous êtes éditeur.",
        .tokensAllTitle: "Tous les jetons d’API", .tokenOwner: "Compte",
        .tokenExpires: "Expire", .tokenExpiresInDays: "dans {0} jours", .tokenNeverExpires: "jamais (jusqu’à révocation)",
        .tokenExpiryInvalid: "Choisissez quand le jeton cesse de fonctionner : dans 30, 90 ou 365 jours, ou jamais.",
        .tokenExpiredOn: "expiré le {0}",
    ]
}
