/// After rendering: every link between pages must reach a page of the portal, and every `#anchor`
/// a heading on that page. Links to other sites are listed by the link report, not fetched.
public struct LinkRules: Sendable {
    public init() {}

    public func check(_ pages: [RenderedPage], extraFiles: Set<String> = []) -> [Diagnostic] {
        let byPath = Dictionary(pages.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        let known = Set(byPath.keys).union(extraFiles)
        var diagnostics: [Diagnostic] = []
        let suggestions = LinkSuggestions(pages: pages, extraFiles: extraFiles)
        for page in pages {
            for link in page.links {
                switch LinkTarget(link.destination, from: page.path) {
                case .external:
                    continue
                case .invalid:
                    diagnostics.append(.error(.linkOutside, "the link ‘\(link.destination)’ leads outside the portal", at: link.location,
                                              hint: "link to a page by its address from the top, e.g. ‘/schemes/<name>/key-dates/’"))
                case .anchor(let anchor):
                    if !anchor.isEmpty, !page.anchors.contains(anchor) {
                        diagnostics.append(missingAnchor(anchor, on: page, link: link))
                    }
                case .page(let target, let fragment):
                    guard known.contains(target) else {
                        let suggestion = suggestions.hint(for: link, target: target, fragment: fragment, from: page)
                        diagnostics.append(.error(.linkBroken, "the link ‘\(link.destination)’ goes to no page of the portal", at: link.location,
                                                  hint: suggestion)
                                            .about(.page(target)))
                        continue
                    }
                    if let fragment, let targetPage = byPath[target], !targetPage.anchors.contains(fragment) {
                        diagnostics.append(missingAnchor(fragment, on: targetPage, link: link))
                    }
                }
            }
        }
        return diagnostics
    }

    private func missingAnchor(_ anchor: String, on page: RenderedPage, link: MarkdownLink) -> Diagnostic {
        // A link to a heading of its own page (`#agreement`) is said as such, not by the page's address.
        let message = link.destination.hasPrefix("#")
            ? "the link ‘\(link.destination)’ names a heading that is not on this page"
            : "the link ‘\(link.destination)’ names the anchor ‘#\(anchor)’, which is not on \(Self.shown(page.path))"
        return .error(.anchorMissing, message,
               at: link.location,
               hint: LinkSuggestions.anchorHint(anchor, on: page, link: link))
    }

    /// `schemes/x/index.html` as a reader writes it: `schemes/x/`.
    static func shown(_ path: String) -> String {
        path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
    }
}
