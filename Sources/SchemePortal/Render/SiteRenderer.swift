import Foundation

/// Turns a validated portal into pages: a pure function of the model, the templates and the options,
/// so the dev server can render in memory and tests need no disk.
public struct SiteRenderer: Sendable {
    /// The portal as the privacy gate lets it out: it holds no raw participants, only published people.
    public let portal: PublishedPortal
    let templates: Templates
    public let options: RenderOptions
    let markdown = MarkdownRenderer()
    let frames = PageFrames()
    let schemeSummaries = SchemeSummaries()
    /// The frame's targets and the folders that mark a page as a scheme's, made once rather than for every page.
    private let frameTargets: [String]
    private let schemeFolders: [String]
    /// The site's address with a final `/`, checked again here (once, not per page), so that an address
    /// validation would refuse never reaches a page or the sitemap.
    let baseURL: String?
    /// Whether every people page is drawn, or only what `portal check` reads of most of them.
    let drawing: PageDrawing

    public init(portal: PublishedPortal, templates: Templates, options: RenderOptions, drawing: PageDrawing = .everyPage) {
        self.portal = portal
        self.templates = templates
        self.options = options
        self.drawing = drawing
        let slugs = portal.schemes.map(\.slug)
        frameTargets = [SitePaths.home, SitePaths.people, SitePaths.stylesheet, SitePaths.keyDatesScript, SitePaths.portalCalendar]
            + slugs.map(SitePaths.scheme)
        schemeFolders = slugs.map { "schemes/\($0)/" }
        self.baseURL = (options.baseURL ?? portal.settings.baseURL?.text)
            .flatMap { PortalSettings.isValidBaseURL($0) ? ($0.hasSuffix("/") ? $0 : $0 + "/") : nil }
    }

    /// Everything about people that pages may show; nothing else about them reaches a renderer.
    var publication: Publication { portal.publication }

    public struct Result: Sendable {
        public var pages: [RenderedPage]
        /// Every file of the site; given a sink, each file's bytes went to it and only its path is kept here.
        public var files: [OutputFile]
        /// The bytes of all the files together.
        public var byteCount = 0
        public var diagnostics: [Diagnostic]
        /// What each file of `files` was made from, by its path: pages, calendars, the sitemap and assets.
        public var inputs: [String: PageInputs] = [:]
    }

    /// What one group of work makes: pages (with their bytes as files), or other files with their inputs.
    struct GroupOutput: Sendable {
        var pages: [(RenderedPage, [Diagnostic])] = []
        var files: [OutputFile] = []
        var byteCount = 0
        var extraFiles: [(OutputFile, PageInputs)] = []
        /// Files other than pages already handed to the sink (without their bytes), with their inputs.
        var writtenFiles: [(OutputFile, PageInputs)] = []
        /// What the group was made from besides its pages' and files' own inputs: what decided that a file
        /// it could make was not needed (a search index for a directory of one page).
        var recorded = PageInputs()
    }

