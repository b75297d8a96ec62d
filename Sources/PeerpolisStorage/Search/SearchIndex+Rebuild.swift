import PeerpolisDomain
import SQLKit

extension SearchIndex {
    /// Empties the index and indexes every public entity again, in one transaction (readers see the old
    /// index until it commits). `progress` gets (documents written, documents to write).
    @discardableResult
    public static func rebuild(_ database: Database, progress: (@Sendable (Int, Int) -> Void)? = nil) async throws -> Int {
        try await database.transaction { db in
            let engine = engine(for: db)
            let oldIDs = try await db.select().column("id").from("search_documents").all().map { try $0.int("id") }
            for batch in oldIDs.chunked(into: 2000) { try await engine.remove(Array(batch), on: db) }
            try await db.delete(from: "search_document_themes").run()
            try await db.delete(from: "search_documents").run()

            let today = Day.indexingDay
            var documents: [SearchDocument] = []
            documents += try await Country.fetchAll(on: db).map(SearchDocuments.of)
            documents += try await Organization.fetchAll(on: db).map(SearchDocuments.of)
            let placeCountries = try await placeCountryCodes(on: db)
            func country(_ ids: [Int?]) -> String? { ids.lazy.compactMap { $0.flatMap { placeCountries[$0] } }.first }
            documents += try await all { try await Network.fetchPage(NetworkFilter(), today: today, page: $0, on: db) }
                .map { SearchDocuments.of($0, country: country([$0.leadPlaceID] + $0.members.map(\.placeID)), today: today) }
            documents += try await all { try await Cooperation.fetchPage(CooperationFilter(), page: $0, on: db) }
                .map { SearchDocuments.of($0, country: country($0.placeIDs)) }
            documents += try await all { try await GoodPractice.fetchPage(PracticeFilter(), page: $0, on: db) }
                .map { SearchDocuments.of($0, country: country([$0.ownerPlaceID])) }
            documents += try await all { try await Event.fetchPage(EventFilter(), today: today, page: $0, on: db) }
                .map { SearchDocuments.of($0, country: country([$0.hostPlaceID])) }
            documents += try await all { try await Article.fetchPage(ArticleFilter(), page: $0, on: db) }
                .map { SearchDocuments.of($0, country: country($0.placeIDs)) }
            documents += try await all { try await Call.fetchPage(CallFilter(), today: today, page: $0, on: db) }
                .map { SearchDocuments.of($0, today: today) }
            documents += try await all { try await Pledge.fetchPage(PledgeFilter(), page: $0, on: db) }
                .map { SearchDocuments.of($0, country: country([$0.placeID])) }

            let placeCount = placeCountries.count
            let total = documents.count + placeCount
            var done = 0
            for batch in documents.chunked(into: 2000) {
                try await index(Array(batch), on: db)
                done += batch.count
                progress?(done, total)
            }
            // Places are the bulk: read them in id order, a slice at a time, to keep memory flat.
            var lastID = Int.min
            while true {
                let rows = try await db.select().column("*").from("places").where("id", .greaterThan, SQLBind(lastID))
                    .orderBy("id").limit(5000).all()
                guard !rows.isEmpty else { break }
                let places = try rows.map(Place.init(row:))
                try await index(places.map(SearchDocuments.of), on: db)
                lastID = places.last!.id
                done += places.count
                progress?(done, total)
            }
            return done
        }
    }

    static func placeCountryCodes(on db: any SQLDatabase) async throws -> [Int: String] {
        var codes: [Int: String] = [:]
        for row in try await db.select().column("id").column("country_code").from("places").all() {
            codes[try row.int("id")] = try row.string("country_code")
        }
        return codes
    }

    /// Every item of a paged list.
    static func all<T>(_ fetch: (PageRequest) async throws -> Page<T>) async throws -> [T] {
        var items: [T] = []
        var number = 1
        while true {
            let page = try await fetch(PageRequest(number: number, size: PageRequest.maximumSize))
            items += page.items
            guard page.hasNext else { return items }
            number += 1
        }
    }
}
