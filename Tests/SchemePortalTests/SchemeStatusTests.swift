import XCTest
@testable import SchemePortal

/// A scheme's status derived from its key dates (Model/Scheme+Status.swift), and the phases pages carry
/// so that `key-dates.js` shows the same status on the reader's day without knowing the rule.
final class SchemeStatusTests: XCTestCase {
    private func scheme(_ keyDates: String, status: String? = nil) -> Scheme {
        let text = """
            ---
            title: Sample Mentoring Scheme
            organisers: [O]
            summary: x
            model: peer
            \(status.map { "status: \($0)" } ?? "")
            sides: [{id: mentor, name: Mentor}, {id: mentee, name: Mentee}]
            key_dates:
            \(keyDates)
            ---
            """
        var diagnostics: [Diagnostic] = []
        let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "sample", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), [])
        return scheme!
    }

    private static let call = """
          - {label: Applications open, date: 4 March 2024, kind: opens}
          - {label: Application deadline, date: "12:00, 2 December 2024", kind: deadline}
          - {label: The programme runs, date: January to December 2024, kind: period}
        """
    private static let deadlineOnly = """
          - {label: Launch event, date: 1 February 2024, kind: event}
          - {label: Application deadline, date: 1 March 2024, kind: deadline}
          - {label: Matching, date: 1 April 2024 to 5 April 2024, kind: period}
        """
    private static let opensOnly = """
          - {label: Applications open, date: 1 February 2024, kind: opens}
          - {label: Matching, date: w/c 4 March 2024, kind: period}
          - {label: Close, date: Spring 2025, kind: milestone}
        """
    private static let eventsOnly = """
          - {label: Launch, date: 1 February 2024, kind: event}
          - {label: Celebration, date: June 2024, kind: event}
        """

    /// What key-dates.js does with the phases: the last whose day has come.
    private func lookUp(_ phases: (initial: SchemeStatus, changes: [(from: CalendarDay, status: SchemeStatus)])?,
                        on day: CalendarDay) -> SchemeStatus? {
        guard let phases else { return nil }
        return phases.changes.last { $0.from <= day }?.status ?? phases.initial
    }

    private func describe(_ phases: (initial: SchemeStatus, changes: [(from: CalendarDay, status: SchemeStatus)])?) -> [String] {
        guard let phases else { return [] }
        return [phases.initial.rawValue] + phases.changes.map { "\($0.from) \($0.status.rawValue)" }
    }

    private static let programmeOnly = """
          - {label: Briefing session, date: 1 November 2024, kind: event}
          - {label: Relationships run, date: January to June 2025, kind: period}
        """

    func test_the_phases_give_the_derived_status_on_every_day_around_the_key_dates() {
        for keyDates in [Self.call, Self.deadlineOnly, Self.opensOnly, Self.eventsOnly, Self.programmeOnly] {
            let scheme = scheme(keyDates)
            let phases = scheme.statusPhases
            var day = CalendarDay(year: 2023, month: 11, day: 1)
            while day < CalendarDay(year: 2025, month: 3, day: 1) {
                XCTAssertEqual(lookUp(phases, on: day), scheme.status(on: day), "\(day) in \(keyDates)")
                day = CalendarMath.adding(days: 1, to: day)
            }
        }
    }

    func test_a_call_is_upcoming_then_open_until_its_deadline_then_running_then_closed() {
        XCTAssertEqual(describe(scheme(Self.call).statusPhases), ["upcoming", "2024-03-04 open", "2024-12-03 running", "2025-01-01 closed"])
    }

    func test_with_a_deadline_and_no_opening_applications_are_open_until_the_deadline_then_closed() {
        // Not "upcoming" until the deadline's own day, and not "running" through a matching stage.
        XCTAssertEqual(describe(scheme(Self.deadlineOnly).statusPhases), ["open", "2024-03-02 closed"])
    }

    func test_a_programme_without_application_dates_is_upcoming_until_it_starts() {
        // Not "running" from the briefing two months before any relationship starts.
        XCTAssertEqual(describe(scheme(Self.programmeOnly).statusPhases), ["upcoming", "2025-01-01 running", "2025-07-01 closed"])
    }

    func test_an_opening_with_no_dated_deadline_is_open_until_the_programme_starts() {
        let scheme = scheme("""
              - {label: Applications open, date: 1 February 2024, kind: opens}
              - {label: Applications close, date: late March 2024, kind: deadline}
              - {label: The programme runs, date: May to October 2024, kind: period}
            """)
        XCTAssertEqual(describe(scheme.statusPhases), ["upcoming", "2024-02-01 open", "2024-05-01 running", "2024-11-01 closed"])
    }

    func test_without_dated_key_dates_or_a_stated_status_a_scheme_has_no_status() {
        let scheme = scheme("  - {label: Launch, date: TBC 2024, kind: event}")
        XCTAssertNil(scheme.statusPhases)
        XCTAssertNil(scheme.status(on: CalendarDay(year: 2024, month: 6, day: 1)))
    }

    func test_a_scheme_that_takes_applications_all_year_says_so() {
        let scheme = scheme(Self.eventsOnly, status: "rolling")
        XCTAssertEqual(scheme.status(on: CalendarDay(year: 2024, month: 6, day: 1)), .rolling)
        XCTAssertEqual(SchemeStatus.rolling.label, "Open all year")
        // An opening written as open-ended makes it rolling on every day, with no phases for the script to redo.
        let written = self.scheme(Self.eventsOnly + "\n  - {label: Applications, date: rolling, kind: opens}")
        for day in [CalendarDay(year: 2023, month: 1, day: 1), CalendarDay(year: 2024, month: 6, day: 1), CalendarDay(year: 2030, month: 1, day: 1)] {
            XCTAssertEqual(written.status(on: day), .rolling)
        }
        XCTAssertNil(written.statusPhases)
    }

    func test_a_stated_status_holds_on_every_day() {
        let scheme = scheme(Self.call, status: "closed")
        XCTAssertEqual(scheme.status(on: CalendarDay(year: 2024, month: 6, day: 1)), .closed)
    }
}
