/// The pages under `schemes/<slug>/`: overview, the structured pages, one per body section,
/// handbook and toolkit.
extension SiteRenderer {
    /// Section addresses whose body text is placed on a page built from the front matter.
    static let structuredSections = ["objectives", "eligibility", "key-dates", "contacts"]

    struct SchemePageEntry {
        var title: String
        var path: String
    }

    /// The scheme's local navigation, in reading order; pages with nothing to show are left out.
    func pageList(_ scheme: Scheme) -> [SchemePageEntry] {
        let slug = scheme.slug
        func section(_ id: String) -> SchemeSection? { scheme.sections.first { $0.slug == id } }
        var entries = [SchemePageEntry(title: "Overview", path: SitePaths.scheme(slug))]
        if !scheme.objectives.isEmpty || section("objectives") != nil {
            entries.append(.init(title: "Objectives", path: SitePaths.section(slug, "objectives")))
        }
        if scheme.sides.contains(where: { $0.eligibility != nil || $0.howToApply != nil }) || section("eligibility") != nil {
            entries.append(.init(title: "Eligibility and how to apply", path: SitePaths.section(slug, "eligibility")))
        }
        for section in scheme.sections where !Self.structuredSections.contains(section.slug) {
            entries.append(.init(title: section.title, path: SitePaths.section(slug, section.slug)))
        }
        if !scheme.keyDates.isEmpty || section("key-dates") != nil {
            entries.append(.init(title: "Key dates", path: SitePaths.section(slug, "key-dates")))
        }
        if !scheme.contacts.isEmpty || !scheme.links.isEmpty || section("contacts") != nil {
            entries.append(.init(title: "Contacts", path: SitePaths.section(slug, "contacts")))
        }
        if scheme.directory, !publication.members(of: slug).isEmpty {
            entries.append(.init(title: "People", path: SitePaths.schemePeople(slug)))
        }
        if !scheme.handbook.isEmpty { entries.append(.init(title: "Handbook", path: SitePaths.handbook(slug))) }
        if !scheme.toolkit.isEmpty { entries.append(.init(title: "Toolkit", path: SitePaths.toolkit(slug))) }
        return entries
    }

    func schemePages(_ scheme: Scheme) -> [(RenderedPage, [Diagnostic])] {
        var outputs = [overviewPage(scheme)]
        let entries = pageList(scheme)
        for section in scheme.sections where !Self.structuredSections.contains(section.slug) {
            outputs.append(sectionPage(scheme, section))
        }
        let paths = Set(entries.map(\.path))
        if paths.contains(SitePaths.section(scheme.slug, "objectives")) { outputs.append(objectivesPage(scheme)) }
        if paths.contains(SitePaths.section(scheme.slug, "eligibility")) { outputs.append(eligibilityPage(scheme)) }
        if paths.contains(SitePaths.section(scheme.slug, "key-dates")) { outputs.append(keyDatesPage(scheme)) }
        if paths.contains(SitePaths.section(scheme.slug, "contacts")) { outputs.append(contactsPage(scheme)) }
        outputs += documentPages(scheme, pages: scheme.handbook, kind: "handbook", title: "Handbook")
        outputs += documentPages(scheme, pages: scheme.toolkit, kind: "toolkit", title: "Toolkit")
        return outputs
    }

    /// The home page's way into a scheme for a newcomer: who can apply, how (for each side, when they
    /// apply differently), and by when; each only where the scheme has that page.
    func cardLinks(_ scheme: Scheme, from path: String) -> [[String: Any]] {
        let pages = Set(pageList(scheme).map(\.path))
        var links: [(String, String)] = []
        let eligibility = SitePaths.section(scheme.slug, "eligibility")
        if pages.contains(eligibility) {
            links.append(("Eligibility", eligibility))
            let applying = scheme.sides.filter { $0.howToApply != nil }
            for side in applying {
                let title = applying.count == 1 ? "How to apply" : "How to apply: \(side.plural)"
                links.append((title, eligibility + "#how-to-apply-" + side.id))
            }
        }
        let keyDates = SitePaths.section(scheme.slug, "key-dates")
        if pages.contains(keyDates) { links.append(("Key dates", keyDates)) }
        return links.map { ["title": $0.0, "url": SitePaths.relative(from: path, to: $0.1)] }
    }

    func schemeBreadcrumbs(_ scheme: Scheme) -> [(String, String)] {
        [("Home", SitePaths.home), (scheme.shortTitle ?? scheme.title, SitePaths.scheme(scheme.slug))]
    }

