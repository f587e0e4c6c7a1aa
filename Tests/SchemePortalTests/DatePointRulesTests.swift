import XCTest
@testable import SchemePortal

/// What can be wrong with one written day and time (Validate/DatePointRules.swift), asked in the same
/// words of the key dates and of the prose.
final class DatePointRulesTests: XCTestCase {
    private func point(_ text: String) throws -> DatePoint {
        let when = try DateGrammar().parse(text).get()
        return try XCTUnwrap(when.points.first)
    }

    func test_a_weekday_that_is_not_the_dates_is_named_with_the_right_one() throws {
        XCTAssertEqual(DatePointRules.wrongWeekday(try point("Tuesday 11 March 2024")),
                       .init(message: "11 March 2024 is a Monday, not a Tuesday", hint: "write “Monday 11 March 2024”, or “Tuesday 12 March 2024” if the Tuesday is right"))
        XCTAssertNil(DatePointRules.wrongWeekday(try point("Monday 11 March 2024")))
        XCTAssertNil(DatePointRules.wrongWeekday(try point("11 March 2024")))
    }

    func test_BST_in_winter_and_GMT_in_summer_are_an_hour_out() throws {
        XCTAssertEqual(DatePointRules.wrongZone(try point("12:00 BST, 19 December 2022"))?.message,
                       "BST is not in force on 19 December 2022: UK clocks show GMT then")
        XCTAssertEqual(DatePointRules.wrongZone(try point("12:00 GMT, 19 July 2023"))?.message,
                       "GMT is not UK time on 19 July 2023: UK clocks show BST then")
        XCTAssertNil(DatePointRules.wrongZone(try point("12:00 GMT, 19 December 2022")))
        XCTAssertNil(DatePointRules.wrongZone(try point("12:00 BST, 19 July 2023")))
        XCTAssertNil(DatePointRules.wrongZone(try point("12:00 UTC, 19 July 2023")))
        XCTAssertNil(DatePointRules.wrongZone(try point("12:00, 19 December 2022")))
    }
}
