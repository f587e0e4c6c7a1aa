import Foundation
import XCTest
@testable import SchemePortal

final class MarkdownTests: XCTestCase {
    private let renderer = MarkdownRenderer()

    private func render(_ source: String, line: Int = 1, column: Int = 1, options: MarkdownOptions = MarkdownOptions(),
                        rewriteLink: (String) -> String = { $0 }) -> RenderedMarkdown {
        renderer.render(MarkdownText(source, at: SourceLocation(file: "Content/page.md", line: line, column: column)),
                        options: options, rewriteLink: rewriteLink)
    }

    private func inline(_ source: String, line: Int = 1, column: Int = 1) -> RenderedMarkdown {
        renderer.renderInline(MarkdownText(source, at: SourceLocation(file: "Content/scheme.md", line: line, column: column)),
                              rewriteLink: { $0 })
    }

    private func location(_ line: Int, _ column: Int, file: String = "Content/page.md") -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    // MARK: GitHub-flavoured Markdown, safely

    func testGitHubExtensionsAndFootnotesAreRendered() {
        let result = render("""
        ~~old~~ and www.example.org

        | Date | Event |
        |------|-------|
        | 1 May | Opens |

        Table: Key dates

        - [ ] Book a meeting

        Matching is by hand.[^1]

        [^1]: See the handbook.
        """)
        XCTAssertTrue(result.html.contains("<del>old</del>"), result.html)
        XCTAssertTrue(result.html.contains("<a href=\"http://www.example.org\">www.example.org</a>"), result.html)
        XCTAssertTrue(result.html.contains("<table>\n<caption>Key dates</caption>") && result.html.contains("<td>1 May</td>"), result.html)
        XCTAssertFalse(result.html.contains("Table: Key dates"), "the caption line is not left as a paragraph")
        XCTAssertTrue(result.html.contains("<input type=\"checkbox\" disabled=\"\""), result.html)
        XCTAssertTrue(result.html.contains("<section class=\"footnotes\" data-footnotes>\n<h2 class=\"visually-hidden\">Footnotes</h2>"), result.html)
        XCTAssertTrue(result.html.contains("href=\"#fn-1\""), result.html)
        XCTAssertFalse(result.html.contains("data-sourcepos"), result.html)
        XCTAssertEqual(result.diagnostics, [])
    }

    /// `portal check` reads a biography without its HTML: the headings, links and problems must be the same.
    func testLeavingOutTheHTMLKeepsHeadingsLinksAndProblems() {
        let source = "# Áreas\n\nSee [the guide](/schemes/a/) and <b>bold</b>, [x](javascript:alert(1)) and www.example.org.\n\n## Áreas\n\n[^1]\n\n[^1]: Note.\n"
        var outline = MarkdownOptions()
        outline.makesHTML = false
        let full = render(source, line: 4, column: 3), lean = render(source, line: 4, column: 3, options: outline)
        XCTAssertEqual(lean.html, "")
        XCTAssertFalse(full.html.isEmpty)
        XCTAssertEqual(lean.headings, full.headings)
        XCTAssertEqual(lean.links, full.links)
        XCTAssertEqual(lean.diagnostics, full.diagnostics)
        XCTAssertEqual(full.headings.count, 2)
        XCTAssertGreaterThanOrEqual(full.diagnostics.count, 2)
    }

    func testRenderingAThousandTimesGivesTheSameResult() {
        let source = "# Title\n\nText with [a link](/x/) and ![a cat](cat.png) and <b>html</b>.\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- [x] done\n"
        let first = render(source)
        for _ in 0..<1_000 {
            let again = render(source)
            XCTAssertEqual(again.html, first.html)
            XCTAssertEqual(again.diagnostics, first.diagnostics)
        }
    }

    func testRawHTMLIsLeftOutWithAWarningAtItsLine() {
        let result = render("Intro\n\n<div class=\"x\">\nhello\n</div>\n\nSome <b>bold</b> and <!-- a note --> text.\n", line: 10)
        XCTAssertFalse(result.html.contains("<div"), result.html)
        XCTAssertFalse(result.html.contains("<b>"), result.html)
        XCTAssertFalse(result.html.contains("<!--"), result.html)
        XCTAssertTrue(result.html.contains("<p>Some bold and  text.</p>"), result.html)
        XCTAssertEqual(result.diagnostics, [
            Diagnostic(.rawHTML, .warning, at: location(12, 1), "raw HTML is not allowed in Markdown and was left out",
                       hint: "write it in Markdown, or put it in a template in Layouts/", sourceLine: "<div class=\"x\">"),
            Diagnostic(.rawHTML, .warning, at: location(16, 6), "raw HTML is not allowed in Markdown and was left out",
                       hint: "write it in Markdown, or put it in a template in Layouts/",
                       sourceLine: "Some <b>bold</b> and <!-- a note --> text."),
        ])
    }

    func testAParagraphOfOnlyRawHTMLLeavesNoEmptyParagraph() {
        let result = render("a\n\nx <span>y</span>\n\n<em></em> <i></i>\n")
        XCTAssertFalse(result.html.contains("<p> </p>") || result.html.contains("<p></p>"), result.html)
    }

    // MARK: Links

