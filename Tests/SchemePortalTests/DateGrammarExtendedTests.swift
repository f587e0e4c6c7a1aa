import XCTest
@testable import SchemePortal

/// The forms schemes write that are no particular day (parts of months, open-ended, "usually"), academic
/// years, and counts from another key date, as the grammar reads them (issue 14, point 2).
final class DateGrammarExtendedTests: XCTestCase {
    private func read(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DateExpression? {
        switch DateGrammar().parse(text) {
        case .success(let expression): return expression
        case .failure(let error):
            XCTFail("“\(text)” was not read: \(error.message)", file: file, line: line)
            return nil
        }
    }

    private func failure(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> DateGrammarError? {
        switch DateGrammar().parse(text) {
        case .success(let expression):
            XCTFail("“\(text)” was read as \(expression), but should be an error", file: file, line: line)
            return nil
        case .failure(let error): return error
        }
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay { CalendarDay(year: year, month: month, day: day) }

    // MARK: Parts of a month

    func test_the_beginning_middle_and_end_of_a_month_are_vague_and_ordered_as_its_thirds() {
        let thirds: [(String, CalendarDay, CalendarDay)] = [
            ("beginning of March 2027", day(2027, 3, 1), day(2027, 3, 10)),
            ("the beginning of March 2027", day(2027, 3, 1), day(2027, 3, 10)),
            ("Start of March 2027", day(2027, 3, 1), day(2027, 3, 10)),
            ("the middle of March 2027", day(2027, 3, 11), day(2027, 3, 20)),
            ("mid-March 2027", day(2027, 3, 11), day(2027, 3, 20)),
            ("end of June 2027", day(2027, 6, 21), day(2027, 6, 30)),
            ("the end of February 2028", day(2028, 2, 21), day(2028, 2, 29)),
            ("late March 2027", day(2027, 3, 21), day(2027, 3, 31)),
        ]
        for (text, earliest, latest) in thirds {
            XCTAssertEqual(read(text), .vague(text: text, earliest: earliest, latest: latest), text)
        }
        XCTAssertEqual(DateFormatting.display(read("the end of June 2027")!), "the end of June 2027", "shown as written")
    }

    func test_the_end_of_a_month_without_a_year_asks_for_the_year() {
        XCTAssertEqual(failure("end of June")?.message, "“end of June” has no year: a key date must be unambiguous, so it needs its year")
    }

    // MARK: Open-ended

    func test_ongoing_rolling_and_all_year_are_open_ended_shown_as_written_and_in_no_calendar() {
        for text in ["ongoing", "Rolling", "on a rolling basis", "all year", "All year round", "all-year-round", "throughout the year"] {
            guard let when = read(text) else { continue }
            XCTAssertEqual(when, .ongoing(text: text))
            XCTAssertTrue(when.isVague && when.isOngoing, text)
        }
        XCTAssertEqual(DateFormatting.display(.ongoing(text: "ongoing")), "Ongoing")
        XCTAssertEqual(DateFormatting.display(.ongoing(text: "throughout the year")), "Throughout the year")
    }

    // MARK: Usually

    func test_usually_keeps_its_qualifier_and_reads_the_date_after_it_as_usual() {
        XCTAssertEqual(read("usually January 2027"), .usually(.months(from: day(2027, 1, 1), through: day(2027, 1, 31))))
        XCTAssertEqual(DateFormatting.display(read("usually January 2027")!), "Usually January 2027")
        XCTAssertEqual(DateFormatting.display(read("Usually w/c 11 January 2027")!), "Usually week commencing Monday 11 January 2027")
        XCTAssertEqual(DateFormatting.display(read("usually late March 2027")!), "Usually late March 2027")
        let usual = read("usually 2 March 2027")
        XCTAssertEqual(usual?.earliestDay, day(2027, 3, 2))
        XCTAssertEqual(usual?.isVague, true, "no commitment: listed as to be confirmed, in no calendar")
    }

    func test_usually_before_a_date_with_a_mistake_reports_the_mistake_at_its_place() {
        let error = failure("usually 31 February 2027")
        XCTAssertEqual(error?.message, "“31 February 2027” is not a day: February 2027 has 28 days")
        XCTAssertEqual(error?.offset, 8)
        XCTAssertEqual(failure("usually")?.message, "“usually” should come before the date it qualifies")
    }

    func test_a_wrong_weekday_after_usually_is_still_there_for_the_date_rules() {
        XCTAssertEqual(read("usually Tuesday 4 January 2027")?.points.first?.writtenWeekday, .tuesday)
    }

    // MARK: Academic years

    func test_an_academic_year_runs_from_1_September_to_31_August_and_is_shown_as_written() {
        let year = DateExpression.academicYear(text: "", from: day(2026, 9, 1), through: day(2027, 8, 31))
        for text in ["academic year 2026-27", "the academic year 2026-27", "during the academic year 2026-27",
                     "2026/27 academic year", "academic year 2026–2027", "2026-27 academic year"] {
            guard let when = read(text) else { continue }
            XCTAssertEqual(when.earliestDay, year.earliestDay, text)
            XCTAssertEqual(when.latestDay, year.latestDay, text)
            XCTAssertFalse(when.isVague, "an academic year is a period of known days")
            XCTAssertEqual(DateFormatting.display(when), text)
        }
    }

    func test_an_academic_year_whose_second_year_does_not_follow_the_first_says_what_to_write() {
        let error = failure("academic year 2026-28")
        XCTAssertEqual(error?.message, "“2026-28” is not an academic year: one runs from September 2026 to August 2027")
        XCTAssertEqual(error?.hint, "write “2026-27”, or check the first year")
        XCTAssertEqual(error?.offset, 19)
    }

    func test_an_ISO_month_is_still_a_month_not_an_academic_year() {
        XCTAssertEqual(read("2026-03"), .months(from: day(2026, 3, 1), through: day(2026, 3, 31)))
    }

    // MARK: Counts from another key date

    func test_a_count_from_another_key_date_keeps_the_label_and_where_it_is_written() {
        XCTAssertEqual(read("6 months after ‘Relationships end’"),
                       .relative(RelativeDate(amount: 6, unit: .month, isBefore: false, label: "Relationships end",
                                              labelOffset: 16, labelLength: 17), resolved: nil))
        XCTAssertEqual(read("within 2 months after the closing date"),
                       .relative(RelativeDate(amount: 2, unit: .month, isBefore: false, isWithin: true, label: "the closing date",
                                              labelOffset: 22, labelLength: 16), resolved: nil))
        XCTAssertEqual(read("six weeks before \"Application deadline\""),
                       .relative(RelativeDate(amount: 6, unit: .week, isBefore: true, label: "Application deadline",
                                              labelOffset: 18, labelLength: 20), resolved: nil))
    }

    func test_a_count_that_names_no_date_or_an_impossible_count_is_an_error() {
        XCTAssertEqual(failure("6 months after")?.message, "“6 months after” does not say which key date it is counted from")
        XCTAssertEqual(failure("0 days after ‘Launch’")?.message,
                       "“0 days” is not a count the portal can use: a date may be counted at least 1 and at most 3653 days from another")
        XCTAssertEqual(failure("several weeks after ‘Launch’")?.message, "“several” is not a number of weeks")
    }

    func test_months_are_counted_to_the_same_day_or_the_last_day_of_a_shorter_month() {
        let month = RelativeDate(amount: 1, unit: .month, isBefore: false, label: "x")
        XCTAssertEqual(month.counted(from: day(2027, 1, 31)), day(2027, 2, 28))
        XCTAssertEqual(RelativeDate(amount: 6, unit: .month, isBefore: false, label: "x").counted(from: day(2022, 8, 31)), day(2023, 2, 28))
        XCTAssertEqual(RelativeDate(amount: 2, unit: .month, isBefore: true, label: "x").counted(from: day(2027, 1, 15)), day(2026, 11, 15))
        XCTAssertEqual(RelativeDate(amount: 2, unit: .week, isBefore: true, label: "x").counted(from: day(2027, 1, 5)), day(2026, 12, 22))
        XCTAssertEqual(RelativeDate(amount: 1, unit: .year, isBefore: false, label: "x").counted(from: day(2028, 2, 29)), day(2029, 2, 28))
    }

    func test_a_count_from_a_day_comes_to_a_day_and_from_months_to_about_a_month() {
        let after = RelativeDate(amount: 6, unit: .month, isBefore: false, label: "Relationships end")
        XCTAssertEqual(after.resolved(from: .point(DatePoint(day: day(2024, 9, 30)))), .point(DatePoint(day: day(2025, 3, 30))))
        let fromMonth = after.resolved(from: .months(from: day(2024, 9, 1), through: day(2024, 9, 30)))
        XCTAssertEqual(fromMonth, .vague(text: "about March 2025", earliest: day(2025, 3, 1), latest: day(2025, 3, 31)))
        XCTAssertNil(after.resolved(from: .ongoing(text: "ongoing")), "an open-ended date comes to no day")
        let within = RelativeDate(amount: 2, unit: .month, isBefore: false, isWithin: true, label: "Application deadline")
        XCTAssertEqual(within.resolved(from: .point(DatePoint(day: day(2022, 12, 19), time: TimeOfDay(hour: 12, minute: 0)))),
                       .range(DatePoint(day: day(2022, 12, 19)), DatePoint(day: day(2023, 2, 19))))
    }

    func test_a_count_is_shown_both_ways() {
        let after = RelativeDate(amount: 6, unit: .month, isBefore: false, label: "Relationships end")
        XCTAssertEqual(DateFormatting.display(.relative(after, resolved: .point(DatePoint(day: day(2023, 2, 28))))),
                       "6 months after ‘Relationships end’ (Tuesday 28 February 2023)")
        XCTAssertEqual(DateFormatting.display(.relative(after, resolved: after.resolved(from: .months(from: day(2024, 9, 1), through: day(2024, 9, 30))))),
                       "6 months after ‘Relationships end’ (about March 2025)")
        let within = RelativeDate(amount: 2, unit: .month, isBefore: false, isWithin: true, label: "Application deadline")
        XCTAssertEqual(DateFormatting.display(.relative(within, resolved: within.resolved(from: .point(DatePoint(day: day(2022, 12, 19)))))),
                       "Within 2 months after ‘Application deadline’ (by Sunday 19 February 2023)")
        let before = RelativeDate(amount: 1, unit: .week, isBefore: true, label: "Training")
        XCTAssertEqual(DateFormatting.display(.usually(.relative(before, resolved: .point(DatePoint(day: day(2027, 3, 1)))))),
                       "Usually 1 week before ‘Training’ (Monday 1 March 2027)")
    }
}
