import XCTest
@testable import SchemePortal

/// A scheme has one or two sides, a way to reach each contact, and grade gaps that can both hold.
final class SchemeShapeRulesTests: XCTestCase {
    func test_three_sides_a_contact_with_no_way_to_reach_and_reversed_grade_gaps_are_errors_at_their_lines() throws {
        let scheme = """
            ---
            title: Test scheme
            organisers: [Test team]
            summary: A scheme for tests.
            model: peer
            sides:
              - {id: mentor, name: Mentor}
              - {id: mentee, name: Mentee}
              - {id: observer, name: Observer}
            contacts:
              - role: Nobody in particular
            rules:
              grade_ladder: civil-service
              min_grade_gap: 3
              max_grade_gap: 1
            ---
            Introduction.
            """
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme])
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/test-scheme/scheme.md:7:3: error: a scheme has one or two sides, but this one lists 3; describe the two sides (e.g. mentor and mentee); peers in a circle are one side",
            "Content/schemes/test-scheme/scheme.md:11:5: error: this contact has no ‘email’, ‘phone’ or ‘url’; add at least one way to reach the role",
            "Content/schemes/test-scheme/scheme.md:14:18: error: ‘min_grade_gap’ (3) is larger than ‘max_grade_gap’ (1); swap them, or correct one",
        ])
    }

    func test_sides_are_counted_as_written_even_when_one_cannot_be_read() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "    name: Mentee\n", with: "    name: Mentee\n  - observer\n")
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme])
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/test-scheme/scheme.md:7:3: error: a scheme has one or two sides, but this one lists 3; describe the two sides (e.g. mentor and mentee); peers in a circle are one side",
            "Content/schemes/test-scheme/scheme.md:11:5: error: a side should be a set of ‘key: value’ lines, but this is ‘observer’; write it as ‘key: value’ lines",
        ])
    }
}
