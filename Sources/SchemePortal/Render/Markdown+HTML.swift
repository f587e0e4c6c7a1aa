import Foundation

/// The markup the renderer adds to cmark's, and the final tidying of cmark's output.
enum MarkdownHTML {
    /// Escapes text for an attribute value or element content.
    static func escaped(_ text: String) -> String { HTMLText.escape(text) }

    /// Headings carry an id, and end with a visible self-link for people who want to copy the section's
    /// address: `<h2 id="matching">Matching <a class="heading-anchor" href="#matching"
    /// aria-label="Link to this section: Matching">#</a></h2>`. The link sits after the heading's own text
    /// (never around it, so a heading holding a link does not nest links), its name says where it goes, and
    /// its visible text is a single symbol, which axe-core's label-in-name check ignores.
    static func headingStart(level: Int, id: String) -> String {
        "<h\(level) id=\"\(escaped(id))\">"
    }

    static func headingEnd(level: Int, id: String, text: String) -> String {
        let name = text.isEmpty ? "Link to this section" : "Link to this section: \(text)"
        return " <a class=\"heading-anchor\" href=\"#\(escaped(id))\" aria-label=\"\(escaped(name))\">#</a></h\(level)>"
    }

    /// A task-list box, named after the item's text (cmark-gfm's own box has no name) and still disabled.
    static func checkbox(checked: Bool, label: String) -> String {
        "<input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" aria-label=\"\(escaped(label))\" /> "
    }

    /// Tables go in a scroll container so that a wide table scrolls sideways by itself at 320 CSS pixels
    /// instead of making the whole page scroll (WCAG 1.4.10 Reflow). The site's CSS must give `.table-wrap`
    /// `overflow-x: auto`. `tabindex="0"` lets keyboard users scroll it (axe-core: scrollable-region-focusable);
    /// `role="region"` with a name says what the focused thing is, and the names are unique within one
    /// rendering (axe-core: landmark-unique) because they come from the header cells, numbered if repeated.
    static func tableWrapStart(name: String, caption: String? = nil) -> String {
        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(escaped(name))\">"
            + (caption.map { "\(captionStart)\(escaped($0))\(captionEnd)" } ?? "")
    }

    static let tableWrapEnd = "</div>"

    /// cmark writes the `<table>` tag itself, so the caption is parked before it and moved inside by
    /// `finished`. Text in cmark's output never contains a raw `<`, so authors cannot forge the marker.
    static let captionStart = "<schemeportal-caption>"
    static let captionEnd = "</schemeportal-caption>"

    static func movingCaptions(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let start = rest.range(of: captionStart), let end = rest.range(of: captionEnd, range: start.upperBound..<rest.endIndex) {
            result += rest[..<start.lowerBound]
            let caption = rest[start.upperBound..<end.lowerBound]
            rest = rest[end.upperBound...].drop { $0 == "\n" }
            if rest.hasPrefix("<table>") {
                rest = rest.dropFirst("<table>".count)
                result += "<table>\n<caption>\(caption)</caption>"
            }
        }
        return result + rest
    }

    /// Cell alignment as classes (`align` is obsolete in HTML5), no safe-mode placeholders, GitHub's task-list
    /// classes (which the theme styles), and for inline rendering no `<p>` around the text.
    static func finished(_ html: String, isInline: Bool, footnotesHeadingLevel: Int = 2) -> String {
        var result = html.containsBytes(captionStart) ? movingCaptions(html) : html
        // cmark's footnotes section has no heading; a hidden one names it for screen-reader users and
        // clears the HTML checker's warning, without changing how the page looks.
        let footnotes = "<section class=\"footnotes\" data-footnotes>\n"
        if let range = result.byteRange(of: footnotes) {
            let level = min(max(footnotesHeadingLevel, 2), 6)
            result.replaceSubrange(range, with: footnotes + "<h\(level) class=\"visually-hidden\">Footnotes</h\(level)>\n")
        }
        if result.containsBytes("<!-- raw") || html.containsBytes(" align=\"") || html.containsBytes("<input type=\"checkbox\"") {
            result = rewritingTags(result)
        }
        guard isInline else { return result }
        while result.hasSuffix("\n") { result.removeLast() }
        if result.hasPrefix("<p>"), result.hasSuffix("</p>") {
            let inner = result.dropFirst(3).dropLast(4)
            if !String(inner).containsBytes("<p>") { return String(inner) }
        }
        return result
    }

