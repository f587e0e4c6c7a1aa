import XCTest
@testable import SchemePortal

/// Suggestions that fit (issue 13, item 4): the dates date messages suggest fall in the scheme's cohort (or
/// from the reference day), any weekday or zone they show is right for the day, and a mistake that is itself
/// a date gets the date it most likely meant (Model/DateExamples.swift, Model/DateCorrections.swift).
final class DateExamplesTests: XCTestCase {
    private func error(_ text: String, cohort: String? = nil, today: CalendarDay? = nil,
                       file: StaticString = #filePath, line: UInt = #line) -> DateGrammarError? {
        guard case .failure(let error) = DateGrammar(examples: DateExamples(cohort: cohort, today: today)).parse(text) else {
            XCTFail("“\(text)” was read", file: file, line: line)
            return nil
        }
        return error
    }

    private func hint(_ text: String, cohort: String? = nil, today: CalendarDay? = nil,
                      file: StaticString = #filePath, line: UInt = #line) -> String? {
        error(text, cohort: cohort, today: today, file: file, line: line)?.hint
    }

    /// Every “…” in a hint that reads as a date.
    private func suggested(in hint: String) -> [DateExpression] {
        hint.split(separator: "“").dropFirst().compactMap { piece in
            piece.split(separator: "”").first.flatMap { try? DateGrammar().parse(String($0)).get() }
        }
    }

    private let november2026 = CalendarDay(year: 2026, month: 11, day: 30)

    func test_a_cohort_names_its_years() {
        XCTAssertEqual(DateExamples.years(in: "2026-27"), [2026, 2027])
        XCTAssertEqual(DateExamples.years(in: "2026/2027"), [2026, 2027])
        XCTAssertEqual(DateExamples.years(in: "Cohort 3 (2025)"), [2025])
        XCTAssertEqual(DateExamples.years(in: "2026–24"), [2026], "a second year before the first is no cohort's")
        XCTAssertEqual(DateExamples.years(in: "pilot"), [])
    }

    func test_a_date_without_its_year_is_completed_in_the_cohort_autumn_in_the_first_year() {
        XCTAssertEqual(hint("2 March", cohort: "2026-27"), "add the year, as in “2 March 2027”")
        XCTAssertEqual(hint("19 November", cohort: "2026-27"), "add the year, as in “19 November 2026”")
        XCTAssertEqual(hint("Summer", cohort: "2026-27"), "add the year, as in “Summer 2027”")
        XCTAssertEqual(hint("May to October", cohort: "2026-27"), "add the year, as in “May to October 2027”")
        XCTAssertEqual(hint("December to February", cohort: "2026-27"), "add the year, as in “December to February 2027”")
        XCTAssertEqual(hint("28 December – 3 January", cohort: "2026-27"), "add the year, as in “3 January 2027”")
        XCTAssertEqual(hint("30 August – 2 September", cohort: "2026-27"), "add the year, as in “2 September 2027”")
        XCTAssertEqual(hint("March", cohort: "2028"), "add the year, as in “March 2028”")
    }

    func test_without_a_cohort_a_date_is_completed_on_or_after_the_reference_day() {
        XCTAssertEqual(hint("19 December", today: november2026), "add the year, as in “19 December 2026”")
        XCTAssertEqual(hint("2 March", today: november2026), "add the year, as in “2 March 2027”", "March 2026 is past")
        XCTAssertEqual(hint("soon", today: november2026), "write a date such as “19 December 2026” or “12:00, 19 December 2026”")
    }

    func test_an_example_time_names_the_zone_in_force_on_its_day() {
        XCTAssertEqual(hint("17:00 GMT", cohort: "2026-27"), "add the day it is on, as in “12:00 GMT, 19 December 2026”")
    }

    func test_every_example_a_hint_suggests_reads_cleanly_in_the_cohort() throws {
        let mistakes = ["soon", "2 March", "Summer", "March", "17:00", "10:00–12:00", "26 2027", "2027-13-02", "03/04",
                        "Thursday 03/04/2027", "31 June 2027", "Friday 31 June 2027", "0 March 2027", "19 December 27",
                        "2 March 2027 ❤️", String(repeating: "x ", count: 150)]
        for cohort in ["2026-27", "2030"] {
            // A correction of the author's own date keeps the year they wrote (2027 in every mistake here).
            let years = DateExamples.years(in: cohort) + [2027]
            for mistake in mistakes {
                let hint = try XCTUnwrap(hint(mistake, cohort: cohort), mistake)
                let dates = suggested(in: hint)
                for date in dates {
                    XCTAssertTrue(years.contains(date.earliestDay.year), "“\(mistake)” suggests \(date) outside \(cohort): \(hint)")
                    for point in date.points {
                        XCTAssertNil(DatePointRules.wrongWeekday(point), "“\(mistake)”: \(hint)")
                        XCTAssertNil(DatePointRules.wrongZone(point), "“\(mistake)”: \(hint)")
                    }
                }
            }
        }
    }

