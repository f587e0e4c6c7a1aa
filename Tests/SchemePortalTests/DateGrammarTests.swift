import XCTest
@testable import SchemePortal

final class DateGrammarTests: XCTestCase {
    private let grammar = DateGrammar()

    // MARK: Helpers

    private func read(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DateExpression? {
        switch grammar.parse(text) {
        case .success(let expression): return expression
        case .failure(let error):
            XCTFail("“\(text)” was not read: \(error.message) at \(error.offset)", file: file, line: line)
            return nil
        }
    }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DateGrammarError? {
        switch grammar.parse(text) {
        case .success(let expression):
            XCTFail("“\(text)” was read as \(expression), but should be an error", file: file, line: line)
            return nil
        case .failure(let error): return error
        }
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(year: year, month: month, day: day)
    }

    private func at(_ hour: Int, _ minute: Int) -> TimeOfDay { TimeOfDay(hour: hour, minute: minute) }

    private func point(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DatePoint? {
        guard let expression = read(text, file: file, line: line) else { return nil }
        guard case .point(let p) = expression else {
            XCTFail("“\(text)” was read as \(expression), not a single day", file: file, line: line)
            return nil
        }
        return p
    }

    private func assertPoint(_ text: String, _ expected: CalendarDay, time: TimeOfDay? = nil, zone: ZoneMark? = nil,
                             weekday: Weekday? = nil, offset: Int = 0,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(point(text, file: file, line: line),
                       DatePoint(day: expected, time: time, zone: zone, writtenWeekday: weekday, offset: offset),
                       "“\(text)”", file: file, line: line)
    }

    /// Two times read as a range on `day`, the second ending at `end` when it is not that day (midnight).
    private func assertTimes(_ text: String, on day: CalendarDay, _ from: TimeOfDay, _ to: TimeOfDay, ending end: CalendarDay? = nil,
                             weekday: Weekday? = nil, offsets: (Int, Int), file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read(text, file: file, line: line),
                       .range(DatePoint(day: day, time: from, writtenWeekday: weekday, offset: offsets.0),
                              DatePoint(day: end ?? day, time: to, offset: offsets.1)), "“\(text)”", file: file, line: line)
    }

    private func assertRange(_ text: String, _ from: CalendarDay, _ to: CalendarDay,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let expression = read(text, file: file, line: line) else { return }
        guard case .range(let a, let b) = expression else {
            return XCTFail("“\(text)” was read as \(expression), not a range", file: file, line: line)
        }
        XCTAssertEqual(a.day, from, "“\(text)” start", file: file, line: line)
        XCTAssertEqual(b.day, to, "“\(text)” end", file: file, line: line)
    }

    private func assertMonths(_ text: String, _ from: CalendarDay, _ through: CalendarDay,
                              file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read(text, file: file, line: line), .months(from: from, through: through), "“\(text)”",
                       file: file, line: line)
    }

    private func assertVague(_ text: String, _ earliest: CalendarDay, _ latest: CalendarDay, written: String? = nil,
                             file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(read(text, file: file, line: line),
                       .vague(text: written ?? text, earliest: earliest, latest: latest), "“\(text)”",
                       file: file, line: line)
    }

    private func assertError(_ text: String, message: String? = nil, containing part: String? = nil,
                             offset: Int? = nil, hintContaining hint: String? = nil,
                             file: StaticString = #filePath, line: UInt = #line) {
        guard let error = failure(text, file: file, line: line) else { return }
        if let message { XCTAssertEqual(error.message, message, "“\(text)”", file: file, line: line) }
        if let part {
            XCTAssertTrue(error.message.contains(part), "“\(text)”: “\(error.message)” should mention “\(part)”",
                          file: file, line: line)
        }
        if let offset { XCTAssertEqual(error.offset, offset, "“\(text)” offset", file: file, line: line) }
        if let hint {
            XCTAssertTrue(error.hint?.contains(hint) ?? false,
                          "“\(text)”: hint “\(error.hint ?? "none")” should mention “\(hint)”", file: file, line: line)
        }
        XCTAssertNotNil(error.hint, "“\(text)” should have a hint", file: file, line: line)
        XCTAssertFalse(error.message.isEmpty, file: file, line: line)
    }

    // MARK: The seed documents

