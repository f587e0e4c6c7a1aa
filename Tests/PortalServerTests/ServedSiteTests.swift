import SchemePortal
import XCTest
@testable import PortalServer

/// What the server answers for each address, from a site in memory.
final class ServedSiteTests: XCTestCase {
    let page = Array("<!DOCTYPE html>\n<html><head></head><body class=\"home\">\n<h1>Home</h1>\n</body>\n</html>\n".utf8)

    func site(_ diagnostics: [Diagnostic] = [], files: [String: [UInt8]]? = nil) -> ServedSite {
        ServedSite(generation: "g-1", files: files ?? [
            "index.html": page, "404.html": Array("<html><body><h1>Page not found</h1></body></html>".utf8),
            "schemes/pilot/index.html": page, "assets/style.css": Array("body{}".utf8),
            "calendar.ics": Array("BEGIN:VCALENDAR".utf8), "sitemap.xml": Array("<urlset/>".utf8),
        ], diagnostics: diagnostics)
    }

    func text(_ response: ServedResponse) -> String { String(decoding: response.body, as: UTF8.self) }

    func test_pages_get_the_reload_script_before_the_end_of_body_and_files_come_as_they_are() throws {
        let home = site().response(for: "/")
        XCTAssertEqual(home.status, 200)
        XCTAssertEqual(home.contentType, "text/html; charset=utf-8")
        XCTAssertTrue(text(home).contains("<script id=\"portal-serve-live-reload\">"))
        XCTAssertTrue(text(home).contains("new EventSource(\"/__portal/events\")"))
        let script = try XCTUnwrap(text(home).range(of: "portal-serve-live-reload"))
        XCTAssertLessThan(script.lowerBound, try XCTUnwrap(text(home).range(of: "</body>")).lowerBound)
        XCTAssertEqual(site().response(for: "/assets/style.css").body, Array("body{}".utf8))
        XCTAssertEqual(site().response(for: "/assets/style.css").contentType, "text/css; charset=utf-8")
        XCTAssertEqual(site().response(for: "/calendar.ics").contentType, "text/calendar; charset=utf-8")
        XCTAssertEqual(site().response(for: "/sitemap.xml").contentType, "application/xml; charset=utf-8")
    }

    func test_a_folder_address_without_its_slash_is_sent_to_the_address_with_it() {
        let response = site().response(for: "/schemes/pilot")
        XCTAssertEqual(response.status, 301)
        XCTAssertEqual(response.location, "/schemes/pilot/")
    }

    func test_a_missing_page_gets_the_sites_404_page_with_status_404_and_folders_are_never_listed() {
        for target in ["/nowhere/", "/schemes/", "/assets/", "/../index.html", "/%2e%2e/index.html"] {
            let response = site().response(for: target)
            XCTAssertEqual(response.status, 404, target)
            XCTAssertTrue(text(response).contains("Page not found"), target)
            XCTAssertFalse(text(response).contains("style.css"), target)
        }
    }

    func test_while_the_content_has_errors_pages_show_them_over_the_last_good_site_with_status_200() throws {
        let error = Diagnostic(.unknownKey, .error, at: SourceLocation(file: "Content/portal.yaml", line: 3, column: 8), "‘titel’ is not a key",
                               hint: "did you mean ‘title’?", sourceLine: "titel: Golden portal")
        let response = site([error]).response(for: "/")
        XCTAssertEqual(response.status, 200)
        let html = text(response)
        XCTAssertTrue(html.contains("<h1>Home</h1>"), "the last good page is still there")
        XCTAssertTrue(html.contains("Content/portal.yaml:3:8"))
        XCTAssertTrue(html.contains("titel: Golden portal\n       ^"))
        let overlay = try XCTUnwrap(html.range(of: "id=\"portal-serve-errors\"")).lowerBound
        XCTAssertLessThan(try XCTUnwrap(html.range(of: "<body class=\"home\">")).upperBound, overlay)
        XCTAssertLessThan(overlay, try XCTUnwrap(html.range(of: "<h1>Home</h1>")).lowerBound)
        XCTAssertEqual(site([error]).response(for: "/assets/style.css").body, Array("body{}".utf8), "only pages get the messages")
    }

    func test_warnings_alone_show_no_overlay() {
        let warning = Diagnostic.warning(.fileNotUsed, "a warning", at: SourceLocation(file: "Content/portal.yaml"))
        XCTAssertFalse(text(site([warning]).response(for: "/")).contains("portal-serve-errors"))
    }

    func test_before_any_good_build_every_page_address_shows_the_messages() {
        let error = Diagnostic.error(.portalFileMissing, "there is no portal file", at: SourceLocation(file: "Content/portal.yaml"))
        let never = ServedSite(generation: "g-1", files: nil, diagnostics: [error])
        for target in ["/", "/schemes/pilot/", "/people/ada-mentor/index.html", "/about"] {
            let response = never.response(for: target)
            XCTAssertEqual(response.status, 200, target)
            XCTAssertTrue(text(response).contains("there is no portal file"), target)
            XCTAssertTrue(text(response).contains("portal-serve-live-reload"), target)
        }
        XCTAssertEqual(never.response(for: "/assets/style.css").status, 404)
    }
}
