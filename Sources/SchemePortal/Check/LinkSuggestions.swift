/// What to suggest for a link that reaches no page, or no heading on its page. A mistyped address is most
/// often one slip in one part of it, a page's address written as a file (`key-dates.html`, no final `/`), or
/// the right page named by its title in the link's text; an edit distance over the whole address matched
/// none of these well, and `/schemes/…` was offered to authors who write `../`. So the suggestion is found
/// part by part, then by title, and written in the author's own style.
final class LinkSuggestions {
    private let pages: [RenderedPage]
    private let extraFiles: Set<String>
    /// Built on the first broken link: a site with none never pays for it.
    private lazy var targets: [Target] = Self.targets(pages, extraFiles)
    private lazy var titles: [(shown: String, spellings: [NearMatch.Folded])] = targets.compactMap { target in
        target.title.map { (target.path, [NearMatch.Folded($0)]) }
    }
    /// Each part as words, folded once: a directory of thousands repeats ‘people’ in every address.
    private var folded: [String: NearMatch.Folded] = [:]
    /// A link in a page's shared text (a contact's address, the footer of a section) is checked once per
    /// page it is on, and so is its mistake.
    private var made: [String: String] = [:]
    /// Each search compares the address with every page; past this many comparisons in one check (a
    /// pasted page of thousands of dead links), the rest get the plain hint rather than a slow build.
    private var comparisonsLeft = 20_000_000

    /// A page or file a link can reach, by the parts of its address.
    struct Target {
        let path: String
        let segments: [String]
        let title: String?
    }

    /// The most a suggestion may differ from the address: a slip in each of three parts, or a part
    /// left out or added.
    static let closeEnough = 3

    init(pages: [RenderedPage], extraFiles: Set<String>) {
        self.pages = pages
        self.extraFiles = extraFiles
    }