    func overviewPage(_ scheme: Scheme) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.scheme(scheme.slug)
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: scheme.title, kind: "scheme", breadcrumbs: [("Home", SitePaths.home)],
                                   scheme: scheme)
        context["introHtml"] = builder.html(scheme.introduction, authorTopLevel: 3) ?? ""
        context["summaryHtml"] = builder.html(scheme.summary) ?? ""
        context["timeCommitmentHtml"] = builder.html(scheme.timeCommitment) ?? ""
        context["sides"] = scheme.sides.map { side -> [String: Any] in
            var entry: [String: Any] = ["name": side.name, "plural": side.plural]
            entry["descriptionHtml"] = builder.html(side.description, topHeadingLevel: 3) ?? ""
            return entry
        }
        context["sections"] = pageList(scheme).dropFirst().map { entry -> [String: Any] in
            ["title": entry.title, "url": SitePaths.relative(from: path, to: entry.path)]
        }
        if var summary = context["scheme"] as? [String: Any] {
            summary["summaryHtml"] = context["summaryHtml"]
            context["scheme"] = summary
        }
        return page(builder, template: "scheme", context: context)
    }

    func sectionPage(_ scheme: Scheme, _ section: SchemeSection) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.section(scheme.slug, section.slug)
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: section.title, kind: "section",
                                   breadcrumbs: schemeBreadcrumbs(scheme), scheme: scheme)
        context["bodyHtml"] = builder.html(section.body, topHeadingLevel: 2, authorTopLevel: 3) ?? ""
        return page(builder, template: "section", context: context)
    }

    func objectivesPage(_ scheme: Scheme) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.section(scheme.slug, "objectives")
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: "Objectives", kind: "section",
                                   breadcrumbs: schemeBreadcrumbs(scheme), scheme: scheme)
        context["introHtml"] = builder.html(scheme.sections.first { $0.slug == "objectives" }?.body, authorTopLevel: 3) ?? ""
        context["objectives"] = scheme.objectives.compactMap { builder.inline($0).map { ["html": $0] } }
        return page(builder, template: "objectives", context: context)
    }

    func eligibilityPage(_ scheme: Scheme) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.section(scheme.slug, "eligibility")
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: "Eligibility and how to apply", kind: "section",
                                   breadcrumbs: schemeBreadcrumbs(scheme), scheme: scheme)
        context["introHtml"] = builder.html(scheme.sections.first { $0.slug == "eligibility" }?.body, authorTopLevel: 3) ?? ""
        context["sides"] = scheme.sides.map { side -> [String: Any] in
            // The id names the side's "How to apply" heading, which the home page's cards link to.
            var entry: [String: Any] = ["id": side.id, "name": side.name, "plural": side.plural]
            entry["eligibilityHtml"] = builder.html(side.eligibility, topHeadingLevel: 4) ?? ""
            entry["howToApplyHtml"] = builder.html(side.howToApply, topHeadingLevel: 4) ?? ""
            entry["contacts"] = scheme.contacts.filter { $0.side == side.id }.map { contactContext($0, in: scheme, builder: &builder) }
            return entry
        }
        context["timeCommitmentHtml"] = builder.html(scheme.timeCommitment, topHeadingLevel: 3) ?? ""
        return page(builder, template: "eligibility", context: context)
    }

    func keyDatesPage(_ scheme: Scheme) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.section(scheme.slug, "key-dates")
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: "Key dates", kind: "section",
                                   breadcrumbs: schemeBreadcrumbs(scheme), scheme: scheme)
        context["introHtml"] = builder.html(scheme.sections.first { $0.slug == "key-dates" }?.body, authorTopLevel: 3) ?? ""
        let views = keyDateViews(scheme, from: path)
        // With intakes, each intake's dates are under its own heading (`intakeContext`); `dates` are the others.
        context["dates"] = views.filter { !$0.keyDate.when.isVague && $0.keyDate.intake == nil }.map(\.context)
        context.merge(intakeContext(scheme, views: views)) { _, new in new }
        context["vagueDates"] = views.filter { $0.keyDate.when.isVague }.map(\.context)
        // Only dated entries make a timeline; vague ones are listed apart, as "to be confirmed".
        context["hasDates"] = views.contains { !$0.keyDate.when.isVague }
        return page(builder, template: "key-dates", context: context)
    }

    func contactsPage(_ scheme: Scheme) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.section(scheme.slug, "contacts")
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: "Contacts", kind: "section",
                                   breadcrumbs: schemeBreadcrumbs(scheme), scheme: scheme)
        context["introHtml"] = builder.html(scheme.sections.first { $0.slug == "contacts" }?.body, authorTopLevel: 3) ?? ""
        context["contacts"] = scheme.contacts.map { contactContext($0, in: scheme, builder: &builder) }
        context["links"] = scheme.links.compactMap { link -> [String: Any]? in
            guard let href = builder.href(link.url) else { return nil }
            var entry: [String: Any] = ["title": link.title, "url": href]
            entry["description"] = link.description ?? ""
            return entry
        }
        return page(builder, template: "contacts", context: context)
    }

    func contactContext(_ contact: Contact, in scheme: Scheme, builder: inout PageBuilder) -> [String: Any] {
        let href = builder.href(contact.url)
        return [
            "role": contact.role,
            "email": contact.email ?? "",
            "mailto": contact.email.map { "mailto:" + $0 } ?? "",
            "phone": contact.phone ?? "",
            "tel": contact.phone.map { "tel:" + $0.filter { $0.isNumber || $0 == "+" } } ?? "",
            "url": href ?? "",
            "urlText": href == nil ? "" : contact.url?.text ?? "",
            "sideName": contact.side.flatMap(scheme.side(id:))?.plural ?? "",
        ]
    }
}
