import Foundation

/// Handbook and toolkit pages, their contents pages, and stand-alone pages.
extension SiteRenderer {
    func documentPages(_ scheme: Scheme, pages: [ContentPage], kind: String, title: String) -> [(RenderedPage, [Diagnostic])] {
        guard !pages.isEmpty else { return [] }
        let indexPath = kind == "handbook" ? SitePaths.handbook(scheme.slug) : SitePaths.toolkit(scheme.slug)
        func pagePath(_ page: ContentPage) -> String {
            kind == "handbook" ? SitePaths.handbookPage(scheme.slug, page.slug) : SitePaths.toolkitPage(scheme.slug, page.slug)
        }
        var outputs: [(RenderedPage, [Diagnostic])] = []
        var tocs: [[[String: Any]]] = []
        var chapters: [WholeHandbookChapter] = []
        let titles = linkTitles(scheme)
        // "Previous" and "next" show the neighbours' titles, and every page's title and `order` decide
        // which pages are the neighbours: each page depends on all its siblings' files.
        // On paper a link names the page it leads to, so the toolkit's titles count for the handbook and back.
        let siblings = PageInputs.Shared(Set((scheme.handbook + scheme.toolkit).map { .file($0.location.file) }))
        for (index, page) in pages.enumerated() {
            let path = pagePath(page)
            var builder = PageBuilder(path: path, renderer: markdown)
            builder.linkTitles = titles
            var context = self.context(&builder, title: page.title, kind: kind, description: page.summary,
                                       breadcrumbs: schemeBreadcrumbs(scheme) + [(title, indexPath)], scheme: scheme)
            context["bodyHtml"] = builder.html(page.body) ?? ""
            context["notice"] = page.notice ?? ""
            chapters.append(WholeHandbookChapter(page: page, path: path, headings: builder.headings))
            let toc = Self.tableOfContents(builder.headings, url: { "#\($0)" })
            context["toc"] = toc
            context["hasToc"] = toc.count > 1
            tocs.append(Self.tableOfContents(builder.headings, url: { SitePaths.relative(from: indexPath, to: path) + "#\($0)" }))
            builder.record(siblings)
            if index > 0 {
                context["previous"] = ["title": pages[index - 1].title, "url": SitePaths.relative(from: path, to: pagePath(pages[index - 1]))]
            }
            if index + 1 < pages.count {
                context["next"] = ["title": pages[index + 1].title, "url": SitePaths.relative(from: path, to: pagePath(pages[index + 1]))]
            }
            outputs.append(self.page(builder, template: "document", context: context))
        }
        var builder = PageBuilder(path: indexPath, renderer: markdown)
        var context = self.context(&builder, title: title, kind: kind, breadcrumbs: schemeBreadcrumbs(scheme), scheme: scheme)
        // The contents lists every page's title, summary and headings.
        for page in pages { builder.record(.file(page.location.file)) }
        context["pages"] = pages.enumerated().map { index, page -> [String: Any] in
            var entry: [String: Any] = ["title": page.title, "url": SitePaths.relative(from: indexPath, to: pagePath(page)),
                                        "toc": tocs[index]]
            entry["summary"] = page.summary ?? ""
            return entry
        }
        if kind == "handbook" {
            context["wholeUrl"] = SitePaths.relative(from: indexPath, to: SitePaths.wholeHandbook(scheme.slug))
        }
        outputs.append(self.page(builder, template: kind == "handbook" ? "handbook-index" : "toolkit-index", context: context))
        if kind == "handbook" { outputs.append(wholeHandbookPage(scheme, chapters: chapters, linkTitles: titles)) }
        return outputs
    }

    /// The titles of a scheme's pages, by output path, for what its handbook's and toolkit's links say on paper.
    func linkTitles(_ scheme: Scheme) -> [String: String] {
        var titles: [String: String] = [:]
        for entry in pageList(scheme) { titles[entry.path] = entry.title }
        titles[SitePaths.scheme(scheme.slug)] = scheme.title
        for page in scheme.handbook { titles[SitePaths.handbookPage(scheme.slug, page.slug)] = page.title }
        for page in scheme.toolkit { titles[SitePaths.toolkitPage(scheme.slug, page.slug)] = page.title }
        return titles
    }

    /// Nests headings under the page's top level: `##` entries with their `###` children.
    static func tableOfContents(_ headings: [MarkdownHeading], url: (String) -> String) -> [[String: Any]] {
        guard let top = headings.map(\.level).min() else { return [] }
        var result: [[String: Any]] = []
        var children: [[String: Any]] = []
        var current: [String: Any]?
        func close() {
            if var entry = current {
                if !children.isEmpty { entry["children"] = children }
                result.append(entry)
            }
            children = []
        }
        for heading in headings where heading.level <= top + 1 {
            let entry: [String: Any] = ["title": heading.text, "anchor": heading.anchor, "url": url(heading.anchor),
                                        "level": heading.level, "children": [[String: Any]]()]
            if heading.level == top {
                close()
                current = entry
            } else if current != nil {
                children.append(entry)
            } else {
                result.append(entry)
            }
        }
        close()
        return result
    }

    func standalonePage(_ page: ContentPage) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.page(page.slug)
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: page.title, kind: "page", description: page.summary,
                                   breadcrumbs: [("Home", SitePaths.home)])
        builder.record(.file(page.location.file))
        context["bodyHtml"] = builder.html(page.body) ?? ""
        context["notice"] = page.notice ?? ""
        let toc = Self.tableOfContents(builder.headings, url: { "#\($0)" })
        context["toc"] = toc
        context["hasToc"] = toc.count > 1
        return self.page(builder, template: "document", context: context)
    }

    func homePage() -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.home
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: portal.settings.title, kind: "home")
        context["introHtml"] = ""
        context["schemes"] = portal.schemes.map { scheme -> [String: Any] in
            record(scheme, in: &builder)
            var summary = schemeSummary(scheme, from: path)
            summary["summaryHtml"] = builder.html(scheme.summary) ?? ""
            summary["links"] = cardLinks(scheme, from: path)
            return summary
        }
        return page(builder, template: "home", context: context)
    }

    func defaultAccessibilityPage() -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.accessibility
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: "Accessibility statement for \(portal.settings.title)", kind: "page",
                                   breadcrumbs: [("Home", SitePaths.home)])
        context["statementDate"] = ""
        return page(builder, template: "accessibility", context: context)
    }

    /// Servers show 404.html at whatever address was asked for, so its links are absolute when the
    /// base URL is known (and root-relative otherwise).
    func notFoundPage() -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.notFound
        var builder = PageBuilder(path: path, renderer: markdown)
        let root = baseURL.flatMap { URLPath.path(of: $0) } ?? "/"
        let context = self.context(&builder, title: "Page not found", kind: "404", rootOverride: root)
        return page(builder, template: "404", context: context)
    }
}

enum URLPath {
    /// The path part of an absolute URL, ending in `/`: `https://x.org/mentoring` → `/mentoring/`.
    static func path(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return nil }
        let afterHost = url[schemeEnd.upperBound...].drop { $0 != "/" }
        let path = afterHost.isEmpty ? "/" : String(afterHost)
        return path.hasSuffix("/") ? path : path + "/"
    }
}
