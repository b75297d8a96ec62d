/// The free-form regions calls name in their eligibility rules (`EU`, `Latin America`), made checkable.
public enum Region {
    /// The 33 states of Latin America and the Caribbean as CELAC counts them (the EU's "LAC" partner
    /// group): South America, Mexico and Central America, and the Caribbean states.
    static let latinAmerica: Set<String> = [
        "AR", "BO", "BR", "CL", "CO", "EC", "GY", "PY", "PE", "SR", "UY", "VE", // South America
        "MX", "BZ", "CR", "SV", "GT", "HN", "NI", "PA", // Mexico and Central America
        "AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT", // Caribbean
    ]
    static let centralAmerica: Set<String> = ["BZ", "CR", "SV", "GT", "HN", "NI", "PA"]
    static let caribbean: Set<String> = ["AG", "BS", "BB", "CU", "DM", "DO", "GD", "HT", "JM", "KN", "LC", "VC", "TT"]
    static let westernBalkans: Set<String> = ["AL", "BA", "ME", "MK", "RS", "XK"]
    static let easternPartnership: Set<String> = ["AM", "AZ", "BY", "GE", "MD", "UA"]

    /// Whether a place in this country lies in the named region; nil when the region is not one this
    /// catalogue knows, so a rule on it is reported as unchecked instead of silently passing.
    public static func contains(_ region: String, countryCode: String, continent: Continent, isEUMember: Bool) -> Bool? {
        let key = region.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        let code = countryCode.uppercased()
        switch key {
        case "eu", "european union", "eu member states", "eu member state", "member states":
            return isEUMember
        case "non eu", "outside the eu", "third countries", "third country":
            return !isEUMember
        case "latin america", "latin america and the caribbean", "lac", "celac", "america latina":
            return latinAmerica.contains(code)
        case "central america": return centralAmerica.contains(code)
        case "caribbean", "the caribbean": return caribbean.contains(code)
        case "americas", "the americas": return continent == .northAmerica || continent == .southAmerica
        case "western balkans": return westernBalkans.contains(code)
        case "eastern partnership": return easternPartnership.contains(code)
        default:
            if let match = Continent.allCases.first(where: { $0.name.lowercased() == key || $0.rawValue.lowercased() == key }) {
                return continent == match
            }
            return nil
        }
    }
}
