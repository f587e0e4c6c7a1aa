import XCTest
@testable import SchemePortal

/// Checks on key dates beyond the grammar, each with the message staff will read.
final class KeyDateRulesTests: XCTestCase {
    private func load(_ keyDates: String, diagnostics: inout [Diagnostic]) -> Scheme? {
        let text = """
            ---
            title: S
            organisers: [O]
            summary: x
            model: peer
            sides: [{id: researcher, name: Researcher}, {id: policy, name: Policy professional}]
            key_dates:
            \(keyDates)
            ---
            """
        return SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "s", diagnostics: &diagnostics)
    }

    private func check(_ keyDates: String) -> [String] {
        var diagnostics: [Diagnostic] = []
        guard let scheme = load(keyDates, diagnostics: &diagnostics) else { return diagnostics.map(\.description) }
        return Diagnostic.ordered(diagnostics + KeyDateRules().check(scheme)).map(\.description)
    }

    func test_a_call_that_opens_after_its_deadline_is_an_error_at_the_opening() {
        XCTAssertEqual(check("""
              - label: Call opens
                date: 24 November 2023
                kind: opens
              - label: Application deadline
                date: 12:00 GMT, 19 December 2022
                kind: deadline
            """), [
            "s.md:9:11: error: ‘Call opens’ (24 November 2023) is after ‘Application deadline’ (19 December 2022); applications must open before their deadline: is the year 2022?",
        ])
    }

    func test_a_December_time_written_in_BST_is_an_error_at_the_time_since_the_calendar_would_disagree_with_the_page() {
        XCTAssertEqual(check("""
              - label: Deadline
                date: 12:00 BST, 19 December 2022
            """), [
            "s.md:9:11: error: BST is not in force on 19 December 2022: UK clocks show GMT then; write GMT (or leave the zone out for UK time)",
        ])
    }

    func test_a_deadline_at_midnight_on_a_day_is_an_error_asking_whether_the_start_or_the_end_of_the_day_is_meant() {
        XCTAssertEqual(check("""
              - label: Deadline
                date: midnight, Monday 11 January 2027
              - label: Another
                date: Friday 15 January 2027 at Midnight
            """), [
            "s.md:9:11: error: ‘midnight’ on Monday 11 January 2027 could be the start of that day or its end, and the calendar must put it at one of them; for the end of the day write ‘23:59, Monday 11 January 2027’; for its start, ‘00:00, Monday 11 January 2027’",
            "s.md:11:37: error: ‘midnight’ on Friday 15 January 2027 could be the start of that day or its end, and the calendar must put it at one of them; for the end of the day write ‘23:59, Friday 15 January 2027’; for its start, ‘00:00, Friday 15 January 2027’",
        ])
    }

    func test_midnight_at_the_end_of_a_range_written_with_its_own_day_or_as_12am_is_asked_about_with_its_zone() {
        XCTAssertEqual(check("""
              - label: Applications
                date: "09:00, 1 March 2027 – midnight, 15 March 2027"
                kind: period
              - label: Deadline
                date: 12am UTC, Tuesday 16 March 2027
            """), [
            "s.md:9:34: error: ‘midnight’ on Monday 15 March 2027 could be the start of that day or its end, and the calendar must put it at one of them; for the end of the day write ‘23:59, Monday 15 March 2027’; for its start, ‘00:00, Monday 15 March 2027’",
            "s.md:12:11: error: ‘midnight’ on Tuesday 16 March 2027 could be the start of that day or its end, and the calendar must put it at one of them; for the end of the day write ‘23:59 UTC, Tuesday 16 March 2027’; for its start, ‘00:00 UTC, Tuesday 16 March 2027’",
        ])
    }

    func test_midnight_is_found_however_it_is_written_and_only_as_a_word() {
        for (text, found) in [("midnight, 1 May 2027", "midnight"), ("12am, 1 May 2027", "12am"), ("12 a.m. on 1 May 2027", "12 a.m."),
                              ("12:00 AM, 1 May 2027", "12:00 AM"), ("1 May 2027 at Midnight", "Midnight")] {
            let place = DateLexicon.midnightWord(in: text)
            XCTAssertEqual(place.map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0.offset..<$0.offset + $0.length])) }, found, text)
        }
        for text in ["00:12am, 1 May 2027", "112am, 1 May 2027", "midnightly", "12 May 2027", "12:30am, 1 May 2027"] {
            XCTAssertNil(DateLexicon.midnightWord(in: text), text)
        }
    }

    func test_midnight_written_as_a_time_or_ending_an_evening_is_clear() {
        XCTAssertEqual(check("""
              - label: Deadline
                date: 00:00, Monday 11 January 2027
              - label: Deadline again
                date: 23:59, Monday 11 January 2027
              - label: Party
                date: 19:00–midnight, Friday 15 January 2027
                kind: event
            """), [])
    }

    func test_an_evening_written_on_one_day_that_runs_past_midnight_names_the_times_and_how_to_give_the_next_day() {
        XCTAssertEqual(check("""
              - label: Party
                date: 23:00–01:00, Friday 15 January 2027
                kind: event
            """), [
            "s.md:9:17: error: the times run backwards: 01:00 is before 23:00 on 15 January 2027; if it runs past midnight, give the day it ends on too (‘23:00, 15 January 2027 – 01:00, 16 January 2027’); otherwise correct the times",
        ])
    }

    func test_a_July_time_written_in_GMT_is_an_error() {
        XCTAssertEqual(check("""
              - label: Deadline
                date: 17:00 GMT, 3 July 2023
            """), [
            "s.md:9:11: error: GMT is not UK time on 3 July 2023: UK clocks show BST then; write BST (or leave the zone out for UK time)",
        ])
    }

    func test_BST_on_the_day_the_clocks_go_forward_depends_on_the_time() {
        XCTAssertEqual(check("""
              - label: Early
                date: 01:30 BST, 26 March 2023
              - label: Late
                date: 12:00 BST, 26 March 2023
            """), [
            "s.md:9:11: error: BST is not in force on 26 March 2023: UK clocks show GMT then; write GMT (or leave the zone out for UK time)",
        ])
    }

    func test_a_weekday_that_does_not_match_its_date_is_an_error() {
        XCTAssertEqual(check("""
              - label: Deadline
                date: 6pm on Tuesday 11 March 2024
            """), [
            "s.md:9:11: error: 11 March 2024 is a Monday, not a Tuesday; write “Monday 11 March 2024”, or “Tuesday 12 March 2024” if the Tuesday is right",
        ])
    }

    func test_the_right_weekday_passes() {
        XCTAssertEqual(check("""
              - label: Deadline
                date: 6pm on Monday 11 March 2024
                kind: deadline
            """), [])
    }

    func test_a_range_that_ends_before_it_starts_is_an_error() {
        let lines = check("""
              - label: Chemistry meetings
                date: 9 February 2023 – 26 January 2023
            """)
        XCTAssertEqual(lines, [
            "s.md:9:29: error: the range ends (26 January 2023) before it starts (9 February 2023); swap the two dates, or correct the year",
        ])
    }

    func test_vague_dates_are_allowed_and_never_compared() {
        XCTAssertEqual(check("""
              - label: Networking event
                date: Summer 2023
                kind: opens
              - label: Deadline
                date: 19 December 2022
                kind: deadline
            """), [])
    }

    func test_an_unreadable_date_is_an_error_inside_the_value() {
        let lines = check("""
              - label: Deadline
                date: 31 February 2023
            """)
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix("s.md:9:11: error:"), lines[0])
    }

    func test_a_key_date_naming_an_unknown_side_is_an_error() throws {
        var diagnostics: [Diagnostic] = []
        let scheme = try XCTUnwrap(load("""
              - label: Deadline
                date: 19 December 2022
                side: reseacher
            """, diagnostics: &diagnostics))
        let settings = PortalSettings(title: "T", organisation: "O", location: SourceLocation(file: "p"))
        XCTAssertEqual(SchemeReferenceRules(settings: settings).check(scheme).map(\.description), [
            "s.md:10:11: error: the key date ‘Deadline’ names the side ‘reseacher’, which the scheme does not have; did you mean ‘researcher’?",
        ])
    }

    func test_an_undefined_grade_ladder_is_reported_at_its_name() {
        let text = "---\ntitle: S\norganisers: [O]\nsummary: x\nmodel: peer\nsides: [{id: a, name: A}]\nrules:\n  grade_ladder: civil-servce\n---\n"
        var diagnostics: [Diagnostic] = []
        let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "s", diagnostics: &diagnostics)!
        let ladder = GradeLadder(id: "civil-service", name: "CS", grades: [], location: SourceLocation(file: "p"))
        let settings = PortalSettings(title: "T", organisation: "O", gradeLadders: [ladder], location: SourceLocation(file: "p"))
        XCTAssertEqual(SchemeReferenceRules(settings: settings).check(scheme).map(\.description), [
            "s.md:8:17: error: the grade ladder ‘civil-servce’ is not defined in portal.yaml; did you mean ‘civil-service’?",
        ])
    }

    func test_BST_is_in_force_from_the_last_Sunday_in_March_to_the_last_Sunday_in_October() {
        XCTAssertEqual(CalendarMath.lastSunday(ofMonth: 3, year: 2023), CalendarDay(year: 2023, month: 3, day: 26))
        XCTAssertEqual(CalendarMath.lastSunday(ofMonth: 10, year: 2024), CalendarDay(year: 2024, month: 10, day: 27))
        XCTAssertTrue(CalendarMath.isBritishSummerTime(on: CalendarDay(year: 2023, month: 8, day: 24)))
        XCTAssertFalse(CalendarMath.isBritishSummerTime(on: CalendarDay(year: 2022, month: 12, day: 19)))
        XCTAssertEqual(CalendarMath.weekday(of: CalendarDay(year: 2024, month: 3, day: 11)), .monday)
    }

    func test_a_wrong_weekday_in_a_usual_date_is_still_an_error() {
        let messages = check("""
              - label: Taster session
                date: usually Tuesday 4 January 2027
            """)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages.first?.contains("4 January 2027 is a Monday, not a Tuesday") == true, messages.first ?? "")
    }
}
