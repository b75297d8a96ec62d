import Testing
@testable import PeerpolisDomain

/// Snippets made in Swift: what is marked, which window is shown, and text that could trip a byte-level scanner.
@Suite struct SnippetsTests {
    /// The snippet with its markers shown as brackets, so expectations read as text.
    func snippet(_ fields: [String], _ query: String, length: Int = 18) -> String {
        let raw = Snippets.snippet(fields: fields, query: SearchQuery(query), length: length)
        return String(raw.map { $0 == SearchHit.markStart ? "[" : $0 == SearchHit.markEnd ? "]" : $0 })
    }

    /// `count` words "w1 w2 …", to pad a field.
    func filler(_ count: Int, from first: Int = 1) -> String {
        (first..<(first + count)).map { "w\($0)" }.joined(separator: " ")
    }

    // MARK: - What is marked

    @Test func marksWordsWithTheSameStem() {
        let text = "Our Street became one of the school streets; streetlights came later."

        let shown = snippet([text], "streets")

        #expect(shown == "Our [Street] became one of the school [streets]; streetlights came later")
    }

    @Test func foldsAccentsBothWays() {
        let composed = snippet(["Trains from Malmö and São Paulo"], "malmo sao")
        let decomposed = snippet(["Trains from Malmo\u{308} and Sa\u{303}o Paulo"], "malmö")
        let sharpS = snippet(["Die Schulstraße ist offen"], "schulstrasse")

        #expect(composed == "Trains from [Malmö] and [São] Paulo")
        #expect(decomposed == "Trains from [Malmo\u{308}] and Sa\u{303}o Paulo")
        #expect(sharpS == "Die [Schulstraße] ist offen")
    }

    @Test func marksWordsThatStartWithAPrefix() {
        let text = "International interchange in winter, intern programmes"

        let shown = snippet([text], "inter*")

        #expect(shown == "[International] [interchange] in winter, [intern] programmes")
    }

    @Test func marksAPhraseOnlyWhereItsWordsFollowOneAnother() {
        let text = "Streets near the school. School streets are safer, and streets school nothing."

        let phrase = snippet([text], "\"school streets\"")
        let twoTerms = snippet([text], "school streets")

        #expect(phrase == "Streets near the school. [School] [streets] are safer, and streets school nothing")
        #expect(twoTerms == "[Streets] near the [school]. [School] [streets] are safer, and [streets] [school] nothing")
    }

    @Test func neverMarksExcludedTerms() {
        let shown = snippet(["A park for cars and bikes"], "park -cars -\"and bikes\"")

        #expect(shown == "A [park] for cars and bikes")
    }

    @Test func marksDigitsAndStemsNumbersAsFTS5Does() {
        let shown = snippet(["Housing in the 1990s and since 2020"], "1990 2020")

        #expect(shown == "Housing in the [1990s] and since [2020]")
    }

    // MARK: - Which window is shown

    @Test func prefersTheWindowWithMoreDistinctTerms() {
        let text = "air at the start, " + filler(40) + " then air quality together, " + filler(40, from: 41)

        let shown = snippet([text], "air quality", length: 8)

        #expect(shown == "…w39 w40 then [air] [quality] together, w41 w42…")
    }

    @Test func prefersTheFieldWithMoreTermsThenTheEarlierField() {
        let summary = "Cleaner air for everyone"
        let body = "Air quality improved across the city"

        let moreTerms = snippet([summary, body], "air quality")
        let tie = snippet([summary, body], "air")

        #expect(moreTerms == "[Air] [quality] improved across the city")
        #expect(tie == "Cleaner [air] for everyone")
    }

    @Test func centresAMatchAndShowsEllipsesWhereTheFieldGoesOn() {
        let text = filler(20) + " harbour " + filler(20, from: 21)

        let middle = snippet([text], "harbour", length: 5)
        let start = snippet(["harbour " + filler(20)], "harbour", length: 5)
        let end = snippet([filler(20) + " harbour"], "harbour", length: 5)

        #expect(middle == "…w19 w20 [harbour] w21 w22…")
        #expect(start == "[harbour] w1 w2 w3 w4…")
        #expect(end == "…w17 w18 w19 w20 [harbour]")
    }

    // MARK: - No match, no text

    @Test func fallsBackToTheFirstWordsOfTheFirstFieldWithWords() {
        let long = snippet(["", " … ", filler(30)], "harbour", length: 4)
        let short = snippet(["Three short words.", filler(30)], "harbour")
        let noQuery = snippet(["Just some text"], "-harbour")

        #expect(long == "w1 w2 w3 w4…")
        #expect(short == "Three short words")
        #expect(noQuery == "Just some text")
    }

    @Test func givesNothingWithoutWords() {
        #expect(snippet([], "harbour") == "")
        #expect(snippet(["", "   ", "🎉 — !"], "harbour") == "")
    }

    // MARK: - Awkward text

    @Test func dropsMarkerCharactersFromTheText() {
        let between = Snippets.snippet(fields: ["The \u{1}old\u{2} park,\u{1} really"], query: SearchQuery("park"))
        // Inside a word a marker is read as absent, as the index drops it: "Mal\u{1}mö" is "Malmö".
        let inside = Snippets.snippet(fields: ["Trains to Mal\u{1}mö\u{2}"], query: SearchQuery("malmo"))

        #expect(between == "The old \u{1}park\u{2}, really")
        #expect(inside == "Trains to \u{1}Malmö\u{2}")
    }

    @Test func handlesAVeryLongField() {
        let words = (0..<1_500).map { $0 == 1_400 ? "harbour" : "word\($0 % 97)" }
        let text = words.joined(separator: " ")

        let shown = snippet([text], "harbour")

        #expect(text.count > 10_000)
        #expect(shown == "…word34 word35 word36 word37 word38 word39 word40 word41 [harbour] word43 word44 word45 "
            + "word46 word47 word48 word49 word50 word51…")
    }

    @Test func keepsEmojiAndCombiningCharactersWhole() {
        let text = "🎉 Cafe\u{301} 👩‍👩‍👧 e\u{301}cole 🇫🇷 naïve 1️⃣ Ελλάδα ǅemal Ωmega"
        let strayMarksText = "\u{301}\u{20DD} 🏳️‍🌈\u{301}harbour\u{308}\u{FE0F} \u{200D}"

        let shown = snippet([text], "cafe ecole naive 1 mega")
        let strayMarks = snippet([strayMarksText], "harbour")

        // Greek folds to nothing; "ǅ" has no ASCII form of its own, so "ǅemal" folds to "emal" and "Ωmega" to "mega".
        #expect(shown == "[Cafe\u{301}] 👩‍👩‍👧 [e\u{301}cole] 🇫🇷 [naïve] [1️⃣] Ελλάδα ǅemal [Ωmega]")
        #expect(strayMarks == "[harbour\u{308}\u{FE0F}]")
    }

    @Test func matchesAWordThatFoldsToSeveralPiecesByItsFirst() {
        let first = snippet(["An abcƒdef word"], "abc")
        let second = snippet(["An abcƒdef word"], "def")

        #expect(first == "An [abcƒdef] word")
        #expect(second == "An abcƒdef word")
    }
}
