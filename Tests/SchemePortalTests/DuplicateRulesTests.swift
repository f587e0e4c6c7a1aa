import XCTest
@testable import SchemePortal

/// Whatever must be written once is an error at its second copy, with the line and column of that copy,
/// however far apart the copies are and in whichever stage they were read.
final class DuplicateRulesTests: XCTestCase {
    private let ladders = """
        title: T
        organisation: O
        base_url: https://portal.example.org/
        grade_ladders:
          - id: cs
            name: Civil Service
            grades: [AA, AO, {name: EO, aliases: [ao]}, HEO]
          - id: cs
            name: Again
            grades: [X]
        vocabularies:
          expertise:
            - Statistics
            - name: Data science
              synonyms: [statistics, DS]
            - ds
          organisations: [ONS, ons]
        """

    func test_grades_ladders_and_vocabulary_terms_written_twice_are_errors_at_the_second_copy() throws {
        let portal = try TestPortal(["Content/portal.yaml": ladders])
        XCTAssertEqual(portal.check().lines, [
            "Content/portal.yaml:7:43: error: the grade ‘ao’ appears twice on the ladder; each grade and alias may appear once",
            "Content/portal.yaml:8:9: error: a second grade ladder with the id ‘cs’; give each ladder its own id",
            "Content/portal.yaml:15:18: error: ‘statistics’ appears twice in ‘expertise’; list each term and synonym once",
            "Content/portal.yaml:16:7: error: ‘ds’ appears twice in ‘expertise’; list each term and synonym once",
            "Content/portal.yaml:17:24: error: ‘ons’ appears twice in ‘organisations’; list each term and synonym once",
        ])
    }

    func test_a_second_side_with_the_same_id_is_an_error_at_its_id_with_the_line_shown() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "  - id: mentee\n    name: Mentee",
                                                                   with: "  - id: \"mentor\"\n    name: Mentee")
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme])
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/scheme.md:9:9: error: a second side with the id ‘mentor’; give each side its own id",
        ])
        XCTAssertEqual(outcome.diagnostics.first?.sourceLine, "  - id: \"mentor\"")
    }

    func test_a_second_section_with_the_same_address_gets_no_page_and_is_an_error_at_its_heading() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md":
            TestPortal.minimalScheme + "\n\n## Evaluation\nFirst.\n\n## Evaluation!\nSecond, never published.\n"])
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/scheme.md:17:1: error: a second section with the address ‘evaluation’; merge the two sections or give this one another heading",
        ])
        XCTAssertEqual(outcome.diagnostics.first?.sourceLine, "## Evaluation!")
        XCTAssertEqual(outcome.files.filter { $0.path.hasPrefix("schemes/test-scheme/evaluation") }.count, 1)
    }

    func test_schemes_with_one_title_and_people_with_one_id_or_one_scheme_twice_are_errors() throws {
        let portal = try TestPortal([
            "Content/schemes/other/scheme.md": TestPortal.minimalScheme.replacingOccurrences(of: "Test scheme", with: "test SCHEME"),
            "Content/people/p.yaml": """
                people:
                  - id: ann
                    name: Ann
                    consent: [name]
                    schemes:
                      - scheme: test-scheme
                        side: mentee
                      - scheme: test-scheme
                        side: mentor
                  - id: ann
                    name: Ann again
                    consent: [name]
                    schemes: [{scheme: other, side: mentor}]
                """,
        ])
        XCTAssertEqual(portal.check().lines, [
            "Content/people/p.yaml:8:17: error: ann is listed twice in the scheme ‘test-scheme’; keep one membership per scheme",
            "Content/people/p.yaml:10:9: error: a second person with the id ‘ann’; give each person their own id; one person in several schemes is one record with several memberships",
            "Content/schemes/test-scheme/scheme.md:2:8: error: two schemes are called ‘Test scheme’; give each scheme its own title, e.g. with its cohort",
        ])
    }
}

extension DuplicateRulesTests {
    /// As compilers point at a previous definition, the second of two is reported with a note at the first.
    func test_a_second_person_with_one_id_has_a_note_at_the_first() throws {
        let portal = try TestPortal(["Content/people/a.yaml": "id: ann\nname: Ann\nconsent: [name]\n",
                                     "Content/people/b.yaml": "id: ann\nname: Ann Other\nconsent: [name]\n"])
        let duplicate = try XCTUnwrap(portal.check().diagnostics.first { $0.code == .duplicate })
        XCTAssertEqual(duplicate.location.description, "Content/people/b.yaml:1:5")
        XCTAssertEqual(duplicate.notes, [Diagnostic.Note("the first is here", at: SourceLocation(file: "Content/people/a.yaml", line: 1, column: 5))])
        XCTAssertTrue(DiagnosticPrinter().format(duplicate).hasSuffix("\n    note: Content/people/a.yaml:1:5: the first is here"))
        let json = DiagnosticJSON.array([duplicate])
        XCTAssertTrue(json.contains(#""notes":[{"column":5,"file":"Content/people/a.yaml","line":1,"message":"the first is here"}]"#), json)
    }
}