    func testScriptAndFileLinksAreErrorsAndBecomePlainText() {
        let cases: [(String, String)] = [
            ("[Apply](javascript:alert(1))", "javascript"),
            ("[Apply](JavaScript:alert(1))", "javascript"),
            ("[Apply](<  javascript:alert(1)>)", "javascript"),
            ("[Apply](jav&#x61;script:alert(1))", "javascript"),
            ("[Apply](jav&#97;script&colon;alert(1))", "javascript"),
            ("[Apply](<java&#9;script:alert(1)>)", "javascript"),
            ("[Apply](<&#1;javascript:alert(1)>)", "javascript"),
            ("[Apply](vbscript:msgbox)", "vbscript"),
            ("[Apply](file:///etc/passwd)", "file"),
            ("[Apply](DATA:text/html;base64,PHNjcmlwdD4=)", "data"),
            ("<javascript:alert(1)>", "javascript"),
        ]
        for (markdown, scheme) in cases {
            let result = render("Line one\n\nPlease **do** " + markdown + " today.", line: 5, column: 3)
            XCTAssertFalse(result.html.contains("<a"), markdown + " → " + result.html)
            XCTAssertFalse(result.html.contains("href"), markdown + " → " + result.html)
            XCTAssertTrue(result.html.contains("Please <strong>do</strong> "), result.html)
            XCTAssertEqual(result.diagnostics.count, 1, markdown)
            XCTAssertEqual(result.diagnostics.first?.severity, .error, markdown)
            XCTAssertEqual(result.diagnostics.first?.message, "link to a “\(scheme):” URL is not allowed", markdown)
            XCTAssertEqual(result.diagnostics.first?.hint, "link to an https:// or mailto: address, or to a page of the portal")
            XCTAssertEqual(result.diagnostics.first?.location, location(7, 15), markdown)
            XCTAssertEqual(result.links, [], markdown)
        }
        let kept = render("[Apply](javascript:alert(1))")
        XCTAssertEqual(kept.html, "<p>Apply</p>\n")
    }

    func testOnlyWebMailAndPortalAddressesMayBeLinked() {
        let refused: [(String, String)] = [
            ("[Apply](tel:+441865270000)", "link to a “tel:” URL is not allowed"),
            ("[Apply](ftp://files.example.org/form.pdf)", "link to a “ftp:” URL is not allowed"),
            ("[Apply](<data:text/html,%3Cscript%3Ealert(1)%3C/script%3E>)", "link to a “data:” URL is not allowed"),
            ("[Apply](<\tjavascript:alert(1)>)", "link to a “javascript:” URL is not allowed"),
            ("[Apply](%6Aavascript:alert(1))", "link to a “javascript:” URL is not allowed"),
            ("[Apply](//evil.example.org/form)", "link to an address starting with “//” is not allowed"),
            ("![Logo](ms-settings:display)", "image from a “ms-settings:” URL is not allowed"),
        ]
        for (markdown, message) in refused {
            let result = render("Please " + markdown + " today.", line: 4, column: 3)
            XCTAssertEqual(result.diagnostics.map(\.description), ["Content/page.md:4:10: error: \(message); "
                + (markdown.hasPrefix("!") ? "use an image file of the portal or an https:// address"
                                           : "link to an https:// or mailto: address, or to a page of the portal")], markdown)
            XCTAssertFalse(result.html.contains("href") || result.html.contains("src"), markdown + " → " + result.html)
        }
        let allowed = ["[a](https://example.org)", "[a](HTTP://example.org)", "[a](mailto:team@example.org)", "[a](/schemes/x/)",
                       "[a](../key-dates/)", "[a](#matching)", "[a](handbook/matching.md)", "![a](images/logo.png)", "[a](?page=2)"]
        for markdown in allowed {
            let result = render(markdown)
            XCTAssertFalse(result.diagnostics.contains { $0.severity == .error }, markdown)
            XCTAssertEqual(result.links.count, 1, markdown)
        }
    }

    func testAnAutolinkToAScriptLeavesNeitherLinkNorAddress() {
        let result = render("Go to <javascript:alert(1)> now")
        XCTAssertEqual(result.html, "<p>Go to  now</p>\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["link to a “javascript:” URL is not allowed"])
    }

    func testAnImageFromADataURLIsAnErrorAndShowsItsDescription() {
        let result = render("See ![the logo](data:image/png;base64,iVBORw0KGgo=) here")
        XCTAssertEqual(result.html, "<p>See the logo here</p>\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["image from a “data:” URL is not allowed"])
        XCTAssertEqual(result.diagnostics.first?.severity, .error)
        XCTAssertEqual(result.diagnostics.first?.location, location(1, 5))
    }

    func testUnsafeImagesAndLinksInsideEachOtherAreTakenApartSafely() {
        let imageInLink = render("[![the logo](javascript:1)](https://example.org)")
        XCTAssertEqual(imageInLink.html, "<p><a href=\"https://example.org\">the logo</a><span class=\"print-note\" hidden> (https://example.org)</span></p>\n")
        XCTAssertEqual(imageInLink.diagnostics.map(\.location), [location(1, 2)])
        XCTAssertEqual(imageInLink.links.map(\.destination), ["https://example.org"])

        let linkInImage = render("![a [b](javascript:1) c](data:x)")
        XCTAssertEqual(linkInImage.html, "<p>a b c</p>\n")
        XCTAssertEqual(linkInImage.diagnostics.map(\.message), ["image from a “data:” URL is not allowed"])
        XCTAssertEqual(linkInImage.links, [])

        let alone = render("![](javascript:x)\n\n| ![](data:y) |\n|-|\n\nTable: An image\n")
        XCTAssertFalse(alone.html.contains("<p>"), alone.html)
        XCTAssertFalse(alone.html.contains("<img"), alone.html)
        XCTAssertEqual(alone.diagnostics.count, 2)
    }

    func testATableWithoutACaptionIsAWarningAtTheTable() {
        let result = render("Intro\n\n| a | b |\n|---|---|\n| 1 | 2 |\n")
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "Content/page.md:3:1: warning: table has no caption; add a line ‘Table: a and b’ after the table, with a blank line between, and make it say what the table shows",
        ])
    }

