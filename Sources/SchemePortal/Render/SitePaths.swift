/// Where every page lives in `Output/`, and how one page links to another with a relative URL, so the
/// site works from any folder of any server and straight from disk.
public enum SitePaths {
    /// Top-level addresses the portal uses itself.
    public static let reservedTopLevel: Set<String> = ["schemes", "people", "accessibility", "assets", "calendar", "404", "index", "sitemap", "search"]

    public static let home = "index.html"
    public static let notFound = "404.html"
    public static let accessibility = "accessibility/index.html"
    public static let sitemap = "sitemap.xml"
    /// The search page, which is also the A–Z index; the index's files are beside it (`SearchIndex`).
    public static let search = "search/index.html"
    public static let searchScript = "assets/search.js"
    public static let stylesheet = "assets/style.css"

    public static func scheme(_ slug: String) -> String { "schemes/\(slug)/index.html" }
    public static func section(_ scheme: String, _ section: String) -> String { "schemes/\(scheme)/\(section)/index.html" }
    public static func handbook(_ scheme: String) -> String { "schemes/\(scheme)/handbook/index.html" }
    public static func handbookPage(_ scheme: String, _ page: String) -> String { "schemes/\(scheme)/handbook/\(page)/index.html" }
    /// The whole handbook on one page. A file, not a folder: a chapter's address is always a folder
    /// (`handbook/<name>/`, and names hold no dots), so no chapter, not even one called `all`, can take it.
    public static func wholeHandbook(_ scheme: String) -> String { "schemes/\(scheme)/handbook/all.html" }
    /// Whether `path` is a scheme's whole handbook, which repeats its chapters (left out of the sitemap and the search).
    static func isWholeHandbook(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 4 && path == wholeHandbook(String(parts[1]))
    }
    public static func toolkit(_ scheme: String) -> String { "schemes/\(scheme)/toolkit/index.html" }
    public static func toolkitPage(_ scheme: String, _ page: String) -> String { "schemes/\(scheme)/toolkit/\(page)/index.html" }
    public static func page(_ slug: String) -> String { "\(slug)/index.html" }
    public static let people = "people/index.html"
    public static func person(_ id: String) -> String { "people/\(id)/index.html" }
    public static func schemePeople(_ scheme: String) -> String { "schemes/\(scheme)/people/index.html" }
    /// The folder of a people directory: everyone's, or one scheme's when `scheme` is given.
    public static func peopleFolder(_ scheme: String?) -> String { scheme.map { "schemes/\($0)/people" } ?? "people" }
    /// The directory page itself: `people/index.html` or `schemes/<slug>/people/index.html`.
    public static func directory(_ scheme: String?) -> String { scheme.map(schemePeople) ?? people }
    /// A directory filtered to one value of a facet: `…/people/organisation/<value>/index.html`.
    public static func facetValue(in folder: String, _ facet: String, _ value: String) -> String { "\(folder)/\(facet)/\(value)/index.html" }

    /// Page `number` (2 or more) of a list whose first page is `first`: `people/page/2/index.html`.
    public static func listPage(_ first: String, _ number: Int) -> String {
        String(first.dropLast("index.html".count)) + "page/\(number)/index.html"
    }
    /// The search index of a directory (`people/people-index.js`), written when its lists run to several pages.
    public static func directoryIndex(in folder: String) -> String { "\(folder)/people-index.js" }

    /// Directory, facet and profile pages: kept out of search engines unless the portal opts in.
    public static func isPeoplePage(_ path: String) -> Bool {
        path.hasPrefix("people/") || (path.hasPrefix("schemes/") && path.split(separator: "/").dropFirst(2).first == "people")
    }

    /// The prefix that leads from a page back to the site root: `""`, `"../"`, `"../../"`…
    public static func root(from path: String) -> String {
        let slash = UInt8(ascii: "/")
        return String(repeating: "../", count: max(path.utf8.split(separator: slash).count - 1, 0))
    }

    /// How many folders deep a page is (`people/ada/index.html` is 2).
    static func depth(of page: String) -> Int {
        page.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
    }

    /// How many whole folders, from the top, a page's path and a target's path share. With the page's
    /// depth, this is all `relative(from:to:)` depends on: it climbs out of the folders not shared and
    /// writes the target's path below them.
    static func sharedFolders(_ page: String, _ target: String) -> Int {
        var shared = 0
        for (a, b) in zip(page.utf8, target.utf8) {
            guard a == b else { break }
            if a == UInt8(ascii: "/") { shared += 1 }
        }
        return shared
    }

    /// A relative URL from one output file to another (both site-relative paths). Every page makes dozens
    /// of these, so it works on the paths' bytes rather than building a string for each folder.
    public static func relative(from page: String, to target: String) -> String {
        let slash = UInt8(ascii: "/")
        let fromParts = page.utf8.split(separator: slash).dropLast()
        let toParts = target.utf8.split(separator: slash)
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common].elementsEqual(toParts[common]) { common += 1 }
        var result = String(repeating: "../", count: fromParts.count - common)
        if common < toParts.count {
            result += target[toParts[common].startIndex...]
        } else if !result.isEmpty {
            result.removeLast()
        }
        return result.isEmpty ? "index.html" : result
    }

    /// The output file a site path names: `/schemes/x/` and `/schemes/x` both mean `schemes/x/index.html`.
    /// Returns nil for paths that climb above the root.
    public static func resolve(_ destination: String, from page: String) -> String? {
        var stack: [Substring] = destination.hasPrefix("/") ? [] : Array(page.split(separator: "/").dropLast())
        let parts = destination.split(separator: "/", omittingEmptySubsequences: true)
        for part in parts {
            switch part {
            case ".": continue
            case "..":
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            default: stack.append(part)
            }
        }
        guard let last = stack.last else { return home }
        if destination.hasSuffix("/") || !last.contains(".") { stack.append("index.html") }
        return stack.joined(separator: "/")
    }
}
