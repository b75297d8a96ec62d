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
    ]

    /// French for what appears in navigation; the forms fall back to English for now.
    static let frenchAccounts: [UIKey: String] = [
        .errorForbiddenTitle: "Action non autorisée",
        .accountSignIn: "Se connecter", .accountSignUp: "Créer un compte", .accountSignOut: "Se déconnecter",
        .accountSignedInAs: "Connecté·e : {0}",
    ]
}
