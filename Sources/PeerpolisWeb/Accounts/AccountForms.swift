import PeerpolisDomain

/// The account forms as view models, with what was typed and a message per field.
enum AccountForms {
    typealias Field = FormPageModel.Field

    static func signIn(_ t: Catalog, csrf: String, email: String = "", notice: String? = nil) -> FormPageModel {
        FormPageModel(
            title: t[.accountSignIn], intro: t[.accountSignInIntro], notice: notice, noticeIsError: notice != nil,
            action: .signIn,
            fields: [
                Field(name: "email", label: t[.accountEmail], kind: .email, value: email, autocomplete: "username"),
                Field(name: "password", label: t[.accountPassword], kind: .password, autocomplete: "current-password"),
            ],
            submit: t[.accountSignIn], csrfToken: csrf,
            links: [(t[.accountNoAccount], .signUp), (t[.accountForgotPassword], .passwordForgot)])
    }

    static func signUp(_ t: Catalog, csrf: String, email: String = "", name: String = "",
                       errors: [String: String] = [:]) -> FormPageModel {
        FormPageModel(
            title: t[.accountSignUp], intro: t[.accountSignUpIntro], action: .signUp,
            fields: [
                Field(name: "email", label: t[.accountEmail], kind: .email, value: email, error: errors["email"],
                      autocomplete: "email"),
                Field(name: "name", label: t[.accountDisplayName], value: name, error: errors["name"], autocomplete: "name"),
                Field(name: "password", label: t[.accountPassword], kind: .password, hint: t[.accountPasswordHint],
                      error: errors["password"], autocomplete: "new-password"),
            ],
            submit: t[.accountSignUp], csrfToken: csrf, links: [(t[.accountHaveAccount], .signIn)])
    }

    static func forgot(_ t: Catalog, csrf: String, email: String = "", error: String? = nil,
                       notice: String? = nil, noticeIsError: Bool = false) -> FormPageModel {
        FormPageModel(
            title: t[.accountForgotPassword], intro: t[.accountForgotIntro], notice: notice, noticeIsError: noticeIsError,
            action: .passwordForgot,
            fields: [Field(name: "email", label: t[.accountEmail], kind: .email, value: email, error: error, autocomplete: "email")],
            submit: t[.accountResetSubmit], csrfToken: csrf, links: [(t[.accountSignIn], .signIn)])
    }

    static func reset(_ t: Catalog, csrf: String, token: String, error: String? = nil) -> FormPageModel {
        FormPageModel(
            title: t[.accountResetTitle], action: .passwordReset,
            fields: [
                Field(name: "token", label: "", kind: .hidden, value: token),
                Field(name: "password", label: t[.accountNewPassword], kind: .password, hint: t[.accountPasswordHint],
                      error: error, autocomplete: "new-password"),
            ],
            submit: t[.accountResetTitle], csrfToken: csrf)
    }

    /// The sentence for a broken password rule.
    static func message(_ violation: PasswordPolicy.Violation, _ t: Catalog) -> String {
        switch violation {
        case .tooShort: t[.accountPasswordTooShort]
        case .oneCharacterClass: t[.accountPasswordOneClass]
        case .equalsEmail: t[.accountPasswordEqualsEmail]
        }
    }

    /// Field messages for a sign-up, empty when everything is acceptable.
    static func signUpErrors(email: String, name: String, password: String, _ t: Catalog) -> [String: String] {
        var errors: [String: String] = [:]
        if !User.isPlausibleEmail(email) { errors["email"] = t[.accountEmailInvalid] }
        if name.isEmpty || name.count > 100 { errors["name"] = t[.accountNameRequired] }
        if let violation = PasswordPolicy.check(password, email: email) { errors["password"] = message(violation, t) }
        return errors
    }
}
