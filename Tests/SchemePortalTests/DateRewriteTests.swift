import XCTest
@testable import SchemePortal

/// A date's words moved on where they are written, in the coordinator's own form.
final class DateRewriteTests: XCTestCase {
    private func move(_ text: String, years: Int = 1, cohort: String? = nil) -> DateRewrite.Outcome {
        let oldCohort = cohort.flatMap { c in DateExamples.years(in: c).first.map { "\($0 - years)-\(String($0 - years + 1).suffix(2))" } }
        guard case .success(let read) = DateGrammar(yearSource: .cohort(oldCohort)).parse(text) else {
            XCTFail("cannot read \(text)")
            return .notMoved
        }
        return DateRewrite.move(text, read: read, by: DateShift(years: years), grammar: DateGrammar(yearSource: .cohort(cohort)))
    }

    func test_a_date_with_its_weekday_keeps_the_weekday_and_its_own_form() {
        XCTAssertEqual(move("Tuesday 6 June 2023"), .moved("Tuesday 4 June 2024"))
        XCTAssertEqual(move("Tues 6th June 2023"), .moved("Tues 4th June 2024"))
        XCTAssertEqual(move("6pm on Monday 11 March 2024"), .moved("6pm on Monday 10 March 2025"))
        XCTAssertEqual(move("12:00, Tuesday 2 January 2024"), .moved("12:00, Tuesday 31 December 2024"))
        XCTAssertEqual(move("Tue 2 Jan 2024"), .moved("Tue 31 Dec 2024"))
    }

    func test_an_evening_to_midnight_on_the_28th_of_February_stays_one_evening_across_a_leap_year() {
        XCTAssertEqual(move("18:00 to 00:00, 28 February 2027"), .moved("18:00 to 00:00, 28 February 2028"))
        XCTAssertEqual(move("18:00 to 00:00, 28 February 2028"), .moved("18:00 to 00:00, 28 February 2029"))
    }

    func test_a_date_without_a_weekday_keeps_its_day() {
        XCTAssertEqual(move("24 November 2022"), .moved("24 November 2023"))
        XCTAssertEqual(move("2022-12-19"), .moved("2023-12-19"))
        XCTAssertEqual(move("March 24th, 2023"), .moved("March 24th, 2024"))
        XCTAssertEqual(move("29 February 2024"), .moved("28 February 2025"))
        XCTAssertEqual(move("2024-02-29"), .moved("2025-02-28"))
    }

    func test_ranges_times_weeks_and_months_move_as_a_whole() {
        XCTAssertEqual(move("26–30 January 2023"), .moved("26–30 January 2024"))
        XCTAssertEqual(move("26 January 2023 – 9 February 2023"), .moved("26 January 2024 – 9 February 2024"))
        XCTAssertEqual(move("10:00–12:00, 2 March 2023"), .moved("10:00–12:00, 2 March 2024"))
        XCTAssertEqual(move("5-6pm, Tuesday 9 March 2027"), .moved("5-6pm, Tuesday 7 March 2028"))
        // An evening to midnight ends on the next day, but its one written day is the evening's.
        XCTAssertEqual(move("19:00–midnight, Tuesday 9 March 2027"), .moved("19:00–midnight, Tuesday 7 March 2028"))
        XCTAssertEqual(move("31 December 2026, 18:00 to 00:00"), .moved("31 December 2027, 18:00 to 00:00"))
        XCTAssertEqual(move("19:00, 9 March 2027 – 00:00, 10 March 2027"), .moved("19:00, 9 March 2028 – 00:00, 10 March 2028"))
        XCTAssertEqual(move("12:00 GMT, 19 December 2022"), .moved("12:00 GMT, 19 December 2023"))
        XCTAssertEqual(move("w/c 2 January 2023"), .moved("w/c 1 January 2024"))
        XCTAssertEqual(move("February to 24 August 2023"), .moved("February to 24 August 2024"))
        XCTAssertEqual(move("Summer 2023"), .moved("Summer 2024"))
        XCTAssertEqual(move("academic year 2026-27"), .moved("academic year 2027-28"))
        XCTAssertEqual(move("Monday 26 June – Friday 30 June 2023"), .moved("Monday 24 June – Friday 28 June 2024"))
    }

    func test_summer_time_written_is_corrected_to_what_the_clocks_show_on_the_new_day() {
        XCTAssertEqual(move("12:00 BST, 27 March 2023"), .moved("12:00 GMT, 27 March 2024"))
    }

    func test_dates_that_follow_another_date_or_the_cohort_are_left_as_written() {
        XCTAssertEqual(move("2 weeks before ‘Start’"), .leftAlone)
        XCTAssertEqual(move("ongoing"), .leftAlone)
        XCTAssertEqual(move("2 March", cohort: "2023-24"), .leftAlone)
        XCTAssertEqual(move("September to December", cohort: "2023-24"), .leftAlone)
    }

    func test_a_year_less_date_with_its_weekday_moves_so_the_weekday_stays_true_in_the_new_cohort() {
        // Tuesday 8 November 2022 (cohort 2022-23) → Tuesday 7 November 2023 (cohort 2023-24).
        XCTAssertEqual(move("Tuesday 8 November", cohort: "2023-24"), .moved("Tuesday 7 November"))
    }
}
