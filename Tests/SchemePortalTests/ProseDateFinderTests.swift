import XCTest
@testable import SchemePortal

/// Dates in running text are found at the right line and column whatever ends the file's lines.
final class ProseDateFinderTests: XCTestCase {
    private let text = ["Welcome.", "Applications close on Tuesday 6 June 2023.", "", "We meet on 2 March 2023 and 9 March 2023."]

    private func places(_ ending: String) -> [String] {
        ProseDateFinder.find(in: text.joined(separator: ending) + ending).map { "\($0.line):\($0.column): \($0.written)" }
    }

    func test_dates_are_at_the_same_lines_and_columns_in_LF_CRLF_and_CR_files() {
        let expected = ["1:22: Tuesday 6 June 2023", "3:11: 2 March 2023", "3:28: 9 March 2023"]
        XCTAssertEqual(places("\n"), expected)
        XCTAssertEqual(places("\r\n"), expected)
        XCTAssertEqual(places("\r"), expected)
    }

    func test_check_reports_wrong_weekdays_in_a_CRLF_scheme_where_it_does_in_an_LF_one() throws {
        var found: [String] = []
        for ending in ["\n", "\r\n"] {
            let portal = try TestPortal(fixture: "rollover")
            let path = "Content/schemes/pilot-2022-23/scheme.md"
            let text = try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)
            try portal.write(path, text.replacingOccurrences(of: "on Tuesday 6 June 2023", with: "on Monday 6 June 2023")
                .replacingOccurrences(of: "starts on 1 September 2023", with: "starts on Monday 1 September 2023")
                .replacingOccurrences(of: "\n", with: ending))
            let outcome = portal.check(today: CalendarDay(year: 2026, month: 11, day: 30))
            found.append(contentsOf: outcome.diagnostics.filter { $0.code == .proseDate }.map { "\($0.location.line):\($0.location.column)" })
        }
        // The loader reads a CRLF file as an LF one, so this holds already; it guards the finder's own splitting.
        XCTAssertEqual(found, ["7:25", "43:22", "7:25", "43:22"])
    }
}
