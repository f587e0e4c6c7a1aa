import XCTest
@testable import SchemePortal

/// The search as a reader meets it: a search box on every page, the search page with its A–Z index, and
/// an index that holds every published page and nothing the privacy gate kept back.
final class SearchPageTests: XCTestCase {
    private func portal() throws -> TestPortal {
        try TestPortal([
            "Content/schemes/test-scheme/handbook/meetings.md": """
                ---
                title: Meetings
                ---
                ## Chemistry meeting

                A first, short meeting to see whether you work well together.

                ## Chemistry meeting

                The same heading again.
                """,
            "Content/people/ada.yaml": """
                id: ada
                name: Ada Mentor
                job_title: Hydrologist
                biography: I map rivers.
                private_notes_are_not_a_field: no
                schemes:
                  - scheme: test-scheme
                    side: mentor
                consent: [name, job_title]
                """,
        ])
    }

    private func files(_ outcome: Build.Outcome) -> [String: String] {
        Dictionary(outcome.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }, uniquingKeysWith: { first, _ in first })
    }

    func test_every_page_has_a_search_box_that_leads_to_the_search_page() throws {
        let portal = try portal()
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let files = files(portal.check())
        for path in ["index.html", "schemes/test-scheme/index.html", "schemes/test-scheme/handbook/meetings/index.html", "search/index.html"] {
            let page = try XCTUnwrap(files[path], path)
            let action = SitePaths.root(from: path) + SitePaths.search
            XCTAssertTrue(page.contains("<form class=\"site-search\" role=\"search\" aria-label=\"Whole site\" action=\"\(action)\" method=\"get\">"), path)
            XCTAssertTrue(page.contains("<input type=\"search\" id=\"site-search-q\" name=\"q\""), path)
        }
    }

    func test_the_search_page_has_the_places_for_results_and_an_a_to_z_of_pages_and_topics_but_not_people() throws {
        let portal = try portal()
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let page = try XCTUnwrap(files(portal.check())["search/index.html"])
        for hook in ["<ol id=\"search-results\"></ol>", "<p id=\"search-status\" role=\"status\" aria-live=\"polite\"></p>",
                     "<div id=\"search-filters\" hidden></div>", "<script src=\"../assets/search.js\" defer data-index=\"./\"></script>"] {
            XCTAssertTrue(page.contains(hook), hook)
        }
        XCTAssertTrue(page.contains("<li><a href=\"../schemes/test-scheme/handbook/meetings/index.html\">Meetings</a> <span class=\"a-z-place\">Handbook · Test scheme</span></li>"), page)
        // A topic: the heading, on the page it is on; the same heading twice on one page is one entry.
        let topic = "<li><a href=\"../schemes/test-scheme/handbook/meetings/index.html#chemistry-meeting\">Chemistry meeting</a> <span class=\"a-z-place\">in ‘Meetings’ · Test scheme</span></li>"
        XCTAssertEqual(page.components(separatedBy: topic).count, 2, page)
        XCTAssertTrue(page.contains("<h3 id=\"letter-c\">C</h3>"))
        XCTAssertFalse(page.contains("Ada Mentor"), "people are in the directory, not the A–Z")
        XCTAssertTrue(page.contains("<a href=\"../people/index.html\">people directory</a>"))
    }

    func test_the_index_holds_published_pages_and_only_what_a_profile_publishes() throws {
        let portal = try portal()
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let files = files(portal.check())
        let index = files.filter { $0.key.hasPrefix("search/") && $0.key.hasSuffix(".json") }.values.joined()
        XCTAssertTrue(index.contains("\"hydrologist\""), "a published field is found")
        XCTAssertTrue(index.contains("\"chemistry\""))
        XCTAssertTrue(index.contains("people/ada/index.html"))
        XCTAssertFalse(index.contains("rivers"), "a biography without consent is on no page, so in no index")
        XCTAssertFalse(index.contains("search/index.html"), "the search page does not list itself")
        XCTAssertFalse(index.contains("handbook/all.html"), "the whole handbook repeats its chapters")
        XCTAssertFalse(index.contains("\"people/index.html\""), "directories repeat the profiles")
    }

    func test_a_check_draws_the_search_page_but_makes_no_index() throws {
        let portal = try portal()
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let checked = portal.check(drawing: .forChecking)
        XCTAssertTrue(checked.files.contains { $0.path == SitePaths.search })
        XCTAssertFalse(checked.files.contains { $0.path == SearchIndex.meta })
    }

    func test_each_entry_goes_under_its_first_letter_without_accents_and_digits_under_0_to_9() {
        XCTAssertEqual(SiteRenderer.letter(SiteRenderer.sortKey("Éire and the “Ávila” exchange")), "E")
        XCTAssertEqual(SiteRenderer.letter(SiteRenderer.sortKey("Łódź partnership")), "Ł")
        XCTAssertEqual(SiteRenderer.letter(SiteRenderer.sortKey("‘Quoted’ title")), "Q")
        XCTAssertEqual(SiteRenderer.letter(SiteRenderer.sortKey("15-minute meetings")), "#")
    }
}
