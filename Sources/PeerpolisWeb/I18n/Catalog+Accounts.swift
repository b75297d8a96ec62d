extension Catalog {
    /// Accounts: sign-up, sign-in, password reset, and the refusal pages.
    static let englishAccounts: [UIKey: String] = [
        .errorForbiddenTitle: "Not allowed",
        .accountSignIn: "Sign in", .accountSignUp: "Create an account", .accountSignOut: "Sign out",
        .accountSignedInAs: "Signed in as {0}",
        .accountEmail: "E-mail address", .accountDisplayName: "Name shown to others",
        .accountPassword: "Password", .accountNewPassword: "New password",
        .accountPasswordHint: "At least 12 characters, mixing letters with digits, capitals or symbols. A phrase of several words works well.",
        .accountForgotPassword: "Forgot your password?",
        .accountForgotIntro: "Enter the address of your account and we will send a link to choose a new password.",
        .accountResetTitle: "Choose a new password", .accountResetSubmit: "Send the link",
        .accountResetSent: "If an account uses this address, a link to choose a new password is on its way. It works once, within one hour.",
        .accountResetInvalid: "This reset link is unknown, already used or older than one hour. Ask for a new one below.",
        .accountResetDone: "Your password is changed and your other sessions are signed out. Sign in with the new password.",
        .accountNoAccount: "No account yet? Create one.", .accountHaveAccount: "Already have an account? Sign in.",
        .accountWrongCredentials: "The address or the password is wrong. Check both and try again.",
        .accountLocked: "After 5 failed attempts this account is locked until {0} UTC. Try again then, or reset the password.",
        .accountTooManyAttempts: "Too many sign-in attempts came from your network. Wait 15 minutes and try again.",
        .accountEmailInvalid: "Enter an e-mail address such as name@city.eu.",
        .accountEmailTaken: "An account already uses this address. Sign in, or reset its password.",
        .accountNameRequired: "Enter the name others will see, up to 100 characters.",
        .accountPasswordTooShort: "The password must have at least 12 characters.",
        .accountPasswordOneClass: "The password uses only one kind of character: mix letters with digits, capitals or symbols.",
        .accountPasswordEqualsEmail: "The password must not be your e-mail address.",
        .accountFormHasErrors: "Some fields need attention; see the messages beside them.",
        .accountSignInIntro: "Sign in to keep your place's profile and post partner searches.",
        .accountSignUpIntro: "An account lets you contribute once an administrator grants you a role.",
        .editProfileTitle: "Profile of {0}",
        .editProfileIntro: "Say which themes the place needs help with and which it can offer to others. Weights from 0 to 1 say how much each matters; partner matching uses them within two seconds of saving.",
        .savedNotice: "Saved.", .saveButton: "Save", .newPostLink: "Post a partner search for this place",
        .interestDirection: "Needs or offers", .interestWeight: "Weight (0 to 1)", .interestNote: "Note",
        .interestNone: "—", .interestNeeds: "Needs", .interestOffers: "Offers", .interestBoth: "Both",
        .postTitle: "Title", .postText: "What the place is looking for (Markdown)", .postCloses: "Closes on (optional)",
        .postSeekBox: "seeks", .postOfferBox: "offers", .closePostButton: "Close this post today",
        .newPostTitle: "New partner search for {0}", .editPostTitle: "Edit: {0}",
        .adminRolesTitle: "Roles", .adminRolesIntro: "Grant a role to an account by its e-mail address. A place representative needs a place (its slug, such as malmo-se), an organization editor an organization slug, an expert one or more theme slugs separated by commas.",
        .adminGrant: "Grant", .adminRevoke: "Revoke", .adminRole: "Role", .adminPlace: "Place (slug)",
        .adminOrganization: "Organization (slug)", .adminThemes: "Themes (slugs, comma-separated)",
        .adminNoGrants: "No role has been granted yet.",
    ]

    /// French for what appears in navigation; the forms fall back to English for now.
    static let frenchAccounts: [UIKey: String] = [
        .errorForbiddenTitle: "Action non autorisée",
        .accountSignIn: "Se connecter", .accountSignUp: "Créer un compte", .accountSignOut: "Se déconnecter",
        .accountSignedInAs: "Connecté·e : {0}",
    ]
}
