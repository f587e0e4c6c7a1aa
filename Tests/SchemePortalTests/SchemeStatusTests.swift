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
    private func lookUp(_ phases: (initial: SchemeStatus, changes: [(from: CalendarDay, status: SchemeStatus)]),
                        on day: CalendarDay) -> SchemeStatus {
        phases.changes.last { $0.from <= day }?.status ?? phases.initial
    }

    func test_the_phases_give_the_derived_status_on_every_day_around_the_key_dates() {
        for keyDates in [Self.call, Self.deadlineOnly, Self.opensOnly, Self.eventsOnly] {
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
        let phases = scheme(Self.call).statusPhases
        XCTAssertEqual(phases.initial, .upcoming)
        XCTAssertEqual(phases.changes.map { "\($0.from) \($0.status.rawValue)" },
                       ["2024-03-04 open", "2024-12-03 running", "2025-01-01 closed"])
    }

    func test_without_dated_key_dates_a_scheme_is_upcoming_on_every_day() {
        let phases = scheme("  - {label: Launch, date: TBC 2024, kind: event}").statusPhases
        XCTAssertEqual(phases.initial, .upcoming)
        XCTAssertTrue(phases.changes.isEmpty)
    }

    func test_a_stated_status_holds_on_every_day() {
        let scheme = scheme(Self.call, status: "closed")
        XCTAssertEqual(scheme.status(on: CalendarDay(year: 2024, month: 6, day: 1)), .closed)
    }
}
