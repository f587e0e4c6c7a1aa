import XCTest
@testable import SchemePortal

/// CalendarMath: leap years, day numbers, weekdays and the days UK clocks change, with no time zone of the machine involved.
final class CalendarMathTests: XCTestCase {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: day) }

    func test_leap_years_follow_the_Gregorian_rule() {
        XCTAssertTrue(CalendarMath.isLeapYear(2024))
        XCTAssertTrue(CalendarMath.isLeapYear(2000))
        XCTAssertFalse(CalendarMath.isLeapYear(1900))
        XCTAssertFalse(CalendarMath.isLeapYear(2100))
        XCTAssertFalse(CalendarMath.isLeapYear(2023))
        XCTAssertTrue(CalendarMath.isValid(year: 2024, month: 2, day: 29))
        XCTAssertFalse(CalendarMath.isValid(year: 2023, month: 2, day: 29))
        XCTAssertFalse(CalendarMath.isValid(year: 2023, month: 4, day: 31))
        XCTAssertFalse(CalendarMath.isValid(year: 2023, month: 13, day: 1))
        XCTAssertFalse(CalendarMath.isValid(year: 2023, month: 0, day: 1))
        XCTAssertFalse(CalendarMath.isValid(year: 2023, month: 1, day: 0))
    }

    func test_weekdays_match_the_calendar() {
        XCTAssertEqual(CalendarMath.weekday(of: day(1970, 1, 1)), .thursday)
        XCTAssertEqual(CalendarMath.weekday(of: day(2026, 11, 23)), .monday)
        XCTAssertEqual(CalendarMath.weekday(of: day(1900, 1, 1)), .monday)
        XCTAssertEqual(CalendarMath.weekday(of: day(2200, 12, 31)), .wednesday)
        XCTAssertEqual(CalendarMath.weekday(of: day(2024, 2, 29)), .thursday)
    }

    func test_every_day_from_1900_to_2200_follows_the_one_before() {
        var previous = CalendarMath.dayNumber(day(1899, 12, 31))
        for year in 1900...2200 {
            for month in 1...12 {
                for d in 1...CalendarMath.daysInMonth(month, year: year) {
                    let number = CalendarMath.dayNumber(day(year, month, d))
                    XCTAssertEqual(number, previous + 1, "\(year)-\(month)-\(d)")
                    XCTAssertEqual(CalendarMath.day(fromNumber: number), day(year, month, d))
                    previous = number
                }
            }
        }
        XCTAssertEqual(CalendarMath.dayNumber(day(1970, 1, 1)), 0)
    }

    func test_adding_days_crosses_months_years_and_leap_days() {
        XCTAssertEqual(CalendarMath.adding(days: 1, to: day(2024, 2, 28)), day(2024, 2, 29))
        XCTAssertEqual(CalendarMath.adding(days: 1, to: day(2023, 2, 28)), day(2023, 3, 1))
        XCTAssertEqual(CalendarMath.adding(days: 7, to: day(2022, 12, 28)), day(2023, 1, 4))
        XCTAssertEqual(CalendarMath.adding(days: -1, to: day(2023, 1, 1)), day(2022, 12, 31))
    }

    func test_UK_clocks_change_on_the_last_Sundays_of_March_and_October() {
        XCTAssertEqual(CalendarMath.lastSunday(ofMonth: 3, year: 2023), day(2023, 3, 26))
        XCTAssertEqual(CalendarMath.lastSunday(ofMonth: 10, year: 2023), day(2023, 10, 29))
        XCTAssertEqual(CalendarMath.lastSunday(ofMonth: 3, year: 2024), day(2024, 3, 31))
        XCTAssertEqual(CalendarMath.lastSunday(ofMonth: 10, year: 2024), day(2024, 10, 27))
    }

    func test_BST_is_in_force_from_the_spring_change_to_the_autumn_change() {
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: day(2022, 12, 19)))
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: day(2023, 3, 25)))
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: day(2023, 3, 27)))
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: day(2023, 7, 1)))
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: day(2023, 10, 28)))
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: day(2023, 10, 30)))
    }

    func test_on_the_days_the_clocks_change_the_hour_decides() {
        let spring = day(2023, 3, 26), autumn = day(2023, 10, 29)
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: spring, at: TimeOfDay(hour: 0, minute: 59)))
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: spring, at: TimeOfDay(hour: 2, minute: 0)))
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: spring), "a day without a time is taken at noon")
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: autumn, at: TimeOfDay(hour: 0, minute: 30)))
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: autumn, at: TimeOfDay(hour: 2, minute: 0)))
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: autumn), "a day without a time is taken at noon")
    }
}
