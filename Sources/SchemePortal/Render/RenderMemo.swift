import Foundation

/// What the last render made, kept from one build to the next by the dev server, so that a rebuild
/// renders again only the pages whose inputs changed (`RenderChanges`) and takes every other page, byte
/// for byte, from here. A build without one (`portal build`, `portal check`) renders everything.
///
/// It is only used together with the `LoadCache` whose file comparison it relies on, and only when the
/// kept render is from the load just before this one: a load that did not go on to render (a template
/// that does not parse) leaves file changes this memo never saw, so the next render is whole.
public final class RenderMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var kept: RenderState?

    public init() {}

    var state: RenderState? { lock.withLock { kept } }

    func keep(_ state: RenderState?) {
        lock.withLock { kept = state }
    }

    /// How many pages the last render made again, and how many it took from the one before (for tests and
    /// the dev server's report).
    public var lastCounts: (rendered: Int, reused: Int) {
        lock.withLock { kept.map { ($0.renderedPages, $0.reusedPages) } ?? (0, 0) }
    }
}

/// One render's inputs and outputs, for comparing the next build's with.
struct RenderState: Sendable {
    let portal: PublishedPortal
    let templates: Templates
    let options: RenderOptions
    /// The `LoadCache` load this render was made from.
    let load: Int
    /// What each unit of work made, by its key (`RenderUnit.key`).
    let units: [String: RenderUnit.Output]
    /// Every published person's card, by id.
    let cards: [String: SiteRenderer.CardHTML]
    var renderedPages = 0
    var reusedPages = 0
}

/// A piece of the site rendered, or kept, as a whole: the home page, a scheme's pages, a directory with its
/// facet pages, a profile, a directory's search index.
struct RenderUnit: Sendable {
    typealias Make = @Sendable () -> SiteRenderer.GroupOutput

    /// Names the unit across builds: `profile:ada`, `directory:pilot`.
    let key: String
    /// How many units of this size make one task for a core: a profile is one page, so many go together.
    var weight = 64
    let make: Make

    struct Output: Sendable {
        let made: SiteRenderer.GroupOutput
        /// Everything the unit's pages and files were made from.
        let inputs: PageInputs
    }
}
