import Plot

/// Plot writes attribute values exactly as given, so every value that is not a literal goes through this.
func attribute(_ value: String) -> String {
    Markdown.escapeAttribute(value)
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

    static func items(_ items: [ListItem]) -> Node<HTML.BodyContext> {
        .ul(.class("items"), .forEach(items) { item in
            .li(
                .a(.href(attribute(item.href)), .strong(.safe(item.title))),
                .if(!item.meta.isEmpty, .p(.class("meta"), .safe(item.meta.joined(separator: " · ")))),
                .unwrap(item.summary) { .p(.safe($0)) }
            )
        })
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

    /// Plot's `<select>` takes no name and writes `<option>` self-closed, so both are spelt out here.
    static func select(_ field: FilterField, allLabel: String) -> Node<HTML.LabelContext> {
        var options: [Node<HTML.LabelContext>] = [option(value: "", label: allLabel, selected: field.selected == nil)]
        for choice in field.options {
            options.append(option(value: choice.value, label: choice.label, selected: choice.value == field.selected))
        }
        return .element(named: "select", nodes: [.attribute(named: "name", value: attribute(field.name))] + options)
    }

    static func option(value: String, label: String, selected: Bool) -> Node<HTML.LabelContext> {
        .element(named: "option", nodes: [
            .attribute(named: "value", value: attribute(value), ignoreIfValueIsEmpty: false),
            selected ? .attribute(named: "selected", value: "selected") : .empty,
            .safe(label),
        ])
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
            Components.pagination(model.pagination, catalog: context.catalog)
        )
        return Layout.page(title: model.title, context: context, main: main)
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
            .unwrap(model.bodyHTML) { .div(.class("body"), .raw($0)) },
            .forEach(model.sections) { Components.section($0) }
        )
        return Layout.page(title: model.title, context: context, main: main)
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
