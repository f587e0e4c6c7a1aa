/// The portal's search: which pages the index lists, the index's files, and the search page, which is also the
/// A–Z index of every page and topic (what a reader without JavaScript gets).
extension SiteRenderer {
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
            let parts = path.split(separator: "/")
            guard parts.count >= 3, parts[0] == "schemes", let scheme = schemes[String(parts[1])] else { return nil }
            switch parts[2] {
            case "people": return nil
            case "handbook": return path == SitePaths.wholeHandbook(String(parts[1])) ? nil : SearchPlace(kind: .handbook, schemes: [scheme])
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

    /// The index's files, from the pages rendered; none for a check.
    func searchFiles(_ pages: [RenderedPage]) -> [(OutputFile, PageInputs)] {
        guard drawing == .everyPage else { return [] }
        let places = searchPlaces()
        let documents = pages.compactMap { page in page.search.flatMap { document in places.place(of: page.path).map { (document, $0) } } }
        let index = SearchIndex(documents: documents, schemes: portal.schemes.map { ($0.slug, $0.shortTitle ?? $0.title) })
        // The index holds the pages' words as their templates drew them, so it follows from everything they did.
        var inputs = PageInputs()
        for page in pages where page.search != nil { inputs.formUnion(page.inputs) }
        return index.files.map { ($0, inputs) }
    }
}
