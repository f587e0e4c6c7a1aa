import XCTest
@testable import SchemePortal

/// The link check over rendered pages (Check/LinkRules.swift): every link between pages reaches a page
/// of the portal, every `#anchor` a heading on its page; links to other sites are not followed.
final class LinkRulesTests: XCTestCase {
    private func link(_ destination: String, line: Int = 4, column: Int = 5) -> MarkdownLink {
        MarkdownLink(destination: destination, isImage: false, location: SourceLocation(file: "Content/pages/about.md", line: line, column: column))
    }

    private func page(_ path: String, links: [MarkdownLink] = [], anchors: Set<String> = ["main"]) -> RenderedPage {
        RenderedPage(path: path, bytes: [], links: links, anchors: anchors)
    }

    private var site: [RenderedPage] {
        [page("index.html"),
         page("schemes/peer/key-dates/index.html", anchors: ["main", "applications-open"]),
         page("about/index.html", anchors: ["main", "who-we-are"])]
    }

    private func lines(_ links: [MarkdownLink], extraFiles: Set<String> = []) -> [String] {
        var pages = site
        pages[2].links = links
        return LinkRules().check(pages, extraFiles: extraFiles).map(\.description)
    }

    func test_links_that_reach_a_page_and_its_heading_are_clean() {
        XCTAssertEqual(lines([link("/schemes/peer/key-dates/"), link("/schemes/peer/key-dates/#applications-open"),
                              link("../schemes/peer/key-dates/index.html"), link("#who-we-are"), link("/")]), [])
    }

    func test_a_link_to_no_page_is_an_error_at_its_line_and_column_with_the_closest_address() {
        XCTAssertEqual(lines([link("/schemes/peer/key-date/", line: 7, column: 12)]), [
            "Content/pages/about.md:7:12: error: the link ‘/schemes/peer/key-date/’ goes to no page of the portal; did you mean ‘/schemes/peer/key-dates/’?",
        ])
    }

    func test_a_missing_anchor_on_another_page_names_that_page_and_the_nearest_anchor() {
        XCTAssertEqual(lines([link("/schemes/peer/key-dates/#applications-opens")]), [
            "Content/pages/about.md:4:5: error: the link ‘/schemes/peer/key-dates/#applications-opens’ names the anchor ‘#applications-opens’, which is not on schemes/peer/key-dates/; did you mean ‘/schemes/peer/key-dates/#applications-open’?",
        ])
    }

    func test_a_missing_anchor_on_the_same_page_is_an_error_and_an_empty_one_is_not() {
        XCTAssertEqual(lines([link("#who-we-were"), link("#")]), [
            "Content/pages/about.md:4:5: error: the link ‘#who-we-were’ names a heading that is not on this page; did you mean ‘#who-we-are’?",
        ])
    }

    func test_a_link_that_climbs_above_the_portal_is_an_error() {
        XCTAssertEqual(lines([link("../../../outside.html")]), [
            "Content/pages/about.md:4:5: error: the link ‘../../../outside.html’ leads outside the portal; link to a page by its address from the top, e.g. ‘/schemes/<name>/key-dates/’",
        ])
    }

    func test_links_to_other_sites_and_e_mail_are_not_checked() {
        XCTAssertEqual(lines([link("https://example.org/nowhere"), link("mailto:someone@example.org")]), [])
    }

    func test_a_file_that_is_no_page_such_as_a_calendar_counts_as_a_target() {
        XCTAssertEqual(lines([link("/calendar.ics")], extraFiles: ["calendar.ics"]), [])
        XCTAssertEqual(lines([link("/calendar.ics")]).count, 1, "without the file the link goes nowhere")
    }
}
