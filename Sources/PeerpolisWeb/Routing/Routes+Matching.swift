import Foundation
import Hummingbird
import Logging
import PeerpolisDomain
import PeerpolisStorage

/// Partner matching: the partners page of a place, the consortium page of a call, partner-search posts,
/// and the same as JSON.
func addMatchingRoutes(to router: Router<AppRequestContext>, site: SiteController, logger: Logger) {
    let matching = MatchingController(service: MatchingService(database: site.environment.database, logger: logger),
                                      environment: site.environment)

    router.get("/places/:slug/partners") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.render(request) { pages, page in
            PartnersView.render(try await pages.partners(slug: slug, matching: matching), context: page)
        }
    }
    router.get("/calls/:slug/consortium") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.render(request) { pages, page in
            ConsortiumView.render(try await pages.consortium(callSlug: slug, matching: matching), context: page)
        }
    }
    router.get("/partner-search") { request, _ in
        try await site.render(request) { pages, page in
            PartnerSearchView.render(try await pages.partnerSearch(matching: matching), context: page)
        }
    }
    router.get("/partner-search/:slug") { request, context in
        let slug = try context.parameters.require("slug")
        return try await site.render(request) { pages, page in
            PartnerSearchView.render(try await pages.partnerSearch(matching: matching, slug: slug), context: page)
        }
    }

    router.post("/api/v1/matches") { request, _ in
        let body = try await MatchAPIBody.decode(MatchAPIBody.Matches.self, from: try await jsonBody(request),
                                                 example: #"{"place": "lyon-fr", "text": "school streets"}"#)
        let place = try await matching.place(slug: body.place)
        let (response, _) = try await matching.matches(MatchRequest(
            placeID: place.id, needs: weights(body.needs), offers: weights(body.offers), text: body.text,
            filters: body.filters, limit: body.limit))
        return try JSONResponse.make(MatchAPI.MatchesResponse(
            place: matching.placeRef(place), results: response.results.map(matching.result),
            interpretedThemes: response.interpretedThemes, needs: response.needs, offers: response.offers))
    }
    router.post("/api/v1/calls/:slug/consortium") { request, context in
        let slug = try context.parameters.require("slug")
        let body = try await MatchAPIBody.decode(MatchAPIBody.Consortium.self, from: try await jsonBody(request),
                                                 example: #"{"lead": "lyon-fr", "size": 4}"#)
        let call = try await matching.call(slug: slug)
        let lead = try await matching.place(slug: body.lead)
        let consortium = try await matching.consortium(call: call, lead: lead, size: body.size)
        let index = try await matching.service.snapshot().matchmaker.index
        return try JSONResponse.make(MatchAPI.ConsortiumResponse(
            call: call.slug, lead: matching.placeRef(lead),
            partners: consortium.partners.map { MatchAPI.Member(place: matching.placeRef($0, index: index),
                                                                score: MatchAPI.rounded($0.score)) },
            totalScore: MatchAPI.rounded(consortium.totalScore), meetsAllRules: consortium.meetsAllRules,
            rules: consortium.rules.map { MatchAPI.Rule(rule: $0.rule, met: $0.isMet, sentence: $0.sentence) },
            problems: consortium.problems))
    }
    router.get("/api/v1/partner-search") { request, _ in
        let snapshot = try await matching.service.snapshot()
        let today = site.environment.clock.today()
        let calls = try await Call.fetchAll(CallFilter(), today: today, on: matching.db)
        let callSlugs = Dictionary(uniqueKeysWithValues: calls.map { ($0.id, $0.slug) })
        let data = snapshot.posts.compactMap { post -> MatchAPI.Post? in
            guard let place = snapshot.matchmaker.index.slugAndName(placeID: post.placeID),
                  let country = snapshot.matchmaker.index.country(ofPlace: post.placeID) else { return nil }
            return MatchAPI.Post(slug: post.slug, title: post.title,
                                 place: matching.placeRef(placeID: post.placeID, slug: place.slug, name: place.name, country: country.iso2),
                                 seeks: post.seeks, offers: post.offers, text: post.text, published: post.published.description,
                                 closes: post.closes?.description, call: post.callID.flatMap { callSlugs[$0] },
                                 url: site.environment.publicURL + SiteURL.partnerSearchPost(post.slug).path,
                                 isOpen: post.isOpen(on: today))
        }
        return try ConditionalResponse.json(MatchAPI.PostsResponse(data: data), request: request)
    }
}

/// The most a matching request body may hold: a full request with every filter is under 4 KB.
private let maximumBodyBytes = 64 * 1024

/// Reads a request body up to the limit; a larger one is a 400 that says the limit, not a dropped connection.
private func jsonBody(_ request: Request) async throws -> Data {
    do {
        let buffer = try await request.body.collect(upTo: maximumBodyBytes)
        return Data(buffer.readableBytesView)
    } catch let error as HTTPError where error.status == .contentTooLarge {
        throw WebError.badRequest("The body is larger than \(maximumBodyBytes / 1024) KB; a matching request needs far less.")
    }
}

/// Theme weights from a body, the highest weight winning when a theme is listed twice.
private func weights(_ list: [MatchAPIBody.ThemeWeight]) -> [String: Double] {
    Dictionary(list.map { ($0.theme, $0.weight) }, uniquingKeysWith: max)
}
