import Plot

/// The partners page: the form (plain GET, no script) and the ranked, explained results.
enum PartnersView {
    static func render(_ model: PartnersPageModel, context: PageContext) -> String {
        let t = context.catalog
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(model.title)),
            .p(.class("lead"), .safe(model.intro)),
            .raw(form(model, catalog: t)),
            .unwrap(model.notice) { .p(.class("notice"), .safe($0)) },
            .if(!model.interpreted.isEmpty, .section(
                .h2(.safe(t[.partnersInterpreted])),
                .ul(.forEach(model.interpreted) { .li(.safe($0)) }))),
            .unwrap(model.matchedOn) { .p(.class("meta"), .safe($0)) },
            .if(!model.rows.isEmpty, .section(.h2(.safe(t[.partnersResults])), .raw(rows(model.rows))))
        )
        return Layout.page(title: model.title, context: context, main: main)
    }

    /// Results written as a string, like list items: up to a hundred rows of several lines each.
    static func rows(_ rows: [PartnerRow]) -> String {
        var html = "<ol class=\"items partners\">"
        for row in rows {
            html += "<li><a href=\"" + HTMLEscaping.escape(row.href) + "\"><strong>" + HTMLEscaping.escape(row.name)
            html += "</strong></a><p class=\"meta\">" + HTMLEscaping.escape(row.meta) + "</p><ul>"
            for reason in row.reasons { html += "<li>" + HTMLEscaping.escape(reason) + "</li>" }
            html += "</ul><dl class=\"signals\">"
            for signal in row.signals {
                html += "<dt>" + HTMLEscaping.escape(signal.label) + "</dt><dd>" + HTMLEscaping.escape(signal.value) + "</dd>"
            }
            html += "</dl></li>"
        }
        return html + "</ol>"
    }

    static func form(_ model: PartnersPageModel, catalog t: Catalog) -> String {
        let q = model.query
        func value(_ name: String) -> String { HTMLEscaping.escape(q[name] ?? "") }
        func select(_ name: String, _ options: [(value: String, label: String)], empty: String?) -> String {
            var html = "<select name=\"\(name)\" id=\"\(name)\">"
            if let empty { html += "<option value=\"\">" + HTMLEscaping.escape(empty) + "</option>" }
            html += Components.optionsHTML(options)
            html += "</select>"
            return q[name].map { Components.markSelected(html, value: $0) } ?? html
        }
        func label(_ name: String, _ text: String, _ field: String) -> String {
            "<label for=\"\(name)\">" + HTMLEscaping.escape(text) + "</label> " + field
        }
        func checkbox(_ name: String, _ text: String) -> String {
            "<label><input type=\"checkbox\" name=\"\(name)\" value=\"1\"" + (q[name] != nil ? " checked" : "") + "> "
                + HTMLEscaping.escape(text) + "</label>"
        }
        let weights = Pages.weightChoices.map { ($0, $0) }
        func themeRows(_ prefix: String, _ legend: UIKey) -> String {
            var html = "<fieldset><legend>" + HTMLEscaping.escape(t[legend]) + "</legend>"
            for slot in 1...Pages.needSlots {
                html += "<p>" + select("\(prefix)\(slot)", model.themeOptions, empty: t[.partnersAny]) + " "
                html += label("\(prefix)\(slot)w", t[.partnersWeight], select("\(prefix)\(slot)w", weights, empty: nil)) + "</p>"
            }
            return html + "</fieldset>"
        }
        var html = "<form class=\"filters partners-form\" method=\"get\" action=\"" + HTMLEscaping.escape(model.action) + "\">"
        html += themeRows("need", .partnersNeeds) + themeRows("offer", .partnersOffers)
        html += "<p>" + label("text", t[.partnersChallenge], "<textarea name=\"text\" id=\"text\" rows=\"3\" maxlength=\"2000\">" + value("text") + "</textarea>") + "</p>"
        html += "<fieldset><legend>" + HTMLEscaping.escape(t[.partnersFilters]) + "</legend>"
        html += "<p>" + label("continent", t[.fieldIncludeContinent], select("continent", model.continentOptions, empty: t[.allOption]))
        html += " " + label("exclude_continent", t[.fieldExcludeContinent], select("exclude_continent", model.continentOptions, empty: t[.partnersAny])) + "</p>"
        for (name, key) in [("countries", UIKey.fieldIncludeCountries), ("exclude_countries", .fieldExcludeCountries),
                            ("min_population", .fieldMinPopulation), ("max_population", .fieldMaxPopulation)] {
            html += "<p>" + label(name, t[key], "<input type=\"text\" name=\"\(name)\" id=\"\(name)\" value=\"" + value(name) + "\">") + "</p>"
        }
        html += "<p>" + checkbox("cross", t[.partnersCross]) + "</p><p>" + checkbox("profile", t[.partnersOnlyProfile]) + "</p>"
        html += "<p>" + checkbox("existing", t[.partnersShowExisting]) + "</p>"
        html += "<p>" + label("limit", t[.fieldLimit], select("limit", Pages.limitChoices.map { ($0, $0) }, empty: nil)) + "</p>"
        html += "</fieldset><button type=\"submit\">" + HTMLEscaping.escape(t[.partnersSubmit]) + "</button></form>"
        return html
    }
}
