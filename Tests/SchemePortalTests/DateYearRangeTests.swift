import XCTest
@testable import SchemePortal

/// A date's year must fall in 1900–2200 (`DateGrammar.years`), in every form the grammar reads: a slip
/// such as “0000” is an error at the year as written, and never reaches a calendar.
final class DateYearRangeTests: XCTestCase {
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DateGrammarError? {
        switch DateGrammar().parse(text) {
        case .success(let expression):
            XCTFail("“\(text)” was read as \(expression), but its year is out of range", file: file, line: line)
            return nil
        case .failure(let error):
            return error
        }
    }

    func test_a_year_outside_1900_to_2200_is_an_error_at_the_year_in_every_form() {
        let cases: [(text: String, year: String, offset: Int)] = [
            ("25 August 0000", "0000", 10),
            ("0000-08-25", "0000", 0),
            ("0000-08-25T12:00Z", "0000", 0),
            ("12:00 BST, 19 December 1899", "1899", 23),
            ("Thursday 2 March 2201", "2201", 17),
            ("March 24th, 9999", "9999", 12),
            ("26 January – 9 February 0001", "0001", 24),
            ("2023-01-26/0023-02-09", "0023", 11),
            ("w/c 2 January 1066", "1066", 14),
            ("May to October 2999", "2999", 15),
            ("0000-03", "0000", 0),
            ("Summer 0000", "0000", 7),
            ("Michaelmas term 1850", "1850", 16),
            ("2500", "2500", 0),
            ("10:00–12:00, 2 March 0202", "0202", 21),
        ]
        for (text, year, offset) in cases {
            guard let error = error(text) else { continue }
            XCTAssertEqual(error.message, "“\(year)” is outside the years a date can be in (1900 to 2200)", text)
            XCTAssertEqual(error.hint, "check the year", text)
            XCTAssertEqual(error.offset, offset, text)
        }
    }

    func test_a_year_worked_out_across_new_year_must_be_in_range_too() {
        guard let error = error("28 December – 3 January 1900") else { return }
        XCTAssertEqual(error.message, "“28 December – 3 January 1900” would fall in 1899, outside the years a date can be in (1900 to 2200)")
        XCTAssertEqual(error.offset, 0)
    }

    func test_the_first_and_last_years_are_read() {
        for text in ["1 January 1900", "31 December 2200", "1900-01-01", "Summer 2200", "December 2199 to January 2200"] {
            if case .failure(let error) = DateGrammar().parse(text) { XCTFail("“\(text)”: \(error.message)") }
        }
    }

    func test_a_key_date_in_year_0000_is_an_error_at_its_column_and_no_calendar_is_written() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": """
            ---
            title: Test scheme
            organisers: [Test team]
            summary: A scheme for tests.
            model: peer
            sides:
              - id: mentor
                name: Mentor
            key_dates:
              - label: Closing event
                date: 25 August 0000
            ---
            Introduction.
            """])
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/scheme.md:11:21: error: “0000” is outside the years a date can be in (1900 to 2200); check the year",
        ])
        XCTAssertEqual(outcome.diagnostics.first?.sourceLine, "    date: 25 August 0000")
        XCTAssertFalse(outcome.files.contains { String(decoding: $0.contents, as: UTF8.self).contains("00000825") })
    }
}
