import XCTest
@testable import SchemePortal

/// ReferenceDate: the build's "today" from --today or SOURCE_DATE_EPOCH, refusing anything the specifications do not allow.
final class ReferenceDateTests: XCTestCase {
    func test_today_is_read_only_as_a_real_year_month_and_day() {
        XCTAssertEqual(ReferenceDate.parse("2026-11-23"), CalendarDay(year: 2026, month: 11, day: 23))
        XCTAssertEqual(ReferenceDate.parse("2024-02-29"), CalendarDay(year: 2024, month: 2, day: 29))
        for text in ["2023-02-29", "2026-13-01", "2026-11-31", "26-11-23", "2026/11/23", "2026-11", "2026-11-23-1", "today", ""] {
            XCTAssertNil(ReferenceDate.parse(text), text)
        }
    }

    func test_SOURCE_DATE_EPOCH_names_the_UTC_day_of_its_second() {
        XCTAssertEqual(ReferenceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "0"]), CalendarDay(year: 1970, month: 1, day: 1))
        XCTAssertEqual(ReferenceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1795392000"]), CalendarDay(year: 2026, month: 11, day: 23))
        XCTAssertEqual(ReferenceDate.fromEnvironment(["SOURCE_DATE_EPOCH": "1795478399"]), CalendarDay(year: 2026, month: 11, day: 23),
                       "the last second of the day is still that day")
    }

    func test_a_SOURCE_DATE_EPOCH_that_is_not_whole_seconds_in_range_is_refused() {
        for text in ["1.5", "-1", "abc", "", "253402300800", "99999999999999999999999"] {
            XCTAssertNil(ReferenceDate.fromEnvironment(["SOURCE_DATE_EPOCH": text]), text)
        }
    }

    func test_without_SOURCE_DATE_EPOCH_the_current_day_is_used() {
        XCTAssertEqual(ReferenceDate.fromEnvironment([:], now: 1_795_392_000 + 3_600), CalendarDay(year: 2026, month: 11, day: 23))
    }
}
