import XCTest
@testable import SchemePortal

/// Issue 14's "Done when": a scheme with two intakes a year (Tests/Fixtures/intakes), whose training dates
/// are written without a year, builds with the right weekdays, calendar instants and status in every phase.
final class IntakeFixtureTests: XCTestCase {
    static let schemeFile = "Content/schemes/peer-leaders/scheme.md"

    private func fixtureScheme() throws -> Scheme {
        let url = TestPortal.fixtures.appendingPathComponent("intakes").appendingPathComponent(Self.schemeFile)
        let text = try String(contentsOf: url, encoding: .utf8)
        var diagnostics: [Diagnostic] = []
        let scheme = SchemeLoader.load(SourceFile(displayPath: Self.schemeFile, text: text), slug: "peer-leaders",
                                       diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.description), [])
        return try XCTUnwrap(scheme)
    }

    func test_the_fixture_builds_clean_with_each_intakes_dates_in_its_years() throws {
        let portal = try TestPortal(fixture: "intakes")
        let outcome = portal.build(today: CalendarDay(year: 2026, month: 11, day: 20), strict: true)
        XCTAssertEqual(outcome.diagnostics.map(\.description), [])
        let scheme = try fixtureScheme()
        let days = scheme.keyDates.map { "\($0.label) (\($0.intake ?? "-")): \($0.when.earliestDay)" }
        XCTAssertEqual(days, [
            "Intake starts (January 2027): 2027-01-11", "Applications open (January 2027): 2026-11-16",
            "Application deadline (January 2027): 2026-12-14", "Relationships run (January 2027): 2027-01-11",
            "Mentor training (January 2027): 2026-12-01",
            "Intake starts (July 2027): 2027-07-05", "Applications open (July 2027): 2027-05-10",
            "Application deadline (July 2027): 2027-06-07", "Relationships run (July 2027): 2027-07-05",
            "Mentor training (July 2027): 2027-06-15",
        ])
        // The weekday written with each year-less training date is the one its day has in the year it is given.
        for training in scheme.keyDates where training.label == "Mentor training" {
            let point = try XCTUnwrap(training.when.points.first)
            XCTAssertEqual(point.writtenWeekday, .tuesday)
            XCTAssertEqual(CalendarMath.weekday(of: point.day), .tuesday)
        }
    }

    /// The event lines of the scheme's calendar file, unfolded, for the event whose SUMMARY is given.
    private func event(_ summary: String, in text: String) -> [String] {
        let lines = String(decoding: Array(text.utf8).unfolded(), as: UTF8.self).components(separatedBy: "\r\n")
        var events: [[String]] = []
        for line in lines {
            if line == "BEGIN:VEVENT" { events.append([]) } else if !events.isEmpty { events[events.count - 1].append(line) }
        }
        return events.first { $0.contains("SUMMARY:\(summary)") } ?? []
    }

    func test_the_calendar_puts_a_year_less_session_at_its_instant_in_GMT_and_in_BST() throws {
        let portal = try TestPortal(fixture: "intakes")
        _ = portal.build(today: CalendarDay(year: 2026, month: 11, day: 20))
        let text = try portal.read("schemes/peer-leaders/calendar.ics")
        let january = event("Peer Leaders: Mentor training (January 2027 intake)", in: text)
        XCTAssertTrue(january.contains("DTSTART;TZID=Europe/London:20261201T140000"), "\(january)")
        XCTAssertTrue(january.contains("DTEND;TZID=Europe/London:20261201T160000"), "\(january)")
        let july = event("Peer Leaders: Mentor training (July 2027 intake)", in: text)
        XCTAssertTrue(july.contains("DTSTART;TZID=Europe/London:20270615T140000"), "\(july)")
        XCTAssertTrue(july.contains("DTEND;TZID=Europe/London:20270615T160000"), "\(july)")
        // Local 14:00 is 14:00 UTC in December (GMT) and 13:00 UTC in June (BST), as the page's data says.
        let page = try portal.read("schemes/peer-leaders/key-dates/index.html")
        XCTAssertTrue(page.contains("data-start=\"2026-12-01T14:00:00Z\" data-end=\"2026-12-01T16:00:00Z\""))
        XCTAssertTrue(page.contains("data-start=\"2027-06-15T13:00:00Z\" data-end=\"2027-06-15T15:00:00Z\""))
        // Each intake's date has its own event: distinct UIDs, and its own file.
        let uids = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") }
        XCTAssertEqual(uids.count, 10)
        XCTAssertEqual(Set(uids).count, 10)
        XCTAssertNotEqual(event("Peer Leaders: Application deadline (July 2027 intake)", in: text), [])
        XCTAssertNoThrow(try portal.read("schemes/peer-leaders/key-dates/application-deadline-july-2027.ics"))
        XCTAssertNoThrow(try portal.read("schemes/peer-leaders/key-dates/application-deadline-january-2027.ics"))
        let portalCalendar = try portal.read("calendar.ics")
        XCTAssertNotEqual(event("Peer Leaders: Mentor training (July 2027 intake)", in: portalCalendar), [])
    }

    func test_the_status_follows_the_intakes_through_every_phase() throws {
        let scheme = try fixtureScheme()
        let phases: [(CalendarDay, SchemeStatus)] = [
            (CalendarDay(year: 2026, month: 11, day: 1), .upcoming),   // before the first intake opens
            (CalendarDay(year: 2026, month: 11, day: 20), .open),      // January intake's applications open
            (CalendarDay(year: 2026, month: 12, day: 20), .upcoming),  // January closed; July yet to open
            (CalendarDay(year: 2027, month: 2, day: 1), .running),     // January intake's relationships
            (CalendarDay(year: 2027, month: 4, day: 20), .upcoming),   // between intakes
            (CalendarDay(year: 2027, month: 5, day: 20), .open),       // July intake's applications open
            (CalendarDay(year: 2027, month: 6, day: 20), .closed),     // July closed, not yet started
            (CalendarDay(year: 2027, month: 8, day: 1), .running),     // July intake's relationships
            (CalendarDay(year: 2027, month: 12, day: 1), .closed),     // after the last intake
        ]
        for (day, status) in phases {
            XCTAssertEqual(scheme.status(on: day), status, "on \(day)")
        }
    }

    func test_the_key_dates_page_shows_the_next_intake_first_and_past_intakes_folded() throws {
        let portal = try TestPortal(fixture: "intakes")
        _ = portal.build(today: CalendarDay(year: 2027, month: 4, day: 20))
        let page = try portal.read("schemes/peer-leaders/key-dates/index.html")
        let next = try XCTUnwrap(page.range(of: "<h2 id=\"intake-july-2027\">July 2027 intake <span class=\"intake-next\">(the next intake)</span></h2>"))
        let pattern = try XCTUnwrap(page.range(of: "<h2>Every intake’s dates</h2>"))
        let past = try XCTUnwrap(page.range(of: "<summary>January 2027 intake</summary>"))
        XCTAssertLessThan(next.lowerBound, pattern.lowerBound)
        XCTAssertLessThan(pattern.lowerBound, past.lowerBound)
        XCTAssertTrue(page.contains("<tr><th scope=\"row\">Application deadline</th><td>4 weeks before ‘Intake starts’</td></tr>"))
        let overview = try portal.read("schemes/peer-leaders/index.html")
        XCTAssertTrue(overview.contains("Applications open (July 2027 intake): "), "the overview's next key date names its intake")
    }

    func test_a_wrong_weekday_in_an_intakes_year_less_date_names_the_years_it_fits() throws {
        let portal = try TestPortal(fixture: "intakes")
        let url = portal.root.appendingPathComponent(Self.schemeFile)
        let text = try String(contentsOf: url, encoding: .utf8)
        try portal.write(Self.schemeFile, text.replacingOccurrences(of: "Tuesday 15 June", with: "Tuesday 6 June"))
        let outcome = portal.check(today: CalendarDay(year: 2026, month: 11, day: 20))
        XCTAssertEqual(outcome.diagnostics.map(\.description), [
            "Content/schemes/peer-leaders/scheme.md:25:15: error: Tuesday 6 June is a Sunday in 2027 (the July 2027 intake’s year); 6 June is a Tuesday in 2023 and 2028; correct the weekday, or write the year",
        ])
        XCTAssertEqual(outcome.diagnostics.map(\.code), [.dateYearlessWeekday])
    }
}
