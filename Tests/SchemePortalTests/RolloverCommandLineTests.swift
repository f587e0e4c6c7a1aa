import Foundation
import XCTest
@testable import SchemePortal

/// `portal rollover` as staff run it: what it prints, and its exit statuses.
final class RolloverCommandLineTests: XCTestCase {
    private func run(_ arguments: [String], in portal: TestPortal) throws -> (status: Int32, out: String, err: String) {
        try PortalProgram.run(arguments + ["--today", "2026-11-30"], in: portal.root)
    }

    func test_a_rollover_exits_0_prints_the_checklist_and_check_then_warns_once_per_moved_date() throws {
        let portal = try TestPortal(fixture: "rollover")
        let result = try run(["rollover", "pilot-2022-23", "--cohort", "2023-24"], in: portal)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.err, "")
        XCTAssertTrue(result.out.hasPrefix("Started Content/schemes/pilot-2023-24, the 2023-24 cohort of pilot-2022-23 (the 2022-23 cohort):\n"), result.out)
        XCTAssertTrue(result.out.contains("Content/schemes/pilot-2022-23 is unchanged."), result.out)
        XCTAssertTrue(result.out.hasSuffix("7. Then run:\n   portal check\n"), result.out)
        let check = try run(["check"], in: portal)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.hasPrefix("checked "), check.out)
        XCTAssertTrue(check.out.contains("0 errors, 7 warnings"), check.out)
        let strict = try run(["check", "--strict"], in: portal)
        XCTAssertEqual(strict.status, 1, "a date still to be confirmed fails --strict")
        XCTAssertTrue(strict.err.contains("[date-to-confirm]"), strict.err)
    }

    func test_a_second_run_refuses_with_exit_2_and_writes_nothing() throws {
        let portal = try TestPortal(fixture: "rollover")
        XCTAssertEqual(try run(["rollover", "pilot-2022-23", "--cohort", "2023-24"], in: portal).status, 0)
        let written = try TestPortal.files(under: portal.root.appendingPathComponent("Content"), includingFolders: true)
        let again = try run(["rollover", "pilot-2022-23", "--cohort", "2023-24"], in: portal)
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.out, "")
        XCTAssertEqual(again.err, "error: Content/schemes/pilot-2023-24 already exists, and portal rollover never writes over anything; nothing was written. Move or delete it first, or choose another folder with --to NAME\n")
        XCTAssertEqual(try TestPortal.files(under: portal.root.appendingPathComponent("Content"), includingFolders: true), written)
    }

    func test_a_scheme_with_errors_exits_1_printing_them_like_check() throws {
        let portal = try TestPortal(fixture: "rollover")
        let path = "Content/schemes/pilot-2022-23/scheme.md"
        let text = try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)
        try portal.write(path, text.replacingOccurrences(of: "date: 2023-02-01", with: "date: 01/02/2023"))
        let result = try run(["rollover", "pilot-2022-23", "--cohort", "2023-24"], in: portal)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.hasPrefix("Content/schemes/pilot-2022-23/scheme.md:19:11: error: "), result.err)
        XCTAssertTrue(result.err.hasSuffix("rollover failed: 1 error in pilot-2022-23 to fix first; nothing was written\n"), result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.root.appendingPathComponent("Content/schemes/pilot-2023-24").path))
    }

    func test_usage_mistakes_exit_2() throws {
        let portal = try TestPortal(fixture: "rollover")
        let unknown = try run(["rollover", "pilot", "--cohort", "2023-24"], in: portal)
        XCTAssertEqual(unknown.status, 2)
        XCTAssertEqual(unknown.err, "error: there is no scheme ‘pilot’; did you mean ‘pilot-2022-23’? (the schemes: pilot-2022-23)\n")
        let noCohort = try run(["rollover", "pilot-2022-23"], in: portal)
        XCTAssertEqual(noCohort.status, 2)
        XCTAssertTrue(noCohort.err.contains("--cohort"), noCohort.err)
        let noYear = try run(["rollover", "pilot-2022-23", "--cohort", "next"], in: portal)
        XCTAssertEqual(noYear.status, 2)
        XCTAssertTrue(noYear.err.contains("--cohort ‘next’ names no year"), noYear.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.root.appendingPathComponent("Content/schemes/pilot-next").path))
    }

    func test_content_and_to_choose_where_it_reads_and_writes() throws {
        let portal = try TestPortal(fixture: "rollover")
        try FileManager.default.moveItem(at: portal.root.appendingPathComponent("Content"), to: portal.root.appendingPathComponent("Site content"))
        let result = try run(["rollover", "pilot-2022-23", "--cohort", "2023-24", "--content", "Site content", "--to", "pilot-next"], in: portal)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("Started Site content/schemes/pilot-next, "), result.out)
        XCTAssertTrue(result.out.hasSuffix("portal check --content 'Site content'\n"), result.out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: portal.root.appendingPathComponent("Site content/schemes/pilot-next/scheme.md").path))
    }
}
