/// Renders the Markdown of one page, rewriting links between pages to relative URLs and keeping what
/// the link check needs (links, anchors), what went wrong, and what the page was made from.
struct PageBuilder {
    let path: String
    let renderer: MarkdownRenderer
    private(set) var links: [MarkdownLink] = []
    /// Ids on the page: the template's own (`main`) and every heading's.
    private(set) var anchors: Set<String> = ["main", "toc-heading"]
    private(set) var headings: [MarkdownHeading] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Added to by the page functions as they use each input; Markdown and addresses record their own file.
    private(set) var inputs = PageInputs()
    /// The page's title, for the link check to find a page by what a link calls it.
    var title: String?
    /// Titles of the pages this page's links may lead to, by output path: on paper a link says where it
    /// leads ("see Goal-setting worksheet"). Empty: links print as their words alone.
    var linkTitles: [String: String] = [:]

    init(path: String, renderer: MarkdownRenderer) {
        self.path = path
        self.renderer = renderer
    }

    /// `makesHTML` false reads only the headings, links and problems (the page is not drawn), and returns "".
    mutating func html(_ text: MarkdownText?, topHeadingLevel: Int = 2, authorTopLevel: Int = 2, makesHTML: Bool = true) -> String? {
        guard let text else { return nil }
        inputs.insert(.file(text.location.file))
        guard !text.isBlank else { return nil }
        let page = path
        var options = MarkdownOptions(topHeadingLevel: topHeadingLevel, authorTopLevel: authorTopLevel, reservedAnchors: anchors)
        options.makesHTML = makesHTML
        let titles = linkTitles
        let result = renderer.render(text, options: options,
                                     rewriteLink: { Self.rewrite($0, from: page) },
                                     seeAlso: { Self.title(of: $0, shownAs: $1, from: page, in: titles) })
        absorb(result)
        return result.html
    }

    /// Markdown shown again on a page that is not its own (each chapter on the whole-handbook page). Its
    /// problems and its links were reported and checked on its own page, so only its headings are kept,
    /// and the links that now lead within this page, as rewritten, for the link check to prove.
    mutating func htmlShownAgain(_ text: MarkdownText?, options: MarkdownOptions, rewriteLink: (String) -> String,
                                 seeAlso: (String, String) -> String?) -> String? {
        guard let text else { return nil }
        inputs.insert(.file(text.location.file))
        guard !text.isBlank else { return nil }
        var options = options
        options.reservedAnchors = anchors
        let result = renderer.render(text, options: options, rewriteLink: rewriteLink, seeAlso: seeAlso)
        headings += result.headings
        anchors.formUnion(result.headings.map(\.anchor))
        links += result.links.compactMap { link in
            let url = rewriteLink(link.destination)
            guard url.hasPrefix("#") else { return nil }
            var inPage = link
            inPage.destination = url
            return inPage
        }
        return result.html
    }

    /// An id the template gives an element of its own (a chapter's heading), kept from the Markdown's.
    mutating func reserve(_ anchor: String) {
        anchors.insert(anchor)
    }

    mutating func inline(_ text: MarkdownText?) -> String? {
        guard let text else { return nil }
        inputs.insert(.file(text.location.file))
        guard !text.isBlank else { return nil }
        let page = path
        let result = renderer.renderInline(text, rewriteLink: { Self.rewrite($0, from: page) })
        absorb(result)
        return result.html
    }

    private mutating func absorb(_ result: RenderedMarkdown) {
        links += result.links
        headings += result.headings
        anchors.formUnion(result.headings.map(\.anchor))
        diagnostics += result.diagnostics
    }

    /// The `href` for an address from a YAML field, or nil for one the portal must not link to: validation
    /// reports those, and this keeps them off the page even when rendering runs without it.
    /// A page of the portal is linked relative to this page, and checked like a Markdown link.
    mutating func href(_ address: WebAddress?) -> String? {
        guard let address else { return nil }
        inputs.insert(.file(address.location.file))
        switch address.kind {
        case .refused: return nil
        case .web, .email: return address.text
        case .page, .anchor:
            links.append(MarkdownLink(destination: address.text, isImage: false, location: address.location))
            return Self.rewrite(address.text, from: path)
        }
    }

    /// A link to another page of the portal becomes relative to this page; anything else stays as written.
    static func rewrite(_ destination: String, from page: String) -> String {
        rewrite(destination, from: page, to: page)
    }

    /// A link written for one page (`written`) and shown on another (`shown`): a chapter's links on the
    /// whole-handbook page lead where they lead from the chapter's own page.
    static func rewrite(_ destination: String, from written: String, to shown: String) -> String {
        switch LinkTarget(destination, from: written) {
        case .page(let target, let fragment):
            return SitePaths.relative(from: shown, to: target) + (fragment.map { "#\($0)" } ?? "")
        default:
            return destination
        }
    }

    /// The title of the page a link leads to, when it is another page of the portal with a known title
    /// that the link's words do not already say.
    static func title(of destination: String, shownAs text: String, from page: String, in titles: [String: String]) -> String? {
        guard !titles.isEmpty, case .page(let target, _) = LinkTarget(destination, from: page), target != page,
              let title = titles[target], !MarkdownPrintNote.names(text, title) else { return nil }
        return title
    }

    mutating func record(_ input: PageInput) {
        inputs.insert(input)
    }

    /// A published person: their id and every file their published view was made from.
    mutating func record(_ person: PublishedPerson) {
        for input in Self.inputs(of: person) { inputs.insert(input) }
    }

    /// Everything another page was made from: a page that lists it (the A–Z index) changes when it does.
    mutating func record(inputsOf page: RenderedPage) {
        inputs.formUnion(page.inputs)
    }

    /// Inputs many pages share, held once.
    mutating func record(_ shared: PageInputs.Shared) {
        inputs.include(shared)
    }

    static func inputs(of person: PublishedPerson) -> [PageInput] {
        [.person(person.id)] + person.sources.map { .file($0) }
    }

    func rendered(bytes: [UInt8]) -> RenderedPage {
        RenderedPage(path: path, bytes: bytes, links: links, anchors: anchors, inputs: inputs, title: title)
    }
}

/// One page of HTML, with what the link check needs to know about it.
public struct RenderedPage: Sendable {
    public var path: String
    /// The page's HTML, until it is moved into its output file.
    public var bytes: [UInt8]
    public var links: [MarkdownLink]
    public var anchors: Set<String>
    /// What the page was made from, for rebuilding only what a change touches.
    public var inputs = PageInputs()
    public var title: String?
    /// What the search index holds of the page, when it is one the index lists (set as its bytes are written).
    var search: SearchDocument?
}
