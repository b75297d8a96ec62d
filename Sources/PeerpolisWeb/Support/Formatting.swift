import PeerpolisDomain

/// Dates and numbers written the way each interface language writes them.
struct Formatter: Sendable {
    let catalog: Catalog

    /// "21 May 2019" / "21 mai 2019".
    func day(_ day: Day) -> String {
        "\(day.day) \(catalog.label("month", String(day.month))) \(day.year)"
    }

    /// "21–22 May 2019", "30 April – 2 May 2019", or one day.
    func period(_ start: Day, _ end: Day) -> String {
        if start == end { return day(start) }
        if start.year == end.year && start.month == end.month {
            return "\(start.day)–\(end.day) \(catalog.label("month", String(end.month))) \(end.year)"
        }
        if start.year == end.year {
            return "\(start.day) \(catalog.label("month", String(start.month))) – \(day(end))"
        }
        return "\(day(start)) – \(day(end))"
    }

    /// A period where either end may be unknown; nil when both are.
    func openPeriod(_ start: Day?, _ end: Day?) -> String? {
        switch (start, end) {
        case let (s?, e?): return period(s, e)
        case let (s?, nil): return "\(day(s)) –"
        case let (nil, e?): return "– \(day(e))"
        case (nil, nil): return nil
        }
    }

    /// 1234567 → "1,234,567" (English) or "1 234 567" (French, with a narrow no-break space).
    func integer(_ value: Int) -> String {
        let separator = catalog.language == .fr ? "\u{202F}" : ","
        let digits = String(value.magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return value < 0 ? "-" + out : out
    }

    /// An amount with its unit: "50,000,000 USD".
    func amount(_ value: Double, unit: String?) -> String {
        let number = value.rounded() == value && abs(value) < 1e15 ? integer(Int(value)) : String(value)
        return [number, unit].compactMap { $0 }.joined(separator: " ")
    }

    func coordinates(latitude: Double, longitude: Double) -> String {
        func format(_ v: Double, _ positive: String, _ negative: String) -> String {
            let rounded = (abs(v) * 10_000).rounded() / 10_000
            return "\(rounded)° \(v < 0 ? negative : positive)"
        }
        return "\(format(latitude, "N", "S")), \(format(longitude, "E", "W"))"
    }
}
