import Foundation

/// The search page, `search/index.html`: the box and the places `assets/search.js` shows results in, and
/// under them the A–Z index of every page the search lists and of each topic (a section heading) on a
/// scheme's pages. Without JavaScript the A–Z index is what a reader gets, and the header's search box,
/// a plain form, leads to it.
extension SiteRenderer {
    struct AZEntry {
        var title: String
        var path: String
        var anchor: String
        var place: String
        /// What it sorts by: lower case, without accents.
        var key: String
    }

    func searchPage(_ pages: [RenderedPage]) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.search
        var builder = PageBuilder(path: path, renderer: markdown)
        var context = self.context(&builder, title: "Search", kind: "search", breadcrumbs: [("Home", SitePaths.home)])
        var entries: [AZEntry] = []
        for page in pages {
            guard let document = page.search, document.place.kind != .person else { continue }
            let place = document.place
            builder.record(inputsOf: page)
            let title = document.text.title.isEmpty ? (page.title ?? page.path) : document.text.title
            let scheme = place.schemes.first.map { portal.schemes[$0] }
            let schemeName = scheme.map { $0.shortTitle ?? $0.title }
            let kindName = switch place.kind {
            case .handbook: "Handbook"
            case .toolkit: "Toolkit"
            case .portal: "About the portal"
            case .scheme, .person: "Scheme page"
            }
            entries.append(AZEntry(title: title, path: page.path, anchor: "", place: [kindName, schemeName].compactMap { $0 }.joined(separator: " · "),
                                   key: Self.sortKey(title)))
            // Topics: the sections of a scheme's pages, by their headings, under the page they are on.
            guard place.kind != .portal else { continue }
            var named: Set<String> = [title]
            for section in document.text.sections where !section.anchor.isEmpty && !section.heading.isEmpty
                && named.insert(section.heading).inserted {
                entries.append(AZEntry(title: section.heading, path: page.path, anchor: section.anchor,
                                       place: "in ‘\(title)’" + (schemeName.map { " · \($0)" } ?? ""), key: Self.sortKey(section.heading)))
            }
        }
        entries.sort { ($0.key, $0.place, $0.path) < ($1.key, $1.place, $1.path) }
        // Digits and other first characters go first, under "0–9", then the letters in order.
        let grouped = Dictionary(grouping: entries) { Self.letter($0.key) }
        let letters = grouped.keys.sorted().map { (letter: $0, entries: grouped[$0] ?? []) }
        context["letters"] = letters.map { group -> [String: Any] in
            ["letter": group.letter == "#" ? "0–9" : group.letter,
             "id": group.letter == "#" ? "letter-other" : "letter-" + group.letter.lowercased(),
             "entries": group.entries.map { entry -> [String: Any] in
                 ["title": entry.title, "place": entry.place,
                  "url": SitePaths.relative(from: path, to: entry.path) + (entry.anchor.isEmpty ? "" : "#" + entry.anchor)]
             }]
        }
        context["peopleUrl"] = publication.people.isEmpty ? "" : SitePaths.relative(from: path, to: SitePaths.people)
        context["searchScript"] = SitePaths.relative(from: path, to: SitePaths.searchScript)
        context["searchFolder"] = "./"
        return page(builder, template: "search", context: context)
    }

    static func sortKey(_ title: String) -> String {
        title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .drop { !$0.isLetter && !$0.isNumber }.lowercased()
    }

    /// The A–Z heading an entry goes under: its first letter (accents dropped, so “Éire” is under E; a letter
    /// of its own, such as Ł or Ø, under itself), or `#`, shown as “0–9”, for a digit.
    static func letter(_ key: String) -> String {
        guard let first = key.first, first.isLetter else { return "#" }
        return first.uppercased()
    }
}
