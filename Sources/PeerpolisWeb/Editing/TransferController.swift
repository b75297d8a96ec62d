import Foundation
import Hummingbird
import PeerpolisDomain
import PeerpolisStorage

/// Transfers of good practices: recorded, changed and withdrawn by the representatives of the practice's
/// place or of the receiving place (`Authorization.can` says which, with the reason). Each write is one
/// transaction with its audit row under the transfer; its edit page shows that history. Transfers are
/// small facts saved at once, so they have no drafts.
struct TransferController: FormController, Sendable {
    let support: EditorSupport
    var database: Database { support.database }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/practices/:slug/transfers/new") { request, context in
            let practice = try await practice(context)
            let principal = try await support.authorizer.require(.addTransfer, on: .transfer(ownerPlaceID: practice.ownerPlaceID,
                                                                                              receivingPlaceID: nil), context)
            // Someone who represents a place other than the owner most likely reports that place's adoption.
            let own = try await support.places(for: principal).first { $0.id != practice.ownerPlaceID }
            let form = principal.representedPlaceIDs.contains(practice.ownerPlaceID) ? TransferForm(receivingSlug: nil)
                : TransferForm(receivingSlug: own?.slug)
            return try await page(request, context, practice: practice, record: nil, form: form)
        }
        router.post("/practices/:slug/transfers") { request, context in
            let practice = try await practice(context)
            let (body, principal) = try await support.authorizer.form(
                request, context, .addTransfer, on: .transfer(ownerPlaceID: practice.ownerPlaceID, receivingPlaceID: nil))
            return try await save(request, context, body: body, principal: principal, practice: practice, record: nil)
        }
        router.get("/transfers/:id/edit") { request, context in
            let (record, practice) = try await transfer(context)
            _ = try await support.authorizer.require(.editTransfer, on: resource(record.transfer, of: practice), context)
            return try await page(request, context, practice: practice, record: record, form: try await form(of: record.transfer))
        }
        router.post("/transfers/:id/edit") { request, context in
            let (record, practice) = try await transfer(context)
            let (body, principal) = try await support.authorizer.form(request, context, .editTransfer,
                                                                      on: resource(record.transfer, of: practice))
            return try await save(request, context, body: body, principal: principal, practice: practice, record: record)
        }
        router.post("/transfers/:id/delete") { request, context in
            let (record, practice) = try await transfer(context)
            let (_, principal) = try await support.authorizer.form(request, context, .deleteTransfer,
                                                                   on: resource(record.transfer, of: practice))
            let now = support.clock.now(), transfer = record.transfer
            try await database.transaction { db in
                try await Transfer.delete(id: transfer.id, on: db)
                try await AuditLog.record(by: principal, action: "delete", entity: "transfer", entityID: transfer.id,
                                          changes: ["practice": AuditChange(from: practice.slug, to: nil),
                                                    "receiving_place_id": AuditChange(from: String(transfer.receivingPlaceID), to: nil)],
                                          now: now, on: db)
            }
            return redirect(SiteURL.practice(practice.slug).path)
        }
    }

    /// A posted transfer: checked, then saved with its audit row, when the account may speak for the pair of
    /// places it names (moving a transfer to another receiving place needs the right on the new pair too).
    func save(_ request: Request, _ context: AppRequestContext, body: FormBody, principal: Principal, practice: GoodPractice,
              record: TransferRecord?) async throws -> Response {
        var form = TransferForm(posted: body, themes: [])
        let db = database.sql
        let receiving = form.receivingSlug.isEmpty ? nil : try await Place.fetchOne(slug: form.receivingSlug, on: db)
        let network = form.networkSlug.isEmpty ? nil : try await Network.fetchOne(slug: form.networkSlug, on: db)
        guard let valid = form.validated(existing: record?.transfer, of: practice, receiving: receiving, network: network,
                                             request.info.catalog) else {
            return try await page(request, context, practice: practice, record: record, form: form)
        }
        let action: Action = record == nil ? .addTransfer : .editTransfer
        guard Authorization.can(principal, action, resource(valid, of: practice)) else {
            throw WebError.forbidden("Your account can record transfers of this practice only to a place it represents.")
        }
        let now = support.clock.now()
        try await database.transaction { db in
            var changes = TransferForm.changes(from: record?.transfer, to: valid)
            if let record {
                try await Transfer.update(valid, on: db)
                try await AuditLog.record(by: principal, action: "edit", entity: "transfer", entityID: record.transfer.id,
                                          changes: changes, now: now, on: db)
            } else {
                let saved = try await Transfer.insert(valid, practiceID: practice.id, on: db)
                changes["practice"] = AuditChange(from: nil, to: practice.slug)
                try await AuditLog.record(by: principal, action: "create", entity: "transfer", entityID: saved.id,
                                          changes: changes, now: now, on: db)
            }
        }
        return redirect(SiteURL.practice(practice.slug).path)
    }

    func page(_ request: Request, _ context: AppRequestContext, practice: GoodPractice, record: TransferRecord?,
              form: TransferForm) async throws -> Response {
        let receiving = try await record.asyncMap { try await Place.fetchOne(id: $0.transfer.receivingPlaceID, on: database.sql) } ?? nil
        let history = try await record.asyncMap { try await support.history(entity: "transfer", id: $0.transfer.id) } ?? []
        let page = EditorViews.TransferPage(practice: practice, transfer: record?.transfer, receivingName: receiving?.name, form: form,
                                            history: history, csrf: context.session?.csrfToken ?? "",
                                            context: request.info.pageContext)
        return html(request, EditorViews.transferForm(page), status: form.errors.isEmpty ? .ok : .badRequest)
    }

    func form(of transfer: Transfer) async throws -> TransferForm {
        let db = database.sql
        let receiving = try await Place.fetchOne(id: transfer.receivingPlaceID, on: db)
        let network = try await transfer.networkID.asyncMap { try await Network.fetchDictionary(ids: [$0], on: db)[$0] } ?? nil
        return TransferForm(transfer, receivingSlug: receiving?.slug ?? "", networkSlug: network?.slug)
    }

    func resource(_ transfer: Transfer, of practice: GoodPractice) -> Resource {
        .transfer(ownerPlaceID: practice.ownerPlaceID, receivingPlaceID: transfer.receivingPlaceID)
    }

    func practice(_ context: AppRequestContext) async throws -> GoodPractice {
        guard let practice = try await GoodPractice.fetchOne(slug: try context.parameters.require("slug"), on: database.sql) else {
            throw WebError.notFound
        }
        return practice
    }

    func transfer(_ context: AppRequestContext) async throws -> (TransferRecord, GoodPractice) {
        guard let id = Int(try context.parameters.require("id")),
              let record = try await Transfer.fetchOne(id: id, on: database.sql),
              let practice = try await GoodPractice.fetchOne(id: record.practiceID, on: database.sql) else { throw WebError.notFound }
        return (record, practice)
    }
}