    /// One pass over the tags. Every `<` in cmark's output starts a tag that cmark or this renderer wrote (text
    /// is escaped), so none of these patterns can come from what the author typed. An item starting with a
    /// checkbox becomes `<li class="task-list-item">`, and its list `<ul class="contains-task-list">`.
    private static func rewritingTags(_ html: String) -> String {
        let source = Array(html.utf8)
        func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
            source.count - offset >= pattern.count && source[offset..<(offset + pattern.count)].elementsEqual(pattern)
        }
        var edits: [(at: Int, length: Int, text: [UInt8])] = []
        var openLists: [(at: Int, hasTasks: Bool)] = []
        var index = 0
        while let open = source[index...].firstIndex(of: UInt8(ascii: "<")) {
            index = open + 1
            guard index < source.count else { break }
            switch source[index] {
            case UInt8(ascii: "!"), UInt8(ascii: "t"):
                if let (pattern, replacement) = replacements.first(where: { matches($0.0, at: open) }) {
                    edits.append((open, pattern.count, replacement))
                    index = open + pattern.count
                }
            case UInt8(ascii: "u"), UInt8(ascii: "o"):
                if matches(Tag.ul, at: open) || matches(Tag.ol, at: open) { openLists.append((open, false)) }
            case UInt8(ascii: "/"):
                if matches(Tag.ulEnd, at: open) || matches(Tag.olEnd, at: open), let list = openLists.popLast(), list.hasTasks {
                    edits.append((list.at + 3, 0, Tag.taskListClass))
                }
            case UInt8(ascii: "l"):
                guard matches(Tag.li, at: open) else { break }
                var content = open + Tag.li.count
                if matches(Tag.newline, at: content) { content += 1 }
                if matches(Tag.p, at: content) { content += Tag.p.count }
                if matches(Tag.checkbox, at: content) {
                    edits.append((open, Tag.li.count, Tag.taskItem))
                    if !openLists.isEmpty { openLists[openLists.count - 1].hasTasks = true }
                }
            default:
                break
            }
        }
        var output: [UInt8] = []
        output.reserveCapacity(source.count + 64)
        var copied = 0
        for edit in edits.sorted(by: { $0.at < $1.at }) {
            output += source[copied..<edit.at]
            output += edit.text
            copied = edit.at + edit.length
        }
        output += source[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    private enum Tag {
        static let ul = Array("<ul".utf8), ol = Array("<ol".utf8), ulEnd = Array("</ul>".utf8), olEnd = Array("</ol>".utf8)
        static let li = Array("<li>".utf8), p = Array("<p>".utf8), newline = Array("\n".utf8)
        static let checkbox = Array("<input type=\"checkbox\"".utf8)
        static let taskItem = Array("<li class=\"task-list-item\">".utf8)
        static let taskListClass = Array(" class=\"contains-task-list\"".utf8)
    }

    private static let replacements: [([UInt8], [UInt8])] = {
        var pairs = [("<!-- raw HTML omitted -->", "")]
        for cell in ["th", "td"] {
            for alignment in ["left", "center", "right"] {
                pairs.append(("<\(cell) align=\"\(alignment)\">", "<\(cell) class=\"align-\(alignment)\">"))
            }
        }
        return pairs.map { (Array($0.utf8), Array($1.utf8)) }
    }()
}

/// Heading ids: a lowercase slug of the text (ASCII letters, digits and hyphens), unique on the page.
enum MarkdownAnchor {
    /// Letters that do not fold to ASCII by dropping accents.
    private static let folds: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    static func slug(_ text: String) -> String {
        var result = ""
        var pendingHyphen = false
        // A look-alike letter ("Оverview" with a Cyrillic О) keeps the Latin letter it looks like; it is
        // reported where the heading is written.
        for scalar in LookAlikeLetters.latinised(text).decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: break
            }
            if scalar == "'" || scalar == "’" { continue }
            let piece: String
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                piece = String(scalar).lowercased()
            } else if let folded = folds[scalar] {
                piece = folded
            } else {
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !result.isEmpty { result += "-" }
            pendingHyphen = false
            result += piece
        }
        if result.isEmpty { return "section" }
        // cmark-gfm's footnotes use ids fn-… and fnref-…; keep headings clear of them.
        if result.hasPrefix("fn-") || result.hasPrefix("fnref-") { return "section-" + result }
        return result
    }
}
