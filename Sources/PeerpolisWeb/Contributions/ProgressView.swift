import Plot
import PeerpolisDomain

/// The form a place representative fills in to report progress on a pledge. What was typed comes back
/// through `attribute(_:)` or `.text` only.
enum ProgressView {
    static func render(pledge: Pledge, placeName: String?, form: ProgressForm, csrf: String, context: PageContext) -> String {
        let t = context.catalog
        let title = t.format(.progressTitle, pledge.title)
        let measure = ProgressForm.measure(of: pledge)
        func error(_ field: String) -> Node<HTML.FormContext> {
            .unwrap(form.errors[field]) { .p(.id(attribute("error-" + field)), .class("error"), .text($0)) }
        }
        let commitment = [pledge.amount.map { Formatter(catalog: t).amount($0, unit: pledge.currency) },
                          pledge.quantity.map { Formatter(catalog: t).amount($0, unit: pledge.unit) }].compactMap { $0 }
        let main: Node<HTML.BodyContext> = .group(
            .h1(.text(title)),
            .p(.text(t.format(.progressIntro, placeName ?? "—",
                              commitment.isEmpty ? t[.notStated] : commitment.joined(separator: "; ")))),
            .if(!form.errors.isEmpty, .p(.class("notice error"), .attribute(named: "role", value: "alert"), .text(t[.accountFormHasErrors]))),
            .form(
                .action(SiteURL.pledgeProgress(pledge.slug).path), .method(.post),
                .input(.type(.hidden), .name(CSRF.field), .value(attribute(csrf))),
                .div(.class("field"), .label(.for("progress-date"), .text(t[.progressDate])), error("date"),
                     .input(.type(.date), .id("progress-date"), .name("date"), .value(attribute(form.date)))),
                .div(.class("field"), .label(.for("progress-note"), .text(t[.progressNote])), error("note"),
                     .textarea(.id("progress-note"), .name("note"), .attribute(named: "rows", value: "5"), .text(form.note))),
                .unwrap(measure) { unit in
                    .div(.class("field"),
                         .label(.for("progress-figure"), .text(t.format(.progressFigure, unit.isEmpty ? "—" : unit))),
                         error("figure"),
                         .input(.type(.text), .id("progress-figure"), .name("figure"), .value(attribute(form.figure)),
                                .attribute(named: "inputmode", value: "decimal")))
                },
                .button(.type(.submit), .text(t[.progressSubmit]))
            ),
            .p(.a(.href(SiteURL.pledge(pledge.slug).path), .text(t[.progressBack])))
        )
        return Layout.page(title: title, context: context, main: main)
    }
}
