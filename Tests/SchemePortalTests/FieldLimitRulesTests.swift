import XCTest
@testable import SchemePortal

/// Limits that fit real data: a large people file is read, an overlong field is a located error that says
/// which limit it hit and how to raise it, and portal.yaml can raise each limit.
final class FieldLimitRulesTests: XCTestCase {
    private func person(_ fields: String) -> String {
        """
        id: ada
        name: Ada
        schemes:
          - scheme: test-scheme
            side: mentor
        consent: [name]
        \(fields)
        """
    }

    private func check(_ people: [String: String], portalFile: String = TestPortal.minimalPortalFile) throws -> [String] {
        var files = people
        files["Content/portal.yaml"] = portalFile
        return try TestPortal(files).check().lines
    }

    func test_an_overlong_field_is_an_error_at_the_field_saying_how_to_raise_the_limit() throws {
        let lines = try check(["Content/people/ada.yaml": person("job_title: \(String(repeating: "é", count: 1_001))")])
        XCTAssertEqual(lines, [
            "Content/people/ada.yaml:7:12: error: ‘job_title’ is 1,001 characters long, more than the 1,000 a field may have; shorten it, or raise ‘limits: field_characters:’ in portal.yaml",
        ])
    }

    func test_an_overlong_biography_and_expertise_are_errors_at_each() throws {
        let biography = String(repeating: "word ", count: 4_001)
        let lines = try check(["Content/people/ada.yaml": person("""
            expertise_offered: [Rivers, \(String(repeating: "x", count: 1_200))]
            biography: \(biography)
            """)])
        XCTAssertEqual(lines, [
            "Content/people/ada.yaml:7:29: error: ‘expertise_offered’ is 1,200 characters long, more than the 1,000 a field may have; shorten it, or raise ‘limits: field_characters:’ in portal.yaml",
            "Content/people/ada.yaml:8:12: error: the biography is 20,004 characters long, more than the 20,000 it may have; shorten it, or raise ‘limits: biography_characters:’ in portal.yaml",
        ])
    }

    func test_the_portal_file_raises_the_limits() throws {
        let raised = TestPortal.minimalPortalFile + "\nlimits:\n  field_characters: 2000\n  biography_characters: 30000\n"
        let lines = try check(["Content/people/ada.yaml": person("""
            job_title: \(String(repeating: "x", count: 1_500))
            biography: \(String(repeating: "word ", count: 5_000))
            """)], portalFile: raised)
        XCTAssertEqual(lines, [])
    }

    func test_limits_outside_their_range_and_unknown_limits_are_errors() throws {
        let portalFile = TestPortal.minimalPortalFile + "\nlimits:\n  people_file_mb: 0\n  pages: 3\n"
        let lines = try check([:], portalFile: portalFile)
        XCTAssertEqual(lines, [
            "Content/portal.yaml:9:19: error: ‘people_file_mb’ is 0, outside 1…1000; use a number from 1 to 1000",
            "Content/portal.yaml:10:3: error: unknown key ‘pages’ in ‘limits’; the keys ‘limits’ may have are: ‘people_file_mb’, ‘biography_characters’, ‘field_characters’",
        ])
    }

    /// A scheme of a few thousand people is a people file of several megabytes, more than a page may be.
    func test_a_people_file_larger_than_a_page_may_be_is_read() throws {
        let padding = String(repeating: "# \(String(repeating: "x", count: 98))\n", count: 30_000)
        let lines = try check(["Content/people/ada.yaml": padding + person("")])
        XCTAssertEqual(lines, [])
    }

    func test_a_people_file_over_its_limit_says_which_limit_and_how_to_raise_it() throws {
        let padding = String(repeating: "# \(String(repeating: "x", count: 98))\n", count: 12_000)
        let portalFile = TestPortal.minimalPortalFile + "\nlimits:\n  people_file_mb: 1\n"
        let lines = try check(["Content/people/ada.yaml": padding + person("")], portalFile: portalFile)
        XCTAssertEqual(lines, [
            "Content/people/ada.yaml:1:1: error: the file is 1,212 kB, larger than the 1 MB a people file may be; split it into several files in Content/people/, or raise ‘limits: people_file_mb:’ in portal.yaml",
        ])
    }
}