    func test_an_impossible_day_quotes_what_was_written_and_suggests_the_days_either_side() throws {
        let iso = try XCTUnwrap(error("2027-06-31"))
        XCTAssertEqual(iso.message, "“2027-06-31” is not a day: June 2027 has 30 days")
        XCTAssertEqual(iso.hint, "did you mean 30 June 2027 or 1 July 2027?")
        XCTAssertEqual(error("31st June 2027")?.message, "“31st June 2027” is not a day: June 2027 has 30 days")
        XCTAssertEqual(hint("0 March 2027"), "did you mean 1 March 2027 or 28 February 2027?")
        XCTAssertEqual(hint("45 June 2027"), "check the day: June 2027 runs from 1 to 30 June 2027")
    }

    func test_an_impossible_day_with_a_weekday_suggests_the_day_that_is_that_weekday() {
        XCTAssertEqual(hint("Wednesday 31 June 2027"), "did you mean Wednesday 30 June 2027?")
        XCTAssertEqual(hint("Thursday 31 Feb 2023"), "did you mean Tuesday 28 February 2023 or Wednesday 1 March 2023?",
                       "neither is a Thursday, so each is shown with its own weekday")
    }

    func test_a_month_written_as_a_number_gets_both_readings_or_the_one_its_weekday_fits() {
        XCTAssertEqual(hint("03/04/2025"),
                       "write the month as a word: “3 April 2025” as the UK reads it, or “4 March 2025” if the month came first")
        XCTAssertEqual(hint("Tuesday 03/04/2025"), "write the month as a word, as in “Tuesday 4 March 2025” (or “2025-03-04”)")
        XCTAssertEqual(hint("19/12/2022"), "write the month as a word, as in “19 December 2022” (or “2022-12-19”)")
        XCTAssertEqual(hint("12/19/2022"), "write the month as a word, as in “19 December 2022” (or “2022-12-19”)")
        XCTAssertEqual(hint("19/12", cohort: "2026-27"), "write the month as a word, as in “19 December 2026” (or “2026-12-19”)")
    }

    func test_an_ISO_date_with_day_and_month_swapped_gets_the_date_it_means() {
        XCTAssertEqual(hint("2027-31-03"), "ISO 8601 dates are year-month-day: did you mean “2027-03-31” (31 March 2027)?")
        XCTAssertEqual(hint("2027-13-40", cohort: "2026-27"), "ISO 8601 dates are year-month-day, such as “2027-03-02”")
    }

    func test_a_wrong_weekday_gets_the_date_as_written_and_the_nearest_day_that_is_that_weekday() {
        let day = CalendarDay(year: 2025, month: 3, day: 11)
        XCTAssertEqual(DatePointRules.wrongWeekday(DatePoint(day: day, writtenWeekday: .monday)),
                       .init(message: "11 March 2025 is a Tuesday, not a Monday",
                             hint: "write “Tuesday 11 March 2025”, or “Monday 10 March 2025” if the Monday is right"))
        XCTAssertEqual(DatePointRules.wrongWeekday(DatePoint(day: day, writtenWeekday: .friday))?.hint,
                       "write “Tuesday 11 March 2025”, or “Friday 14 March 2025” if the Friday is right")
    }

    func test_a_key_date_message_uses_the_schemes_cohort_and_the_builds_reference_day() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "model: peer", with: """
            model: peer
            cohort: 2030-31
            key_dates:
              - label: Call opens
                date: 2 March
            """)
        // With a cohort that names its years the date takes its year from it (issue 14), so it needs none.
        let withCohort = try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme]).check(today: november2026)
        XCTAssertEqual(withCohort.lines, [])
        let withoutCohort = try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme.replacingOccurrences(of: "cohort: 2030-31\n", with: "")])
            .check(today: november2026)
        XCTAssertEqual(withoutCohort.lines, [
            "Content/schemes/test-scheme/scheme.md:8:11: error: “2 March” has no year: a key date must be unambiguous, so it needs its year; add the year, as in “2 March 2027”",
        ])
    }
}
