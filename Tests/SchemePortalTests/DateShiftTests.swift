import XCTest
@testable import SchemePortal

/// How `portal rollover` moves a date a year on: a date with its weekday keeps it, any other keeps its day.
final class DateShiftTests: XCTestCase {
    private let year = DateShift(years: 1)

    private func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d) }

    private func moved(_ text: String, _ shift: DateShift = DateShift(years: 1)) -> DateExpression? {
        guard case .success(let read) = DateGrammar().parse(text) else { XCTFail("cannot read \(text)"); return nil }
        return shift.moved(read)
    }

    func test_a_date_with_its_weekday_moves_to_the_same_weekday_nearest_the_same_day() {
        // The example: Tuesday 6 June 2023 becomes Tuesday 4 June 2024 (6 June 2024 is a Thursday).
        XCTAssertEqual(moved("Tuesday 6 June 2023")?.earliestDay, day(2024, 6, 4))
        XCTAssertEqual(moved("Tuesday 6 June 2023")?.points.first?.writtenWeekday, .tuesday)
        // Near the turn of the year the nearest Tuesday can be in the same year as before.
        XCTAssertEqual(year.sameWeekday(day(2024, 1, 2)), day(2024, 12, 31))
        XCTAssertEqual(CalendarMath.weekday(of: day(2024, 12, 31)), .tuesday)
    }

    func test_a_date_without_a_weekday_keeps_its_day_and_29_February_becomes_28_February() {
        XCTAssertEqual(moved("2 March 2023")?.earliestDay, day(2024, 3, 2))
        XCTAssertEqual(moved("29 February 2024")?.earliestDay, day(2025, 2, 28))
        XCTAssertEqual(moved("28 February 2023")?.earliestDay, day(2024, 2, 28))
    }

    func test_a_range_moves_as_a_whole_keeping_its_length_and_weekdays() {
        guard case .range(let a, let b)? = moved("Monday 26 June – Friday 30 June 2023") else { return XCTFail() }
        XCTAssertEqual([a.day, b.day], [day(2024, 6, 24), day(2024, 6, 28)])
        XCTAssertEqual(moved("26 January 2023 – 9 February 2023")?.latestDay, day(2024, 2, 9))
        XCTAssertEqual(moved("February to 24 August 2023")?.latestDay, day(2024, 8, 24))
        XCTAssertEqual(moved("May to October 2024")?.latestDay, day(2025, 10, 31))
    }

    func test_a_time_moves_with_its_day_and_summer_time_is_written_as_the_clocks_will_show_it() {
        guard case .point(let p)? = moved("6pm on Monday 11 March 2024") else { return XCTFail() }
        XCTAssertEqual(p.day, day(2025, 3, 10))
        XCTAssertEqual(p.time, TimeOfDay(hour: 18, minute: 0))
        // BST began on 26 March 2023 but begins on 31 March 2024.
        guard case .point(let q)? = moved("12:00 BST, 27 March 2023") else { return XCTFail() }
        XCTAssertEqual(q.day, day(2024, 3, 27))
        XCTAssertEqual(q.zone, .gmt)
    }

    func test_a_week_commencing_keeps_its_weekday() {
        XCTAssertEqual(moved("w/c 2 January 2023")?.earliestDay, day(2024, 1, 1))
    }

    func test_dates_counted_from_another_and_open_ended_dates_are_not_moved() {
        XCTAssertNil(moved("ongoing"))
        XCTAssertNil(moved("2 weeks before ‘Start’"))
    }

    func test_a_cohort_two_years_on_moves_the_dates_two_years() {
        XCTAssertEqual(RolloverPlan.shift(from: "2022-23", to: "2024-25"), DateShift(years: 2))
        XCTAssertEqual(RolloverPlan.shift(from: "2024", to: "2024-25"), DateShift(years: 1))
        XCTAssertEqual(RolloverPlan.shift(from: nil, to: "2025"), DateShift(years: 1))
        XCTAssertEqual(moved("Tuesday 6 June 2023", DateShift(years: 2))?.earliestDay, day(2025, 6, 3))
    }
}
