import Foundation
import Testing
@testable import PeerpolisWeb

/// The hand-written JSON of the place list is, byte for byte, what `JSONEncoder` writes for the same value.
@Suite("Hand-written JSON")
struct JSONWriterTests {
    static func place(name: String, latitude: Double, longitude: Double, admin1Code: String?,
                      country: APIv1.Ref?, alternateNames: [String]) -> APIv1.Place {
        APIv1.Place(slug: "s", name: name, asciiName: "Ascii", alternateNames: alternateNames, kind: "city",
                    sizeClass: "small-city", population: 0, latitude: latitude, longitude: longitude,
                    timeZone: "Europe/Rome", admin1Code: admin1Code, geonamesId: 3_183_072,
                    geonamesUri: "https://sws.geonames.org/3183072/", country: country,
                    links: APIv1.Links(api: "/api/v1/places/s", html: "/places/s"))
    }

    @Test("Edge values: escapes, Unicode, slashes, integral, tiny and huge doubles, missing optionals")
    func edgeValues() throws {
        let italy = APIv1.Ref(slug: "it", name: "Italy", links: APIv1.Links(api: "/api/v1/countries/it", html: "/countries/it"))
        let places = [
            Self.place(name: "Quote \" back\\slash / \n\r\t\u{8}\u{c}\u{1}\u{1f} é 🚲 \u{2028}", latitude: 45, longitude: -0.0000001,
                       admin1Code: nil, country: nil, alternateNames: []),
            Self.place(name: "Andria", latitude: 41.23117, longitude: 123_456_789.125, admin1Code: "13",
                       country: italy, alternateNames: ["Andrija", "andoria"]),
            Self.place(name: "", latitude: 1e21, longitude: -1e-300, admin1Code: "", country: italy,
                       alternateNames: [""]),
        ]
        for (next, prev) in [("/api/v1/places?page=3", "/api/v1/places?page=1"), (nil, nil)] as [(String?, String?)] {
            let list = APIv1.List(data: places, total: 9_999, page: 2, perPage: 3, pageCount: 3_333, next: next, prev: prev)

            let written = try APIEncoding.bytes(list)

            #expect(String(decoding: written, as: UTF8.self) == String(decoding: try APIEncoding.encoder.encode(list), as: UTF8.self))
        }
    }

    @Test("A download's array of places")
    func arrayOfPlaces() throws {
        let places = [Self.place(name: "Bari", latitude: 41.1, longitude: 16.8, admin1Code: "13", country: nil,
                                 alternateNames: ["Bar"]),
                      Self.place(name: "Köln", latitude: 50.9, longitude: 6.95, admin1Code: nil, country: nil,
                                 alternateNames: [])]

        #expect(try APIEncoding.bytes(places) == Array(try APIEncoding.encoder.encode(places)))
        #expect(try APIEncoding.bytes([APIv1.Place]()) == Array("[]".utf8))
    }

    @Test("An empty page")
    func emptyPage() throws {
        let list = APIv1.List<APIv1.Place>(data: [], total: 0, page: 1, perPage: 50, pageCount: 0, next: nil, prev: nil)

        #expect(try APIEncoding.bytes(list) == Array(try APIEncoding.encoder.encode(list)))
    }

    @Test("The place list served over HTTP is the encoder's bytes for the same page")
    func servedPlaceList() async throws {
        try await withSeededApp { client in
            let response = try await client.get("/api/v1/places?per_page=10&page=2")

            let page = try JSONDecoder().decode(APIv1.List<APIv1.Place>.self, from: Data(response.body.utf8))
            #expect(page.data.count == 10)
            #expect(response.body == String(decoding: try APIEncoding.encoder.encode(page), as: UTF8.self))
        }
    }
}
