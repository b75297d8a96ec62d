import PeerpolisDomain
import PeerpolisStorage
import SQLKit

/// The requests the matching pages and endpoints share: resolving slugs, running the matchmaker and
/// turning its errors into 404 or 400 with the engine's sentence.
struct MatchingController: Sendable {
    let service: MatchingService
    let environment: AppEnvironment

    /// The largest consortium asked for: the builder draws from about a hundred ranked candidates.
    static let sizeRange = 2...30
    /// Longer challenges are refused rather than cut, so the interpreted themes match what was sent.
    static let maximumTextLength = 2_000

    var db: any SQLDatabase { environment.database.sql }

    func place(slug: String) async throws -> Place {
        guard let place = try await Place.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        return place
    }

    func call(slug: String) async throws -> Call {
        guard let call = try await Call.fetchOne(slug: slug, on: db) else { throw WebError.notFound }
        return call
    }

    /// Runs a request; an unknown place is a 404, any other engine error a 400 with its sentence.
    func matches(_ request: MatchRequest) async throws -> (MatchResponse, Matchmaker) {
        guard request.text.count <= Self.maximumTextLength else {
            throw WebError.badRequest("The challenge text is longer than \(Self.maximumTextLength) characters; shorten it to its key words.")
        }
        let matchmaker = try await service.snapshot().matchmaker
        do {
            return (try matchmaker.matches(request, today: environment.clock.today()), matchmaker)
        } catch let error as MatchError {
            throw Self.webError(error)
        }
    }

    /// A consortium for a call led by a place: the call's themes are the needs (else the lead's profile).
    func consortium(call: Call, lead: Place, size: Int?) async throws -> Consortium {
        if let size, !Self.sizeRange.contains(size) {
            throw WebError.badRequest("The size counts the lead and must be between \(Self.sizeRange.lowerBound) and \(Self.sizeRange.upperBound), not \(size).")
        }
        let matchmaker = try await service.snapshot().matchmaker
        let known = Set(matchmaker.index.knownThemeSlugs)
        let needs = Dictionary(call.themeSlugs.filter(known.contains).map { ($0, 1.0) }, uniquingKeysWith: max)
        do {
            return try matchmaker.proposeConsortium(MatchRequest(placeID: lead.id, needs: needs), rules: call.rules,
                                                    size: size, today: environment.clock.today())
        } catch MatchError.emptyRequest {
            throw WebError.badRequest("The call names no theme and \(lead.name) has declared no needs or offers, so there is nothing to match partners on. Pick a lead with a profile, or add the place's interests first.")
        } catch let error as MatchError {
            throw Self.webError(error)
        }
    }

    static func webError(_ error: MatchError) -> WebError {
        if case .unknownPlace = error { return .notFound }
        return .badRequest(error.description)
    }

    func placeRef(placeID: Int, slug: String, name: String, country: String) -> MatchAPI.PlaceRef {
        MatchAPI.PlaceRef(slug: slug, name: name, country: country,
                          url: environment.publicURL + SiteURL.place(slug).path, geonamesId: placeID)
    }

    func placeRef(_ place: Place) -> MatchAPI.PlaceRef {
        placeRef(placeID: place.id, slug: place.slug, name: place.name, country: place.countryCode)
    }

    func placeRef(_ candidate: ConsortiumCandidate, index: MatchIndex) -> MatchAPI.PlaceRef {
        placeRef(placeID: candidate.placeID, slug: index.slugAndName(placeID: candidate.placeID)?.slug ?? "",
                 name: candidate.name, country: candidate.countryCode)
    }

    func result(_ match: Match) -> MatchAPI.Result {
        MatchAPI.Result(place: placeRef(placeID: match.placeID, slug: match.slug, name: match.name, country: match.countryCode),
                        score: MatchAPI.rounded(match.score), signals: match.signals.mapValues(MatchAPI.rounded),
                        reasons: match.reasons, existingPartner: match.isExistingPartner,
                        distanceKm: (match.distanceKm * 10).rounded() / 10)
    }
}
