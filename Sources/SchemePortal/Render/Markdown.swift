/// Markdown to HTML, with the headings, links and problems found on the way.
///
/// The work is split over several files, all of them `Markdown*.swift` because they are the only code in the
/// project that touches cmark-gfm's C pointers:
/// - `Markdown+Guard.swift` rejects input that would make cmark-gfm 0.29.0.gfm.6 hang (before any C is called);
/// - `Markdown+CMark.swift` owns the parser and the tree and frees them;
/// - `Markdown+Tree.swift` edits the tree: raw HTML out, unsafe links unwrapped, heading anchors, labelled task boxes;
/// - `Markdown+HTML.swift` builds the bits of markup we add, heading anchors, and tidies cmark's output;
/// - `Markdown+URL.swift` asks `LinkAddress` (the one rule for addresses) which destinations may be linked;
/// - `Markdown+Source.swift` maps cmark's byte positions back to file locations and prepares inline text;
/// - `Markdown+Messages.swift` holds the diagnostics, in the author's terms.
///
/// cmark-gfm runs in safe mode (no CMARK_OPT_UNSAFE) with the table, strikethrough, autolink, tagfilter and
/// tasklist extensions and footnotes; `data-sourcepos` is never emitted, and CMARK_OPT_GITHUB_PRE_LANG is not
/// used (code blocks keep the common `<code class="language-…">`).

/// A heading of the rendered Markdown, for tables of contents.
public struct MarkdownHeading: Hashable, Sendable {
    /// The level of the `<h…>` element in the page (an author's `#` is `MarkdownOptions.topHeadingLevel`).
    public var level: Int
    /// The heading as plain text.
    public var text: String
    /// The heading's `id`, unique on the page.
    public var anchor: String
    public var location: SourceLocation

    public init(level: Int, text: String, anchor: String, location: SourceLocation) {
        self.level = level
        self.text = text
        self.anchor = anchor
        self.location = location
    }
}

/// A link or image destination, as written (after Markdown's own unescaping), before `rewriteLink`.
public struct MarkdownLink: Hashable, Sendable {
    public var destination: String
    public var isImage: Bool
    public var location: SourceLocation
    /// The link's text as plain text (an image's description): what the author called the page, for
    /// finding the page a mistyped address meant.
    public var text: String

    public init(destination: String, isImage: Bool, location: SourceLocation, text: String = "") {
        self.destination = destination
        self.isImage = isImage
        self.location = location
        self.text = text
    }
}

public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [MarkdownHeading]
    /// Links and images that reached the HTML, in document order. Unsafe ones (`javascript:` …) are left out.
    public var links: [MarkdownLink]
    public var diagnostics: [Diagnostic]

    public init(html: String, headings: [MarkdownHeading] = [], links: [MarkdownLink] = [], diagnostics: [Diagnostic] = []) {
        self.html = html
        self.headings = headings
        self.links = links
        self.diagnostics = diagnostics
    }
}

public struct MarkdownOptions: Sendable {
    /// The `<h…>` level the text's outermost headings become (the page's title is its only <h1>).
    public var topHeadingLevel: Int = 2
    /// How many `#` the author writes for the outermost headings: `##` in a handbook page (as on GitHub,
    /// where the title is the `#`), `###` inside a scheme section that itself starts with `##`.
    public var authorTopLevel: Int = 2
    /// Anchors already used on the page (e.g. by the template), so generated ids stay unique.
    public var reservedAnchors: Set<String> = []
    /// Put before every heading's id: the whole handbook on one page gives each chapter's headings the
    /// chapter's name (`the-process-registration`), so a heading keeps one readable address there.
    public var anchorPrefix: String = ""
    /// Whether to make the HTML at all: `portal check` reads only a biography's headings, links and problems,
    /// and making and tidying the HTML of thousands of them was a fortieth of its time.
    public var makesHTML = true

    public init(topHeadingLevel: Int = 2, authorTopLevel: Int = 2, reservedAnchors: Set<String> = [], anchorPrefix: String = "") {
        self.topHeadingLevel = topHeadingLevel
        self.authorTopLevel = authorTopLevel
        self.reservedAnchors = reservedAnchors
        self.anchorPrefix = anchorPrefix
    }
}

/// Renders staff-written Markdown (GitHub-flavoured, in cmark-gfm's safe mode) to HTML for the portal.
/// Deterministic, and safe to call from several threads at once.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// `rewriteLink` maps each link/image destination as written to the URL to emit (the site uses it to turn
    /// "/schemes/open/key-dates/" into a relative URL); identity if you pass `{ $0 }`. `seeAlso` names what a
    /// link inside the portal leads to (a page's title), given the destination as written and the link's
    /// words, for paper: see `MarkdownPrintNote`.
    public func render(_ text: MarkdownText, options: MarkdownOptions = MarkdownOptions(),
                       rewriteLink: (String) -> String, seeAlso: (String, String) -> String? = { _, _ in nil }) -> RenderedMarkdown {
        render(text, mode: .document(options), rewriteLink: rewriteLink, seeAlso: seeAlso)
    }

    /// Inline rendering for one-line fields (an objective, a contact role): no <p> wrapper, block syntax not needed.
    /// What would start a block (`# `, `- `, `1. `, `> `, a table) is shown as typed.
    public func renderInline(_ text: MarkdownText, rewriteLink: (String) -> String,
                             seeAlso: (String, String) -> String? = { _, _ in nil }) -> RenderedMarkdown {
        render(text, mode: .inline, rewriteLink: rewriteLink, seeAlso: seeAlso)
    }

    enum Mode {
        case document(MarkdownOptions)
        case inline
    }

    private func render(_ text: MarkdownText, mode: Mode, rewriteLink: (String) -> String,
                        seeAlso: (String, String) -> String?) -> RenderedMarkdown {
        // Size first: a 64 MB text should be turned away before anything walks through it.
        let source = text.source.utf8.count > MarkdownGuard.Limit.bytes ? text.source : MarkdownSource.replacingNUL(in: text.source)
        if let rejection = MarkdownGuard.check(source) {
            return RenderedMarkdown(html: "", diagnostics: [rejection.diagnostic(in: text)])
        }
        if source.utf8.allSatisfy({ $0 == 0x20 || (0x09...0x0D).contains($0) }) {
            return RenderedMarkdown(html: "")
        }
        var map = MarkdownSourceMap(text: source, placing: text)
        var input = source
        var isInline = false
        var options = MarkdownOptions()
        switch mode {
        case .document(let given):
            options = given
        case .inline:
            isInline = true
            let prepared = MarkdownSource.inlineOnly(source)
            input = prepared.text
            map.edits = prepared.edits
        }

        let tree = CMarkTree(parsing: input)
        var editor = MarkdownTreeEditor(map: map, options: options)
        editor.edit(tree, isInline: isInline, rewriteLink: rewriteLink, seeAlso: seeAlso)
        let html = options.makesHTML ? MarkdownHTML.finished(tree.html(), isInline: isInline, footnotesHeadingLevel: options.topHeadingLevel) : ""
        return RenderedMarkdown(html: html, headings: editor.headings, links: editor.links,
                                diagnostics: Diagnostic.markdownListed(editor.diagnostics, quotingFrom: map))
    }
}
