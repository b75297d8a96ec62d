import Plot

/// Plot writes attribute values exactly as given, so every value that is not a literal goes through this.
func attribute(_ value: String) -> String {
    HTMLEscaping.escape(value)
}

/// Pieces shared by the list and detail views.
enum Components {
    static func inline(_ parts: [Inline]) -> Node<HTML.BodyContext> {
        .group(parts.map { part in
            switch part {
            case .text(let text): return .safe(text)
            case .link(let title, let href): return .a(.href(attribute(href)), .safe(title))
            }
        })
    }

    static func facts(_ facts: [Fact]) -> Node<HTML.BodyContext> {
        guard !facts.isEmpty else { return .empty }
        return .dl(.class("facts"), .group(facts.map { fact in
            .group(.dt(.safe(fact.label)), .dd(inline(fact.value)))
        }))
    }

    /// Lists are the bulk of most pages, so they are written straight into a string: building a Plot node
    /// per element made rendering the largest cost of a list page (see BENCHMARKS.md).
    static func items(_ items: [ListItem]) -> Node<HTML.BodyContext> {
        var html = "<ul class=\"items\">"
        html.reserveCapacity(items.count * 240)
        for item in items {
            html += "<li><a href=\""
            html += HTMLEscaping.escape(item.href)
            html += "\"><strong>"
            html += HTMLEscaping.escape(item.title)
            html += "</strong></a>"
            if !item.meta.isEmpty {
                html += "<p class=\"meta\">"
                html += HTMLEscaping.escape(item.meta.joined(separator: " · "))
                html += "</p>"
            }
            if let summary = item.summary {
                html += "<p>"
                html += HTMLEscaping.escape(summary)
                html += "</p>"
            }
            html += "</li>"
        }
        html += "</ul>"
        return .raw(html)
    }

    static func section(_ section: Section, level: Int = 2) -> Node<HTML.BodyContext> {
        .section(
            level == 2 ? .h2(.safe(section.heading)) : .h3(.safe(section.heading)),
            section.items.isEmpty
                ? .unwrap(section.emptyText) { .p(.class("meta"), .safe($0)) }
                : items(section.items),
            .unwrap(section.more) { .p(inline([$0])) }
        )
    }

    static func filters(_ model: ListPageModel, catalog: Catalog) -> Node<HTML.BodyContext> {
        guard !model.filters.isEmpty || !model.textFilters.isEmpty else { return .empty }
        return .form(
            .class("filters"), .method(.get), .action(model.action.path),
            .forEach(model.textFilters) { field in
                .label(.safe(field.label), .input(.type(.search), .name(attribute(field.name)), .value(attribute(field.value ?? ""))))
            },
            .forEach(model.filters) { field in
                .label(
                    .safe(field.label),
                    select(field, allLabel: catalog[.allOption])
                )
            },
            .button(.type(.submit), .safe(catalog[.filter]))
        )
    }

    /// Written as a string, like `items`: a country filter has over 250 options.
    static func select(_ field: FilterField, allLabel: String) -> Node<HTML.LabelContext> {
        if let options = field.optionsHTML {
            var html = "<select name=\"" + HTMLEscaping.escape(field.name) + "\">"
            html += "<option value=\"\"" + (field.selected == nil ? " selected>" : ">") + HTMLEscaping.escape(allLabel) + "</option>"
            html += field.selected.map { markSelected(options, value: $0) } ?? options
            return .raw(html + "</select>")
        }
        var html = "<select name=\"" + HTMLEscaping.escape(field.name) + "\">"
        html.reserveCapacity(field.options.count * 48 + 64)
        func option(_ value: String, _ label: String, _ selected: Bool) {
            html += "<option value=\""
            html += HTMLEscaping.escape(value)
            html += selected ? "\" selected>" : "\">"
            html += HTMLEscaping.escape(label)
            html += "</option>"
        }
        option("", allLabel, field.selected == nil)
        for choice in field.options { option(choice.value, choice.label, choice.value == field.selected) }
        html += "</select>"
        return .raw(html)
    }

    /// `<option>` elements for a list of choices, none selected.
    static func optionsHTML(_ options: [(value: String, label: String)]) -> String {
        var html = ""
        html.reserveCapacity(options.count * 48)
        for option in options {
            html += "<option value=\"" + HTMLEscaping.escape(option.value) + "\">" + HTMLEscaping.escape(option.label) + "</option>"
        }
        return html
    }

    /// Marks the option with this value as selected in pre-written options.
    static func markSelected(_ options: String, value: String) -> String {
        let needle = Array("<option value=\"\(HTMLEscaping.escape(value))\">".utf8)
        let bytes = Array(options.utf8)
        guard needle.count <= bytes.count else { return options }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle {
                let split = index + needle.count - 1
                return String(decoding: bytes[..<split], as: UTF8.self) + " selected" + String(decoding: bytes[split...], as: UTF8.self)
            }
            index += 1
        }
        return options
    }

    static func pagination(_ pagination: Pagination?, catalog: Catalog) -> Node<HTML.BodyContext> {
        guard let pagination else { return .empty }
        return .nav(
            .class("pages"), .attribute(named: "aria-label", value: pagination.summary),
            .unwrap(pagination.previous) { .a(.href(attribute($0)), .attribute(named: "rel", value: "prev"), .safe("← " + catalog[.previousPage])) },
            .span(.safe(pagination.summary)),
            .unwrap(pagination.next) { .a(.href(attribute($0)), .attribute(named: "rel", value: "next"), .safe(catalog[.nextPage] + " →")) }
        )
    }
}

enum ListView {
    static func render(_ model: ListPageModel, context: PageContext) -> String {
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(model.title)),
            .unwrap(model.intro) { .p(.class("lead"), .safe($0)) },
            Components.filters(model, catalog: context.catalog),
            .unwrap(model.count) { .p(.class("meta"), .safe($0)) },
            .forEach(model.sections) { section in
                model.sections.count == 1 && section.heading.isEmpty
                    ? (section.items.isEmpty ? .p(.safe(section.emptyText ?? "")) : Components.items(section.items))
                    : Components.section(section)
            },
            Components.pagination(model.pagination, catalog: context.catalog),
            Components.alternates(model.head.alternates, catalog: context.catalog)
        )
        return Layout.page(title: model.title, context: context, main: main, head: model.head)
    }
}

enum DetailView {
    static func render(_ model: DetailPageModel, context: PageContext) -> String {
        let main: Node<HTML.BodyContext> = .article(
            .header(
                .unwrap(model.kicker) { .p(.class("kicker"), .safe($0)) },
                .h1(.safe(model.title)),
                .unwrap(model.summary) { .p(.class("lead"), .safe($0)) }
            ),
            Components.facts(model.facts),
            .unwrap(model.registration) { RegistrationView.render($0, catalog: context.catalog) },
            .unwrap(model.bodyHTML) { .div(.class("body"), .raw($0)) },
            .forEach(model.sections) { Components.section($0) },
            Components.alternates(model.head.alternates, catalog: context.catalog)
        )
        return Layout.page(title: model.title, context: context, main: main, head: model.head)
    }
}

enum ErrorView {
    static func render(title: String, message: String, context: PageContext) -> String {
        let main: Node<HTML.BodyContext> = .group(
            .h1(.safe(title)),
            .p(.safe(message)),
            .p(.a(.href(SiteURL.home.path), .safe(context.catalog[.backHome])))
        )
        return Layout.page(title: title, context: context, main: main)
    }
}