    /// Every page and file of the site. Given a `sink`, each file is handed to it as soon as it is made, from
    /// whichever thread made it, and not kept (a site of 10,000 people is then never in memory whole).
    /// Given `reuse` (and no sink), the units whose inputs did not change since the memo's render are taken
    /// from it, and this render is kept in it for the next.
    public func render(sink: (@Sendable (OutputFile) -> Void)? = nil, reuse: RenderReuse? = nil) -> Result {
        // A memo keeps pages to serve again, so it is kept only from a render that draws them all.
        let reuse = sink == nil && drawing == .everyPage ? reuse : nil
        let previous = reuse?.memo.state
        let changes = reuse.flatMap { reuse in previous.map { reuse.changes(since: $0, to: self) } } ?? .everything
        let cardTemplateChanged = changes.touches(PageInputs(templates.used(by: Self.cardTemplate).map { .template($0) }))
        // Every card, in a check too when the card template is from Layouts/: one that runs away on one person's
        // data is reported as a build would. The built-in one cannot, so a check draws only the cards on the
        // pages it draws (DirectoryPages makes them there).
        let cards = drawing == .forChecking && templates.isBuiltIn(Self.cardTemplate) ? [:]
            : self.cards(publication.people, kept: { id in
                guard !cardTemplateChanged, !changes.inputs.contains(.card(id)) else { return nil }
                return previous?.cards[id]
            })
        let units = self.units(sink: sink, cards: cards)
        var outputs = [RenderUnit.Output?](repeating: nil, count: units.count)
        var fresh: [Int] = []
        for (index, unit) in units.enumerated() {
            if let kept = previous?.units[unit.key], !changes.touches(kept.inputs) {
                outputs[index] = kept
            } else {
                fresh.append(index)
            }
        }
        // Units render in parallel, in tasks of about one directory or 64 profiles; results keep the order
        // of the units, so output and messages never depend on scheduling.
        var tasks: [[Int]] = []
        var load = 0
        for index in fresh {
            if tasks.isEmpty || load + units[index].weight > 64 {
                tasks.append([])
                load = 0
            }
            tasks[tasks.count - 1].append(index)
            load += units[index].weight
        }
        let keep = reuse != nil
        let made = Parallel.map(tasks.map { task in
            { @Sendable in task.map { index -> RenderUnit.Output in
                let made = units[index].make()
                return RenderUnit.Output(made: made, inputs: keep ? made.inputs : PageInputs())
            } }
        })
        for (task, results) in zip(tasks, made) {
            for (index, output) in zip(task, results) { outputs[index] = output }
        }
        let searchKept = previous.flatMap { keptSearch($0, fresh: fresh.isEmpty, units: units.count, changes: changes) }
        let search = searchKept ?? searchUnit(after: outputs, sink: sink, keep: keep)
        var pages: [RenderedPage] = []
        var diagnostics: [Diagnostic] = []
        var files: [OutputFile] = []
        var extraFiles: [(OutputFile, PageInputs)] = []
        var writtenFiles: [(OutputFile, PageInputs)] = []
        var pageBytes = 0
        for output in outputs + [search] {
            guard let made = output?.made else { continue }
            pageBytes += made.byteCount
            for (page, found) in made.pages {
                pages.append(page)
                diagnostics += found
            }
            files += made.files
            extraFiles += made.extraFiles
            writtenFiles += made.writtenFiles
        }
        if let reuse {
            let freshPages = fresh.reduce(searchKept == nil ? search.made.pages.count : 0) { $0 + (outputs[$1]?.made.pages.count ?? 0) }
            var kept = Dictionary(zip(units, outputs).compactMap { unit, output in output.map { (unit.key, $0) } },
                                  uniquingKeysWith: { first, _ in first })
            kept[Self.searchKey] = search
            var state = RenderState(portal: portal, templates: templates, options: options, load: reuse.load,
                                    units: kept, cards: cards)
            state.renderedPages = freshPages
            state.reusedPages = pages.count - freshPages
            reuse.memo.keep(state)
            // What of the last render is not kept (its portal, thousands of people) is freed on another
            // thread, not on the way to the reload.
            if let previous { DispatchQueue.global(qos: .utility).async { withExtendedLifetime(previous) {} } }
        }

        // What each file was made from is for `portal build --inputs` and tests (never `portal check`); a render
        // that keeps its units for the next has them there, and skips putting them together here (at thousands
        // of pages, the sitemap's union of every page's inputs is a tenth of a rebuild that renders one page).
        let recording = reuse == nil && drawing == .everyPage
        var inputs = recording ? Dictionary(pages.map { ($0.path, $0.inputs) }, uniquingKeysWith: { first, _ in first }) : [:]
        var others: [OutputFile] = templates.assets.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, contents: [UInt8]($0.value)) }
        for path in templates.assets.keys where recording { inputs[path] = PageInputs([.asset(path)]) }
        for (file, made) in extraFiles {
            others.append(file)
            if recording { inputs[file.path] = made }
        }
        for (file, made) in writtenFiles {
            files.append(file)
            if recording { inputs[file.path] = made }
        }
        // Calendar files (.ics): linked from the pages, never listed in the sitemap.
        for (file, made) in calendar.outputs(portal) {
            others.append(file)
            if recording { inputs[file.path] = made }
        }
        if let baseURL {
            // People pages stay out of the sitemap unless the portal opts in (privacy by default).
            let listed = pages.map(\.path).filter { portal.settings.indexProfiles || !SitePaths.isPeoplePage($0) }
            others.append(OutputFile(path: SitePaths.sitemap, text: Sitemap(baseURL: baseURL, pages: listed).xml))
            if recording { inputs[SitePaths.sitemap] = Self.sitemapInputs(pages) }
        } else if options.baseURL == nil, portal.settings.baseURL == nil {
            // A base_url that is written but unusable is an error of its own, which says what to write.
            diagnostics.append(.warning(.sitemap, "sitemap.xml is not written because the portal has no base URL",
                                        at: portal.settings.location,
                                        hint: "add ‘base_url: https://…’ to portal.yaml or pass --base-url"))
        }
        let byteCount = others.reduce(pageBytes) { $0 + $1.contents.count }
        if let sink {
            Self.write(others, to: sink)
            files += others.map { OutputFile(path: $0.path, contents: []) }
        } else {
            files += others
        }
        files.sort { $0.path < $1.path }
        return Result(pages: pages, files: files, byteCount: byteCount, diagnostics: diagnostics, inputs: inputs)
    }

    /// The sitemap lists which pages exist, and that follows from what the pages were made from (a
    /// section in a scheme file, a person's record), never from how a template draws them.
    static func sitemapInputs(_ pages: [RenderedPage]) -> PageInputs {
        var inputs = PageInputs([.settings])
        for page in pages { inputs.formUnion(page.inputs) }
        return PageInputs(inputs.items.filter { if case .template = $0 { return false } else { return true } })
    }

    // MARK: Shared context

    /// The keys every template receives (docs/templates.md), recorded as the page's inputs: the settings,
    /// the navigation, and the scheme the page belongs to.
    func context(_ builder: inout PageBuilder, title: String, kind: String, description: String? = nil,
                 breadcrumbs: [(String, String)] = [], scheme: Scheme? = nil, rootOverride: String? = nil) -> [String: Any] {
        let path = builder.path
        builder.title = title
        builder.record(.settings)
        builder.record(.navigation)
        if let scheme { record(scheme, in: &builder) }
        let root = rootOverride ?? SitePaths.root(from: path)
        let settings = portal.settings
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
        var result: [String: Any] = ["page": page]
        let frame = self.frame(from: path, root: rootOverride)
        result["site"] = frame.site
        result["nav"] = frame.nav
        result["menu"] = frame.menu
        result["assets"] = frame.assets
        if let scheme { result["scheme"] = schemeSummary(scheme, from: path) }
        return result
    }

    /// The site, navigation and assets as a page at `path` sees them, shared by every page with the same links.
    private func frame(from path: String, root rootOverride: String?) -> PageFrames.Frame {
        var current = [path == SitePaths.home, path.hasPrefix("people/")]
        for folder in schemeFolders { current.append(path.hasPrefix(folder)) }
        // Every link a frame holds is decided by the page's depth and the folders it shares with each
        // target (SitePaths.depth and SitePaths.sharedFolders), or, on a page linking from the root, by that root alone; so pages
        // that agree on those and on which item is current share one frame, and no link is made for a
        // page whose frame is already made.
        var key = rootOverride.map { "root:" + $0 } ?? String(SitePaths.depth(of: path))
        for target in frameTargets where rootOverride == nil { key += ",\(SitePaths.sharedFolders(path, target))" }
        for mark in current { key += mark ? "1" : "0" }
        return frames.frame(key) {
            var nav: [(title: String, url: String, current: Bool)] = [("Home", link(from: path, to: SitePaths.home, root: rootOverride),
                                                                      path == SitePaths.home)]
            for other in portal.schemes {
                nav.append((other.shortTitle ?? other.title, link(from: path, to: SitePaths.scheme(other.slug), root: rootOverride),
                            path.hasPrefix("schemes/\(other.slug)/")))
            }
            if !publication.people.isEmpty {
                nav.append(("People", link(from: path, to: SitePaths.people, root: rootOverride), path.hasPrefix("people/")))
            }
            let settings = portal.settings
            var site: [String: Any] = ["title": settings.title, "organisation": settings.organisation, "language": settings.language]
            site["description"] = settings.description ?? ""
            site["footer"] = settings.footer ?? ""
            site["contactEmail"] = settings.contactEmail ?? ""
            site["calendarUrl"] = portalCalendarLink(from: path, root: rootOverride)
            site["subscribeUrl"] = Self.hasPortalCalendar(portal) ? subscription(to: SitePaths.portalCalendar) ?? "" : ""
            let navigation: [[String: Any]] = nav.map { ["title": $0.title, "url": $0.url, "current": $0.current] }
            let assets: [String: Any] = ["stylesheet": link(from: path, to: SitePaths.stylesheet, root: rootOverride),
                                         "keyDatesScript": link(from: path, to: SitePaths.keyDatesScript, root: rootOverride)]
            // The same entries as `nav`, grouped for the header: however many schemes there are, they sit
            // under one "Schemes" control, so the menu stays one row wide.
            let schemeCount = portal.schemes.count
            var menu: [String: Any] = ["home": navigation[0], "schemes": Array(navigation.dropFirst().prefix(schemeCount)),
                                       "schemeCurrent": nav.dropFirst().prefix(schemeCount).contains { $0.current }, "grouped": schemeCount > 1]
            if navigation.count > schemeCount + 1, let people = navigation.last { menu["people"] = people }
            return PageFrames.Frame(site: PreparedValue(site), nav: PreparedValue(navigation), assets: PreparedValue(assets),
                                    menu: PreparedValue(menu))
        }
    }

    /// A relative link, or an absolute one on pages (the 404 page) that may be served from any folder.
    func link(from path: String, to target: String, root: String? = nil) -> String {
        if let root { return root + target }
        return SitePaths.relative(from: path, to: target)
    }

    /// What a scheme's summary (status, next dates, its pages' list) is made from.
    func record(_ scheme: Scheme, in builder: inout PageBuilder) {
        builder.record(.file(scheme.location.file))
        builder.record(.today)
        builder.record(.members(scheme: scheme.slug))
    }

    func page(_ builder: PageBuilder, template: String, context: [String: Any]) -> (RenderedPage, [Diagnostic]) {
        var builder = builder
        for name in templates.used(by: template) { builder.record(.template(name)) }
        let (bytes, stopped) = templates.rendering(template, context)
        var diagnostics = builder.diagnostics
        if let stopped { diagnostics.append(templates.stoppedRendering(template, page: builder.path, because: stopped)) }
        return (builder.rendered(bytes: bytes), diagnostics)
    }
}
