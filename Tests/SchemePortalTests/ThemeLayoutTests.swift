import XCTest
@testable import SchemePortal

/// What the built-in theme puts first and where (SiteRenderer's menu, SchemePages' card links, the
/// templates and the stylesheet): on a phone the heading before the navigation, a home page that
/// leads somewhere, and a "Next key date" row that stays hidden once the script hides it.
/// Tests/e2e/test_layout.py checks the same in a browser.
final class ThemeLayoutTests: XCTestCase {
    private static let reference = CalendarDay(year: 2027, month: 9, day: 20)

    private func golden() throws -> TestPortal {
        let portal = try TestPortal(fixture: "golden-site")
        let outcome = portal.build(today: Self.reference, strict: true)
        XCTAssertTrue(outcome.wrote, outcome.lines.joined(separator: "\n"))
        return portal
    }

    private func position(of text: String, in page: String, _ file: StaticString = #filePath, line: UInt = #line) throws -> Int {
        let range = try XCTUnwrap(page.range(of: text), "the page has no \(text)", file: file, line: line)
        return page.distance(from: page.startIndex, to: range.lowerBound)
    }

    /// key-dates.js hides a row by its `hidden` attribute; `.facts > div { display: grid }` on wide
    /// screens used to show it again, blank. The rule must stand alone, outside any @media block, and
    /// be `!important`, so no later rule for a class can beat it.
    func test_the_stylesheet_lets_the_hidden_attribute_hide_anything_whatever_display_a_rule_gives_it() throws {
        let url = TestPortal.repository.appendingPathComponent("Sources/SchemePortal/Theme/assets/style.css")
        let css = try String(contentsOf: url, encoding: .utf8)
        let rule = "\n[hidden] {\n  display: none !important;\n}\n"
        let start = try position(of: rule, in: css)
        let before = css.prefix(start)
        XCTAssertEqual(before.filter { $0 == "{" }.count, before.filter { $0 == "}" }.count,
                       "[hidden] must not sit inside an @media or @supports block")
    }

    func test_on_every_scheme_page_the_heading_comes_before_the_schemes_pages_which_sit_behind_a_control() throws {
        let portal = try golden()
        for path in ["schemes/pilot/index.html", "schemes/pilot/key-dates/index.html", "schemes/pilot/eligibility/index.html",
                     "schemes/pilot/handbook/first-meeting/index.html", "schemes/pilot/people/index.html"] {
            let page = try portal.read(path)
            let heading = try position(of: "<h1>", in: page)
            let list = try position(of: "<nav class=\"scheme-nav\" aria-label=\"Pages in this scheme\">", in: page)
            let content = try position(of: "<div class=\"page-content\">", in: page)
            XCTAssertTrue(heading < list && list < content, path)
            XCTAssertTrue(page.contains("<summary class=\"scheme-pages-control\">Pages in this scheme</summary>"), path)
            XCTAssertLessThan(try position(of: "<summary class=\"site-menu-control\">Menu</summary>", in: page), heading, path)
        }
    }

    func test_two_or_more_schemes_sit_under_one_schemes_control_and_the_current_one_is_marked() throws {
        let second = TestPortal.minimalScheme.replacingOccurrences(of: "title: Test scheme", with: "title: Second Scheme")
        let portal = try TestPortal(["Content/schemes/second/scheme.md": second])
        XCTAssertTrue(portal.build().wrote)
        let page = try portal.read("schemes/second/index.html")
        XCTAssertTrue(page.contains("<summary class=\"site-schemes-control is-current\">Schemes</summary>"), page)
        XCTAssertTrue(page.contains("<li><a href=\"index.html\" aria-current=\"page\">"), page)
        let home = try portal.read("index.html")
        XCTAssertTrue(home.contains("<summary class=\"site-schemes-control\">Schemes</summary>"))

        // One scheme is named in the menu itself.
        let single = try golden().read("index.html")
        XCTAssertFalse(single.contains("site-schemes-control"))
        XCTAssertTrue(single.contains("<li><a href=\"schemes/pilot/index.html\">Pilot</a></li>"))
    }

    func test_the_home_page_says_what_the_portal_is_for_and_each_card_leads_to_eligibility_how_to_apply_and_key_dates() throws {
        let portal = try golden()
        let home = try portal.read("index.html")
        XCTAssertTrue(home.contains("<p class=\"lead\">Every kind of page the portal makes, once.</p>"))
        XCTAssertTrue(home.contains("Use this site to find a mentoring scheme that suits you"))
        // The header already names the site; the heading says what to do here.
        XCTAssertTrue(home.contains("<h1>Find a mentoring scheme</h1>"))
        XCTAssertFalse(home.contains("<h1>Golden portal</h1>"))
        for link in ["<a href=\"schemes/pilot/eligibility/index.html\">Eligibility<",
                     "<a href=\"schemes/pilot/eligibility/index.html#how-to-apply-mentor\">How to apply: Mentors<",
                     "<a href=\"schemes/pilot/eligibility/index.html#how-to-apply-mentee\">How to apply: Mentees<",
                     "<a href=\"schemes/pilot/key-dates/index.html\">Key dates<"] {
            XCTAssertTrue(home.contains(link), link)
        }
        let eligibility = try portal.read("schemes/pilot/eligibility/index.html")
        XCTAssertTrue(eligibility.contains("<h3 id=\"how-to-apply-mentor\">How to apply</h3>"))
        XCTAssertTrue(eligibility.contains("<h3 id=\"how-to-apply-mentee\">How to apply</h3>"))
    }

    func test_a_card_links_only_to_the_pages_its_scheme_has() throws {
        let portal = try TestPortal()
        XCTAssertTrue(portal.build().wrote)
        let home = try portal.read("index.html")
        XCTAssertFalse(home.contains("class=\"card-links\""), "the minimal scheme has no eligibility or key dates")
    }

    func test_the_overviews_list_of_pages_has_no_empty_paragraphs() throws {
        let overview = try golden().read("schemes/pilot/index.html")
        XCTAssertTrue(overview.contains("<h2>In this scheme</h2>"))
        XCTAssertFalse(overview.contains("<p></p>"))
    }
}
