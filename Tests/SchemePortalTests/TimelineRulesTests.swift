import XCTest
@testable import SchemePortal

/// The timeline rules beyond single dates: written order, the programme's period, and dates in prose
/// against the key dates. Each with the exact message staff will read.
final class TimelineRulesTests: XCTestCase {
    /// Checks a scheme with these key dates, a how-to-apply text for the first side and this body.
    private func check(_ keyDates: String, howToApply: String = "", body: String = "") -> [String] {
        var text = """
            ---
            title: S
            organisers: [O]
            summary: x
            model: peer
            sides:
              - id: researcher
                name: Researcher

            """
        if !howToApply.isEmpty {
            text += "    how_to_apply: |\n" + howToApply.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : "      " + $0 }.joined(separator: "\n") + "\n"
        }
        text += "key_dates:\n" + keyDates + "\n---\n" + body
        var diagnostics: [Diagnostic] = []
        guard let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "s", diagnostics: &diagnostics) else {
            return diagnostics.map(\.description)
        }
        return Diagnostic.ordered(diagnostics + KeyDateRules().check(scheme)).map(\.description)
    }

    private let deadline = """
          - label: Application deadline
            date: 12:00 GMT, 19 December 2022
            kind: deadline
        """

    // MARK: Written order

    func test_key_dates_written_in_date_order_pass() {
        XCTAssertEqual(check("""
              - {label: Call opens, date: 24 November 2022, kind: opens}
              - {label: Deadline, date: 19 December 2022, kind: deadline}
              - {label: Networking, date: Summer 2023, kind: event}
              - {label: The programme runs, date: March to August 2023, kind: period}
              - {label: Kick-off, date: 24 March 2023, kind: event}
            """), [])
    }

    func test_a_key_date_written_after_a_later_one_is_a_warning_at_the_first_out_of_order() {
        XCTAssertEqual(check("""
              - {label: Launch, date: 2 March 2024, kind: milestone}
              - {label: Matching, date: 26 January 2023, kind: milestone}
              - {label: Review, date: 1 January 2023, kind: milestone}
            """), [
            "s.md:11:29: warning: ‘Matching’ (26 January 2023) is written after ‘Launch’ (2 March 2024) on line 10, which is later; write the key dates in date order, or correct the year or day of one of them",
        ])
    }

    func test_whole_months_are_not_out_of_order_with_a_day_in_their_first_month() {
        XCTAssertEqual(check("""
              - {label: Kick-off, date: 24 March 2023, kind: milestone}
              - {label: Sessions, date: March to May 2023, kind: milestone}
            """), [])
    }

    func test_a_call_opening_after_its_deadline_is_reported_once_not_also_as_out_of_order() {
        XCTAssertEqual(check("""
              - {label: Call opens, date: 24 November 2023, kind: opens}
              - {label: Application deadline, date: 19 December 2022, kind: deadline}
            """), [
            "s.md:10:31: error: ‘Call opens’ (24 November 2023) is after ‘Application deadline’ (19 December 2022); applications must open before their deadline: is the year 2022?",
        ])
    }

    // MARK: The programme's period

    func test_events_inside_the_programme_period_pass() {
        XCTAssertEqual(check("""
              - {label: The scheme runs, date: February to August 2023, kind: period}
              - {label: Cohort event, date: 2 March 2023, kind: event}
              - {label: Networking, date: Summer 2023, kind: event}
              - {label: Closing party, date: "19:00–midnight, Thursday 31 August 2023", kind: event}
            """), [])
    }

    func test_an_event_outside_the_programme_period_is_a_warning() {
        XCTAssertEqual(check("""
              - {label: The scheme runs, date: February to August 2023, kind: period}
              - {label: Cohort event, date: 2 March 2024, kind: event}
            """), [
            "s.md:11:33: warning: ‘Cohort event’ (2 March 2024) falls outside ‘The scheme runs’ (1 February 2023 to 31 August 2023) on line 10; check the year; an event meant to fall outside the programme can be ‘kind: milestone’",
        ])
    }

    func test_a_vague_event_warns_only_when_it_cannot_fall_inside_the_period() {
        XCTAssertEqual(check("""
              - {label: Mentoring partnerships meet once a month, date: May to October 2024, kind: period}
              - {label: Training, date: Spring 2024, kind: event}
              - {label: Celebration, date: Winter 2025, kind: event}
            """), [
            "s.md:12:32: warning: ‘Celebration’ (Winter 2025) falls outside ‘Mentoring partnerships meet once a month’ (1 May 2024 to 31 October 2024) on line 10; check the year; an event meant to fall outside the programme can be ‘kind: milestone’",
        ])
    }

    func test_a_period_that_is_a_stage_not_the_programme_sets_no_bounds() {
        XCTAssertEqual(check("""
              - {label: Chemistry meetings, date: 26 January 2023 – 9 February 2023, kind: period}
              - {label: Cohort event, date: 2 March 2023, kind: event}
            """), [])
    }

    // MARK: Dates in prose

    func test_prose_that_agrees_with_the_key_dates_passes() {
        XCTAssertEqual(check(deadline, howToApply: "Submit your form by 12:00 GMT on 19 December 2022.",
                             body: "Deadline: **12:00 GMT, 19 December 2022**. Meetings run from February to August 2023.\n"), [])
    }

    func test_a_deadline_in_the_body_with_a_different_year_is_an_error_at_the_day() {
        XCTAssertEqual(check(deadline, body: "Intro.\n\nResearchers should submit their EoI by 12:00 GMT on 19 December 2023 using the form.\n"), [
            "s.md:16:53: error: the text gives 19 December 2023 for ‘Application deadline’, but the key dates say 19 December 2022; make the text and the key dates agree",
        ])
    }

    func test_a_deadline_in_how_to_apply_with_a_different_year_is_an_error_at_its_line_and_column() {
        XCTAssertEqual(check(deadline, howToApply: "Read the guidance.\n\nApplications close on 19 December 2021."), [
            "s.md:12:29: error: the text gives 19 December 2021 for ‘Application deadline’, but the key dates say 19 December 2022; make the text and the key dates agree",
        ])
    }

    func test_a_sentence_that_names_the_deadline_with_another_day_is_a_warning() {
        XCTAssertEqual(check(deadline, body: "The application deadline is 5 January 2023.\n"), [
            "s.md:14:29: warning: the text gives 5 January 2023 for ‘Application deadline’, but the key dates say 19 December 2022; make the text and the key dates agree",
        ])
    }

    func test_the_right_day_with_another_time_is_an_error() {
        XCTAssertEqual(check(deadline, body: "Apply by 5pm on 19 December 2022.\n"), [
            "s.md:14:10: error: the text gives 17:00 on 19 December 2022 for ‘Application deadline’, but the key dates say 12:00; make the text and the key dates agree",
        ])
    }

    func test_midnight_in_the_text_agrees_with_a_deadline_at_either_end_of_that_day_but_not_with_another_time() {
        let endOfDay = "  - {label: Application deadline, date: \"23:59, 19 December 2022\", kind: deadline}"
        let nextDay = "  - {label: Application deadline, date: \"00:00, 20 December 2022\", kind: deadline}"
        let startOfDay = "  - {label: Application deadline, date: \"00:00, 19 December 2022\", kind: deadline}"
        let sentence = "Apply by midnight on 19 December 2022.\n"
        XCTAssertEqual(check(endOfDay, body: sentence), [])
        XCTAssertEqual(check(nextDay, body: sentence), [])
        XCTAssertEqual(check(startOfDay, body: sentence), [])
        XCTAssertEqual(check(deadline, body: sentence), [
            "s.md:14:10: error: the text gives 00:00 on 19 December 2022 for ‘Application deadline’, but the key dates say 12:00; make the text and the key dates agree",
        ])
        // 00:00 written as a time is the start of the day, which 23:59 is not.
        XCTAssertEqual(check(endOfDay, body: "Apply by 00:00 on 19 December 2022.\n"), [
            "s.md:12:10: error: the text gives 00:00 on 19 December 2022 for ‘Application deadline’, but the key dates say 23:59; make the text and the key dates agree",
        ])
    }

    func test_a_range_in_the_text_that_runs_to_midnight_is_on_the_day_it_names() {
        let endOfDay = "  - {label: Application deadline, date: \"23:59, 19 December 2022\", kind: deadline}"
        XCTAssertEqual(check(endOfDay, body: "Submit it between 09:00 and midnight on 19 December 2022.\n"), [])
        XCTAssertEqual(check(endOfDay, body: "Submit it between 09:00 and midnight on 19 December 2023.\n"), [
            "s.md:12:41: error: the text gives 19 December 2023 for ‘Application deadline’, but the key dates say 19 December 2022; make the text and the key dates agree",
        ])
    }

    func test_dates_that_are_not_about_a_deadline_are_not_compared() {
        XCTAssertEqual(check(deadline, body: "The pilot started on 19 December 2021 and we met on 5 January 2022.\n"), [])
    }

    func test_BST_in_December_in_prose_is_an_error_at_the_time() {
        XCTAssertEqual(check(deadline, body: "Deadline: 12:00 BST, 19 December 2022\n"), [
            "s.md:14:11: error: BST is not in force on 19 December 2022: UK clocks show GMT then; write GMT (or leave the zone out for UK time)",
        ])
    }

    func test_GMT_in_July_in_prose_is_an_error() {
        XCTAssertEqual(check(deadline, body: "The event starts at 10am GMT on 3 July 2023.\n"), [
            "s.md:14:21: error: GMT is not UK time on 3 July 2023: UK clocks show BST then; write BST (or leave the zone out for UK time)",
        ])
    }

    func test_a_wrong_weekday_in_prose_is_an_error() {
        XCTAssertEqual(check(deadline, body: "We meet on Tuesday 11 March 2024 in London.\n"), [
            "s.md:14:12: error: 11 March 2024 is a Monday, not a Tuesday; write “Monday 11 March 2024”, or “Tuesday 12 March 2024” if the Tuesday is right",
        ])
    }

    func test_prose_without_a_year_or_with_only_a_season_is_left_alone() {
        XCTAssertEqual(check(deadline, body: "Places are allocated from 1 September. We meet by Summer 2023, by 2024 or in 2021/22.\n"), [])
    }

    // MARK: Finding dates in prose

    func test_the_finder_reads_the_dates_the_seeds_write_in_prose() {
        let found = ProseDateFinder.find(in: """
            Deadline: **12:00 GMT, 19 December 2022.** See all the key dates.
            Complete the form by 6pm on Monday 11 March 2024, including a statement.
            (i.e. at least 19 December 2022 – 24 August 2023).
            Applicants will be informed of the outcome of their EoI w/c 2 January 2023.
            A meeting at 9.30 a.m. on 2 March 2023 in Oxford.
            """)
        XCTAssertEqual(found.map(\.written), ["12:00 GMT, 19 December 2022", "6pm on Monday 11 March 2024",
                                              "19 December 2022 – 24 August 2023", "w/c 2 January 2023",
                                              "9.30 a.m. on 2 March 2023"])
        XCTAssertEqual(found.map(\.line), [0, 1, 2, 3, 4])
        XCTAssertEqual(found[1].lead, "Complete the form by ")
    }

    func test_the_finder_gives_days_written_in_numbers_but_not_fractions() {
        let found = ProseDateFinder.scan("About 3/4 of pairs meet monthly, and all should have met by 03/04/2027.\nThen 12 May 2027.")
        XCTAssertEqual(found.numeric.map(\.written), ["03/04/2027"])
        XCTAssertEqual(found.numeric.map(\.column), [60])
        XCTAssertEqual(found.dates.map(\.written), ["12 May 2027"])
    }
}
