/// What the Markdown renderer reports, in the author's terms. `at` is cmark's (line, byte column) in the text.
extension Diagnostic {
    /// The most problems listed for one text; a pasted or generated page can hold tens of thousands.
    static let markdownListLimit = 100

    /// The problems of one text in order, the first `markdownListLimit` of them each with its line quoted, and the
    /// rest counted in one more problem. Quoting every one cost the length of its line each time: a 1 MB line of
    /// empty links took 24 GB and minutes to report (a fuzzing finding, docs/fuzzing.md).
    static func markdownListed(_ diagnostics: [Diagnostic], quotingFrom map: MarkdownSourceMap) -> [Diagnostic] {
        var listed: [Diagnostic] = []
        var unlisted: [Diagnostic] = []
        for diagnostic in ordered(diagnostics) {
            if listed.count < markdownListLimit { listed.append(map.quoting(diagnostic)) } else { unlisted.append(diagnostic) }
        }
        guard let first = unlisted.first else { return listed }
        let kinds = [(unlisted.errorCount, "error"), (unlisted.warningCount, "warning")].filter { $0.0 > 0 }
        listed.append(Diagnostic(.tooManyProblems, unlisted.hasErrors ? .error : .warning, at: first.location,
                                 "\(Counted.words(unlisted.count, "more problem")) in this text, from here on, "
                                     + "\(unlisted.count == 1 ? "is" : "are") not listed ("
                                     + kinds.map { Counted.words($0.0, $0.1) }.joined(separator: " and ") + ")",
                                 hint: "fix the problems listed above and check again to see the rest"))
        return listed
    }

    static func markdownRawHTML(_ map: MarkdownSourceMap, at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.rawHTML, .warning, at: start, "raw HTML is not allowed in Markdown and was left out",
                       hint: "write it in Markdown, or put it in a template in Layouts/")
    }

    static func markdownForbiddenURL(_ scheme: String, isImage: Bool, _ map: MarkdownSourceMap,
                                     at start: (line: Int, column: Int)) -> Diagnostic {
        // `//` is an address without a scheme (`//example.org/x`), which browsers complete as they please.
        let what = scheme == "//" ? "an address starting with “//”" : "a “\(scheme):” URL"
        return isImage
            ? map.diagnostic(.unsafeAddress, .error, at: start, "image from \(what) is not allowed",
                             hint: "use an image file of the portal or an https:// address")
            : map.diagnostic(.unsafeAddress, .error, at: start, "link to \(what) is not allowed",
                             hint: "link to an https:// or mailto: address, or to a page of the portal")
    }

    static func markdownLinkNowhere(_ destination: String, _ map: MarkdownSourceMap,
                                    at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.linkNowhere, .warning, at: start,
                       destination.isEmpty ? "link goes nowhere (it has no address)" : "link goes nowhere (“\(destination)”)",
                       hint: "give the address of the page it should open, or remove the link")
    }

    static func markdownLinkWithoutText(_ map: MarkdownSourceMap, at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.linkText, .warning, at: start, "link has no text, so screen readers can only read out its address",
                       hint: "write what the link opens between the brackets: [what it opens](address)")
    }

    static func markdownTableWithoutCaption(_ map: MarkdownSourceMap, at start: (line: Int, column: Int),
                                            header: [String] = []) -> Diagnostic {
        map.diagnostic(.tableCaption, .warning, at: start, "table has no caption",
                       hint: TableCaption.hint(for: header))
    }

    static func markdownImageWithoutAlt(_ map: MarkdownSourceMap, at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.imageText, .warning, at: start, "image has no alternative text",
                       hint: "describe the image between the brackets: ![what it shows](x.png)")
    }

    static func markdownHeadingSkip(from previous: Int, to level: Int, _ map: MarkdownSourceMap,
                                    at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.headingLevels, .warning, at: start, "heading level skips from \(previous) to \(level)",
                       hint: "use \(String(repeating: "#", count: previous + 1)) here so screen-reader users can follow the outline")
    }

    /// The page title is the level above `#`, so a first heading of `##` leaves a gap in the outline.
    static func markdownFirstHeadingSkip(_ level: Int, expected: Int, _ map: MarkdownSourceMap,
                                         at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.headingLevels, .warning, at: start, "the first heading here should have \(expected) #, not \(level)",
                       hint: "use \(String(repeating: "#", count: expected)) here so screen-reader users can follow the outline")
    }

    /// A heading with fewer `#` than the text's outermost level would compete with the page's own title.
    static func markdownHeadingAboveTop(_ level: Int, expected: Int, _ map: MarkdownSourceMap,
                                        at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.headingLevels, .warning, at: start, "a heading with \(level) # here would rank with the page's title",
                       hint: "use \(String(repeating: "#", count: expected)) for the outermost headings of this text")
    }

    static func markdownEmptyHeading(_ map: MarkdownSourceMap, at start: (line: Int, column: Int)) -> Diagnostic {
        map.diagnostic(.headingEmpty, .warning, at: start, "heading has no text",
                       hint: "write the heading after the #, or remove the line")
    }
}
