import Foundation
import PeerpolisDomain
import PeerpolisStorage

/// A transfer of a good practice as typed in its form, every field kept as text, with a message per field
/// that cannot be saved.
struct TransferForm: EditorForm {
    static let fieldNames = ["receiving", "network", "startDate", "stage"]

    var fields: [String: String] = [:]
    var errors: [String: String] = [:]

    /// Blank, with the receiving place filled in when the account represents a place that could be it.
    init(receivingSlug: String?) {
        fields = ["receiving": receivingSlug ?? ""]
    }

    init() {}

    init(_ transfer: Transfer, receivingSlug: String, networkSlug: String?) {
        fields = ["receiving": receivingSlug, "network": networkSlug ?? "", "startDate": transfer.startDate?.description ?? "",
                  "stage": transfer.stage?.rawValue ?? ""]
    }

    var receivingSlug: String { self["receiving"].trimmingCharacters(in: .whitespaces).lowercased() }
    var networkSlug: String { self["network"].trimmingCharacters(in: .whitespaces).lowercased() }

    /// Checks every field and, when all hold, returns the transfer (with the id of `existing`). `receiving`
    /// and `network` are looked up from the form's slugs; a practice is transferred at most once to a place.
    mutating func validated(existing: Transfer?, of practice: GoodPractice, receiving: Place?, network: Network?,
                            _ t: Catalog) -> Transfer? {
        errors = [:]
        if receivingSlug.isEmpty {
            errors["receiving"] = t[.editorCheckReceivingMissing]
        } else if receiving == nil {
            errors["receiving"] = t.format(.editorCheckReceivingUnknown, self["receiving"])
        } else if receiving?.id == practice.ownerPlaceID {
            errors["receiving"] = t[.editorCheckReceivingOwn]
        } else if practice.transfers.contains(where: { $0.receivingPlaceID == receiving?.id && $0.id != existing?.id }) {
            errors["receiving"] = t.format(.editorCheckTransferExists, receiving?.name ?? receivingSlug)
        }
        if !networkSlug.isEmpty && network == nil {
            errors["network"] = t.format(.editorCheckTransferNetwork, self["network"])
        }
        let start = optionalDay("startDate", t[.editorCheckTransferStart])
        let stage = TransferStage(rawValue: self["stage"])
        if !self["stage"].isEmpty && stage == nil {
            errors["stage"] = t.format(.editorCheckStage, TransferStage.allCases.map(\.rawValue).joined(separator: ", "))
        }
        guard errors.isEmpty, let receiving else { return nil }
        return Transfer(id: existing?.id ?? 0, receivingPlaceID: receiving.id, networkID: network?.id, startDate: start, stage: stage)
    }

    /// Field-by-field differences between two versions, for the audit log and the history.
    static func changes(from old: Transfer?, to new: Transfer) -> [String: AuditChange] {
        auditChanges([
            ("receiving_place_id", old.map { String($0.receivingPlaceID) }, String(new.receivingPlaceID)),
            ("network_id", old?.networkID.map(String.init), new.networkID.map(String.init)),
            ("start_date", old?.startDate?.description, new.startDate?.description),
            ("stage", old?.stage?.rawValue, new.stage?.rawValue),
        ])
    }
}
