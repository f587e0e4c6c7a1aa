import XCTest
@testable import SchemePortal

/// PageLoader: a handbook, toolkit or stand-alone page's front matter, and the order pages are listed in.
final class PageLoaderTests: XCTestCase {
    private func load(_ text: String, slug: String = "guide") -> (ContentPage?, [String]) {
        var diagnostics: [Diagnostic] = []
        let page = PageLoader.load(SourceFile(displayPath: "Content/pages/guide.md", text: text), slug: slug, diagnostics: &diagnostics)
        return (page, Diagnostic.ordered(diagnostics).map(\.description))
    }

    func test_a_page_reads_its_title_summary_order_and_body() throws {
        let (page, lines) = load("---\ntitle: Guide\nsummary: How to start.\norder: -3\n---\nBody.\n")
        XCTAssertEqual(lines, [])
        let loaded = try XCTUnwrap(page)
        XCTAssertEqual(loaded.title, "Guide")
        XCTAssertEqual(loaded.summary, "How to start.")
        XCTAssertEqual(loaded.order, -3)
        XCTAssertEqual(loaded.body.source, "Body.\n")
        XCTAssertEqual(loaded.body.location.line, 6)
    }

    func test_a_notice_is_shown_in_a_box_at_the_top_of_the_page_escaped() throws {
        let (page, lines) = load("---\ntitle: Guide\nnotice: \"Written for <this> portal\"\n---\nBody.\n")
        XCTAssertEqual(lines, [])
        XCTAssertEqual(try XCTUnwrap(page).notice, "Written for <this> portal")
        let portal = try TestPortal(["Content/pages/guide.md": "---\ntitle: Guide\nnotice: \"Written for <this> portal\"\n---\nBody.\n",
                                     "Content/pages/plain.md": "---\ntitle: Plain\n---\nBody.\n"])
        defer { try? FileManager.default.removeItem(at: portal.root) }
        XCTAssertTrue(portal.build().wrote)
        XCTAssertTrue(try portal.read("guide/index.html").contains(
            "<p class=\"page-notice\" role=\"note\"><strong>Note:</strong> Written for &lt;this&gt; portal</p>"))
        XCTAssertFalse(try portal.read("plain/index.html").contains("page-notice"))
    }

    func test_a_page_without_a_title_is_not_published_and_says_so() {
        let (page, lines) = load("---\nsummary: No title.\n---\nBody.\n")
        XCTAssertNil(page)
        XCTAssertEqual(lines, ["Content/pages/guide.md:2:1: error: the page is missing the required key ‘title’; add ‘title: …’"])
    }

    func test_empty_front_matter_asks_for_a_title() {
        let (page, lines) = load("---\n---\nBody.\n")
        XCTAssertNil(page)
        XCTAssertEqual(lines, ["Content/pages/guide.md:1:1: error: the front matter is empty; add at least ‘title: …’"])
    }

    func test_an_unknown_key_and_an_order_out_of_range_are_located_at_their_values() {
        let (page, lines) = load("---\ntitle: Guide\norder: 1000000\nsumary: x\n---\n")
        XCTAssertNotNil(page)
        XCTAssertEqual(lines.count, 2, "\(lines)")
        XCTAssertEqual(lines[0], "Content/pages/guide.md:3:8: error: ‘order’ is 1000000, outside -100000…100000; use a number from -100000 to 100000")
        XCTAssertEqual(lines[1], "Content/pages/guide.md:4:1: error: unknown key ‘sumary’ in the page; did you mean ‘summary’?")
    }

    func test_an_order_that_is_not_a_whole_number_says_how_to_write_one() {
        for written in ["1.5", "-x", "--3", "ten"] {
            let (page, lines) = load("---\ntitle: Guide\norder: \(written)\n---\n")
            XCTAssertNotNil(page, written)
            XCTAssertEqual(lines, ["Content/pages/guide.md:3:8: error: ‘order’ should be a whole number, but it is ‘\(written)’; write digits only, with ‘-’ in front of a number below zero, e.g. ‘order: -3’"], written)
        }
    }

    func test_pages_are_listed_by_order_then_unordered_pages_by_title() {
        let location = SourceLocation(file: "x.md")
        func page(_ slug: String, _ title: String, _ order: Int?) -> ContentPage {
            ContentPage(slug: slug, title: title, order: order, body: MarkdownText("", at: location), location: location)
        }
        let pages = [page("a-last", "Zebra", nil), page("b", "Beta", 2), page("m2", "Middle", nil), page("c", "Gamma", -1),
                     page("m1", "Middle", nil), page("d", "Delta", 2), page("z-first", "Alpha", nil)]
        let expected = ["c", "b", "d", "z-first", "m1", "m2", "a-last"]
        XCTAssertEqual(PageLoader.sorted(pages).map(\.slug), expected)
        XCTAssertEqual(PageLoader.sorted(pages.reversed()).map(\.slug), expected,
                       "the order never depends on the order the file system lists them in")
    }
}
