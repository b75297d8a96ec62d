import PeerpolisDomain

/// One place as a dump states it, every field still text, before it is checked.
struct GeoNamesRecord {
    var id: String
    var name: String
    /// Empty when the dump has none: it is then folded from `name`.
    var asciiName: String
    var alternateNames: [String]
    var latitude: String
    var longitude: String
    var countryCode: String
    var admin1Code: String
    var population: String
    var timeZone: String

    /// The place this record describes, or every reason it cannot be imported, as one sentence.
    /// The slug is left empty: the importer assigns it. `countries` holds the known ISO alpha-2 codes.
    func place(countries: Set<String>) -> Result<Place, RecordError> {
        var issues: [String] = []
        let id = Int(self.id.trimmingSpaces())
        if id == nil || id! <= 0 { issues.append("the GeoNames id '\(self.id)' is not a positive whole number") }
        let name = self.name.trimmingSpaces()
        if name.isEmpty { issues.append("the name is empty") }
        let latitude = Self.coordinate(self.latitude, label: "latitude", limit: 90, issues: &issues)
        let longitude = Self.coordinate(self.longitude, label: "longitude", limit: 180, issues: &issues)
        let code = countryCode.trimmingSpaces().uppercased()
        if code.isEmpty {
            issues.append("the country code is empty")
        } else if !countries.contains(code) {
            issues.append("the country code '\(countryCode)' is not a known country")
        }
        let population = Int(self.population.trimmingSpaces())
        if population == nil || population! < 0 {
            issues.append("the population '\(self.population)' is not a whole number of zero or more")
        }
        let timeZone = self.timeZone.trimmingSpaces()
        if timeZone.isEmpty { issues.append("the time zone is empty") }

        guard issues.isEmpty, let id, let latitude, let longitude, let population else {
            return .failure(RecordError(message: Self.sentence(issues)))
        }
        let folded = asciiName.trimmingSpaces()
        let ascii = folded.isEmpty ? ASCIIFolding.fold(name).split(separator: " ").joined(separator: " ") : folded
        let admin1 = admin1Code.trimmingSpaces()
        return .success(Place(id: id, slug: "", name: name, asciiName: ascii,
                              alternateNames: LatinNames.filter(alternateNames, name: name, asciiName: ascii),
                              countryCode: code, admin1Code: admin1.isEmpty ? nil : admin1, kind: .city,
                              latitude: latitude, longitude: longitude, population: population, timeZone: timeZone))
    }

    private static func coordinate(_ text: String, label: String, limit: Double, issues: inout [String]) -> Double? {
        guard let value = Double(text.trimmingSpaces()), value.isFinite else {
            issues.append("the \(label) '\(text)' is not a number")
            return nil
        }
        guard (-limit...limit).contains(value) else {
            issues.append("the \(label) \(text.trimmingSpaces()) is outside -\(Int(limit)) to \(Int(limit))")
            return nil
        }
        return value
    }

    /// "The name is empty and the time zone is empty." from ["the name is empty", "the time zone is empty"].
    static func sentence(_ issues: [String]) -> String {
        let joined: String
        switch issues.count {
        case 0: joined = "the record is malformed"
        case 1: joined = issues[0]
        default: joined = issues.dropLast().joined(separator: ", ") + " and " + issues[issues.count - 1]
        }
        return joined.prefix(1).uppercased() + joined.dropFirst() + "."
    }
}

struct RecordError: Error {
    var message: String
}
