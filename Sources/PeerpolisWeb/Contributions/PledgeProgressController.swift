import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// A place's representatives report dated progress on the place's pledges; the pledge page then sets the
/// latest figure against the commitment. Same order as every write: sign-in, CSRF, permission, validation,
/// then one transaction with the audit-log row.
struct PledgeProgressController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/pledges/:slug/progress") { request, context in
            let pledge = try await pledge(context)
            _ = try await authorizer.require(.reportPledgeProgress, on: .pledge(placeID: pledge.placeID), context)
            return try await page(request, context, pledge: pledge, form: ProgressForm(today: clock.today()))
        }
        router.post("/pledges/:slug/progress") { request, context in
            let pledge = try await pledge(context)
            let (body, principal) = try await authorizer.form(request, context, .reportPledgeProgress,
                                                              on: .pledge(placeID: pledge.placeID))
            let form = ProgressForm(form: body, pledge: pledge, today: clock.today())
            guard let update = form.progress(for: pledge) else {
                return try await page(request, context, pledge: pledge, form: form)
            }
            try await ContributionWrites(database: database, clock: clock).reportProgress(update, on: pledge, by: principal)
            return redirect(SiteURL.pledge(pledge.slug).path + "#progress")
        }
    }

    func pledge(_ context: AppRequestContext) async throws -> Pledge {
        guard let pledge = try await Pledge.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return pledge
    }

    func page(_ request: Request, _ context: AppRequestContext, pledge: Pledge, form: ProgressForm) async throws -> Response {
        let place = try await Place.fetchOne(id: pledge.placeID, on: database.sql)
        let page = ProgressView.render(pledge: pledge, placeName: place?.name, form: form,
                                       csrf: context.session?.csrfToken ?? "", context: request.info.pageContext)
        return html(request, page, status: form.errors.isEmpty ? .ok : .badRequest)
    }
}
