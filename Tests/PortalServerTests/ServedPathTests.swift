import XCTest
@testable import PortalServer

/// Which request paths name which files of the site, and which are refused.
final class ServedPathTests: XCTestCase {
    func test_the_home_page_and_folders_name_their_index_page() {
        XCTAssertEqual(ServedPath.resolve("/"), .file("index.html"))
        XCTAssertEqual(ServedPath.resolve("/schemes/pilot/"), .file("schemes/pilot/index.html"))
        XCTAssertEqual(ServedPath.resolve("/schemes/pilot/?from=search#top"), .file("schemes/pilot/index.html"))
        XCTAssertEqual(ServedPath.resolve("/assets/style.css"), .file("assets/style.css"))
        XCTAssertEqual(ServedPath.resolve("/schemes/pilot"), .file("schemes/pilot"))
    }

    func test_percent_encoded_names_are_decoded() {
        XCTAssertEqual(ServedPath.resolve("/people/%61da/"), .file("people/ada/index.html"))
    }

    func test_parent_folders_and_hidden_names_are_refused_however_they_are_written() {
        for target in ["/../etc/passwd", "/schemes/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd",
                       "/schemes/%2e%2e/index.html", "/./index.html", "/.schemeportal-output", "/a/.git/config",
                       "//etc/passwd", "/schemes//pilot/", "/a%2fb", "/a%5cb", "/a%00b", "/%ff", "/%zz",
                       "http://example.org/index.html", "etc/passwd", "/__portal/anything"] {
            XCTAssertEqual(ServedPath.resolve(target), .refused, target)
        }
    }

    func test_the_reload_channel_has_its_own_address() {
        XCTAssertEqual(ServedPath.resolve("/__portal/events"), .events)
        XCTAssertEqual(ServedPath.resolve("/__portal/events?x=1"), .events)
    }
}
