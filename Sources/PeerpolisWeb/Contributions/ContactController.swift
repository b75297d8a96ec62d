import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// The experts directory, and messages to a place's representatives or to an expert sent through the hub:
/// the hub mails the recipients (through the outbox), so their addresses are never shown to the sender. The
/// sender must be signed in; the message carries the sender's name and address so the recipient can answer.
struct ContactController: FormController, Sendable {
    let database: Database
    let clock: Clock
    let authorizer: Authorizer
    let reference: ReferenceData

    /// Messages one account may send in an hour, so the hub cannot be used to flood its members.
    static let hourlyLimit = 10

    /// Who a message goes to, and how the page names them.
    struct Recipients {
        var name: String
        var users: [User]
        var action: SiteURL
        var back: SiteURL
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/experts") { request, context in
            let experts = try await RoleGrant.fetchExperts(on: database.sql)
            let themes = try await reference.snapshot().themes
            return html(request, ContactView.directory(experts: experts, themes: themes, context: request.info.pageContext))
        }
        router.get("/experts/:id/contact") { request, context in
            _ = try await authorizer.require(.sendMessage, on: .site, context)
            return try await form(request, context, recipients: try await expert(context), form: MessageForm())
        }
        router.post("/experts/:id/contact") { request, context in
            try await send(request, context, recipients: try await expert(context), about: "expert")
        }
        router.get("/places/:slug/contact") { request, context in
            _ = try await authorizer.require(.sendMessage, on: .site, context)
            return try await form(request, context, recipients: try await place(context), form: MessageForm())
        }
        router.post("/places/:slug/contact") { request, context in
            try await send(request, context, recipients: try await place(context), about: "place")
        }
        // A partner-search post speaks for its place, so its author is reached through the place's representatives.
        router.get("/partner-search/:slug/contact") { request, context in
            _ = try await authorizer.require(.sendMessage, on: .site, context)
            return try await form(request, context, recipients: try await post(context), form: MessageForm())
        }
        router.post("/partner-search/:slug/contact") { request, context in
            try await send(request, context, recipients: try await post(context), about: "partner_search_post")
        }
    }

    func send(_ request: Request, _ context: AppRequestContext, recipients: Recipients, about: String) async throws -> Response {
        let (body, principal) = try await authorizer.form(request, context, .sendMessage, on: .site)
        var form = MessageForm(form: body)
        let now = clock.now()
        let sentLastHour = try await AuditLog.count(userID: principal.user.id, action: "send-message",
                                                    since: now.addingTimeInterval(-3600), on: database.sql)
        if sentLastHour >= Self.hourlyLimit {
            form.errors["message"] = "You have sent \(Self.hourlyLimit) messages in the last hour, the most the hub allows. Try again later."
        }
        if recipients.users.isEmpty {
            form.errors["message"] = "Nobody can receive messages here yet, so this one was not sent."
        }
        guard form.errors.isEmpty else { return try await self.form(request, context, recipients: recipients, form: form) }
        let sender = principal.user, message = form.message
        try await database.transaction { db in
            // Each recipient reads it in their own language; the sender's words stay as written.
            for user in recipients.users {
                try await Mail.contact(to: user, from: sender, about: recipients.name, message: message).queue(to: user, now: now, on: db)
            }
            try await AuditLog.record(by: principal, action: "send-message", entity: about,
                                      entityID: recipients.users[0].id,
                                      changes: ["recipients": AuditChange(from: nil, to: String(recipients.users.count))],
                                      now: now, on: db)
        }
        return redirect(recipients.back.path)
    }

    func form(_ request: Request, _ context: AppRequestContext, recipients: Recipients, form: MessageForm) async throws -> Response {
        let page = ContactView.form(recipients: recipients, form: form, csrf: context.session?.csrfToken ?? "",
                                    context: request.info.pageContext)
        return html(request, page, status: form.errors.isEmpty ? .ok : .badRequest)
    }

    func expert(_ context: AppRequestContext) async throws -> Recipients {
        guard let id = Int(try context.parameters.require("id")),
              let expert = try await RoleGrant.fetchExperts(userID: id, on: database.sql).first,
              let user = try await User.fetchOne(id: id, on: database.sql) else { throw WebError.notFound }
        return Recipients(name: expert.name, users: [user], action: .expertContact(id), back: .experts)
    }

    func place(_ context: AppRequestContext) async throws -> Recipients {
        guard let place = try await Place.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        let users = try await RoleGrant.fetchHolders(of: .placeRepresentative, placeID: place.id, on: database.sql)
        return Recipients(name: place.name, users: users, action: .placeContact(place.slug), back: .place(place.slug))
    }

    /// The representatives of the place a partner-search post speaks for, named by the post's title.
    func post(_ context: AppRequestContext) async throws -> Recipients {
        guard let post = try await PartnerSearchPost.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        let users = try await RoleGrant.fetchHolders(of: .placeRepresentative, placeID: post.placeID, on: database.sql)
        return Recipients(name: post.title, users: users, action: .postContact(post.slug), back: .partnerSearchPost(post.slug))
    }
}

/// A message as typed, with a message per field that cannot be sent.
struct MessageForm: Sendable {
    var message = ""
    var errors: [String: String] = [:]

    init() {}

    init(form: FormBody) {
        message = form.text("message")
        if !(10...5_000).contains(message.count) {
            errors["message"] = "Write a message of 10 to 5,000 characters; it has \(message.count)."
        }
    }
}
