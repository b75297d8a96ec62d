import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Applications to calls: any account applies with a lead place, partners and a proposal, and the call's
/// rules are checked on submit, each unmet one explained; the call's organization reviews, and every
/// decision is mailed to the applicant. An application is shown only to its applicant and its reviewers.
struct ApplicationController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData
    /// The site's address, for the links in the mails.
    let publicURL: String

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/calls/:slug/apply") { request, context in
            let call = try await call(context)
            _ = try await authorizer.require(.applyToCall, on: .site, context)
            return try await applyPage(request, context, call: call, form: ApplicationForm(), status: .ok)
        }
        router.post("/calls/:slug/apply") { request, context in
            let call = try await call(context)
            let (body, principal) = try await authorizer.form(request, context, .applyToCall, on: .site)
            var form = try await ApplicationForm(form: body, call: call, today: clock.today(), db: database)
            form.check(call, countries: try await reference.snapshot().countriesByCode)
            guard form.errors.isEmpty, let lead = form.leadPlace else {
                return try await applyPage(request, context, call: call, form: form, status: .badRequest)
            }
            let now = clock.now(), user = principal.user, partners = form.partnerPlaces, proposal = form.proposal
            let saved = try await database.transaction { db in
                let application = try await CallApplication.insert(
                    CallApplication(callID: call.id, userID: user.id, leadPlaceID: lead.id,
                                    partnerPlaceIDs: partners.map(\.id), proposal: proposal, submittedAt: now),
                    on: db)
                try await AuditLog.record(by: principal, action: "apply", entity: "call_application", entityID: application.id,
                                          changes: ["call": AuditChange(from: nil, to: call.slug),
                                                    "lead": AuditChange(from: nil, to: lead.slug),
                                                    "partners": AuditChange(from: nil, to: partners.map(\.slug).joined(separator: ","))],
                                          now: now, on: db)
                try await Mail.applicationSubmitted(to: user, call: call, lead: lead, link: publicURL + SiteURL.application(application.id).path)
                    .queue(to: user, now: now, on: db)
                return application
            }
            return redirect(SiteURL.application(saved.id).path)
        }
        router.get("/calls/:slug/applications") { request, context in
            let call = try await call(context)
            _ = try await authorizer.require(.reviewApplication, on: .call(organizationID: call.organizationID), context)
            let applications = try await CallApplication.fetchAll(callID: call.id, on: database.sql)
            let places = try await Place.fetchDictionary(ids: applications.map(\.leadPlaceID), on: database.sql)
            return html(request, ApplicationViews.list(call: call, applications: applications, leads: places,
                                                       context: request.info.pageContext))
        }
        router.get("/applications/:id") { request, context in
            let (application, call) = try await application(context)
            let principal = try await authorizer.principal(context)
            let reviewer = Authorization.can(principal, .reviewApplication, .call(organizationID: call.organizationID))
            guard let principal else { throw WebError.signInRequired }
            guard reviewer || principal.user.id == application.userID else {
                throw WebError.forbidden("Only the account that applied and the call's organization can read an application.")
            }
            return try await showPage(request, context, application: application, call: call, reviewer: reviewer, error: nil)
        }
        router.post("/applications/:id/review") { request, context in
            let (application, call) = try await application(context)
            let (body, principal) = try await authorizer.form(request, context, .reviewApplication,
                                                              on: .call(organizationID: call.organizationID))
            let note = body.text("note")
            let chosen = ApplicationStatus(rawValue: body.text("status"))
            var error: String?
            if let chosen, !application.status.next.contains(chosen) {
                error = "An application that is \(application.status.rawValue) cannot become \(chosen.rawValue)."
            } else if chosen == nil {
                error = "Choose the new state: \(application.status.next.map(\.rawValue).joined(separator: ", "))."
            } else if note.count > 5_000 {
                error = "The note may have at most 5,000 characters; it has \(note.count)."
            }
            guard error == nil, let status = chosen else {
                return try await showPage(request, context, application: application, call: call, reviewer: true, error: error)
            }
            let now = clock.now()
            try await database.transaction { db in
                try await CallApplication.review(id: application.id, status: status, note: note, now: now, on: db)
                try await AuditLog.record(by: principal, action: "review", entity: "call_application",
                                          entityID: application.id,
                                          changes: ["status": AuditChange(from: application.status.rawValue, to: status.rawValue)],
                                          now: now, on: db)
                if let applicant = try await User.fetchOne(id: application.userID, on: db) {
                    try await Mail.applicationReviewed(to: applicant, call: call, status: status, note: note,
                                                       link: publicURL + SiteURL.application(application.id).path)
                        .queue(to: applicant, now: now, on: db)
                }
            }
            return redirect(SiteURL.application(application.id).path)
        }
    }

    func applyPage(_ request: Request, _ context: AppRequestContext, call: Call, form: ApplicationForm,
                   status: HTTPResponse.Status) async throws -> Response {
        let organization = try await Organization.fetchDictionary(ids: [call.organizationID], on: database.sql)[call.organizationID]
        return html(request, ApplicationViews.form(call: call, organizationName: organization?.name, form: form,
                                                   csrf: context.session?.csrfToken ?? "", context: request.info.pageContext),
                    status: status)
    }

    func showPage(_ request: Request, _ context: AppRequestContext, application: CallApplication, call: Call,
                  reviewer: Bool, error: String?) async throws -> Response {
        let places = try await Place.fetchDictionary(ids: [application.leadPlaceID] + application.partnerPlaceIDs, on: database.sql)
        let page = ApplicationViews.show(application: application, call: call, places: places, reviewer: reviewer, error: error,
                                         csrf: context.session?.csrfToken ?? "", context: request.info.pageContext)
        return html(request, page, status: error == nil ? .ok : .badRequest)
    }

    func call(_ context: AppRequestContext) async throws -> Call {
        guard let call = try await Call.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return call
    }

    func application(_ context: AppRequestContext) async throws -> (CallApplication, Call) {
        guard let id = Int(try context.parameters.require("id")),
              let application = try await CallApplication.fetchOne(id: id, on: database.sql),
              let call = try await Call.fetchOne(id: application.callID, on: database.sql) else { throw WebError.notFound }
        return (application, call)
    }


}
