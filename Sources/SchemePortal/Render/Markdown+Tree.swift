import CCmarkGFM

/// Edits a freshly parsed tree so that what cmark renders is fit for the portal, and gathers what the rest of
/// the build needs: headings for tables of contents, links for the link check, and the problems found.
///
/// Nodes are collected first and edited afterwards, because editing while cmark's iterator runs is unsafe.
struct MarkdownTreeEditor {
    let map: MarkdownSourceMap
    let options: MarkdownOptions
    private(set) var headings: [MarkdownHeading] = []
    private(set) var links: [MarkdownLink] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Paragraphs that lost raw HTML or an unsafe image; each is looked at once, when all are gone.
    private var touchedParagraphs: [CMarkNode] = [], touched = Set<CMarkNode>()

    init(map: MarkdownSourceMap, options: MarkdownOptions) {
        self.map = map
        self.options = options
    }

    mutating func edit(_ tree: CMarkTree, isInline: Bool, rewriteLink: (String) -> String,
                       seeAlso: (String, String) -> String? = { _, _ in nil }) {
        var rawHTML: [CMarkNode] = [], linkNodes: [CMarkNode] = [], headingNodes: [CMarkNode] = []
        var tasks: [CMarkNode] = [], tables: [CMarkNode] = []
        for node in tree.nodes() {
            switch node.type {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: rawHTML.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkNodes.append(node)
            case CMARK_NODE_HEADING: headingNodes.append(node)
            default:
                switch node.typeName {
                case "tasklist": tasks.append(node)
                case "table": tables.append(node)
                default: break
                }
            }
        }
        removeRawHTML(rawHTML)
        // Innermost first, so that replacing an image never frees a link still waiting to be looked at.
        var found: [MarkdownLink] = []
        for node in linkNodes.reversed() {
            if let link = check(node, rewriteLink: rewriteLink, seeAlso: seeAlso) { found.append(link) }
        }
        links = found.reversed()
        removeEmptiedParagraphs()
        anchor(headingNodes)
        label(tasks)
        wrap(tables)
        if isInline { mergeParagraphs(of: tree.root) }
    }

    /// Raw HTML never reaches the page (safe mode would leave an `<!-- raw HTML omitted -->` comment).
    private mutating func removeRawHTML(_ nodes: [CMarkNode]) {
        var reportedLines = Set<Int>()
        for node in nodes {
            let start = node.start
            if reportedLines.insert(start.line).inserted {
                diagnostics.append(.markdownRawHTML(map, at: start))
            }
            freeing(node)
        }
    }

    /// Frees a node, remembering its paragraph for `removeEmptiedParagraphs`.
    private mutating func freeing(_ node: CMarkNode) {
        if let parent = node.parent, parent.type == CMARK_NODE_PARAGRAPH, touched.insert(parent).inserted {
            touchedParagraphs.append(parent)
        }
        node.free()
    }

    /// A paragraph left holding only spaces would be an empty `<p>`. Looking again after every node taken out
    /// made a paragraph of thousands of tags quadratic: 360 KB took 95 seconds (a fuzzing finding, docs/fuzzing.md).
    /// Such a paragraph holds no link, heading or table, so none of those can be waiting in it.
    private mutating func removeEmptiedParagraphs() {
        for paragraph in touchedParagraphs where paragraph.holdsOnlySpace { paragraph.free() }
        touchedParagraphs = []
        touched = []
    }

    /// Reports unsafe and empty destinations, rewrites the rest; returns the link if it reaches the page.
    private mutating func check(_ node: CMarkNode, rewriteLink: (String) -> String, seeAlso: (String, String) -> String?) -> MarkdownLink? {
        // A link inside an image's description only shows as alt text, so it is not a link at all.
        guard !node.hasImageAncestor else { return nil }
        let isImage = node.type == CMARK_NODE_IMAGE
        let destination = node.url
        let text = node.plainText
        var start = node.start
        if node.hasOwnPosition {
            var openers: Set<UInt8> = isImage ? [UInt8(ascii: "!")] : [UInt8(ascii: "["), UInt8(ascii: "<")]
            if !isImage, let first = text.utf8.first { openers.insert(first) }   // `www.…` autolinks
            start = map.settled(start, openers: openers)
        }
        if let scheme = MarkdownURL.refusedScheme(of: destination) {
            diagnostics.append(.markdownForbiddenURL(scheme, isImage: isImage, map, at: start))
            // An autolink's text is the address itself, so it goes too.
            if isImage || text == destination {
                if isImage, !text.isEmpty {
                    let replacement = CMarkNode.text(text)
                    if !node.insertBefore(replacement) { replacement.free() }
                }
                freeing(node)
            } else {
                node.unwrap()
            }
            return nil
        }
        if isImage {
            if text.isEmpty { diagnostics.append(.markdownImageWithoutAlt(map, at: start)) }
        } else {
            if MarkdownURL.goesNowhere(destination) {
                diagnostics.append(.markdownLinkNowhere(destination, map, at: start))
            }
            if text.isEmpty { diagnostics.append(.markdownLinkWithoutText(map, at: start)) }
        }
        node.setURL(rewriteLink(destination))
        if !isImage, let note = MarkdownPrintNote.note(for: destination, text: text, seeAlso: seeAlso) {
            let span = CMarkNode.custom(block: false, onEnter: MarkdownPrintNote.html(note))
            if !node.insertAfter(span) { span.free() }
        }
        return MarkdownLink(destination: destination, isImage: isImage, location: map.location(start), text: text)
    }

