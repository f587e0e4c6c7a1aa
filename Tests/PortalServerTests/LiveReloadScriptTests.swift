import SchemePortal
import XCTest
@testable import PortalServer

/// The reload script: added to pages as they are served, and never part of what a build makes.
final class LiveReloadScriptTests: XCTestCase {
    func test_it_goes_before_the_last_closing_body_tag_whatever_its_case() {
        let page = Array("<body><p>&lt;/body&gt;</p></BODY></html>".utf8)
        let served = String(decoding: LiveReloadScript.inserted(into: page, generation: "abc-2"), as: UTF8.self)
        XCTAssertTrue(served.hasSuffix("})();</script>\n</BODY></html>"))
        XCTAssertTrue(served.contains("var served = \"abc-2\";"))
    }

    func test_a_page_without_a_body_tag_gets_it_at_the_end() {
        let served = String(decoding: LiveReloadScript.inserted(into: Array("<p>bare</p>".utf8), generation: "g"), as: UTF8.self)
        XCTAssertTrue(served.hasPrefix("<p>bare</p><script id=\"portal-serve-live-reload\">"))
    }

    func test_a_build_of_the_portal_has_no_reload_script_and_no_server_address() throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let outcome = portal.freshBuild()
        XCTAssertFalse(outcome.files.isEmpty)
        for file in outcome.files {
            let text = String(decoding: file.contents, as: UTF8.self)
            XCTAssertFalse(text.contains(LiveReloadScript.marker), file.path)
            XCTAssertFalse(text.contains("__portal"), file.path)
        }
    }
}