    func test_every_date_in_the_seed_documents_is_read() {
        assertPoint("12:00 BST, 19 December 2022", day(2022, 12, 19), time: at(12, 0), zone: .bst)
        assertPoint("12:00 BST on 19 December 2023", day(2023, 12, 19), time: at(12, 0), zone: .bst)
        assertPoint("24 November 2023", day(2023, 11, 24))
        assertPoint("24 January 2023", day(2023, 1, 24))
        assertRange("26 January 2023 – 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
        assertPoint("2 March 2023", day(2023, 3, 2))
        assertVague("Summer 2023", day(2023, 6, 1), day(2023, 8, 31))
        XCTAssertEqual(read("w/c 2 January 2023"), .weekCommencing(DatePoint(day: day(2023, 1, 2), offset: 4)))
        assertPoint("24 August 2023", day(2023, 8, 24))
        assertPoint("6pm on Monday 11 March 2024", day(2024, 3, 11), time: at(18, 0), weekday: .monday)
        assertMonths("May to October 2024", day(2024, 5, 1), day(2024, 10, 31))
        assertVague("Spring 2024", day(2024, 3, 1), day(2024, 5, 31))
        assertMonths("March to May 2023", day(2023, 3, 1), day(2023, 5, 31))
        assertPoint("March 24th 2023", day(2023, 3, 24))
    }

    // MARK: Days

    func test_a_day_then_month_then_year_is_read() {
        assertPoint("2 March 2023", day(2023, 3, 2))
        assertPoint("24 November 2023", day(2023, 11, 24))
        assertPoint("19 December 2022", day(2022, 12, 19))
        assertPoint("19 December, 2022", day(2022, 12, 19))
    }

    func test_an_ordinal_day_before_the_month_is_read() {
        assertPoint("2nd March 2023", day(2023, 3, 2))
        assertPoint("1st May 2023", day(2023, 5, 1))
        assertPoint("23rd June 2023", day(2023, 6, 23))
        assertPoint("the 2nd of March 2023", day(2023, 3, 2))
    }

    func test_a_month_before_an_ordinal_day_is_read() {
        assertPoint("March 24th 2023", day(2023, 3, 24))
        assertPoint("March 24th, 2023", day(2023, 3, 24))
    }

    func test_a_month_before_the_day_with_a_comma_is_read() {
        assertPoint("March 24, 2023", day(2023, 3, 24))
        assertPoint("March 24 2023", day(2023, 3, 24))
    }

    func test_a_weekday_before_the_date_is_kept_for_the_rules() {
        assertPoint("Thursday 2 March 2023", day(2023, 3, 2), weekday: .thursday)
        assertPoint("Monday 11 March 2024", day(2024, 3, 11), weekday: .monday)
        assertPoint("Thursday, 2 March 2023", day(2023, 3, 2), weekday: .thursday)
        assertPoint("Friday, March 24th 2023", day(2023, 3, 24), weekday: .friday)
    }

    func test_a_weekday_that_does_not_match_its_date_is_left_for_the_rules() {
        assertPoint("Friday 2 March 2023", day(2023, 3, 2), weekday: .friday)
    }

    func test_abbreviated_weekdays_and_months_are_read() {
        assertPoint("Mon 11 Mar 2024", day(2024, 3, 11), weekday: .monday)
        assertPoint("Tues 12 Mar 2024", day(2024, 3, 12), weekday: .tuesday)
        assertPoint("Weds 13 Mar 2024", day(2024, 3, 13), weekday: .wednesday)
        assertPoint("Thurs 14 Mar. 2024", day(2024, 3, 14), weekday: .thursday)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
        for (i, name) in months.enumerated() {
            assertPoint("1 \(name) 2023", day(2023, i + 1, 1))
        }
        assertPoint("1 Sep 2023", day(2023, 9, 1))
    }

    func test_dates_are_read_whatever_their_case() {
        assertPoint("19 DECEMBER 2022", day(2022, 12, 19))
        assertPoint("thursday 2 march 2023", day(2023, 3, 2), weekday: .thursday)
        assertPoint("12:00 bst, 19 december 2022", day(2022, 12, 19), time: at(12, 0), zone: .bst)
        XCTAssertEqual(read("W/C 2 JANUARY 2023"), .weekCommencing(DatePoint(day: day(2023, 1, 2), offset: 4)))
    }

    func test_an_unknown_weekday_word_is_an_error() {
        assertError("Thursdy 2 March 2023", message: "“Thursdy” is not a weekday", offset: 0,
                    hintContaining: "did you mean “Thursday”?")
    }

    // MARK: Times

    func test_a_time_written_before_the_date_with_BST_is_read() {
        assertPoint("12:00 BST, 19 December 2022", day(2022, 12, 19), time: at(12, 0), zone: .bst)
    }

    func test_a_time_written_before_the_date_with_on_is_read() {
        assertPoint("12:00 BST on 19 December 2022", day(2022, 12, 19), time: at(12, 0), zone: .bst)
    }

    func test_a_twelve_hour_time_before_a_weekday_and_date_is_read() {
        assertPoint("6pm on Monday 11 March 2024", day(2024, 3, 11), time: at(18, 0), weekday: .monday)
        assertPoint("12am on 11 March 2024", day(2024, 3, 11), time: at(0, 0))
        assertPoint("12pm on 11 March 2024", day(2024, 3, 11), time: at(12, 0))
    }

    func test_a_time_written_after_the_date_with_at_is_read() {
        assertPoint("19 December 2022 at 12:00", day(2022, 12, 19), time: at(12, 0))
        assertPoint("Monday 11 March 2024, 6pm", day(2024, 3, 11), time: at(18, 0), weekday: .monday)
        assertPoint("19 December 2022 at 5pm BST", day(2022, 12, 19), time: at(17, 0), zone: .bst)
    }

    func test_noon_and_midnight_are_read_as_twelve_and_the_start_of_the_day() {
        assertPoint("noon, 19 December 2022", day(2022, 12, 19), time: at(12, 0))
        assertPoint("12 noon on 19 December 2022", day(2022, 12, 19), time: at(12, 0))
        assertPoint("midday, 19 December 2022", day(2022, 12, 19), time: at(12, 0))
        assertPoint("midnight, 19 December 2022", day(2022, 12, 19), time: at(0, 0))
        assertPoint("19 December 2022 at midnight", day(2022, 12, 19), time: at(0, 0))
    }

    func test_a_time_with_a_dot_and_am_is_read() {
        assertPoint("9.30am, 2 March 2023", day(2023, 3, 2), time: at(9, 30))
    }

    func test_a_time_with_a_spaced_pm_is_read() {
        assertPoint("5:30 pm, 2 March 2023", day(2023, 3, 2), time: at(17, 30))
        assertPoint("5 p.m. on 2 March 2023", day(2023, 3, 2), time: at(17, 0))
        assertPoint("2 March 2023 at 5.30 p.m.", day(2023, 3, 2), time: at(17, 30))
    }

    func test_GMT_and_UTC_zone_words_are_read() {
        assertPoint("17:00 GMT, 2 March 2023", day(2023, 3, 2), time: at(17, 0), zone: .gmt)
        assertPoint("17:00 UTC, 2 March 2023", day(2023, 3, 2), time: at(17, 0), zone: .utc)
        assertPoint("17:00 (GMT), 2 March 2023", day(2023, 3, 2), time: at(17, 0), zone: .gmt)
    }

    func test_a_time_without_a_zone_word_has_no_zone_meaning_UK_local_time() {
        XCTAssertNil(point("17:00, 2 March 2023")?.zone)
    }

    func test_an_hour_past_23_is_an_error() {
        assertError("25:00, 2 March 2023", message: "“25:00” is not a time: hours run from 00 to 23", offset: 0)
        assertError("2 March 2023 at 24:00", containing: "“24:00” is not a time", offset: 16)
    }

    func test_an_hour_past_12_with_am_or_pm_is_an_error() {
        assertError("13pm, 2 March 2023", message: "“13pm” is not a time: with am or pm the hour runs from 1 to 12",
                    offset: 0)
        assertError("0am on 2 March 2023", containing: "“0am” is not a time")
    }

    func test_minutes_past_59_are_an_error() {
        assertError("12:60, 2 March 2023", message: "“12:60” is not a time: minutes and seconds run from 00 to 59")
        assertError("5.75pm, 2 March 2023", containing: "minutes run from 00 to 59")
    }

    func test_a_time_without_a_date_is_an_error() {
        assertError("17:00 GMT", message: "“17:00 GMT” is a time with no date", offset: 0,
                    hintContaining: "19 December")
        assertError("midnight", message: "“midnight” is a time with no date")
        assertError("9.30am", containing: "is a time with no date")
        assertError("12:00 BST, ", containing: "is a time with no date")
    }

    // MARK: Ranges

    func test_a_range_with_an_en_dash_is_read() {
        assertRange("26 January 2023 – 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
        assertRange("26 January 2023 — 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_a_range_with_a_hyphen_is_read() {
        assertRange("26 January 2023 - 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_a_range_whose_first_end_has_no_year_takes_the_second_ends_year() {
        assertRange("26 January – 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_a_range_of_days_in_one_month_is_read() {
        assertRange("26–30 January 2023", day(2023, 1, 26), day(2023, 1, 30))
        assertRange("26 - 30 January 2023", day(2023, 1, 26), day(2023, 1, 30))
        assertRange("March 24 – 26, 2023", day(2023, 3, 24), day(2023, 3, 26))
    }

    func test_a_range_with_to_is_read() {
        assertRange("26 January 2023 to 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
        assertRange("26 January until 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_a_range_with_from_and_to_is_read() {
        assertRange("from 26 January 2023 to 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
        assertRange("From 26 January to 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_a_range_with_between_and_is_read() {
        assertRange("between 26 January 2023 and 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
        assertRange("Between 26 January and 9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_a_range_across_new_year_written_with_one_year_starts_the_year_before() {
        assertRange("28 December – 3 January 2024", day(2023, 12, 28), day(2024, 1, 3))
    }

    func test_a_range_that_ends_before_it_starts_is_returned_for_the_rules_to_report() {
        assertRange("9 February 2023 – 26 January 2023", day(2023, 2, 9), day(2023, 1, 26))
        assertRange("30–26 January 2023", day(2023, 1, 30), day(2023, 1, 26))
    }

    func test_each_end_of_a_range_records_where_it_starts_and_its_time() {
        XCTAssertEqual(read("from 10:00 26 January 2023 to Thursday 9 February 2023 at 17:00"),
                       .range(DatePoint(day: day(2023, 1, 26), time: at(10, 0), offset: 5),
                              DatePoint(day: day(2023, 2, 9), time: at(17, 0), writtenWeekday: .thursday, offset: 30)))
    }

    func test_a_range_without_any_year_is_an_error() {
        assertError("26 January – 9 February", message:
                        "“26 January – 9 February” has no year: a key date must be unambiguous, so it needs its year",
                    offset: 0, hintContaining: "add the year")
    }

    func test_a_range_with_an_impossible_end_is_an_error_at_that_end() {
        assertError("26 January – 31 February 2023",
                    message: "“31 February 2023” is not a day: February 2023 has 28 days", offset: 13)
    }

    func test_a_range_left_open_is_an_error() {
        assertError("from 26 January 2023", containing: "“to” and the end of the range", offset: 20)
        assertError("26 January 2023 –", containing: "stops short", offset: 17)
    }

    func test_two_times_on_one_day_are_a_range_within_that_day() {
        XCTAssertEqual(read("10:00–12:00, 2 March 2023"),
                       .range(DatePoint(day: day(2023, 3, 2), time: at(10, 0), offset: 0),
                              DatePoint(day: day(2023, 3, 2), time: at(12, 0), offset: 6)))
        XCTAssertEqual(read("2 March 2023, 10:00 to 12:00 GMT"),
                       .range(DatePoint(day: day(2023, 3, 2), time: at(10, 0), offset: 0),
                              DatePoint(day: day(2023, 3, 2), time: at(12, 0), zone: .gmt, offset: 23)))
        XCTAssertEqual(read("from 6pm to 8pm BST on Monday 11 March 2024"),
                       .range(DatePoint(day: day(2024, 3, 11), time: at(18, 0), zone: .bst, writtenWeekday: .monday,
                                        offset: 5),
                              DatePoint(day: day(2024, 3, 11), time: at(20, 0), zone: .bst, offset: 12)))
        assertError("10:00–12:00", message: "“10:00–12:00” are times with no date", offset: 0)
    }

    func test_two_times_whose_first_has_no_am_or_pm_take_the_seconds_unless_that_puts_it_after() {
        assertTimes("5-6pm, Tuesday 9 March 2027", on: day(2027, 3, 9), at(17, 0), at(18, 0), weekday: .tuesday, offsets: (0, 2))
        assertTimes("Tuesday 9 March 2027, 2-4pm", on: day(2027, 3, 9), at(14, 0), at(16, 0), weekday: .tuesday, offsets: (0, 24))
        for (text, from, to) in [("10–11.30am, 9 March 2027", at(10, 0), at(11, 30)), ("11-1pm, 9 March 2027", at(11, 0), at(13, 0)),
                                 ("10.15–11am, 9 March 2027", at(10, 15), at(11, 0)), ("from 5 to 6 p.m. on 9 March 2027", at(17, 0), at(18, 0)),
                                 ("between 12 and 2pm on 9 March 2027", at(12, 0), at(14, 0)), ("9 March 2027, 7-9pm GMT", at(19, 0), at(21, 0))] {
            guard case .range(let a, let b)? = read(text) else { XCTFail(text); continue }
            XCTAssertEqual([a.time, b.time], [from, to], text)
            XCTAssertEqual([a.day, b.day], [day(2027, 3, 9), day(2027, 3, 9)], text)
        }
        // A range of days is still one.
        assertRange("5–6 March 2027", day(2027, 3, 5), day(2027, 3, 6))
    }

    func test_two_times_on_one_day_that_end_at_midnight_end_at_the_start_of_the_next_day() {
        assertTimes("19:00–midnight, Tuesday 9 March 2027", on: day(2027, 3, 9), at(19, 0), at(0, 0), ending: day(2027, 3, 10),
                    weekday: .tuesday, offsets: (0, 6))
        assertTimes("Tuesday 9 March 2027, 19:00 to 00:00", on: day(2027, 3, 9), at(19, 0), at(0, 0), ending: day(2027, 3, 10),
                    weekday: .tuesday, offsets: (0, 31))
        // Across the end of a month and a year. Its last day is the one it is on: none of the next is in it.
        assertRange("18:00 to 12 midnight, 31 December 2026", day(2026, 12, 31), day(2027, 1, 1))
        XCTAssertEqual(read("18:00 to 12 midnight, 31 December 2026")?.latestDay, day(2026, 12, 31))
        XCTAssertEqual(read("23:00, 31 December 2026 – 01:00, 1 January 2027")?.latestDay, day(2027, 1, 1))
        // 24:00 is no time, but the end of the day it means can be written.
        XCTAssertEqual(failure("19:00–24:00, 9 March 2027")?.hint,
                       "for the end of the day write ‘midnight’ after another time on the day (‘19:00–midnight’), or 23:59")
        // Any other second time stays on the day, even an earlier one (the rules report that).
        assertRange("23:00–01:00, 9 March 2027", day(2027, 3, 9), day(2027, 3, 9))
    }

    // MARK: Weeks

    func test_week_commencing_abbreviated_is_read() {
        XCTAssertEqual(read("w/c 2 January 2023"), .weekCommencing(DatePoint(day: day(2023, 1, 2), offset: 4)))
        XCTAssertEqual(read("w/c Monday 2 January 2023"),
                       .weekCommencing(DatePoint(day: day(2023, 1, 2), writtenWeekday: .monday, offset: 4)))
    }

    func test_week_commencing_in_full_is_read() {
        XCTAssertEqual(read("week commencing 2 January 2023"),
                       .weekCommencing(DatePoint(day: day(2023, 1, 2), offset: 16)))
        XCTAssertEqual(read("Week beginning 2 January 2023"),
                       .weekCommencing(DatePoint(day: day(2023, 1, 2), offset: 15)))
    }

    func test_week_commencing_without_a_year_is_an_error() {
        assertError("w/c 2 January", containing: "has no year", offset: 4)
    }

    // MARK: Months

    func test_a_single_month_is_the_whole_month() {
        assertMonths("March 2023", day(2023, 3, 1), day(2023, 3, 31))
        assertMonths("February 2024", day(2024, 2, 1), day(2024, 2, 29))
        assertMonths("2023-03", day(2023, 3, 1), day(2023, 3, 31))
    }

    func test_a_range_of_months_with_one_year_is_read() {
        assertMonths("May to October 2024", day(2024, 5, 1), day(2024, 10, 31))
        assertMonths("May – October 2024", day(2024, 5, 1), day(2024, 10, 31))
        assertMonths("March to May 2023", day(2023, 3, 1), day(2023, 5, 31))
        assertMonths("from May to October 2024", day(2024, 5, 1), day(2024, 10, 31))
        assertMonths("between May and Oct 2024", day(2024, 5, 1), day(2024, 10, 31))
    }

    func test_a_range_of_months_across_years_is_read() {
        assertMonths("December 2023 to February 2024", day(2023, 12, 1), day(2024, 2, 29))
        assertMonths("December to February 2024", day(2023, 12, 1), day(2024, 2, 29))
    }

    func test_months_that_end_on_a_stated_day_end_on_that_day() {
        // The OPEN scheme runs from February 2023 and ends on 24 August 2023: not on 31 August.
        assertMonths("February to 24 August 2023", day(2023, 2, 1), day(2023, 8, 24))
        assertMonths("February 2023 – 24 August 2023", day(2023, 2, 1), day(2023, 8, 24))
        assertMonths("from February to Thursday 24 August 2023", day(2023, 2, 1), day(2023, 8, 24))
        assertMonths("November to 12 January 2024", day(2023, 11, 1), day(2024, 1, 12))
        assertMonths("May to 31st October 2024", day(2024, 5, 1), day(2024, 10, 31))
    }

    func test_months_ending_on_a_day_with_the_wrong_weekday_or_no_such_day_are_errors_at_the_day() {
        assertError("February to Friday 24 August 2023", message: "24 August 2023 is a Thursday, not a Friday",
                    offset: 12, hintContaining: "Thursday 24 August 2023")
        assertError("February to 31 June 2023", containing: "is not a day", offset: 12)
        assertError("February to 24 August", containing: "has no year", offset: 0, hintContaining: "February to 24 August")
    }

    func test_months_without_a_year_are_an_error() {
        assertError("May to October", message:
                        "“May to October” has no year: a key date must be unambiguous, so it needs its year",
                    offset: 0)
        assertError("March", containing: "has no year", offset: 0)
    }

    // MARK: Vague dates

    func test_seasons_are_vague_with_their_months() {
        assertVague("Summer 2023", day(2023, 6, 1), day(2023, 8, 31))
        assertVague("Spring 2024", day(2024, 3, 1), day(2024, 5, 31))
        assertVague("Autumn 2023", day(2023, 9, 1), day(2023, 11, 30))
        assertVague("Fall 2023", day(2023, 9, 1), day(2023, 11, 30))
        assertVague("summer of 2023", day(2023, 6, 1), day(2023, 8, 31))
    }

    func test_winter_runs_into_the_next_year() {
        assertVague("Winter 2023", day(2023, 12, 1), day(2024, 2, 29))
    }

    func test_school_terms_are_vague() {
        assertVague("Autumn term 2023", day(2023, 9, 1), day(2023, 12, 31))
        assertVague("Summer term 2024", day(2024, 4, 1), day(2024, 7, 31))
    }

    func test_early_mid_and_late_are_thirds_of_the_year() {
        assertVague("early 2024", day(2024, 1, 1), day(2024, 4, 30))
        assertVague("mid 2024", day(2024, 5, 1), day(2024, 8, 31))
        assertVague("mid-2024", day(2024, 5, 1), day(2024, 8, 31))
        assertVague("late 2024", day(2024, 9, 1), day(2024, 12, 31))
        assertVague("Late 2024", day(2024, 9, 1), day(2024, 12, 31))
    }

    func test_early_mid_and_late_in_a_month_are_thirds_of_the_month() {
        assertVague("early March 2024", day(2024, 3, 1), day(2024, 3, 10))
        assertVague("mid-March 2024", day(2024, 3, 11), day(2024, 3, 20))
        assertVague("late February 2024", day(2024, 2, 21), day(2024, 2, 29))
    }

    func test_university_terms_are_vague() {
        assertVague("Michaelmas term 2023", day(2023, 10, 1), day(2023, 12, 31))
        assertVague("Hilary term 2024", day(2024, 1, 1), day(2024, 3, 31))
        assertVague("Trinity term 2024", day(2024, 4, 1), day(2024, 6, 30))
        assertVague("Michaelmas 2023", day(2023, 10, 1), day(2023, 12, 31))
    }

    func test_a_year_alone_or_to_be_confirmed_is_the_whole_year() {
        assertVague("TBC 2024", day(2024, 1, 1), day(2024, 12, 31))
        assertVague("2024", day(2024, 1, 1), day(2024, 12, 31))
        assertVague("2024 (TBC)", day(2024, 1, 1), day(2024, 12, 31))
    }

    func test_vague_text_is_kept_as_written_but_trimmed() {
        assertVague("  Summer 2023 \n", day(2023, 6, 1), day(2023, 8, 31), written: "Summer 2023")
        assertVague("SUMMER  2023.", day(2023, 6, 1), day(2023, 8, 31), written: "SUMMER  2023")
    }

    func test_a_season_without_a_year_is_an_error() {
        assertError("Summer", message: "“Summer” has no year: a key date must be unambiguous, so it needs its year",
                    offset: 0, hintContaining: "Summer 2024")
        assertError("TBC", containing: "has no year")
        assertError("Summer 23", message: "“23” is not a year", offset: 7)
    }

    // MARK: ISO 8601

    func test_an_ISO_date_is_read() {
        assertPoint("2023-03-02", day(2023, 3, 2))
    }

    func test_an_ISO_date_and_time_is_read_as_UK_local_time() {
        assertPoint("2022-12-19T12:00", day(2022, 12, 19), time: at(12, 0))
        assertPoint("2022-12-19T12:00:30.5", day(2022, 12, 19), time: at(12, 0))
    }

    func test_an_ISO_time_ending_in_Z_is_UTC() {
        assertPoint("2022-12-19T12:00:00Z", day(2022, 12, 19), time: at(12, 0), zone: .utc)
    }

    func test_an_ISO_offset_of_one_hour_is_BST_and_of_none_is_GMT() {
        assertPoint("2022-12-19T12:00+01:00", day(2022, 12, 19), time: at(12, 0), zone: .bst)
        assertPoint("2022-12-19T12:00+00:00", day(2022, 12, 19), time: at(12, 0), zone: .gmt)
        assertPoint("2022-12-19T12:00+0100", day(2022, 12, 19), time: at(12, 0), zone: .bst)
    }

    func test_an_ISO_offset_that_is_not_UK_time_is_an_error() {
        assertError("2022-12-19T12:00+02:00", message: "“+02:00” is not a UK time offset", offset: 16)
    }

    func test_an_ISO_range_is_read() {
        assertRange("2023-01-26/2023-02-09", day(2023, 1, 26), day(2023, 2, 9))
        XCTAssertEqual(read("2023-01-26/2023-02-09"),
                       .range(DatePoint(day: day(2023, 1, 26), offset: 0), DatePoint(day: day(2023, 2, 9), offset: 11)))
        assertRange("2023-01-26 to 2023-02-09", day(2023, 1, 26), day(2023, 2, 9))
    }

    func test_an_ISO_date_with_an_impossible_month_or_day_is_an_error() {
        assertError("2023-13-02", message: "“2023-13-02” is not a date: there is no month 13", offset: 0)
        assertError("2023-02-29", message: "“2023-02-29” is not a day: February 2023 has 28 days", offset: 0)
    }

    // MARK: White space

    func test_surrounding_white_space_and_a_final_full_stop_are_tolerated() {
        assertPoint("  2 March 2023.  ", day(2023, 3, 2), offset: 2)
        assertPoint("\t2 March 2023\n", day(2023, 3, 2), offset: 1)
        assertPoint("6pm on Monday 11 March 2024.", day(2024, 3, 11), time: at(18, 0), weekday: .monday)
    }

    func test_non_breaking_and_thin_spaces_are_read_as_spaces() {
        assertPoint("2\u{00A0}March\u{00A0}2023", day(2023, 3, 2))
        assertPoint("12:00\u{202F}BST, 19\u{2009}December 2022", day(2022, 12, 19), time: at(12, 0), zone: .bst)
        assertRange("26\u{00A0}January\u{00A0}–\u{00A0}9 February 2023", day(2023, 1, 26), day(2023, 2, 9))
    }

    // MARK: Errors

    func test_empty_text_is_an_error() {
        assertError("", message: "the date is empty", offset: 0)
        assertError("   \u{00A0} ", message: "the date is empty", offset: 0)
        assertError(" . ", message: "the date is empty")
    }

    func test_an_impossible_day_is_an_error_that_says_how_long_the_month_is() {
        assertError("31 February 2023", message: "“31 February 2023” is not a day: February 2023 has 28 days",
                    offset: 0, hintContaining: "February 2023")
        assertError("  Thursday 31 Feb 2023", message: "“Thursday 31 Feb 2023” is not a day: February 2023 has 28 days",
                    offset: 2)
        assertError("31 April 2023", message: "“31 April 2023” is not a day: April 2023 has 30 days")
        assertError("0 March 2023", message: "“0 March 2023” is not a day: days are numbered from 1")
    }

    func test_the_30th_of_February_in_a_leap_year_is_an_error_that_says_it_has_29_days() {
        assertError("30 February 2024", message: "“30 February 2024” is not a day: February 2024 has 29 days",
                    offset: 0)
        assertPoint("29 February 2024", day(2024, 2, 29))
    }

    func test_a_date_without_a_year_is_an_error_that_asks_for_the_year() {
        assertError("19 December",
                    message: "“19 December” has no year: a key date must be unambiguous, so it needs its year",
                    offset: 0, hintContaining: "add the year")
        assertError("from 6pm on Monday 11 March to 13 March", containing: "has no year", offset: 0)
        assertError("  March 24th", message:
                        "“March 24th” has no year: a key date must be unambiguous, so it needs its year", offset: 2)
    }

    func test_a_misspelt_month_is_an_error_that_suggests_the_month() {
        assertError("19 Decmber 2022", message: "“Decmber” is not a month", offset: 3,
                    hintContaining: "did you mean “December”?")
        assertError("2 Febuary 2023", message: "“Febuary” is not a month", offset: 2,
                    hintContaining: "did you mean “February”?")
        assertError("Setpember 2 2023", message: "“Setpember” is not a month", offset: 0,
                    hintContaining: "did you mean “September”?")
    }

    func test_an_unknown_word_after_a_day_is_an_error_saying_it_is_not_a_month() {
        assertError("19 Blorp 2022", message: "“Blorp” is not a month", offset: 3, hintContaining: "as a word")
    }

    func test_gibberish_is_an_error() {
        assertError("soon", message: "“soon” is not a date I can read", offset: 0,
                    hintContaining: "19 December 2024")
        assertError("sometime next spring", containing: "“sometime”", offset: 0)
        assertError("2 March 2023 ❤️", containing: "cannot appear in a date", offset: 13)
        assertError("on at to", containing: "expected a date", offset: 0)
    }

    func test_a_year_written_with_two_digits_is_an_error() {
        assertError("19 December 22", message: "“22” is not a year", offset: 12, hintContaining: "2022")
    }

    func test_a_date_written_all_in_numbers_is_an_error_that_suggests_words() {
        assertError("19/12/2022", containing: "writes the month as a number", offset: 0,
                    hintContaining: "“19 December 2022”")
    }

    func test_a_day_without_a_month_is_an_error() {
        assertError("26 2023", message: "“26 2023” has no month", offset: 0)
    }

    func test_text_longer_than_the_limit_is_an_error_saying_a_date_should_be_short() {
        let long = "2 March 2023 " + String(repeating: "x", count: 200)
        assertError(long, containing: "a date should be short", offset: 0)
        let padded = "   " + String(repeating: "2 ", count: 150)
        assertError(padded, containing: "a date should be short", offset: 3)
        // White space around a short date does not count.
        assertPoint(String(repeating: " ", count: 500) + "2 March 2023" + String(repeating: " ", count: 500),
                    day(2023, 3, 2), offset: 500)
    }

    func test_a_megabyte_of_junk_returns_an_error_quickly() {
        let junk = String(repeating: "19 December 2022 – ", count: 60_000)  // over 1 MB
        XCTAssertGreaterThan(junk.unicodeScalars.count, 1_000_000)
        let started = ContinuousClock.now
        assertError(junk, containing: "a date should be short")
        assertError(String(repeating: "x", count: 1 << 20), containing: "a date should be short")
        assertError(String(repeating: "\u{00A0}", count: 1 << 20), message: "the date is empty")
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(5))
    }

    func test_repeated_tokens_within_the_limit_are_read_quickly_and_rejected() {
        let started = ContinuousClock.now
        for piece in ["-", "2 ", "March ", "12:00 ", "from ", "w/c ", "(", "the ", "mid-", "9.", "2023-"] {
            let count = DateGrammar.maximumLength / piece.unicodeScalars.count
            _ = failure(String(repeating: piece, count: count))
        }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(2))
    }

    func test_no_jumble_of_date_words_crashes_the_grammar() {
        let pieces = ["2", "31", "12:00", "6pm", "9.30", "am", "p.m.", "March", "Feb", "2023", "2024", "–", "-", "to",
                      "from", "between", "and", "w/c", "week", "commencing", "Summer", "mid-", "term", "TBC", "BST",
                      "Monday", "on", "at", ",", ".", "/", "T", "Z", "+01:00", "2023-01-26", "2023-", "(", ")", "noon",
                      "the", "of", "24th", "13", "00", ":", "99", "0"]
        var seed: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<10_000 {
            var text = ""
            for _ in 0..<(1 + next(7)) {
                text += pieces[next(pieces.count)] + (next(3) == 0 ? "" : " ")
            }
            switch grammar.parse(text) {
            case .success(let expression):
                for p in expression.points {
                    XCTAssertTrue(CalendarMath.isValid(year: p.day.year, month: p.day.month, day: p.day.day), text)
                }
            case .failure(let error):
                XCTAssertFalse(error.message.isEmpty, text)
                XCTAssertTrue((0...text.unicodeScalars.count).contains(error.offset), "\(text): \(error.offset)")
            }
        }
    }

    func test_offsets_count_unicode_scalars_from_the_start_of_the_text() {
        // "é" written as e + combining accent is two scalars, one character.
        let text = "e\u{0301} 31 February 2023"
        XCTAssertEqual(text.count, 18)
        assertError(text, containing: "“e\u{0301}”", offset: 0)
        assertError("\u{00A0}\u{00A0}19 Decmber 2022", message: "“Decmber” is not a month", offset: 5)
    }
}
