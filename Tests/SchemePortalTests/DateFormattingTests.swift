import XCTest
@testable import SchemePortal

/// How dates are written for readers and machines (Model/DateFormatting.swift): the same words on the
/// key-dates page, in the calendar files and in the messages of the date rules.
final class DateFormattingTests: XCTestCase {
    private func when(_ text: String) throws -> DateExpression {
        try DateGrammar().parse(text).get()
    }

    func test_a_time_is_written_on_the_24_hour_clock_with_its_zone_then_the_weekday_and_date() throws {
        XCTAssertEqual(DateFormatting.display(try when("12:00 GMT, 19 December 2022")), "12:00 GMT, Monday 19 December 2022")
        XCTAssertEqual(DateFormatting.display(try when("9.05am, 3 March 2023")), "09:05 UK time, Friday 3 March 2023")
        XCTAssertEqual(DateFormatting.display(try when("noon, 3 March 2023")), "12:00 UK time, Friday 3 March 2023")
        XCTAssertEqual(DateFormatting.clock(TimeOfDay(hour: 0, minute: 0)), "00:00")
    }

    func test_ranges_weeks_and_months_are_written_in_words_and_vague_dates_as_written() throws {
        XCTAssertEqual(DateFormatting.display(try when("30 September 2024 to 4 October 2024")),
                       "Monday 30 September 2024 to Friday 4 October 2024")
        XCTAssertEqual(DateFormatting.display(try when("w/c 4 March 2024")), "Week commencing Monday 4 March 2024")
        XCTAssertEqual(DateFormatting.display(try when("April 2024 to December 2024")), "April 2024 to December 2024")
        XCTAssertEqual(DateFormatting.display(try when("June 2024")), "June 2024")
        XCTAssertEqual(DateFormatting.display(try when("Spring 2025")), "Spring 2025")
    }

    func test_two_times_on_one_day_name_the_day_once() throws {
        XCTAssertEqual(DateFormatting.display(try when("14:00 - 16:00, Tuesday 6 June 2028")),
                       "14:00 to 16:00 UK time, Tuesday 6 June 2028")
        XCTAssertEqual(DateFormatting.display(try when("from 6pm to 8pm GMT on Monday 11 March 2024")),
                       "18:00 to 20:00 GMT, Monday 11 March 2024")
        // Two zones are both said; times on two days keep both days.
        let mixed = DateExpression.range(
            DatePoint(day: CalendarDay(year: 2028, month: 6, day: 6), time: TimeOfDay(hour: 13, minute: 0), zone: .utc),
            DatePoint(day: CalendarDay(year: 2028, month: 6, day: 6), time: TimeOfDay(hour: 16, minute: 0)))
        XCTAssertEqual(DateFormatting.display(mixed), "13:00 UTC to 16:00 UK time, Tuesday 6 June 2028")
        XCTAssertEqual(DateFormatting.display(try when("10:00, 2 March 2023 to 12:00, 3 March 2023")),
                       "10:00 UK time, Thursday 2 March 2023 to 12:00 UK time, Friday 3 March 2023")
    }

    func test_a_range_that_ends_at_the_midnight_ending_its_day_says_midnight_on_that_day() throws {
        XCTAssertEqual(DateFormatting.display(try when("19:00–midnight, Tuesday 9 March 2027")),
                       "19:00 to midnight UK time, Tuesday 9 March 2027")
        XCTAssertEqual(DateFormatting.display(try when("19:00, 9 March 2027 – 00:00, 10 March 2027")),
                       "19:00 to midnight UK time, Tuesday 9 March 2027")
        // Past midnight, both days are named.
        XCTAssertEqual(DateFormatting.display(try when("23:00, 9 March 2027 – 01:00, 10 March 2027")),
                       "23:00 UK time, Tuesday 9 March 2027 to 01:00 UK time, Wednesday 10 March 2027")
    }

    func test_months_ending_on_a_stated_day_show_that_day() throws {
        XCTAssertEqual(DateFormatting.display(try when("February to 24 August 2023")), "February 2023 to Thursday 24 August 2023")
        XCTAssertEqual(DateFormatting.display(try when("August to 24 August 2023")), "August 2023 to Thursday 24 August 2023")
        XCTAssertEqual(DateFormatting.display(try when("May to 31 October 2024")), "May 2024 to October 2024")
    }

    func test_the_machine_form_gives_UK_time_the_offset_in_force_on_its_date() throws {
        let summer = DatePoint(day: CalendarDay(year: 2023, month: 6, day: 19), time: TimeOfDay(hour: 12, minute: 0))
        let winter = DatePoint(day: CalendarDay(year: 2022, month: 12, day: 19), time: TimeOfDay(hour: 12, minute: 0))
        XCTAssertEqual(DateFormatting.machine(summer), "2023-06-19T12:00+01:00")
        XCTAssertEqual(DateFormatting.machine(winter), "2022-12-19T12:00Z")
        // A zone as written is taken at its word, even on a date when UK clocks show the other.
        var written = winter
        written.zone = .bst
        XCTAssertEqual(DateFormatting.machine(written), "2022-12-19T12:00+01:00")
        XCTAssertEqual(DateFormatting.machine(DatePoint(day: winter.day)), "2022-12-19")
    }

    func test_each_kind_of_key_date_has_its_word() {
        XCTAssertEqual(KeyDate.Kind.allCases.map(DateFormatting.kindLabel), ["Opens", "Deadline", "Event", "Period", "Milestone"])
    }
}