    /// The hint for a link from `page` whose address resolves to `target`, a path no page has.
    func hint(for link: MarkdownLink, target: String, fragment: String?, from page: RenderedPage) -> String {
        // `www.example.org/…`, `linkedin.com/in/…` are another site's address without its https://, read as a
        // page of this one.
        if Self.looksLikeAnotherSite(link.destination) {
            return "an address on another site starts with https://: write ‘https://\(link.destination)’"
        }
        // An image or a document: there is one place it can be.
        func lastPart(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
        let name = lastPart(target)
        if FileToPublish.isOne(name) {
            // One that is there, written as if beside the page, in other capitals, or under the name it was given.
            let wanted = [name.lowercased(), FileToPublish.publishedName(name)]
            if let there = extraFiles.filter({ $0.hasPrefix("assets/") }).sorted().first(where: { wanted.contains(lastPart($0).lowercased()) }) {
                return "did you mean ‘/\(there)’?"
            }
            return FileToPublish.hint(forLinkTo: name)
        }
        // What is suggested depends on the linking page only through its folder.
        let folder = page.path.split(separator: "/").dropLast().joined(separator: "/")
        let key = [target, fragment ?? "", link.text, link.destination, folder].joined(separator: "\u{0}")
        if let known = made[key] { return known }
        let hint = search(for: link, target: target, fragment: fragment, from: page)
        made[key] = hint
        return hint
    }

    /// Whether an address the portal reads as one of its own pages starts with a site's name: `www.` and a
    /// name, or a name of dotted words (`linkedin.com`, `gov.uk`) followed by `/` or ending in a common
    /// top-level domain. A page's own file (`agreement.html`, `notes.pdf`) is neither.
    static func looksLikeAnotherSite(_ destination: String) -> Bool {
        let address = destination.lowercased()
        if address.hasPrefix("www.") { return true }
        let host = address.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
              let last = labels.last, (2...6).contains(last.count), last.allSatisfy(\.isLetter),
              !FileToPublish.fileEndings.contains(String(last)) else { return false }
        return address.dropFirst(host.count).hasPrefix("/") || topLevelDomains.contains(String(last))
    }

    private static let topLevelDomains: Set<String> = ["com", "org", "net", "uk", "io", "edu", "gov", "info", "ly", "me", "co",
                                                        "ac", "eu", "ie", "de", "fr", "nl", "au", "ca", "us", "int"]

    private func search(for link: MarkdownLink, target: String, fragment: String?, from page: RenderedPage) -> String {
        let plain = "check the address; pages are listed in sitemap.xml after a build"
        comparisonsLeft -= targets.count * 3
        guard comparisonsLeft >= 0 else { return plain }
        let typed = Self.segments(of: target)
        let byAddress = nearestByAddress(typed, from: page.path)
        var meant: String?
        if let byAddress, byAddress.cost <= 1 {
            meant = byAddress.path
        } else if let byTitle = nearestByTitle(link: link, typed: typed, from: page.path) {
            meant = byTitle
        } else if let byAddress, byAddress.cost <= Self.closeEnough {
            meant = byAddress.path
        }
        if let meant {
            return "did you mean ‘\(written(meant, fragment: fragment, like: link.destination, from: page.path))’?"
        }
        return folderHint(typed, like: link.destination, from: page.path) ?? plain
    }

    /// The nearest anchor on `page`: the heading's text written as the anchor (‘#Key dates’), or a slip.
    static func anchorHint(_ anchor: String, on page: RenderedPage, link: MarkdownLink) -> String {
        let pathPart = link.destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let slug = MarkdownAnchor.slug(anchor)
        let meant = page.anchors.contains(slug) && slug != anchor ? slug
            : NearMatch.meant(anchor.replacingOccurrences(of: "-", with: " "),
                              among: page.anchors.sorted().map { NearMatch.Name(shown: $0, writtenAs: [$0.replacingOccurrences(of: "-", with: " ")]) }).first
        if let meant { return "did you mean ‘\(pathPart)#\(meant)’?" }
        // The template's own anchors are not headings the author chose.
        let headings = page.anchors.subtracting(["main", "toc-heading"]).sorted()
        guard !headings.isEmpty else { return "that page has no headings to link to; link to the page itself" }
        return "the headings there are \(NearMatch.some(of: headings.map { pathPart + "#" + $0 }, limit: 3))"
    }

    // MARK: By address

    /// The target nearest part by part, nearer the linking page on a tie (its own scheme's ‘Key dates’).
    private func nearestByAddress(_ typed: [String], from page: String) -> (path: String, cost: Int)? {
        var best: (path: String, cost: Int, shared: Int)?
        for target in targets where (0...1).contains(target.segments.count - typed.count) {
            guard let cost = cost(typed, target.segments), cost <= Self.closeEnough else { continue }
            let shared = SitePaths.sharedFolders(page, target.path)
            if best == nil || (cost, -shared, target.path) < (best!.cost, -best!.shared, best!.path) {
                best = (target.path, cost, shared)
            }
        }
        return best.map { ($0.path, $0.cost) }
    }

    /// Parts compared in order, a part of the target's left out of the address at a cost of three; nil when
    /// a part is unlike its counterpart. An extra part is never dropped: its parent folder is seldom what
    /// was meant.
    func cost(_ typed: [String], _ target: [String]) -> Int? {
        let gap = 3
        var previous: [Int?] = (0...target.count).map { $0 * gap }
        for i in 1...max(typed.count, 1) where !typed.isEmpty {
            var current: [Int?] = [i * gap] + Array(repeating: nil, count: target.count)
            for j in 1..<(target.count + 1) {
                let options = [current[j - 1].map { $0 + gap },
                               previous[j - 1].flatMap { base in partCost(typed[i - 1], target[j - 1]).map { base + $0 } }]
                current[j] = options.compactMap { $0 }.min()
            }
            previous = current
        }
        return previous[target.count]
    }

    /// 0 for the same part, 1 for the same words otherwise written (`meeting-first`), the letters changed
    /// for a slip (one per four letters), nil otherwise.
    func partCost(_ a: String, _ b: String) -> Int? {
        if a == b { return 0 }
        guard let match = NearMatch.match(words(a), words(b)) else { return nil }
        switch match.kind {
        case .written, .words: return 1
        case .spelling: return match.distance
        case .part: return nil
        }
    }

    private func words(_ part: String) -> NearMatch.Folded {
        if let known = folded[part] { return known }
        let made = NearMatch.Folded(part.replacingOccurrences(of: "-", with: " "))
        folded[part] = made
        return made
    }

    // MARK: By title

    /// The page the link's text, or the address's last part, names by its title.
    private func nearestByTitle(link: MarkdownLink, typed: [String], from page: String) -> String? {
        var phrases: [String] = []
        let text = link.text.trimmingCharacters(in: .whitespaces)
        if !text.isEmpty, text != link.destination { phrases.append(text) }
        if let last = typed.last { phrases.append(last.replacingOccurrences(of: "-", with: " ")) }
        for phrase in phrases {
            guard let best = NearMatch.best(phrase, amongFolded: titles), best.kind != .part || best.names.count == 1 else { continue }
            return best.names.min { (-SitePaths.sharedFolders(page, $0), $0) < (-SitePaths.sharedFolders(page, $1), $1) }
        }
        return nil
    }

    // MARK: Nothing near

    /// A few of the pages in the folder the address points into, so the author can pick.
    private func folderHint(_ typed: [String], like destination: String, from page: String) -> String? {
        guard typed.count >= 2 else { return nil }
        let folder = Array(typed.dropLast())
        let near = targets.filter { $0.title != nil && $0.path != page && $0.segments.count == typed.count
            && Array($0.segments.dropLast()) == folder }
        guard !near.isEmpty else { return nil }
        let shown = near.prefix(3).map { "‘\(written($0.path, fragment: nil, like: destination, from: page))’ (\($0.title ?? ""))" }
        let more = near.count - shown.count
        return "the pages there are " + (more > 0 ? shown.joined(separator: ", ") + " and \(more) more" : NearMatch.alternatives(shown, joinedBy: "and"))
    }

    // MARK: Addresses

    /// `path` as the author writes addresses: from the top (`/schemes/…/`) or relative (`../…/`), a page by
    /// its folder; the fragment kept only where the page has that heading.
    func written(_ path: String, fragment: String?, like destination: String, from page: String) -> String {
        var address: String
        if destination.trimmingCharacters(in: .whitespaces).hasPrefix("/") {
            address = "/" + LinkRules.shown(path)
        } else {
            address = LinkRules.shown(SitePaths.relative(from: page, to: path))
            if address.isEmpty { address = "./" }
        }
        if let fragment, let target = pages.first(where: { $0.path == path }) {
            if target.anchors.contains(fragment) {
                address += "#" + fragment
            } else if let near = NearMatch.meant(fragment, among: target.anchors.sorted().map { NearMatch.Name($0) }).first {
                address += "#" + near
            }
        }
        return address
    }

    /// `schemes/peer/key-dates/index.html` → [schemes, peer, key-dates]. A page written as a file
    /// (`key-dates.html`, `key-dates/index.htm`), in capitals or with spaces or underscores, is the folder.
    static func segments(of path: String) -> [String] {
        var parts = path.split(separator: "/").map { String($0).lowercased().replacingOccurrences(of: "_", with: "-")
            .replacingOccurrences(of: " ", with: "-") }
        if let last = parts.last, ["index.html", "index.htm", "index"].contains(last) { parts.removeLast() }
        if let last = parts.last {
            for suffix in [".html", ".htm"] where last.hasSuffix(suffix) {
                parts[parts.count - 1] = String(last.dropLast(suffix.count))
            }
        }
        return parts
    }

    private static func targets(_ pages: [RenderedPage], _ extraFiles: Set<String>) -> [Target] {
        let shown = pages.filter { $0.path != SitePaths.notFound }
            .map { Target(path: $0.path, segments: segments(of: $0.path), title: $0.title) }
        return shown + extraFiles.sorted().map { Target(path: $0, segments: segments(of: $0), title: nil) }
    }
}