    func testACaptionNamesTheTableAndItsScrollRegionAndCannotBeForged() {
        let result = render("| a |\n|---|\n| 1 |\n\nTable: Roles & \"examples\"\n\nText <schemeportal-caption>x</schemeportal-caption>\n")
        XCTAssertTrue(result.html.contains("aria-label=\"Roles &amp; &quot;examples&quot;\"><table>\n<caption>Roles &amp; &quot;examples&quot;</caption>"), result.html)
        XCTAssertFalse(result.html.contains("<caption>x</caption>"), result.html)
    }

    func testAutolinksInListsAreLocatedAtTheirOwnColumn() {
        // cmark-gfm 0.29 places these by the width of the list marker, or one column early.
        let result = render("- Mail <javascript:x> or www.example.org\n")
        XCTAssertEqual(result.diagnostics.map(\.location), [location(1, 8)])
        XCTAssertEqual(result.links.map(\.location), [location(1, 26)])
    }

    func testALinkToNowhereIsAWarning() {
        let result = render("[Apply here](#) or [there]()\n")
        XCTAssertEqual(result.diagnostics, [
            Diagnostic(.linkNowhere, .warning, at: location(1, 1), "link goes nowhere (“#”)",
                       hint: "give the address of the page it should open, or remove the link", sourceLine: "[Apply here](#) or [there]()"),
            Diagnostic(.linkNowhere, .warning, at: location(1, 20), "link goes nowhere (it has no address)",
                       hint: "give the address of the page it should open, or remove the link", sourceLine: "[Apply here](#) or [there]()"),
        ])
    }

    func testLinksAreRewrittenAndReturnedWithTheirLocations() {
        let result = render("Intro\n\n- See [key dates](/schemes/open/key-dates/) and ![Café](images/café.png)\n- Mail <mailto:a@example.org>",
                            line: 20, column: 9, rewriteLink: { $0.hasPrefix("/") ? "../.." + $0 : $0 })
        XCTAssertTrue(result.html.contains("<a href=\"../../schemes/open/key-dates/\">key dates</a>"), result.html)
        XCTAssertTrue(result.html.contains("<img src=\"images/caf%C3%A9.png\" alt=\"Café\" />"), result.html)
        XCTAssertEqual(result.links, [
            MarkdownLink(destination: "/schemes/open/key-dates/", isImage: false, location: location(22, 7), text: "key dates"),
            MarkdownLink(destination: "images/café.png", isImage: true, location: location(22, 49), text: "Café"),
            MarkdownLink(destination: "mailto:a@example.org", isImage: false, location: location(23, 8), text: "mailto:a@example.org"),
        ])
    }

    func testColumnOffsetAppliesToTheFirstLineOnly() {
        let result = render("é [a](#) x\n> ü [b](#)", line: 4, column: 12)
        XCTAssertEqual(result.diagnostics.map(\.location), [location(4, 14), location(5, 5)])
        XCTAssertEqual(result.diagnostics.map(\.sourceLine), [nil, "> ü [b](#)"])
    }

    func testALimitPassedOnALaterLineOfAnIndentedYAMLBlockIsAtThatLinesFirstColumn() {
        let text = MarkdownText("a\nb\nc", at: location(4, 5), indent: 4)
        XCTAssertEqual(MarkdownGuard.Rejection(line: 3, problem: .tooDeep).diagnostic(in: text).location, location(6, 5))
        XCTAssertEqual(MarkdownGuard.Rejection(line: 1, problem: .tooDeep).diagnostic(in: text).location, location(4, 5))
    }

    func testEveryLineOfAnIndentedYAMLBlockIsLocatedAndQuotedWithItsIndentation() {
        // `biography: |` then lines indented by four: YAML takes the four off every line.
        let text = MarkdownText("é [a](#) x\nSee <b>this</b> and [b](#).", at: location(4, 5), indent: 4)
        let result = renderer.render(text, options: MarkdownOptions(), rewriteLink: { $0 })
        XCTAssertEqual(result.diagnostics.map(\.location), [location(4, 7), location(5, 9), location(5, 25)])
        XCTAssertEqual(result.diagnostics.map(\.sourceLine), ["    é [a](#) x", "    See <b>this</b> and [b](#).", "    See <b>this</b> and [b](#)."])
    }

    func testAnImageWithoutAlternativeTextIsAWarning() {
        let result = render("Logo:\n\n![](logo.png)")
        XCTAssertEqual(result.diagnostics, [
            Diagnostic(.imageText, .warning, at: location(3, 1), "image has no alternative text",
                       hint: "describe the image between the brackets: ![what it shows](x.png)", sourceLine: "![](logo.png)"),
        ])
    }

    func testALinkWithoutTextIsAWarning() {
        let result = render("[](https://example.org)")
        XCTAssertEqual(result.diagnostics.map(\.message), ["link has no text, so screen readers can only read out its address"])
    }

    // MARK: Headings

