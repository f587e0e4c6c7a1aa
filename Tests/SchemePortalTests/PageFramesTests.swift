import XCTest
@testable import SchemePortal

/// Pages with the same links share one frame, made once; pages with other links get their own.
final class PageFramesTests: XCTestCase {
    private func frame(_ title: String) -> PageFrames.Frame {
        PageFrames.Frame(site: PreparedValue(["title": title]), nav: PreparedValue([[String: Any]]()),
                         assets: PreparedValue([String: Any]()))
    }

    private func title(_ frame: PageFrames.Frame) -> String? {
        guard case .map(let site)? = frame.site.made?.value, case .text(let title)? = site["title"] else { return nil }
        return title
    }

    func test_a_frame_is_made_once_for_its_links() {
        let frames = PageFrames()
        var made = 0
        let first = frames.frame("../index.html") { made += 1; return frame("one") }
        let again = frames.frame("../index.html") { made += 1; return frame("two") }
        let other = frames.frame("../../index.html") { made += 1; return frame("three") }
        XCTAssertEqual(made, 2)
        XCTAssertEqual(title(first), "one")
        XCTAssertEqual(title(again), "one")
        XCTAssertEqual(title(other), "three")
    }

    /// Pages share a frame only when their links and "current" marks are the same: the home page, a
    /// profile and a page of a scheme's directory each get their own.
    func test_pages_in_different_places_keep_their_own_links_and_current_marks() throws {
        let portal = try TestPortal(fixture: "golden-site")
        XCTAssertTrue(portal.build(today: GoldenSiteTests.reference, strict: true).wrote)
        let home = try portal.read("index.html")
        let profile = try portal.read("people/ada-mentor/index.html")
        let facet = try portal.read("schemes/pilot/people/expertise/leadership/index.html")
        XCTAssertTrue(home.contains(#"<li><a href="index.html" aria-current="page">Home</a></li>"#), home)
        XCTAssertTrue(profile.contains(#"<li><a href="../../index.html">Home</a></li>"#), profile)
        XCTAssertTrue(profile.contains(#"<li><a href="../index.html" aria-current="page">People</a></li>"#), profile)
        XCTAssertTrue(facet.contains(#"<li><a href="../../../../../index.html">Home</a></li>"#), facet)
        XCTAssertTrue(facet.contains(#"<li><a href="../../../index.html" aria-current="page">Pilot</a></li>"#), facet)
        XCTAssertFalse(facet.contains(#"aria-current="page">People</a>"#), facet)
    }
}
