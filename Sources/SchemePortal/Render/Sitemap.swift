/// `sitemap.xml`: every public page, absolute, in a stable order; no dates, so rebuilds are identical.
struct Sitemap {
    let baseURL: String
    let pages: [String]

    /// Pages search engines should not list.
    static let excluded: Set<String> = [SitePaths.notFound]

    /// The 404 page, and each scheme's whole handbook (`schemes/<slug>/handbook/all.html`): it repeats the
    /// chapters, which a search engine should find at their own addresses.
    static func isExcluded(_ path: String) -> Bool {
        excluded.contains(path) || SitePaths.isWholeHandbook(path)
    }

    var xml: String {
        var lines = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                     "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"]
        for path in pages.sorted() where !Self.isExcluded(path) {
            let location = path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path
            lines.append("  <url><loc>\(HTMLText.escape(baseURL + location))</loc></url>")
        }
        lines.append("</urlset>")
        return lines.joined(separator: "\n") + "\n"
    }
}
