import Foundation

/// The site as units of work that render in parallel, and that a later render can keep whole.
extension SiteRenderer {
    /// Every unit, in the site's order: the home page, each scheme's pages, the stand-alone pages, then the
    /// directories, their search indexes and the profiles.
    func units(sink: (@Sendable (OutputFile) -> Void)?, cards: [String: CardHTML]) -> [RenderUnit] {
        // Each unit also turns its pages into output bytes, so that both cores stay busy to the end of the step.
        let places = searchPlaces()
        let wrap = { @Sendable (pages: @escaping @Sendable () -> [(RenderedPage, [Diagnostic])]) -> RenderUnit.Make in
            { @Sendable in Self.output(pages(), sink: sink, search: places) }
        }
        var units = [RenderUnit(key: "home", make: wrap { [homePage()] })]
        for scheme in portal.schemes { units.append(RenderUnit(key: "scheme:" + scheme.slug, make: wrap { schemePages(scheme) })) }
        units.append(RenderUnit(key: "pages", make: wrap {
            var outputs = portal.pages.map(standalonePage)
            if !portal.pages.contains(where: { $0.slug == "accessibility" }) { outputs.append(defaultAccessibilityPage()) }
            return outputs + [notFoundPage()]
        }))
        return units + peopleUnits(cards: cards, pages: wrap)
    }

    /// Pages as output files, handed to `sink` when there is one; each page the search index lists is read
    /// for it here, while its bytes are at hand, on the thread that made it.
    static func output(_ pages: [(RenderedPage, [Diagnostic])], sink: (@Sendable (OutputFile) -> Void)?,
                       search places: SearchPlaces? = nil) -> GroupOutput {
        var made = GroupOutput()
        for (page, found) in pages {
            var page = page
            // Its place (kind and schemes) is decided with the page: what decides it (memberships, the
            // order of the schemes) is on the page too, in its text or its navigation, so a page kept by
            // the dev server keeps a place that is still right.
            if let places, let place = places.place(of: page.path), let text = SearchText(html: page.bytes) {
                page.search = SearchDocument(path: page.path, place: place, text: text)
            }
            made.byteCount += page.bytes.count
            if let sink {
                sink(OutputFile(path: page.path, contents: page.bytes))
                made.files.append(OutputFile(path: page.path, contents: []))
            } else {
                made.files.append(OutputFile(path: page.path, contents: page.bytes))
            }
            // The page's bytes now live in its file; keeping them here too doubled the build's peak memory.
            page.bytes = []
            made.pages.append((page, found))
        }
        return made
    }

    /// Files other than pages, thousands of them with the search index's chunks: handed to the output from
    /// every core, as the pages are.
    static func write(_ files: [OutputFile], to sink: @escaping @Sendable (OutputFile) -> Void) {
        let cores = max(ProcessInfo.processInfo.activeProcessorCount, 1)
        _ = Parallel.map((0..<cores).map { core in
            { @Sendable in for index in stride(from: core, to: files.count, by: cores) { sink(files[index]) } }
        })
    }
}

extension SiteRenderer.GroupOutput {
    /// Everything the unit's pages and files were made from.
    var inputs: PageInputs {
        var inputs = recorded
        for (page, _) in pages { inputs.formUnion(page.inputs) }
        for (_, made) in extraFiles + writtenFiles { inputs.formUnion(made) }
        return inputs
    }
}

/// What a render may keep from the last: the dev server's memo, with the load this render comes from and the
/// content files that differ from the load before.
public struct RenderReuse: Sendable {
    public var memo: RenderMemo
    /// `LoadCache.loadCount` after this build's load.
    public var load: Int
    /// `LoadCache.changes()` after this build's load.
    public var files: FileChanges?

    public init(memo: RenderMemo, load: Int, files: FileChanges?) {
        self.memo = memo
        self.load = load
        self.files = files
    }

    /// What changed since `previous`, or everything when `previous` is not from the load just before.
    func changes(since previous: RenderState, to renderer: SiteRenderer) -> RenderChanges {
        guard previous.load == load - 1, let files else { return .everything }
        return RenderChanges(from: previous, to: renderer.portal, templates: renderer.templates, options: renderer.options, files: files)
    }
}
