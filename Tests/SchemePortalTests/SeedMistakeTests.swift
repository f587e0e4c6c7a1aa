import XCTest
@testable import SchemePortal

/// Verbatim copies of the mistakes in the real scheme documents, each folder with the exact diagnostics
/// `portal check` must print (`expected.diagnostics`). Set UPDATE_GOLDENS=1 to rewrite them after a
/// deliberate change of wording, and review the diff.
final class SeedMistakeTests: XCTestCase {
    func test_the_OPEN_2022_23_call_reports_its_mistakes_at_their_lines() throws {
        try assertFixture("seed-mistakes/open-2022-23")
    }

    func test_the_OPEN_mistakes_fail_the_build_and_write_nothing() throws {
        let portal = try TestPortal(fixture: "seed-mistakes/open-2022-23")
        let outcome = portal.build()
        XCTAssertTrue(outcome.diagnostics.hasErrors)
        XCTAssertFalse(outcome.wrote)
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.output.appendingPathComponent("index.html").path))
    }

    func test_the_demo_content_checks_with_no_errors_and_no_warnings() throws {
        let outcome = TestPortal.checkDemo()
        XCTAssertEqual(outcome.lines, [])
        XCTAssertGreaterThan(outcome.pageCount, 50)
    }

    /// Every fixture folder holding an `expected.diagnostics` file is checked the same way, so adding a
    /// mistake fixture needs no new code.
    func test_every_fixture_prints_exactly_its_expected_diagnostics() throws {
        let root = TestPortal.fixtures
        var checked = 0
        for group in try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() {
            let groupURL = root.appendingPathComponent(group)
            let candidates = [group] + ((try? FileManager.default.contentsOfDirectory(atPath: groupURL.path)) ?? []).sorted().map { "\(group)/\($0)" }
            for name in candidates where FileManager.default.fileExists(atPath: root.appendingPathComponent(name).appendingPathComponent("expected.diagnostics").path) {
                try assertFixture(name)
                checked += 1
            }
        }
        // The seed-mistake fixture and one per people rule; losing one must not go unnoticed.
        let expected = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix("people-") }.count + 1
        XCTAssertEqual(checked, expected)
    }

    private func assertFixture(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let portal = try TestPortal(fixture: name)
        let actual = portal.check().lines.joined(separator: "\n") + "\n"
        let expectedURL = TestPortal.fixtures.appendingPathComponent(name).appendingPathComponent("expected.diagnostics")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try actual.write(to: expectedURL, atomically: true, encoding: .utf8)
            return XCTFail("\(name)/expected.diagnostics was rewritten: review the diff, then run again without UPDATE_GOLDENS",
                           file: file, line: line)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        XCTAssertEqual(actual, expected, "fixture \(name)", file: file, line: line)
    }
}
