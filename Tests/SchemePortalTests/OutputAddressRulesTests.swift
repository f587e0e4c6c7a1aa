import XCTest
@testable import SchemePortal

/// The output-address check after rendering (Check/OutputAddressRules.swift): one file per address,
/// every address inside the output folder, no stand-alone page on an address the portal keeps for itself.
final class OutputAddressRulesTests: XCTestCase {
    private let location = SourceLocation(file: "Content/portal.yaml")

    func test_two_files_at_one_address_or_an_unsafe_address_are_reported_before_writing() {
        let files = [OutputFile(path: "a/index.html", text: "1"), OutputFile(path: "a/index.html", text: "2"),
                     OutputFile(path: "b//index.html", text: "3")]
        XCTAssertEqual(OutputAddressRules().addresses(files, at: location).map(\.message), [
            "two pages would be written to a/index.html",
            "‘b//index.html’ cannot be written inside the output folder",
        ])
    }

    func test_three_files_at_one_address_are_one_error_even_when_not_side_by_side() {
        let files = [OutputFile(path: "a/index.html", text: "1"), OutputFile(path: "b/index.html", text: "2"),
                     OutputFile(path: "a/index.html", text: "3"), OutputFile(path: "a/index.html", text: "4")]
        XCTAssertEqual(OutputAddressRules().addresses(files, at: location).map(\.description), [
            "Content/portal.yaml:1:1: error: two pages would be written to a/index.html; rename one of the pages, sections or files that make this address",
        ])
    }

    func test_every_address_that_could_leave_the_output_folder_or_hide_is_refused() {
        for path in ["../escape.html", "/etc/passwd", "a/../../b.html", ".hidden/index.html", "a/./b.html", "",
                     "a//b.html", "a/", "/", ".", "a/..", "a/.b/c.html"] {
            XCTAssertEqual(OutputAddressRules().addresses([OutputFile(path: path, text: "x")], at: location).count, 1, path)
            XCTAssertFalse(OutputFile.isSafe(path), path)
        }
        XCTAssertEqual(OutputAddressRules().addresses([OutputFile(path: "schemes/peer/index.html", text: "x")], at: location), [])
        for path in ["a.b/c..d/index.html", "x", "people/p.1/index.html"] { XCTAssertTrue(OutputFile.isSafe(path), path) }
    }

    func test_a_stand_alone_page_named_like_the_portals_own_folder_is_an_error_at_its_file() throws {
        let portal = try TestPortal(["Content/pages/people.md": "---\ntitle: Our people\n---\nHello.\n",
                                     "Content/pages/about.md": "---\ntitle: About\n---\nHello.\n"])
        let outcome = portal.check()
        XCTAssertEqual(outcome.errors.map(\.description), [
            "Content/pages/people.md:1:1: error: the page ‘people’ would take the address of the portal's own people pages; rename the file",
        ])
        let stopped = Build(configuration: portal.configuration()).run(until: .render)
        XCTAssertEqual(stopped.errors, [], "the address rules belong to the check step, after render")
    }

    func test_a_page_called_accessibility_replaces_the_built_in_statement_without_an_error() throws {
        let portal = try TestPortal(["Content/pages/accessibility.md": "---\ntitle: Accessibility\n---\nOur statement.\n"])
        let outcome = portal.build()
        XCTAssertEqual(outcome.errors, [])
        XCTAssertTrue(try portal.read("accessibility/index.html").contains("Our statement."))
    }
}
