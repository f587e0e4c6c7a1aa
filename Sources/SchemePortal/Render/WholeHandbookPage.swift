import Foundation

/// The whole handbook of a scheme on one page, for reading offline and printing: a cover (the scheme,
/// its organisers and cohort), contents, and every chapter as its own page renders it, with its headings
/// one level lower (under the chapter's heading) and its links to other chapters turned into links
/// within the page.
extension SiteRenderer {
    /// One chapter as the whole page shows it.
    struct WholeHandbookChapter {
        var page: ContentPage
        /// The chapter's own page, where its links were written to be read from.
        var path: String
        /// The headings of its own page, in order.
        var headings: [MarkdownHeading]
        /// The id of the chapter's heading on the whole page.
        var anchor = ""
        /// Its headings' ids on its own page → their ids on the whole page.
        var anchors: [String: String] = [:]
    }

    static let wholeHandbookContentsID = "handbook-contents"

    func wholeHandbookPage(_ scheme: Scheme, chapters given: [WholeHandbookChapter],
                           linkTitles: [String: String]) -> (RenderedPage, [Diagnostic]) {
        let path = SitePaths.wholeHandbook(scheme.slug)
        var builder = PageBuilder(path: path, renderer: markdown)
        let title = "\(scheme.title): the whole handbook"
        var context = self.context(&builder, title: title, kind: "handbook-all",
                                   description: "Every chapter of the \(scheme.title) handbook on one page, to read offline or print.",
                                   breadcrumbs: schemeBreadcrumbs(scheme) + [("Handbook", SitePaths.handbook(scheme.slug))],
                                   scheme: scheme)
        // Links name the toolkit's pages too, on paper.
        for page in scheme.handbook + scheme.toolkit { builder.record(.file(page.location.file)) }
        builder.reserve(Self.wholeHandbookContentsID)
        let chapters = Self.placingAnchors(given, reserved: builder.anchors)
        for chapter in chapters { builder.reserve(chapter.anchor) }
        let byPath = Dictionary(chapters.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })

        context["cohort"] = scheme.cohort ?? ""
        context["organisers"] = scheme.organisers
        context["contentsId"] = Self.wholeHandbookContentsID
        context["handbookUrl"] = SitePaths.relative(from: path, to: SitePaths.handbook(scheme.slug))
        context["chapters"] = chapters.enumerated().map { index, chapter -> [String: Any] in
            func target(_ destination: String) -> (chapter: Int, heading: String?)? {
                switch LinkTarget(destination, from: chapter.path) {
                case .anchor(let anchor): return (index, anchor)
                case .page(let target, let fragment): return byPath[target].map { ($0, fragment) }
                case .external, .invalid: return nil
                }
            }
            func rewrite(_ destination: String) -> String {
                if let (other, heading) = target(destination) {
                    return "#" + (heading.flatMap { chapters[other].anchors[$0] } ?? chapters[other].anchor)
                }
                return PageBuilder.rewrite(destination, from: chapter.path, to: path)
            }
            // What a link says on paper: the heading it leads to, and the chapter when it is another one,
            // leaving out what the link's words already say.
            func seeAlso(_ destination: String, _ words: String) -> String? {
                guard let (other, heading) = target(destination) else {
                    return PageBuilder.title(of: destination, shownAs: words, from: chapter.path, in: linkTitles)
                }
                let chapterTitle = chapters[other].page.title
                var headingText = heading.flatMap { anchor in chapters[other].headings.first { $0.anchor == anchor }?.text }
                if let text = headingText, MarkdownPrintNote.names(words, text) { headingText = nil }
                switch (headingText, other == index) {
                case (let text?, true): return "‘\(text)’"
                case (let text?, false): return "‘\(text)’ in \(chapterTitle)"
                case (nil, true): return nil
                case (nil, false): return MarkdownPrintNote.names(words, chapterTitle) && heading == nil ? nil : chapterTitle
                }
            }
            let options = MarkdownOptions(topHeadingLevel: 3, anchorPrefix: chapter.anchor + "-")
            let html = builder.htmlShownAgain(chapter.page.body, options: options, rewriteLink: rewrite, seeAlso: seeAlso)
            return ["title": chapter.page.title, "anchor": chapter.anchor,
                    "bodyHtml": Self.prefixingFootnotes(html ?? "", with: chapter.anchor + "-")]
        }
        return page(builder, template: "handbook-all", context: context)
    }

    /// cmark-gfm numbers every text's footnotes from 1 (`fn-1`, `fnref-1`), so on one page two chapters'
    /// would share ids; each chapter's take its name. Text cannot forge these: its quotes are escaped.
    static func prefixingFootnotes(_ html: String, with prefix: String) -> String {
        guard html.contains("data-footnote") else { return html }
        var result = html
        for name in ["fn-", "fnref-"] {
            result = result.replacingOccurrences(of: "href=\"#\(name)", with: "href=\"#\(prefix)\(name)")
                .replacingOccurrences(of: "id=\"\(name)", with: "id=\"\(prefix)\(name)")
        }
        return result
    }

    /// Each chapter's heading takes the chapter's name as its id, and each heading inside it the chapter's
    /// name before its own (`the-process-registration`), made unique as the Markdown renderer makes them,
    /// so that a link written in one chapter can point at a heading of a later one before it is rendered.
    static func placingAnchors(_ chapters: [WholeHandbookChapter], reserved: Set<String>) -> [WholeHandbookChapter] {
        var result = chapters
        var taken = UniqueName.Taken(reserved)
        for index in result.indices {
            result[index].anchor = UniqueName.make(result[index].page.slug, taken: &taken)
        }
        var used = taken.names
        for index in result.indices {
            // The renderer starts each text afresh from the ids already on the page.
            var inChapter = UniqueName.Taken(used)
            for heading in result[index].headings {
                let id = UniqueName.make(result[index].anchor + "-" + MarkdownAnchor.slug(heading.text), taken: &inChapter)
                result[index].anchors[heading.anchor] = id
            }
            used = inChapter.names
        }
        return result
    }
}