    func testHeadingsGetLevelsAnchorsAndSelfLinks() {
        let result = render("# Matching\n\nText\n\n## Café & Crème: ‘1:1’ mentoring\n\n### Straße\n\n#### Deep\n\n##### Deeper\n\n###### Deepest\n",
                            line: 3, options: MarkdownOptions(authorTopLevel: 1))
        XCTAssertTrue(result.html.contains(
            "<h2 id=\"matching\">Matching <a class=\"heading-anchor\" href=\"#matching\" aria-label=\"Link to this section: Matching\">#</a></h2>"),
            result.html)
        XCTAssertEqual(result.headings.map(\.level), [2, 3, 4, 5, 6, 6])
        XCTAssertEqual(result.headings.map(\.anchor), ["matching", "cafe-creme-1-1-mentoring", "strasse", "deep", "deeper", "deepest"])
        XCTAssertEqual(result.headings[1].text, "Café & Crème: ‘1:1’ mentoring")
        XCTAssertEqual(result.headings[1].location, location(7, 1))
        XCTAssertTrue(result.html.contains("<h6 id=\"deepest\">Deepest"), result.html)
        XCTAssertTrue(result.html.contains("aria-label=\"Link to this section: Café &amp; Crème: ‘1:1’ mentoring\""), result.html)
        XCTAssertEqual(result.diagnostics, [])
    }

    func testHeadingAnchorsAreUniqueAndAvoidReservedOnes() {
        let result = render("# Contacts\n\n# Contacts\n\n# Main\n\n# Contacts 2\n\n# ?!\n",
                            options: MarkdownOptions(topHeadingLevel: 3, authorTopLevel: 1, reservedAnchors: ["main", "contacts-2"]))
        XCTAssertEqual(result.headings.map(\.anchor), ["contacts", "contacts-3", "main-2", "contacts-2-2", "section"])
        XCTAssertEqual(result.headings.map(\.level), [3, 3, 3, 3, 3])
        XCTAssertEqual(result.diagnostics.map(\.message), [])
    }

    func testASkippedHeadingLevelIsAWarningAtThatHeading() {
        let result = render("# Top\n\n## Two\n\n#### Four\n\n## Back up\n\n### Fine\n", line: 40,
                            options: MarkdownOptions(authorTopLevel: 1))
        XCTAssertEqual(result.diagnostics, [
            Diagnostic(.headingLevels, .warning, at: location(44, 1), "heading level skips from 2 to 4",
                       hint: "use ### here so screen-reader users can follow the outline", sourceLine: "#### Four"),
        ])
    }

    func testAFirstHeadingBelowTheTopLevelIsAWarning() {
        let result = render("Intro\n\n### Matching\n")
        XCTAssertEqual(result.diagnostics.map(\.message), ["the first heading here should have 2 #, not 3"])
        XCTAssertEqual(result.diagnostics.first?.location, location(3, 1))
    }

    func testSectionsWrittenWithTwoHashesBecomeSecondLevelHeadingsUnderThePageTitle() {
        let result = render("## Registration\n\n### By e-mail\n")
        XCTAssertEqual(result.headings.map(\.level), [2, 3])
        XCTAssertEqual(result.diagnostics, [])
    }

    func testASingleHashHeadingWouldRankWithThePageTitleAndIsAWarning() {
        let result = render("# Matching\n")
        XCTAssertEqual(result.headings.map(\.level), [2])
        XCTAssertEqual(result.diagnostics.map(\.description), [
            "Content/page.md:1:1: warning: a heading with 1 # here would rank with the page's title; use ## for the outermost headings of this text",
        ])
    }

    /// On paper a link cannot be followed: it is followed by a note, shown only in print, saying where it
    /// leads, unless its words already say it (an e-mail address printed twice was the complaint).
    func testOnPaperALinkSaysWhereItLeadsOnceAndNeverTwice() {
        let html = render("""
            Write to [the team](mailto:team@example.org?subject=Hi), [team@example.org](mailto:team@example.org),
            <https://example.org/guide>, [www.example.org](https://www.example.org/) or read the [guide](/schemes/x/guide/).
            """).html
        XCTAssertTrue(html.contains("the team</a><span class=\"print-note\" hidden> (team@example.org)</span>"), html)
        XCTAssertTrue(html.contains("<a href=\"mailto:team@example.org\">team@example.org</a>,"), html)
        XCTAssertTrue(html.contains("<a href=\"https://example.org/guide\">https://example.org/guide</a>,"), html)
        XCTAssertTrue(html.contains("<a href=\"https://www.example.org/\">www.example.org</a> or"), html)
        XCTAssertTrue(html.contains("<a href=\"/schemes/x/guide/\">guide</a>.</p>"), "no title known: no note")
        let titled = MarkdownRenderer().render(MarkdownText("Read the [guide](/x/) and [Guide](/x/).", at: SourceLocation(file: "a.md")),
                                               rewriteLink: { $0 }, seeAlso: { _, words in words == "Guide" ? nil : "The guide" }).html
        XCTAssertTrue(titled.contains("<a href=\"/x/\">guide</a><span class=\"print-note\" hidden> (see The guide)</span> and"), titled)
        XCTAssertTrue(titled.contains("<a href=\"/x/\">Guide</a>.</p>"), titled)
    }

    func testAHeadingHoldingALinkKeepsItAndDoesNotNestLinks() {
        let result = render("# See [the form](https://example.org/form)\n")
        XCTAssertTrue(result.html.contains(
            "<h2 id=\"see-the-form\">See <a href=\"https://example.org/form\">the form</a><span class=\"print-note\" hidden> (https://example.org/form)</span> <a class=\"heading-anchor\""), result.html)
        XCTAssertEqual(result.links.map(\.destination), ["https://example.org/form"])
    }

