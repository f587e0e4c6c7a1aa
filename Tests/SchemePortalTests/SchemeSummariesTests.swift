import XCTest
@testable import SchemePortal

/// A scheme's summary is made once per render, but each page still gets its own links to the scheme's pages,
/// its own "current" mark, and a calendar link only when the scheme has a calendar file.
final class SchemeSummariesTests: XCTestCase {
    private func renderer(_ portal: TestPortal) throws -> SiteRenderer {
        let configuration = portal.configuration()
        let loaded = Build(configuration: configuration).run(until: .validate)
        let model = try XCTUnwrap(loaded.portal, loaded.diagnostics.map(\.description).joined(separator: "\n"))
        let (templates, diagnostics, _) = Templates.load(layoutsDirectory: configuration.layoutsDirectory, displayRoot: "Layouts")
        return SiteRenderer(portal: PublishedPortal(model), templates: try XCTUnwrap(templates, "\(diagnostics)"),
                            options: configuration.options)
    }

    private func scheme(_ renderer: SiteRenderer) throws -> Scheme {
        try XCTUnwrap(renderer.portal.scheme(slug: "test-scheme"))
    }

    private func pages(_ summary: [String: Any]) -> [(url: String, current: Bool)] {
        let pages = summary["pages"] as? [[String: Any]] ?? []
        return pages.map { ($0["url"] as? String ?? "", $0["current"] as? Bool ?? false) }
    }

    func test_each_page_gets_its_own_links_and_current_mark_from_one_set_of_facts() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": TestPortal.minimalScheme.replacingOccurrences(
            of: "model: peer", with: "model: peer\nkey_dates:\n  - label: Applications open\n    date: 6 September 2027\n    kind: opens")])
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let renderer = try renderer(portal)
        let scheme = try scheme(renderer)
        let overview = renderer.schemeSummary(scheme, from: SitePaths.scheme("test-scheme"))
        let deep = renderer.schemeSummary(scheme, from: "schemes/test-scheme/people/expertise/maps/page/2/index.html")
        XCTAssertEqual(overview["url"] as? String, "index.html")
        XCTAssertEqual(deep["url"] as? String, "../../../../../index.html")
        XCTAssertEqual(overview["calendarUrl"] as? String, "calendar.ics")
        XCTAssertEqual(deep["calendarUrl"] as? String, "../../../../../calendar.ics")
        XCTAssertEqual(pages(overview).first?.url, "index.html")
        XCTAssertEqual(pages(overview).first?.current, true)
        XCTAssertEqual(pages(deep).first?.url, "../../../../../index.html")
        XCTAssertEqual(pages(deep).map(\.current), pages(deep).map { _ in false })
        // What does not depend on the page is the same on both.
        XCTAssertEqual(overview["title"] as? String, "Test scheme")
        XCTAssertEqual(deep["statusFirst"] as? String, "2027-09-06")
        XCTAssertEqual(overview["statusFirst"] as? String, "2027-09-06")
    }

    func test_a_scheme_whose_dates_are_all_vague_has_no_calendar_link() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": TestPortal.minimalScheme.replacingOccurrences(
            of: "model: peer", with: "model: peer\nkey_dates:\n  - label: Applications open\n    date: Summer 2027\n    kind: opens")])
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let renderer = try renderer(portal)
        let summary = renderer.schemeSummary(try scheme(renderer), from: SitePaths.scheme("test-scheme"))
        XCTAssertEqual(summary["calendarUrl"] as? String, "")
        XCTAssertEqual(summary["subscribeUrl"] as? String, "")
        XCTAssertNil(SiteRenderer.calendarFile(of: try scheme(renderer)))
    }
}
