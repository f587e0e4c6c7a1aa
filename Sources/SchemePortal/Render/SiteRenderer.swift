/// Turns a validated portal into pages: a pure function of the model, the templates and the options,
/// so the dev server can render in memory and tests need no disk.
public struct SiteRenderer: Sendable {
    /// The portal as the privacy gate lets it out: it holds no raw participants, only published people.
    public let portal: PublishedPortal
    let templates: Templates
    public let options: RenderOptions
    let markdown = MarkdownRenderer()

    public init(portal: PublishedPortal, templates: Templates, options: RenderOptions) {
        self.portal = portal
        self.templates = templates
        self.options = options
    }

    /// Everything about people that pages may show; nothing else about them reaches a renderer.
    var publication: Publication { portal.publication }

    var baseURL: String? {
        // Checked again here, so that an address validation would refuse never reaches a page or the sitemap.
        guard let url = options.baseURL ?? portal.settings.baseURL?.text, PortalSettings.isValidBaseURL(url) else { return nil }
        return url.hasSuffix("/") ? url : url + "/"
    }

    public struct Result: Sendable {
        public var pages: [RenderedPage]
        public var files: [OutputFile]
        public var diagnostics: [Diagnostic]
    }

    public func render() -> Result {
        // Groups of pages render in parallel; results keep the order of the groups, so output and messages
        // never depend on scheduling.
        var groups: [@Sendable () -> [(RenderedPage, [Diagnostic])]] = [{ [homePage()] }]
        for scheme in portal.schemes { groups.append { schemePages(scheme) } }
        groups.append {
            var outputs = portal.pages.map(standalonePage)
            if !portal.pages.contains(where: { $0.slug == "accessibility" }) { outputs.append(defaultAccessibilityPage()) }
            return outputs + [notFoundPage()]
        }
        groups += peoplePageGroups(publication)
        var pages: [RenderedPage] = []
        var diagnostics: [Diagnostic] = []
        for outputs in Parallel.map(groups) {
            for output in outputs {
                pages.append(output.0)
                diagnostics += output.1
            }
        }

        var files = pages.map { OutputFile(path: $0.path, text: $0.html) }
        files += templates.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, contents: [UInt8]($0.value)) }
        // Calendar files (.ics): linked from the pages, never listed in the sitemap.
        files += calendar.files(portal)
        if let baseURL {
            // People pages stay out of the sitemap unless the portal opts in (privacy by default).
            let listed = pages.map(\.path).filter { portal.settings.indexProfiles || !SitePaths.isPeoplePage($0) }
            files.append(OutputFile(path: SitePaths.sitemap, text: Sitemap(baseURL: baseURL, pages: listed).xml))
        } else {
            diagnostics.append(.warning("sitemap.xml is not written because the portal has no base URL",
                                        at: portal.settings.location,
                                        hint: "add ‘base_url: https://…’ to portal.yaml or pass --base-url"))
        }
        files.sort { $0.path < $1.path }
        return Result(pages: pages, files: files, diagnostics: diagnostics)
    }

    // MARK: Shared context

    /// The keys every template receives (docs/templates.md).
    func context(path: String, title: String, kind: String, description: String? = nil,
                 breadcrumbs: [(String, String)] = [], scheme: Scheme? = nil, rootOverride: String? = nil) -> [String: Any] {
        let root = rootOverride ?? SitePaths.root(from: path)
        let settings = portal.settings
        var site: [String: Any] = ["title": settings.title, "organisation": settings.organisation, "language": settings.language]
        site["description"] = settings.description ?? ""
        site["footer"] = settings.footer ?? ""
        site["contactEmail"] = settings.contactEmail ?? ""
        site["calendarUrl"] = portalCalendarLink(from: path, root: rootOverride)
        var documentTitle = [title]
        if let scheme, title != scheme.title { documentTitle.append(scheme.shortTitle ?? scheme.title) }
        if title != settings.title { documentTitle.append(settings.title) }
        var page: [String: Any] = [
            "title": title,
            "documentTitle": documentTitle.joined(separator: " – "),
            "root": root,
            "kind": kind,
            // One test decides both this and the sitemap, so a new kind of people page cannot slip through.
            "noindex": SitePaths.isPeoplePage(path) && !portal.settings.indexProfiles,
            "breadcrumbs": breadcrumbs.map { ["title": $0.0, "url": link(from: path, to: $0.1, root: rootOverride)] },
        ]
        page["description"] = description ?? settings.description ?? ""
        page["canonical"] = ""
        if let baseURL, path != SitePaths.notFound {
            page["canonical"] = baseURL + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
        }
        var nav: [[String: Any]] = [["title": "Home", "url": link(from: path, to: SitePaths.home, root: rootOverride),
                                     "current": path == SitePaths.home]]
        for other in portal.schemes {
            nav.append(["title": other.shortTitle ?? other.title,
                        "url": link(from: path, to: SitePaths.scheme(other.slug), root: rootOverride),
                        "current": path.hasPrefix("schemes/\(other.slug)/")])
        }
        if !publication.people.isEmpty {
            nav.append(["title": "People", "url": link(from: path, to: SitePaths.people, root: rootOverride),
                        "current": path.hasPrefix("people/")])
        }
        var result: [String: Any] = [
            "site": site,
            "page": page,
            "nav": nav,
            "assets": ["stylesheet": link(from: path, to: SitePaths.stylesheet, root: rootOverride),
                       "keyDatesScript": link(from: path, to: SitePaths.keyDatesScript, root: rootOverride)],
        ]
        if let scheme { result["scheme"] = schemeSummary(scheme, from: path) }
        return result
    }

    /// A relative link, or an absolute one on pages (the 404 page) that may be served from any folder.
    func link(from path: String, to target: String, root: String? = nil) -> String {
        if let root { return root + target }
        return SitePaths.relative(from: path, to: target)
    }

    func page(_ builder: PageBuilder, template: String, context: [String: Any]) -> (RenderedPage, [Diagnostic]) {
        (builder.rendered(html: templates.render(template, context)), builder.diagnostics)
    }
}
