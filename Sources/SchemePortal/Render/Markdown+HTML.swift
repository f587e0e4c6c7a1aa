import Foundation

/// The markup the renderer adds to cmark's, and the final tidying of cmark's output.
enum MarkdownHTML {
    /// Escapes text for an attribute value or element content.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

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
    static func tableWrapStart(name: String) -> String {
        "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"\(escaped(name))\">"
    }

    static let tableWrapEnd = "</div>"

    /// Cell alignment as classes (`align` is obsolete in HTML5), no safe-mode placeholders, and for inline
    /// rendering no `<p>` around the text. One pass over the bytes: every `<` in cmark's output starts a tag
    /// cmark wrote (text is escaped), so these patterns cannot come from what the author typed.
    static func finished(_ html: String, isInline: Bool) -> String {
        var result = html
        if html.contains("<!-- raw") || html.contains(" align=\"") {
            let source = Array(html.utf8)
            var output: [UInt8] = []
            output.reserveCapacity(source.count)
            var copied = 0
            var index = 0
            while let open = source[index...].firstIndex(of: UInt8(ascii: "<")) {
                index = open + 1
                guard index < source.count, source[index] == UInt8(ascii: "!") || source[index] == UInt8(ascii: "t") else { continue }
                for (pattern, replacement) in replacements where source.count - open >= pattern.count {
                    if source[open..<(open + pattern.count)].elementsEqual(pattern) {
                        output += source[copied..<open]
                        output += replacement
                        copied = open + pattern.count
                        index = copied
                        break
                    }
                }
            }
            output += source[copied...]
            result = String(decoding: output, as: UTF8.self)
        }
        guard isInline else { return result }
        while result.hasSuffix("\n") { result.removeLast() }
        if result.hasPrefix("<p>"), result.hasSuffix("</p>") {
            let inner = result.dropFirst(3).dropLast(4)
            if !inner.contains("<p>") { return String(inner) }
        }
        return result
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
        for scalar in text.decomposedStringWithCompatibilityMapping.unicodeScalars {
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

    /// `base`, or `base-2`, `base-3`, … whichever is not yet in `used`; the result is added to `used`.
    static func unique(_ base: String, avoiding used: inout Set<String>) -> String {
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }
}
