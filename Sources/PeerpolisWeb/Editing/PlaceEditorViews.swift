import Foundation
import Plot
import PeerpolisDomain

/// The editors of places' content: good practices, their transfers, and pledges. Typed values come back
/// through `attribute(_:)` and `.text` only.
extension EditorViews {
    static func practiceForm(_ page: EditorPage<PracticeForm, GoodPractice>, places: [Place], typesPlace: Bool,
                             themes: [Theme]) -> String {
        let t = page.context.catalog, practice = page.entity
        let fields = Fields(values: page.form.fields, errors: page.form.errors, prefix: "practice", catalog: t)
        let chosen = Set(page.form.themeSlugs)
        return editor(
            page, title: practice.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewPractice],
            action: practice.map { .practiceEdit($0.slug) } ?? .practiceNew, intro: .editorPlaceIntro,
            delete: practice.map { (.practiceDelete($0.slug), t[.editorDeletePractice]) },
            fields: [
                fields.text("title", .postTitle),
                placeField(fields, places: places, typesPlace: typesPlace),
                fields.textArea("summary", .editorSummary),
                fields.textArea("body", .editorBody),
                fields.textArea("results", .editorResults),
                fields.text("networks", .editorNetworks),
                fields.boxes("themes", .sectionThemes, themes.map { ("theme." + $0.slug, themeName($0, t), chosen.contains($0.slug)) }),
            ])
    }

    static func pledgeForm(_ page: EditorPage<PledgeForm, Pledge>, places: [Place], typesPlace: Bool) -> String {
        let t = page.context.catalog, pledge = page.entity
        let fields = Fields(values: page.form.fields, errors: page.form.errors, prefix: "pledge", catalog: t)
        return editor(
            page, title: pledge.map { t.format(.editorEditEvent, $0.title) } ?? t[.editorNewPledge],
            action: pledge.map { .pledgeEdit($0.slug) } ?? .pledgeNew, intro: .editorPlaceIntro,
            delete: pledge.map { (.pledgeDelete($0.slug), t[.editorDeletePledge]) },
            fields: [
                fields.text("title", .postTitle),
                placeField(fields, places: places, typesPlace: typesPlace),
                fields.text("organization", .editorPledgeOrganization),
                fields.text("framework", .editorFramework),
                fields.text("principles", .editorPrinciples),
                fields.text("amount", .editorAmount),
                fields.text("currency", .editorCurrency),
                fields.text("quantity", .editorQuantity),
                fields.text("unit", .editorUnit),
                fields.text("startDate", .editorPledgeStart, type: .date),
                fields.text("endDate", .editorPledgeEnd, type: .date),
                fields.textArea("summary", .editorSummary),
            ])
    }

    /// The place an entity belongs to: chosen among those a representative represents, typed as a slug by an
    /// administrator, who may publish for any of the hub's places.
    static func placeField(_ fields: Fields, places: [Place], typesPlace: Bool) -> Node<HTML.FormContext> {
        typesPlace ? fields.text("place", .editorPlaceSlug)
            : fields.select("place", .editorPlaceChoice, places.map { ($0.slug, $0.name) })
    }

    /// What the transfer page shows: the practice, the transfer (nil while recording a new one) with the
    /// receiving place's name, the form and the transfer's history.
    struct TransferPage: Sendable {
        var practice: GoodPractice
        var transfer: Transfer?
        var receivingName: String?
        var form: TransferForm
        var history: [HistoryLine]
        var csrf: String
        var context: PageContext
    }

    static func transferForm(_ page: TransferPage) -> String {
        let t = page.context.catalog
        let fields = Fields(values: page.form.fields, errors: page.form.errors, prefix: "transfer", catalog: t)
        let token: Node<HTML.FormContext> = .input(.type(.hidden), .name(CSRF.field), .value(attribute(page.csrf)))
        let title = page.transfer == nil ? t.format(.transferNewTitle, page.practice.title)
            : t.format(.transferEditTitle, page.practice.title, page.receivingName ?? "—")
        let stages = [("", t[.transferStageNone])] + TransferStage.allCases.map { ($0.rawValue, t.label("stage", $0.rawValue)) }
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t[.transferIntro])),
            .p(.a(.href(SiteURL.practice(page.practice.slug).path), .text(page.practice.title))),
            .if(!page.form.errors.isEmpty,
                .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(
                .action(page.transfer.map { SiteURL.transferEdit($0.id) }?.path ?? SiteURL.practiceTransfers(page.practice.slug).path),
                .method(.post), token,
                fields.text("receiving", .transferReceiving),
                fields.text("network", .transferNetwork),
                fields.text("startDate", .transferStart, type: .date),
                fields.select("stage", .transferStage, stages),
                .button(.type(.submit), .text(t[.saveButton]))
            ),
            .unwrap(page.transfer) { transfer in
                .group(
                    .form(.action(SiteURL.transferDelete(transfer.id).path), .method(.post), token,
                          .button(.type(.submit), .text(t[.transferDelete]))),
                    historySection(page.history, t)
                )
            }
        )
        return Layout.page(title: title, context: page.context, main: main)
    }
}
