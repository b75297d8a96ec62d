import PeerpolisDomain
import PeerpolisStorage
import PeerpolisTestSupport
import Testing

/// Reading a whole place list in keyset chunks gives the rows of one big page, in the same order.
@Suite struct PlaceChunkTests {
    @Test(arguments: PlaceOrder.allCases)
    func chunksFollowThePageOrderAcrossTies(order: PlaceOrder) async throws {
        try await withTestDatabase { db in
            // Equal populations and equal names force the id tie-breaker at chunk edges.
            try await insertGeography([
                makePlace(id: 10, name: "Lyon", population: 500_000), makePlace(id: 11, name: "Nice", population: 340_000),
                makePlace(id: 12, name: "Brest", population: 140_000), makePlace(id: 13, name: "Metz", population: 120_000),
                makePlace(id: 14, name: "Sète", population: 44_000), makePlace(id: 15, name: "Laval", population: 50_000),
                makePlace(id: 16, name: "Dole", population: 50_000), makePlace(id: 17, name: "Agen", population: 50_000),
                makePlace(id: 18, name: "Sevilla", country: "ES", population: 680_000),
            ], on: db)
            try await db.sql.raw("UPDATE places SET ascii_name = 'Nice' WHERE id IN (13, 15)").run()
            let filter = PlaceFilter(countryCode: "FR")
            let page = try await Place.fetchPage(filter, page: PageRequest(number: 1, size: 100), order: order, on: db.sql)

            var chunked: [Place] = []
            while true {
                let chunk = try await Place.fetchChunk(filter, order: order, after: chunked.last, limit: 3, on: db.sql)
                chunked += chunk
                if chunk.count < 3 { break }
            }

            #expect(chunked.map(\.id) == page.items.map(\.id))
            #expect(chunked.count == 8)
        }
    }
}
