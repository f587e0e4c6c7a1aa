import XCTest
@testable import SchemePortal

/// `portal match` as a coordinator runs it: what it prints, its exit status, the private report it writes
/// where told (and nowhere it must not), and the content it never touches.
final class MatchCommandTests: XCTestCase {
    private func run(_ arguments: [String], in portal: TestPortal) throws -> (status: Int32, out: String, err: String) {
        try PortalProgram.run(["match"] + arguments + ["--today", "2026-11-30"], in: portal.root, environment: [:])
    }

    func test_a_proposal_is_printed_with_exit_0_and_the_content_is_untouched() throws {
        let portal = try TestPortal(fixture: "matching")
        let before = try portal.snapshot()
        let result = try run(["pairs"], in: portal)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("Matching proposal for Pairs Mentoring Scheme (pairs), 2026-11-30\n"), result.out)
        XCTAssertTrue(result.out.contains("  dev-rana (mentee) with femi-adebayo (mentor): score 6\n    - asked for by name by dev-rana (requested_partner)\n"), result.out)
        XCTAssertEqual(try portal.snapshot(), before, "match writes nothing into the portal")
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.output.path))
    }

    func test_people_left_without_a_partner_still_exit_0_and_explain_names_each_candidate() throws {
        let portal = try MatchFixtureTests.portal([MatchFixtureTests.record("ann-a", "mentee", "AO"),
                                                  MatchFixtureTests.record("top-t", "mentor", "SCS1")])
        let result = try run(["pairs"], in: portal)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains("Left without a partner\n  ann-a (mentee): of 1 mentor, 1 grade gap\n    ‘portal match pairs --explain ann-a’ lists each\n"), result.out)
        let explained = try run(["pairs", "--explain", "ann-a"], in: portal)
        XCTAssertEqual(explained.status, 0)
        XCTAssertEqual(explained.out, """
            ann-a (mentee) in pairs: capacity 1; 0 partners in the data, 0 proposed
              Each mentor:
              - top-t: ruled out: the mentor may be at most 3 grades above (max_grade_gap)

            """)
        let unknown = try run(["pairs", "--explain", "nobody"], in: portal)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("error: --explain: nobody with the id ‘nobody’ is in pairs"), unknown.err)
    }

    func test_yaml_prints_only_the_lines_to_paste() throws {
        let portal = try TestPortal(fixture: "matching")
        let result = try run(["pairs", "--yaml"], in: portal)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.hasPrefix("# Proposed by ‘portal match pairs’ on 2026-11-30: 4 pairs, total score 66.\n"), result.out)
        XCTAssertTrue(result.out.contains("\n# dev-rana (mentee): the record whose ‘side’ is at Content/schemes/pairs/people.yaml:32\npartners: [{id: femi-adebayo, status: proposed}]\n"), result.out)
        XCTAssertFalse(result.out.contains("Proposed pairs"))
    }

    func test_the_private_report_is_written_where_told_and_never_into_the_site_or_over_another_file() throws {
        let portal = try TestPortal(fixture: "matching")
        let written = try run(["pairs", "--report", "private/report.html"], in: portal)
        XCTAssertEqual(written.status, 2, "no such folder: the report cannot be written")
        try FileManager.default.createDirectory(at: portal.root.appendingPathComponent("private"), withIntermediateDirectories: true)
        let ok = try run(["pairs", "--report", "private/report.html"], in: portal)
        XCTAssertEqual(ok.status, 0, ok.err)
        XCTAssertTrue(ok.err.contains("wrote the private report to private/report.html"), ok.err)
        let page = try String(contentsOf: portal.root.appendingPathComponent("private/report.html"), encoding: .utf8)
        XCTAssertTrue(page.hasPrefix(MatchReport.pageMark))
        XCTAssertTrue(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"))
        XCTAssertTrue(page.contains("<strong>Private:</strong>"))
        XCTAssertTrue(page.contains("<td>Dev Rana (dev-rana)</td><td>Femi Adebayo (femi-adebayo)</td><td>6</td>"), page)
        XCTAssertEqual(try run(["pairs", "--report", "private/report.html"], in: portal).status, 0, "an earlier report may be replaced")

        // The site folder as a build leaves it, and a link to it under another name.
        try FileManager.default.createDirectory(at: portal.output, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: portal.root.appendingPathComponent("published").path, withDestinationPath: "Output")
        for (path, folder) in [("Output/report.html", "the site folder"), ("Content/report.html", "the content folder"),
                               ("published/report.html", "the site folder")] {
            let refused = try run(["pairs", "--report", path], in: portal)
            XCTAssertEqual(refused.status, 2, path)
            XCTAssertTrue(refused.err.contains("--report: \(path) is inside \(folder); the report holds personal data that is never published"), refused.err)
            XCTAssertFalse(FileManager.default.fileExists(atPath: portal.root.appendingPathComponent(path).path))
        }
        var status = stat()
        XCTAssertEqual(stat(portal.root.appendingPathComponent("private/report.html").path, &status), 0)
        XCTAssertEqual(status.st_mode & 0o777, 0o600, "the report is its owner's alone")
        try portal.write("notes.html", "my own notes")
        let other = try run(["pairs", "--report", "notes.html"], in: portal)
        XCTAssertEqual(other.status, 2)
        XCTAssertTrue(other.err.contains("--report: notes.html already exists and is not an earlier matching report; choose another name"), other.err)
        XCTAssertEqual(try String(contentsOf: portal.root.appendingPathComponent("notes.html"), encoding: .utf8), "my own notes")
    }

    func test_content_errors_stop_the_proposal_with_exit_1_and_a_wrong_scheme_with_exit_2() throws {
        let portal = try MatchFixtureTests.portal([MatchFixtureTests.record("ann-a", "mentee", "EO", "partners: [nobody-here]")])
        let failed = try run(["pairs"], in: portal)
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.err.contains("match failed: 1 error to fix first; no proposal was made"), failed.err)
        XCTAssertEqual(failed.out, "")
        let wrong = try run(["pair"], in: try TestPortal(fixture: "matching"))
        XCTAssertEqual(wrong.status, 2)
        XCTAssertEqual(wrong.err, "error: there is no scheme ‘pair’; did you mean ‘pairs’? (the schemes: pairs)\n")
    }
}
