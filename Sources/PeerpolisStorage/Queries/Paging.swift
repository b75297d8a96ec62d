import SQLKit

/// Which page of a list to read. Pages count from 1.
public struct PageRequest: Sendable, Hashable {
    public static let defaultSize = 20
    public static let maximumSize = 100

    public var number: Int
    public var size: Int

    public init(number: Int = 1, size: Int = PageRequest.defaultSize) {
        self.number = max(1, number)
        self.size = min(max(1, size), PageRequest.maximumSize)
    }

    var offset: Int { (number - 1) * size }
}

/// One page of a list, with the total so a view can link the other pages.
public struct Page<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var request: PageRequest

    public init(items: [Item], total: Int, request: PageRequest) {
        self.items = items
        self.total = total
        self.request = request
    }

    public var pageCount: Int { max(1, (total + request.size - 1) / request.size) }
    public var hasNext: Bool { request.number < pageCount }
    public var hasPrevious: Bool { request.number > 1 }
}

extension SQLSelectBuilder {
    func page(_ request: PageRequest) -> Self {
        limit(request.size).offset(request.offset)
    }
}

extension SQLDatabase {
    /// `SELECT COUNT(*)` over a table with the same predicates as a list query.
    func count(_ table: String, where predicates: [any SQLExpression]) async throws -> Int {
        var query = select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(table)
        for predicate in predicates { query = query.where(predicate) }
        return try await query.first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Reads one page: its rows (ordered) and the total count under the same predicates.
    func fetchPage<T: Sendable>(
        _ table: String, where predicates: [any SQLExpression], orderBy: [any SQLExpression],
        page: PageRequest, knownTotal: Int? = nil, columns: [String]? = nil, decode: (any SQLRow) throws -> T
    ) async throws -> Page<T> {
        var query = select().from(table)
        query = columns.map { query.columns($0) } ?? query.column("*")
        for predicate in predicates { query = query.where(predicate) }
        for order in orderBy { query = query.orderBy(order) }
        let rows = try await query.page(page).all()
        let total: Int
        if let knownTotal { total = knownTotal } else { total = try await count(table, where: predicates) }
        return Page(items: try rows.map(decode), total: total, request: page)
    }
}

/// Predicates shared by several lists.
enum Filter {
    /// Rows tagged with a theme or with one of its sub-themes, through a join table.
    static func theme(_ slug: String, links table: String, owner: String) -> any SQLExpression {
        SQLQueryString("id IN (SELECT \(ident: owner) FROM \(ident: table) WHERE theme_slug IN (SELECT slug FROM themes WHERE slug = \(bind: slug) OR parent_slug = \(bind: slug)))")
    }

    /// Rows whose date column falls in a year (dates are `YYYY-MM-DD` text on both engines).
    static func year(_ year: Int, column: String) -> any SQLExpression {
        SQLQueryString("\(ident: column) >= \(bind: "\(year)-01-01") AND \(ident: column) <= \(bind: "\(year)-12-31")")
    }

    static func equals(_ column: String, _ value: some Encodable & Sendable) -> any SQLExpression {
        SQLBinaryExpression(SQLIdentifier(column), .equal, SQLBind(value))
    }

    static func raw(_ text: SQLQueryString) -> any SQLExpression { text }
}
