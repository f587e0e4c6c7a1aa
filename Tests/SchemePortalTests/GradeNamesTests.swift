import XCTest
@testable import SchemePortal

/// A grade is shown, filtered and faceted by its name on the ladder, however it was written.
final class GradeNamesTests: XCTestCase {
    func test_an_alias_and_another_case_show_as_the_ladders_name_in_one_facet() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  grade_ladder: civil-service\n---\n")
        var files = ["Content/schemes/test-scheme/scheme.md": scheme]
        for (id, grade) in [("ada", "Deputy Director"), ("ben", "scs1"), ("cy", "Grade 7"), ("dee", "Band B")] {
            files["Content/people/\(id).yaml"] = """
                id: \(id)
                name: \(id.capitalized)
                grade: \(grade)
                schemes:
                  - scheme: test-scheme
                    side: mentor
                consent: [name, grade]
                """
        }
        let portal = try TestPortal(files)
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let outcome = portal.build()
        // ‘Band B’ is not on the ladder: an error, so the build writes nothing; the publication is what is compared.
        XCTAssertEqual(outcome.errors.count, 1, outcome.lines.joined(separator: "\n"))
        let published = Publication(portal: try XCTUnwrap(outcome.portal)).people
        XCTAssertEqual(published.map(\.grade), ["SCS1", "SCS1", "Grade 7", "Band B"])
    }

    func test_the_facet_pages_and_profiles_use_the_name() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  grade_ladder: civil-service\n---\n")
        var files = ["Content/schemes/test-scheme/scheme.md": scheme]
        for (id, grade) in [("ada", "Deputy Director"), ("ben", "SCS1")] {
            files["Content/people/\(id).yaml"] = "id: \(id)\nname: \(id.capitalized)\ngrade: \(grade)\nschemes:\n  - scheme: test-scheme\n    side: mentor\nconsent: [name, grade]\n"
        }
        let portal = try TestPortal(files)
        defer { try? FileManager.default.removeItem(at: portal.root) }
        XCTAssertTrue(portal.build().wrote)
        let facet = try portal.read("people/grade/scs1/index.html")
        XCTAssertTrue(facet.contains("2 matching people"), facet)
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.output.appendingPathComponent("people/grade/deputy-director").path))
        XCTAssertTrue(try portal.read("people/ada/index.html").contains("<dd>SCS1</dd>"))
    }
}
