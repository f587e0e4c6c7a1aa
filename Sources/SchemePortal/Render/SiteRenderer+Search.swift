/// The portal's search: which pages the index lists, the index's files, and the search page, which is also the
/// A–Z index of every page and topic (what a reader without JavaScript gets).
extension SiteRenderer {
    static let searchKey = "search"

    /// The search page and the index list what every other page holds, so they are made after them, as one
    /// more unit; a render keeps the last one when no other unit was made again and nothing they read changed.
    func keptSearch(_ previous: RenderState, fresh: Bool, units: Int, changes: RenderChanges) -> RenderUnit.Output? {
        guard fresh, previous.units.count == units + 1, let kept = previous.units[Self.searchKey], !changes.touches(kept.inputs) else { return nil }
        return kept
    }

    func searchUnit(after outputs: [RenderUnit.Output?], sink: (@Sendable (OutputFile) -> Void)?, keep: Bool) -> RenderUnit.Output {
        let indexed = outputs.flatMap { $0?.made.pages.map(\.0) ?? [] }
        var made = Self.output([searchPage(indexed)], sink: sink)
        let index = searchFiles(indexed, sink: sink)
        if sink == nil { made.extraFiles = index.files } else { made.writtenFiles = index.files }
        made.byteCount += sink == nil ? 0 : index.bytes
        return RenderUnit.Output(made: made, inputs: keep ? made.inputs : PageInputs())
    }

    /// Which pages the index lists, and under which filters. Not listed: the home page, the 404 page,
    /// directories and their facet pages (lists of what the profiles say), the whole handbook on one page
    /// (its chapters are listed), and the search page itself.
    struct SearchPlaces: Sendable {
        let schemes: [String: Int]
        /// Each published profile's path, with the schemes the person is published in.
        let profiles: [String: [Int]]
        let standalone: Set<String>

        func place(of path: String) -> SearchPlace? {
            if let schemes = profiles[path] { return SearchPlace(kind: .person, schemes: schemes) }
            if standalone.contains(path) { return SearchPlace(kind: .portal, schemes: []) }
            guard !SitePaths.isPeoplePage(path), !SitePaths.isWholeHandbook(path) else { return nil }
            let parts = path.split(separator: "/")
            guard parts.count >= 3, parts[0] == "schemes", let scheme = schemes[String(parts[1])] else { return nil }
            switch parts[2] {
            case "handbook": return SearchPlace(kind: .handbook, schemes: [scheme])
            case "toolkit": return SearchPlace(kind: .toolkit, schemes: [scheme])
            default: return SearchPlace(kind: .scheme, schemes: [scheme])
            }
        }
    }

    func searchPlaces() -> SearchPlaces {
        let slugs = portal.schemes.map(\.slug)
        var profiles: [String: [Int]] = [:]
        // A check draws most profiles in outline only, and makes no index: it writes nothing.
        if drawing == .everyPage {
            for person in publication.people {
                profiles[SitePaths.person(person.id)] = slugs.indices.filter { person.membership(in: slugs[$0]) != nil }
            }
        }
        var standalone = Set(portal.pages.map { SitePaths.page($0.slug) })
        standalone.insert(SitePaths.accessibility)
        return SearchPlaces(schemes: Dictionary(slugs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }),
                            profiles: profiles, standalone: standalone)
    }

    /// The index's files, from the pages rendered; none for a check. Given a sink, each file goes to it as
    /// it is made and comes back without its bytes.
    func searchFiles(_ pages: [RenderedPage], sink: (@Sendable (OutputFile) -> Void)? = nil) -> (files: [(OutputFile, PageInputs)], bytes: Int) {
        guard drawing == .everyPage else { return ([], 0) }
        let index = SearchIndex(documents: pages.compactMap(\.search), schemes: portal.schemes.map { ($0.slug, $0.shortTitle ?? $0.title) })
        // The index holds the pages' words as their templates drew them, so it follows from everything they did.
        var inputs = PageInputs()
        for page in pages where page.search != nil { inputs.formUnion(page.inputs) }
        let made = index.files(sink: sink)
        return (made.files.map { ($0, inputs) }, made.bytes)
    }
}
