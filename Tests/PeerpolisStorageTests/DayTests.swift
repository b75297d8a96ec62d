import Foundation
import PeerpolisDomain
import Testing

@Suite struct DayTests {
    @Test(arguments: [(0, "1970-01-01"), (59, "1970-03-01"), (10_957, "2000-01-01"), (11_016, "2000-02-29"),
                      (20_779, "2026-11-22"), (-1, "1969-12-31"), (-719_468, "0000-03-01")])
    func daysSince1970(days: Int, expected: String) {
        #expect(Day(daysSince1970: days).description == expected)
    }

    @Test func agreesWithFoundationAndRoundTripsForEveryWeekOfFourCenturies() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: -30_000, through: 120_000, by: 7) {
            let date = Date(timeIntervalSince1970: Double(days) * 86_400)
            let parts = calendar.dateComponents([.year, .month, .day], from: date)
            let day = Day(daysSince1970: days)
            #expect(day.year == parts.year && day.month == parts.month && day.day == parts.day, "\(days)")
            #expect(day.daysSince1970 == days, "\(days) came back as \(day.daysSince1970)")
        }
    }

    @Test func parsesOnlyRealDays() {
        #expect(Day("2024-02-29") != nil)
        #expect(Day("2023-02-29") == nil)
        #expect(Day("2023-13-01") == nil)
        #expect(Day("23-01-01") == nil)
        #expect(Day("2023-1-01") == nil)
    }
}