    // MARK: Accessibility fixes

    func testTaskListBoxesAreNamedAndDisabled() {
        let result = render("- [ ] Book the *chemistry* meeting\n- [x] Read the handbook\n\n1. [ ] Loose\n\n   More text\n")
        XCTAssertTrue(result.html.contains(
            "<li class=\"task-list-item\"><input type=\"checkbox\" disabled=\"\" aria-label=\"Book the chemistry meeting\" /> Book the <em>chemistry</em> meeting</li>"),
            result.html)
        XCTAssertTrue(result.html.contains(
            "<li class=\"task-list-item\"><input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Read the handbook\" /> Read the handbook</li>"),
            result.html)
        XCTAssertTrue(result.html.contains(
            "<li class=\"task-list-item\">\n<p><input type=\"checkbox\" disabled=\"\" aria-label=\"Loose\" /> Loose</p>"), result.html)
        XCTAssertTrue(result.html.hasPrefix("<ul class=\"contains-task-list\">\n"), result.html)
        XCTAssertTrue(result.html.contains("<ol class=\"contains-task-list\">\n"), result.html)
    }

    func testOnlyListsHoldingTasksGetTaskListClasses() {
        let result = render("- plain\n  - [ ] nested task\n- plain again\n\n3. [x] numbered\n\n- `<li>` and <input type=\"checkbox\">\n")
        XCTAssertTrue(result.html.hasPrefix("<ul>\n<li>plain\n<ul class=\"contains-task-list\">\n<li class=\"task-list-item\"><input"),
                      result.html)
        XCTAssertTrue(result.html.contains("<ol class=\"contains-task-list\" start=\"3\">"), result.html)
        XCTAssertTrue(result.html.hasSuffix("<ul>\n<li><code>&lt;li&gt;</code> and </li>\n</ul>\n"), result.html)
    }

    func testTablesUseAlignmentClassesAndAScrollableRegion() {
        let result = render("| Date | Event | Notes |\n|:-----|:-----:|------:|\n| 1 May | Opens | - |\n\n| Date | Event | Notes |\n|-|-|-|\n| x | y | z |\n")
        XCTAssertFalse(result.html.contains("align="), result.html)
        XCTAssertTrue(result.html.contains("<th class=\"align-left\">Date</th>"), result.html)
        XCTAssertTrue(result.html.contains("<td class=\"align-center\">Opens</td>"), result.html)
        XCTAssertTrue(result.html.contains("<td class=\"align-right\">-</td>"), result.html)
        XCTAssertTrue(result.html.contains(
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"Table: Date, Event, Notes\">\n<table>"), result.html)
        XCTAssertTrue(result.html.contains("aria-label=\"Table: Date, Event, Notes (2)\""), result.html)
        XCTAssertTrue(result.html.contains("</table>\n</div>"), result.html)
    }

    // MARK: Inline rendering

    func testInlineRenderingHasNoParagraphAndShowsBlockSyntaxAsTyped() {
        XCTAssertEqual(inline("Build **networks** across [OPEN](https://example.org)").html,
                       "Build <strong>networks</strong> across <a href=\"https://example.org\">OPEN</a><span class=\"print-note\" hidden> (https://example.org)</span>")
        XCTAssertEqual(inline("1. Coordinator").html, "1. Coordinator")
        XCTAssertEqual(inline("# Lead").html, "# Lead")
        XCTAssertEqual(inline("- Mentor").html, "- Mentor")
        XCTAssertEqual(inline("> quoted").html, "&gt; quoted")
        XCTAssertEqual(inline("    indented").html, "indented")
        XCTAssertEqual(inline("[x]: /y").html, "[x]: /y")
        XCTAssertEqual(inline("a\n===").html, "a\n===")
        XCTAssertEqual(inline("a|b\n-|-").html, "a|b\n-|-")
        XCTAssertEqual(inline("one\n\ntwo").html, "one\ntwo")
        XCTAssertEqual(inline("**Bold** start").html, "<strong>Bold</strong> start")
    }

    /// A fuzzing finding (docs/fuzzing.md): the text of every paragraph after the first was read from freed memory,
    /// so a one-line field written as several paragraphs showed other bytes of the process instead of its words.
    func testEveryParagraphOfAnInlineTextShowsItsOwnWords() {
        XCTAssertEqual(inline("Mentors meet monthly.\n\nMentees choose the topics.\n\nBoth give feedback.").html,
                       "Mentors meet monthly.\nMentees choose the topics.\nBoth give feedback.")
        // The freed buffers are reused by the allocator differently for each size; try many.
        for length in 1...200 {
            let middle = String(repeating: "w", count: length)
            XCTAssertEqual(inline("First.\n\n\(middle)\n\n*Third*\n\nFourth.").html,
                           "First.\n\(middle)\n<em>Third</em>\nFourth.", "a middle paragraph of \(length) characters")
        }
    }

    func testInlineLocationsPointIntoTheOriginalText() {
        let result = inline("# Lead [x](javascript:1)\n  - [y](#)", line: 8, column: 10)
        XCTAssertEqual(result.diagnostics.map(\.location), [
            SourceLocation(file: "Content/scheme.md", line: 8, column: 17),
            SourceLocation(file: "Content/scheme.md", line: 9, column: 5),
        ])
        XCTAssertEqual(result.html, "# Lead x\n- <a href=\"#\">y</a>")
    }

    // MARK: Hostile input (hostile-markdown.md): rejected before cmark sees it. A hang would be the failure.

