import Foundation
import Hummingbird
import NIOCore
import PeerpolisDomain
import PeerpolisStorage

/// The API's writes, each the twin of a form: the same `Authorization.can` check, the same validation
/// (the form types), the same transaction with its audit-log row (`ContributionWrites`). The order differs
/// from a form's only in its first step: the bearer token (401) before anything else, so a caller without
/// one learns nothing about what exists; then the resource (404), the permission (403), the body (415,
/// 400) and its rules (422).
struct APIWriteController: Sendable {
    let database: Database
    let clock: Clock
    let reference: ReferenceData
    let publicURL: String

    var bearer: BearerAuthenticator { BearerAuthenticator(database: database, clock: clock) }
    var writes: ContributionWrites { ContributionWrites(database: database, clock: clock) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.put("/api/v1/places/:slug/interests") { request, context in
            let principal = try await bearer.principal(request)
            let place = try await place(context)
            _ = try BearerAuthenticator.require(principal, .editPlaceProfile, on: .place(id: place.id))
            let body = try await Self.decode(APIWriteBody.Interests.self, request,
                                             example: #"{"interests": [{"theme": "mobility", "direction": "need", "weight": 0.5}]}"#)
            let (interests, errors) = APIWriteBody.interests(body, themes: try await themes(), placeID: place.id)
            guard errors.isEmpty else { return try APIWriteBody.invalid(errors, request: request) }
            try await writes.replaceInterests(of: place, with: interests, by: principal)
            return try JSONResponse.make(try await interestsResponse(place))
        }
        router.post("/api/v1/places/:slug/partner-search") { request, context in
            let principal = try await bearer.principal(request)
            let place = try await place(context)
            _ = try BearerAuthenticator.require(principal, .createPartnerSearchPost, on: .place(id: place.id))
            let body = try await Self.decode(APIWriteBody.NewPost.self, request,
                                             example: #"{"title": "Peers for school streets", "seeks": ["mobility"]}"#)
            let form = PostForm(title: body.title, text: body.text, closes: body.closes, seeks: Set(body.seeks),
                                offers: Set(body.offers), themes: try await themes(), today: clock.today())
            guard form.errors.isEmpty else { return try APIWriteBody.invalid(form.errors, request: request) }
            let post = try await writes.createPost(form, of: place, by: principal)
            return try JSONResponse.make(try await postJSON(post, place: place), status: .created)
        }
        router.patch("/api/v1/partner-search/:slug") { request, context in
            let principal = try await bearer.principal(request)
            let (post, place) = try await post(context)
            _ = try BearerAuthenticator.require(principal, .editPartnerSearchPost, on: .partnerSearchPost(placeID: post.placeID))
            let body = try await Self.decode(APIWriteBody.PostChanges.self, request, example: #"{"title": "A better title"}"#)
            let closes = body.closes.map { $0 ?? "" } ?? (post.closes?.description ?? "")
            let form = PostForm(title: body.title ?? post.title, text: body.text ?? post.text, closes: closes,
                                seeks: Set(body.seeks ?? post.seeks), offers: Set(body.offers ?? post.offers),
                                themes: try await themes(), today: clock.today())
            guard form.errors.isEmpty else { return try APIWriteBody.invalid(form.errors, request: request) }
            let changed = form.applied(to: post)
            try await writes.updatePost(changed, old: post, action: "edit", by: principal)
            return try JSONResponse.make(try await postJSON(changed, place: place))
        }
        router.post("/api/v1/pledges/:slug/progress") { request, context in
            let principal = try await bearer.principal(request)
            guard let pledge = try await Pledge.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
                throw WebError.notFound
            }
            _ = try BearerAuthenticator.require(principal, .reportPledgeProgress, on: .pledge(placeID: pledge.placeID))
            let body = try await Self.decode(APIWriteBody.Progress.self, request,
                                             example: #"{"date": "2026-03-01", "note": "Two shelters opened", "figure": 400}"#)
            let today = clock.today()
            let form = ProgressForm(date: body.date ?? today.description, note: body.note,
                                    figure: APIWriteBody.figureText(body.figure), pledge: pledge, today: today)
            guard let update = form.progress(for: pledge) else { return try APIWriteBody.invalid(form.errors, request: request) }
            try await writes.reportProgress(update, on: pledge, by: principal)
            return try JSONResponse.make(APIWriteBody.ProgressResponse(
                pledge: pledge.slug,
                progress: .init(date: update.date.description, note: update.note, amount: update.amount, quantity: update.quantity)),
                status: .created)
        }
    }

    // MARK: - Helpers

    /// Bodies hold a few fields; 64 KB is ample and keeps a flood of bytes out of memory.
    static let maximumBodyBytes = 64 * 1024

    /// Reads a JSON body: 415 for another media type, 400 for one too large or that does not decode.
    static func decode<T: Decodable>(_ type: T.Type, _ request: Request, example: String) async throws -> T {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType == "application/json" || mediaType.hasSuffix("+json") else {
            throw WebError.unsupportedMediaType("Send the body as JSON, with the header 'Content-Type: application/json', such as \(example).")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: maximumBodyBytes)
        } catch is NIOTooManyBytesError {
            throw WebError.badRequest("The body is larger than \(maximumBodyBytes / 1024) KB; a write needs far less.")
        }
        return try MatchAPIBody.decode(T.self, from: Data(buffer.readableBytesView), example: example)
    }

    func place(_ context: AppRequestContext) async throws -> Place {
        guard let place = try await Place.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return place
    }

    func post(_ context: AppRequestContext) async throws -> (PartnerSearchPost, Place) {
        guard let post = try await PartnerSearchPost.fetchOne(slug: try context.parameters.require("slug"), on: database.sql),
              let place = try await Place.fetchOne(id: post.placeID, on: database.sql) else { throw WebError.notFound }
        return (post, place)
    }

    func themes() async throws -> [Theme] { try await reference.snapshot().themes }

    /// The place's interests as stored after the write.
    func interestsResponse(_ place: Place) async throws -> APIWriteBody.InterestsResponse {
        let stored = try await PlaceInterest.fetchAll(placeID: place.id, on: database.sql)
        return APIWriteBody.InterestsResponse(place: place.slug, interests: stored.map {
            APIWriteBody.InterestJSON(theme: $0.themeSlug, direction: $0.direction.rawValue, weight: $0.weight, note: $0.note)
        })
    }

    /// A post as `GET /api/v1/partner-search` lists it.
    func postJSON(_ post: PartnerSearchPost, place: Place) async throws -> MatchAPI.Post {
        var call: Call?
        if let callID = post.callID { call = try await Call.fetchOne(id: callID, on: database.sql) }
        return MatchAPI.Post(
            slug: post.slug, title: post.title,
            place: MatchAPI.PlaceRef(slug: place.slug, name: place.name, country: place.countryCode,
                                     url: publicURL + SiteURL.place(place.slug).path, geonamesId: place.id),
            seeks: post.seeks, offers: post.offers, text: post.text, published: post.published.description,
            closes: post.closes?.description, call: call?.slug, url: publicURL + SiteURL.partnerSearchPost(post.slug).path,
            isOpen: post.isOpen(on: clock.today()))
    }
}
