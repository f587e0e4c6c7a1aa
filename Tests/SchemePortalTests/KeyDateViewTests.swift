import XCTest
@testable import SchemePortal

/// How the dates schemes write without a particular day appear on a scheme's key-dates page.
final class KeyDateViewTests: XCTestCase {
    private func keyDatesPage(_ keyDates: String) throws -> String {
        let portal = try TestPortal(fixture: "calendar/sample")
        let path = "Content/schemes/sample-mentoring/scheme.md"
        let scheme = try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)
        try portal.write(path, scheme.replacingOccurrences(of: "key_dates:\n", with: "key_dates:\n" + keyDates))
        let outcome = portal.build(today: CalendarDay(year: 2024, month: 1, day: 15))
        XCTAssertEqual(outcome.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        return try portal.read("schemes/sample-mentoring/key-dates/index.html")
    }

    func test_usual_open_ended_and_counted_dates_show_as_readers_should_read_them() throws {
        let html = try keyDatesPage("""
              - label: Applications
                date: ongoing
              - label: Taster session
                date: usually January 2025
              - label: Follow-up questionnaire
                date: 6 months after ‘Application deadline’
              - label: Chemistry meetings
                date: the end of April 2024

            """)
        XCTAssertTrue(html.contains("Ongoing</p>"), "an open-ended date is shown capitalised, with nothing to confirm")
        XCTAssertFalse(html.contains("Ongoing <span class=\"key-date-tbc\">"), html)
        XCTAssertTrue(html.contains("Usually January 2025 <span class=\"key-date-tbc\">(to be confirmed)</span>"), html)
        XCTAssertTrue(html.contains("the end of April 2024 <span class=\"key-date-tbc\">(to be confirmed)</span>"), html)
        XCTAssertTrue(html.contains(#"<time datetime="2024-09-28">6 months after ‘Application deadline’ (Saturday 28 September 2024)</time>"#), html)
    }

    func test_an_evening_that_ends_at_midnight_is_shown_ending_at_midnight_on_its_day_and_is_past_the_next_day() throws {
        let html = try keyDatesPage("""
              - label: Welcome evening
                date: 19:00–midnight, Sunday 14 January 2024
                kind: event
              - label: Closing evening
                date: 19:00–midnight, Monday 15 January 2024
                kind: event

            """)
        XCTAssertTrue(html.contains(#"<time datetime="2024-01-14T19:00Z">19:00</time> to <time datetime="2024-01-15T00:00Z">midnight UK time, Sunday 14 January 2024</time>"#), html)
        // Built on 15 January: the evening of the 14th is over, that of the 15th is not.
        XCTAssertTrue(html.contains(#"state-past kind-event" id="date-welcome-evening""#), html)
        XCTAssertTrue(html.contains(#"kind-event" id="date-closing-evening""#) && !html.contains(#"state-past kind-event" id="date-closing-evening""#), html)
    }
}
