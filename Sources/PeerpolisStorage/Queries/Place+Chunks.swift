import PeerpolisDomain
import SQLKit

extension Place {
    /// Up to `limit` places matching `filter` in `order`, starting after the place `after`: keyset pagination
    /// for reading a whole list. Each chunk is an index range read, where page N of an OFFSET query re-reads
    /// the N-1 pages before it (a download of 34,000 places made 345 such queries).
    public static func fetchChunk(_ filter: PlaceFilter, order: PlaceOrder = .largestFirst, after: Place?,
                                  limit: Int, on db: any SQLDatabase) async throws -> [Place] {
        var query = db.select().columns(readColumns).from("places")
        for predicate in filter.predicates(postgres: db.dialect.name != "sqlite") { query = query.where(predicate) }
        if let after { query = query.where(Self.after(after, in: order)) }
        for term in order.terms { query = query.orderBy(term) }
        return try await query.orderBy("id", .ascending).limit(limit).all().map(Place.init(row:))
    }

    /// Rows that come after `place` in `order`, whose last tie-breaker is `id` ascending.
    private static func after(_ place: Place, in order: PlaceOrder) -> SQLQueryString {
        switch order {
        case .largestFirst:
            "(population < \(bind: place.population) OR (population = \(bind: place.population) AND id > \(bind: place.id)))"
        case .smallestFirst:
            "(population > \(bind: place.population) OR (population = \(bind: place.population) AND id > \(bind: place.id)))"
        case .name:
            "(ascii_name > \(bind: place.asciiName) OR (ascii_name = \(bind: place.asciiName) AND id > \(bind: place.id)))"
        case .nameDescending:
            "(ascii_name < \(bind: place.asciiName) OR (ascii_name = \(bind: place.asciiName) AND id > \(bind: place.id)))"
        }
    }
}