    private func assertRejected(_ source: @autoclosure () -> String, atLine expectedLine: Int = 1, saying part: String,
                                file: StaticString = #filePath, line: UInt = #line) {
        let result = render(source(), line: 100)
        XCTAssertEqual(result.html, "", file: file, line: line)
        XCTAssertEqual(result.headings, [], file: file, line: line)
        XCTAssertEqual(result.links, [], file: file, line: line)
        XCTAssertEqual(result.diagnostics.count, 1, file: file, line: line)
        guard let diagnostic = result.diagnostics.first else { return }
        XCTAssertEqual(diagnostic.severity, .error, file: file, line: line)
        XCTAssertTrue(diagnostic.message.hasPrefix("this Markdown ") && diagnostic.message.hasSuffix(" to render safely")
                      && diagnostic.message.contains(part), diagnostic.message, file: file, line: line)
        XCTAssertTrue(diagnostic.hint?.contains("simplify") == true || diagnostic.hint?.contains("split") == true,
                      file: file, line: line)
        XCTAssertEqual(diagnostic.location.line, 99 + expectedLine, file: file, line: line)
        // The whole block is refused, so the message points at the start of the line that begins it.
        XCTAssertEqual(diagnostic.location.column, 1, file: file, line: line)
    }

    private func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }

    func testDeepNestingIsRejected() {
        assertRejected(repeated(" -", 10_000) + "x" + repeated("\n", 10_000), saying: "too deeply nested")
        assertRejected(repeated(" -", 20_000) + "x" + repeated("\n", 20_000), saying: "too deeply nested")
        assertRejected(repeated(">", 20_000) + repeated("a*", 20_000), saying: "too deeply nested")
        assertRejected(repeated("> ", 50_000) + "a", saying: "too deeply nested")
        assertRejected((0..<8_000).map { repeated("  ", $0) + "* a\n" }.joined(), saying: "too large")
        assertRejected((0..<100).map { repeated("  ", $0) + "* a\n" }.joined(), atLine: 65, saying: "too deeply nested")
        assertRejected((0..<100).map { repeated("\t", $0) + "1. a\n" }.joined(), atLine: 33, saying: "too deeply nested")
        assertRejected(repeated(" -", 60) + "x" + repeated("\n", 300_000), atLine: 33_899, saying: "too many lines inside")
    }

    func testBracketFloodsAreRejected() {
        assertRejected(repeated("![[]()", 20_000), saying: "brackets")
        assertRejected(repeated("![[]()", 40_000), saying: "brackets")
        assertRejected(repeated("![[]()\n", 20_000), atLine: 1_413, saying: "brackets")
        assertRejected(repeated("[a", 65_000), saying: "brackets")
        assertRejected(repeated("a]", 65_000), saying: "brackets")
        assertRejected(repeated("[", 50_000) + "a" + repeated("]", 50_000), saying: "brackets")
        assertRejected(repeated("[ a_", 50_000), saying: "brackets")
        assertRejected("a|b\n-|-\n" + repeated("![[]()", 20_000), atLine: 3, saying: "brackets")
    }

    func testDelimiterFloodsOnLongLinesAreRejected() {
        assertRejected(repeated("*a **a ", 65_000) + "b" + repeated(" a** a*", 65_000), saying: "line of more than 20,000")
        assertRejected(repeated("a_ ", 65_000), saying: "line of more than 20,000")
        assertRejected(repeated("_a ", 65_000), saying: "line of more than 20,000")
        assertRejected(repeated("*a_ ", 50_000), saying: "line of more than 20,000")
        assertRejected("a**b" + repeated("c* ", 50_000), saying: "line of more than 20,000")
        assertRejected(repeated("[ (](", 80_000), saying: "line of more than 20,000")
        assertRejected(repeated("[a](<b", 30_000), saying: "line of more than 20,000")
        assertRejected(repeated("[a](b", 30_000), saying: "line of more than 20,000")
    }

    func testBacktickRunsOfManyLengthsAreRejected() {
        assertRejected((1..<5_000).map { "e" + repeated("`", $0) }.joined(), saying: "too large")
        assertRejected((1..<1_000).map { "e" + repeated("`", $0) }.joined(), saying: "backticks")
        assertRejected((1..<100).map { "e" + repeated("`", $0) + "\n" }.joined(), atLine: 65, saying: "backticks")
    }

    func testMarkupDeclarationFloodsAreRejected() {
        assertRejected(repeated("a <?", 40_000), saying: "“<?” or “<!”")
        assertRejected(repeated("a <![CDATA[", 50_000), saying: "“<?” or “<!”")
        assertRejected(repeated("a <!--", 65_000), saying: "“<?” or “<!”")
    }

    func testHugeTablesAreRejected() {
        let columns = repeated("|h", 1_500) + "|\n" + repeated("|-", 1_500) + "|\n" + repeated("|x\n", 1_500)
        assertRejected(columns, saying: "more than 200 columns")
        assertRejected(repeated("|h", 40_000) + "|\n" + repeated("|-", 40_000) + "|\n", saying: "more than 200 columns")
        assertRejected("a|b\n-|-\n" + repeated("|", 300_000) + "\n", atLine: 3, saying: "more than 200 columns")
        let tall = "|" + repeated("h|", 200) + "\n|" + repeated("-|", 200) + "\n" + repeated("|x\n", 5_000)
        assertRejected(tall, atLine: 501, saying: "more than 100,000 cells")
        assertRejected(repeated("aaa\rbbb\n-\u{0B}\n", 30_000), atLine: 75_003, saying: "cells")
    }

    /// A fuzzing finding (docs/fuzzing.md): after each piece of raw HTML or unsafe image taken out, the whole
    /// paragraph was looked at again to see whether anything but spaces was left: 360 KB took 95 seconds.
    func testAParagraphOfThousandsOfTagsOrUnsafeImagesIsCleanedQuickly() {
        let tags = repeated(repeated("a<b>x ", 300) + "\n", 40)
        var started = ContinuousClock.now
        let cleaned = render(tags)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(3))
        XCTAssertFalse(cleaned.html.contains("<b>"))
        XCTAssertTrue(cleaned.html.hasPrefix("<p>ax ax ax"), String(cleaned.html.prefix(40)))
        XCTAssertEqual(cleaned.diagnostics.map(\.location.line), Array(1...40))

        let images = repeated(repeated("![x](javascript:alert(1)) ", 100) + "\n", 100)
        started = ContinuousClock.now
        let unsafe = render(images)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(3))
        XCTAssertFalse(unsafe.html.contains("javascript"))
        XCTAssertTrue(unsafe.html.hasPrefix("<p>x x x"), String(unsafe.html.prefix(40)))
    }

    /// A fuzzing finding (docs/fuzzing.md): a line like `|-|` under a row with another number of cells does not
    /// start a table, and cmark-gfm split the whole paragraph into cells again at each one: 112 KB took 20 seconds.
    func testRowsThatAlmostStartATableAreRejected() {
        assertRejected(repeated("| a | b |\n|-|\n", 8_000), atLine: 1_070, saying: "too many lines like ‘|---|’ in one long paragraph")
        let started = ContinuousClock.now
        let below = render(repeated("| a | b |\n|-|\n", 530))
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(1))
        XCTAssertTrue(below.html.hasPrefix("<p>| a | b |\n|-|\n"), String(below.html.prefix(100)))
        // Rows that do start a table, however many, are not limited by this.
        let tables = render(repeated("| a |\n|-|\n| 1 |\n\nTable: Numbers\n\n", 2_000) + repeated("x|y\n-|-\n", 3_000) + "\nTable: Pairs\n")
        XCTAssertEqual(tables.diagnostics, [])
        XCTAssertTrue(tables.html.contains("aria-label=\"Numbers (2000)\""))
    }

    func testOtherAmplifiersAreRejected() {
        assertRejected(repeated("a", 1_048_577), saying: "too large")
        assertRejected(repeated("a@", 500_000), saying: "“@” signs")
        assertRejected(repeated("[^a]", 65_000) + "\n\n[^a]: x\n", saying: "footnote references")
    }

    /// Fuzzing findings (docs/fuzzing.md): accepted text whose cost grew with the square of its size.
    /// Each takes well under a second now, and took from 15 seconds to minutes before.
    func testManyHeadingsWithTheSameTextGetNumberedAnchorsQuickly() {
        let started = ContinuousClock.now
        let result = render(repeated("## Notes\n\n", 12_000))
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5))
        XCTAssertEqual(result.headings.count, 12_000)
        XCTAssertEqual(result.headings.prefix(3).map(\.anchor), ["notes", "notes-2", "notes-3"])
        XCTAssertEqual(result.headings.last?.anchor, "notes-12000")
        XCTAssertEqual(result.diagnostics, [])
    }

    func testALongLineOfLinksIsLocatedQuicklyAndExactly() {
        // "é" is two bytes: columns count characters, so the positions must be counted, not taken from bytes.
        let line = (1...4_000).map { "é www.example.org/\($0)" }.joined(separator: " ")
        let started = ContinuousClock.now
        let result = render(line, line: 7, column: 3)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(3))
        XCTAssertEqual(result.links.count, 4_000)
        XCTAssertEqual(result.links.last?.location, location(7, 3 + line.unicodeScalars.count - "www.example.org/4000".count))
        XCTAssertEqual(result.links.last?.destination, "http://www.example.org/4000")
    }

    /// A fuzzing finding (docs/fuzzing.md): every problem quoted its whole line, so a 1 MB line of empty links took
    /// 24 GB and minutes to report. The first hundred are listed with their line, and the rest are counted.
    func testThousandsOfProblemsInOneTextAreListedUpToAHundredAndCounted() {
        let source = repeated("[](#) " + repeated("a", 45), 2_000)   // one line of 102 KB, 4,000 warnings
        let started = ContinuousClock.now
        let result = render(source, line: 10)
        _ = DiagnosticPrinter().format(result.diagnostics)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5))
        XCTAssertEqual(result.diagnostics.count, 101)
        XCTAssertEqual(result.diagnostics.prefix(2).map(\.description), [
            "Content/page.md:10:1: warning: link goes nowhere (“#”); give the address of the page it should open, or remove the link",
            "Content/page.md:10:1: warning: link has no text, so screen readers can only read out its address; write what the link opens between the brackets: [what it opens](address)",
        ])
        XCTAssertEqual(result.diagnostics.prefix(100).filter { $0.sourceLine == source }.count, 100)
        XCTAssertEqual(result.diagnostics.last?.description,
                       "Content/page.md:10:2551: warning: 3900 more problems in this text, from here on, are not listed (3900 warnings); fix the problems listed above and check again to see the rest")

        // When errors are among those not listed, the count is an error too, so the build still stops.
        let unsafe = render(repeated("[x](javascript:alert(1))\n\n", 101) + "<b>late</b>\n")
        XCTAssertEqual(unsafe.diagnostics.count, 101)
        XCTAssertEqual(unsafe.diagnostics.last?.severity, .error)
        XCTAssertEqual(unsafe.diagnostics.last?.location, location(201, 1))
        XCTAssertTrue(unsafe.diagnostics.last?.message.hasPrefix("2 more problems in this text, from here on, are not listed (1 error and 1 warning)") == true,
                      unsafe.diagnostics.last?.message ?? "")
    }

    func testALongOrdinaryHandbookIsNotRejected() {
        let source = Self.handbook(lines: 5_000)
        XCTAssertEqual(source.split(separator: "\n", omittingEmptySubsequences: false).count, 5_000)
        let result = render(source)
        XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [])
        XCTAssertEqual(result.diagnostics.filter { $0.message.hasPrefix("this Markdown") }, [])
        XCTAssertGreaterThan(result.headings.count, 300)
        XCTAssertGreaterThan(result.links.count, 500)
        XCTAssertTrue(result.html.contains("<section class=\"footnotes\""))
    }

    func testLargeButOrdinaryStructuresAreNotRejected() {
        let table = "|" + repeated(" Col |", 10) + "\n|" + repeated("---|", 10) + "\n" + repeated("|" + repeated(" [x](/a/) |", 10) + "\n", 3_000)
        let linkList = (0..<2_000).map { "- [Page \($0)](/p/\($0)/) by <a\($0)@example.org>" }.joined(separator: "\n")
        let longParagraph = (0..<300).map { "Some *emphasised* words and `code` in sentence \($0) of a long paragraph" }.joined(separator: " ")
        let nested = (0..<20).map { repeated("  ", $0) + "- level \($0)" }.joined(separator: "\n")
        let quotes = (0..<20).map { repeated("> ", $0 + 1) + "quote \($0)" }.joined(separator: "\n")
        for source in [table, linkList, longParagraph, nested, quotes] {
            let result = render(source)
            XCTAssertFalse(result.html.isEmpty)
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [], String(source.prefix(80)))
        }
    }

    func testTheSeedDocumentsAreNotRejected() throws {
        // The demo's Markdown is the five seed documents converted, so it is what the guard must let through.
        let content = TestPortal.repository.appendingPathComponent("Content")
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: content, includingPropertiesForKeys: nil))
        let texts = try enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "md" }
            .sorted { $0.path < $1.path }.map { try String(contentsOf: $0, encoding: .utf8) }
        XCTAssertGreaterThan(texts.count, 25)
        for text in texts {
            let result = render(text)
            XCTAssertFalse(result.html.isEmpty)
            XCTAssertEqual(result.diagnostics.filter { $0.severity == .error }, [])
        }
    }

    /// A handbook of `lines` lines using everything staff write: headings, lists, tables, quotes, tasks,
    /// code, footnotes, links and addresses.
    static func handbook(lines count: Int) -> String {
        var lines: [String] = []
        var part = 0
        while lines.count < count {
            part += 1
            lines += [
                "# Part \(part): mentoring in practice", "",
                "Mentoring is a *voluntary* arrangement in which an **experienced** colleague supports another.",
                "See [the toolkit](/toolkit/), [the form](https://example.org/form?part=\(part)) or write to <mentoring@example.org>.[^n\(part)]", "",
                "## What a mentee can expect", "",
                "- Regular meetings, usually monthly", "- A confidential, `non-judgmental` space",
                "  - with agreed ground rules", "  - and a clear end date", "- Goals: see https://example.org/goals", "",
                "1. Register on MentorNet", "2. Rank up to four mentors", "3. Meet for a chemistry session", "",
                "| Role | Time | Who |", "|:-----|:----:|----:|", "| Mentor | 1 hour a month | Grade 7 or above |",
                "| Mentee | 1 hour a month | Any grade |", "",
                "> Mentoring is not a replacement for line management.", "",
                "- [ ] Read the handbook", "- [x] Sign the agreement", "",
                "```", "let part = \(part)", "```", "",
                "[^n\(part)]: Contact the coordinators first.", "",
            ]
        }
        return lines.prefix(count).joined(separator: "\n")
    }

    // MARK: Input hygiene and threads

    func testNULCharactersBecomeReplacementCharacters() {
        XCTAssertEqual(render("a\u{0}b").html, "<p>a\u{FFFD}b</p>\n")
        XCTAssertEqual(inline("a\u{0}b").html, "a\u{FFFD}b")
    }

    func testRenderingIsTheSameFromManyThreadsAtOnce() {
        let sources = (0..<8).map { index in
            "# Part \(index)\n\n~~gone~~ www.example.org/\(index) a@example.org\n\n| a | b |\n|-|-|\n| \(index) | y |\n\n- [ ] task \(index)\n"
        }
        let expected = sources.map { render($0).html }
        let results = ResultBox(count: 400)
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            let rendered = MarkdownRenderer().render(
                MarkdownText(sources[index % 8], at: SourceLocation(file: "f.md")), rewriteLink: { $0 })
            results.set(index, rendered.html)
        }
        for index in 0..<400 {
            XCTAssertEqual(results.get(index), expected[index % 8])
        }
        XCTAssertTrue(expected[3].contains("<del>gone</del>") && expected[3].contains("href=\"mailto:a@example.org\""))
    }
}

/// Results written from several threads, read afterwards.
private final class ResultBox: @unchecked Sendable {
    private var values: [String?]
    private let lock = NSLock()

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: String) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return values[index]
    }
}
