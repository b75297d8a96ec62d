/// What a new password must satisfy. Long passphrases are encouraged over symbol soup, so the rules are
/// few: a length, more than one kind of character, and not the address itself.
public enum PasswordPolicy {
    public static let minimumLength = 12

    /// A rule a password failed; the interface turns each into a sentence.
    public enum Violation: String, Sendable, Equatable, CaseIterable {
        case tooShort, oneCharacterClass, equalsEmail
    }

    /// The first rule `password` breaks, or nil when it is acceptable.
    public static func check(_ password: String, email: String) -> Violation? {
        if password.count < minimumLength { return .tooShort }
        if User.emailKey(password) == User.emailKey(email) { return .equalsEmail }
        if classes(of: password) < 2 { return .oneCharacterClass }
        return nil
    }

    /// How many of lowercase letters, uppercase letters, digits and everything else appear.
    static func classes(of password: String) -> Int {
        var lower = false, upper = false, digit = false, other = false
        for character in password {
            if character.isLowercase { lower = true }
            else if character.isUppercase { upper = true }
            else if character.isNumber { digit = true }
            else { other = true }
        }
        return [lower, upper, digit, other].filter { $0 }.count
    }
}
