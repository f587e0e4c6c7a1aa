import XCTest
@testable import SchemePortal

/// Ids and headings that become addresses must make one; each mistake is an error at the id as written.
final class IdentifierRulesTests: XCTestCase {
    func test_a_side_id_or_person_id_that_is_not_an_address_is_an_error_at_the_id_with_a_suggestion() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "  - id: mentee", with: "  - id: \"Mentee Side\"")
        let portal = try TestPortal([
            "Content/schemes/test-scheme/scheme.md": scheme,
            "Content/people/p.yaml": "id: Ann Smith\nname: Ann\nconsent: [name]\nschemes: [{scheme: test-scheme, side: mentor}]\n",
        ])
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/people/p.yaml:1:5: error: the id ‘Ann Smith’ should be lowercase letters, digits and hyphens; write ‘ann-smith’",
            "Content/schemes/test-scheme/scheme.md:9:9: error: the side id ‘Mentee Side’ should be lowercase letters, digits and hyphens; write ‘mentee-side’",
        ])
        XCTAssertEqual(outcome.diagnostics.map(\.sourceLine), ["id: Ann Smith", "  - id: \"Mentee Side\""])
    }

    func test_a_heading_without_letters_or_digits_gets_no_page_and_is_an_error_at_the_heading() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": TestPortal.minimalScheme + "\n\n## ***\nText.\n"])
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/scheme.md:14:1: error: this heading gives the section no address; write a heading with letters or digits",
        ])
        XCTAssertEqual(outcome.diagnostics.first?.sourceLine, "## ***")
    }
}
