import XCTest
@testable import SchemePortal

/// SchemeReferenceRules: sides, grade ladders and grades a scheme names must exist; sections must not take the scheme's own addresses.
final class SchemeReferenceRulesTests: XCTestCase {
    private func lines(_ frontMatter: String, body: String = "Introduction.\n") throws -> [String] {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: frontMatter + "---\n" + body)
        return try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme]).check().lines
    }

    func test_a_contact_for_a_side_the_scheme_does_not_have_is_an_error_with_a_suggestion() throws {
        XCTAssertEqual(try lines("contacts:\n  - role: Coordinator\n    email: c@example.org\n    side: mentors\n"), [
            "Content/schemes/test-scheme/scheme.md:12:5: error: the contact ‘Coordinator’ names the side ‘mentors’, which the scheme does not have; did you mean ‘mentor’?",
        ])
    }

    func test_a_section_cannot_take_the_address_of_the_schemes_own_pages() throws {
        XCTAssertEqual(try lines("", body: "Intro.\n\n## Handbook\nText.\n\n## People\nText.\n"), [
            "Content/schemes/test-scheme/scheme.md:14:1: error: the section ‘Handbook’ would take the address of the scheme's handbook pages; give the section another heading",
            "Content/schemes/test-scheme/scheme.md:17:1: error: the section ‘People’ would take the address of the scheme's people pages; give the section another heading",
        ])
    }

    func test_an_unknown_grade_ladder_is_an_error_at_its_name_with_a_suggestion() throws {
        XCTAssertEqual(try lines("rules:\n  grade_ladder: civil-servce\n"), [
            "Content/schemes/test-scheme/scheme.md:12:17: error: the grade ladder ‘civil-servce’ is not defined in portal.yaml; did you mean ‘civil-service’?",
        ])
    }

    func test_eligible_grades_must_be_on_the_ladder_and_in_order() throws {
        let rules = "rules:\n  grade_ladder: civil-service\n  eligible_grades:\n    mentor: {lowest: Grade 6, highest: HEO}\n    mentee: {lowest: Grade 77}\n"
        XCTAssertEqual(try lines(rules), [
            "Content/schemes/test-scheme/scheme.md:14:5: error: the lowest eligible grade is above the highest; swap ‘lowest’ and ‘highest’",
            "Content/schemes/test-scheme/scheme.md:15:22: error: the grade ‘Grade 77’ is not on the ladder ‘civil-service’; did you mean ‘Grade 7’?",
        ])
    }

    func test_eligible_grades_for_an_unknown_side_are_an_error() throws {
        let rules = "rules:\n  grade_ladder: civil-service\n  eligible_grades:\n    mentee: {lowest: EO}\n    mentr: {lowest: EO}\n"
        XCTAssertEqual(try lines(rules), [
            "Content/schemes/test-scheme/scheme.md:15:5: error: ‘eligible_grades’ names the side ‘mentr’, which the scheme does not have; did you mean ‘mentor’?",
        ])
    }

    func test_eligible_grades_and_grade_gaps_need_a_ladder_to_count_on_said_once() throws {
        XCTAssertEqual(try lines("rules:\n  min_grade_gap: 2\n  eligible_grades:\n    mentor: {lowest: EO}\n"), [
            "Content/schemes/test-scheme/scheme.md:12:18: error: grade gaps and ‘eligible_grades’ need a ‘grade_ladder’ to compare grades on; add ‘grade_ladder: …’ to the rules, naming a ladder in portal.yaml",
        ])
        XCTAssertEqual(try lines("rules:\n  eligible_grades:\n    mentor: {lowest: EO}\n    mentee: {lowest: AO}\n"), [
            "Content/schemes/test-scheme/scheme.md:13:5: error: ‘eligible_grades’ needs a ‘grade_ladder’ to compare grades on; add ‘grade_ladder: …’ to the rules, naming a ladder in portal.yaml",
        ])
    }

    func test_rules_that_name_only_what_exists_are_clean() throws {
        let rules = "rules:\n  grade_ladder: civil-service\n  min_grade_gap: 1\n  eligible_grades:\n    mentor: {lowest: Grade 7, highest: Deputy Director}\n    mentee: {highest: SEO}\n"
        XCTAssertEqual(try lines(rules), [])
    }
}