    /// The outermost level the author writes (`options.authorTopLevel` #) becomes `<h{topHeadingLevel}>`, with an
    /// id and a self-link; skipped levels, and headings above the outermost level, are reported.
    private mutating func anchor(_ nodes: [CMarkNode]) {
        let top = min(max(options.topHeadingLevel, 1), 6)
        let authorTop = min(max(options.authorTopLevel, 1), 6)
        var used = UniqueName.Taken(options.reservedAnchors)
        var previous: Int?
        for node in nodes {
            let written = node.headingLevel
            let level = min(max(top + written - authorTop, top), 6)
            let start = node.start
            let text = node.plainText
            if written < authorTop {
                diagnostics.append(.markdownHeadingAboveTop(written, expected: authorTop, map, at: start))
            } else if let previous, written > max(previous, authorTop) + 1 {
                diagnostics.append(.markdownHeadingSkip(from: max(previous, authorTop), to: written, map, at: start))
            } else if previous == nil, written > authorTop {
                diagnostics.append(.markdownFirstHeadingSkip(written, expected: authorTop, map, at: start))
            }
            previous = written
            if text.isEmpty { diagnostics.append(.markdownEmptyHeading(map, at: start)) }
            diagnostics += Diagnostic.markdownLookAlikes(in: text, map, at: start)
            let id = UniqueName.make(options.anchorPrefix + MarkdownAnchor.slug(text), taken: &used)

            // A block holding one inline node whose markup is the whole <hN>…</hN>, so the heading stays on one line.
            let block = CMarkNode.custom(block: true, onEnter: "")
            guard node.insertBefore(block) else {
                block.free()
                continue
            }
            let element = CMarkNode.custom(block: false, onEnter: MarkdownHTML.headingStart(level: level, id: id),
                                           onExit: MarkdownHTML.headingEnd(level: level, id: id, text: text))
            if block.append(element) { node.moveChildren(to: element) } else { element.free() }
            node.free()
            headings.append(MarkdownHeading(level: level, text: text, anchor: id, location: map.location(start)))
        }
    }

    /// Task-list checkboxes get the item's text as their name, and stay disabled.
    private func label(_ items: [CMarkNode]) {
        for item in items {
            let checked = item.isCheckedTask
            item.removeExtension()
            let paragraph = item.firstChild.flatMap { $0.type == CMARK_NODE_PARAGRAPH ? $0 : nil }
            let text = (paragraph ?? item).plainText
            let box = MarkdownHTML.checkbox(checked: checked, label: text.isEmpty ? "Task" : text)
            if let paragraph {
                let node = CMarkNode.custom(block: false, onEnter: box)
                if !paragraph.prepend(node) { node.free() }
            } else {
                let node = CMarkNode.custom(block: true, onEnter: box)
                if !item.prepend(node) { node.free() }
            }
        }
    }

    /// Each table goes in a keyboard-scrollable region named after its caption or header cells. A paragraph
    /// right after a table that starts with "Table:" is its caption (as in Pandoc); a table without one is
    /// a warning, since screen-reader users meet tables by their captions.
    private mutating func wrap(_ tables: [CMarkNode]) {
        var usedNames = UniqueName.Taken()
        for table in tables {
            var caption: String?
            if let next = table.next, next.type == CMARK_NODE_PARAGRAPH, next.plainText.hasPrefix("Table:") {
                caption = next.plainText.dropFirst("Table:".count).trimmingCharacters(in: .whitespaces)
                next.free()
            }
            let header = table.children.first { $0.typeName == "table_header" }
            let cells = (header?.children ?? []).map(\.plainText).filter { !$0.isEmpty }
            if caption?.isEmpty ?? true {
                caption = nil
                diagnostics.append(.markdownTableWithoutCaption(map, at: table.start, header: cells))
            }
            var name = caption ?? (cells.isEmpty ? "Table" : "Table: " + cells.joined(separator: ", "))
            if name.count > 80 { name = String(name.prefix(79)) + "…" }
            let unique = UniqueName.make(name, taken: &usedNames, numbered: { "\($0) (\($1))" })
            let wrapper = CMarkNode.custom(block: true, onEnter: MarkdownHTML.tableWrapStart(name: unique, caption: caption),
                                           onExit: MarkdownHTML.tableWrapEnd)
            if table.insertBefore(wrapper) { wrapper.append(table) } else { wrapper.free() }
        }
    }

    /// For inline rendering: all paragraphs become one, joined by line breaks as written.
    private func mergeParagraphs(of root: CMarkNode) {
        let paragraphs = root.children.filter { $0.type == CMARK_NODE_PARAGRAPH }
        guard let first = paragraphs.first else { return }
        for paragraph in paragraphs.dropFirst() {
            let lineBreak = CMarkNode.make(CMARK_NODE_SOFTBREAK)
            if !first.append(lineBreak) { lineBreak.free() }
            paragraph.moveChildren(to: first)
            paragraph.free()
        }
    }
}

extension CMarkNode {
    var hasImageAncestor: Bool {
        var node = parent
        while let current = node {
            if current.type == CMARK_NODE_IMAGE { return true }
            node = current.parent
        }
        return false
    }

    /// True when nothing but spaces and line breaks is left (after raw HTML was taken out).
    var holdsOnlySpace: Bool {
        children.allSatisfy { child in
            switch child.type {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return true
            case CMARK_NODE_TEXT: return child.literal.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
    }

    func setURL(_ url: String) { cmark_node_set_url(pointer, url) }
}
