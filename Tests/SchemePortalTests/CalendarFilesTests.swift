import XCTest
@testable import SchemePortal

/// Key dates as calendar events: DATE against DATE-TIME, exclusive ends, Europe/London, stable UIDs.
final class CalendarFilesTests: XCTestCase {
    static let today = CalendarDay(year: 2024, month: 1, day: 15)

    private func scheme(_ keyDates: String, slug: String = "sample") -> Scheme {
        let text = """
            ---
            title: Sample Mentoring Scheme
            short_title: Sample
            organisers: [O]
            summary: x
            model: peer
            sides: [{id: mentor, name: Mentor}, {id: mentee, name: Mentee}]
            key_dates:
            \(keyDates)
            ---
            """
        var diagnostics: [Diagnostic] = []
        let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: slug, diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), [])
        return scheme!
    }

    private func calendar(baseURL: String? = "https://mentoring.example.org/", today: CalendarDay = today) -> KeyDateCalendar {
        KeyDateCalendar(settings: PortalSettings(title: "Portal", organisation: "Org", location: SourceLocation(file: "p")),
                        baseURL: baseURL, today: today)
    }

    /// The event lines of the only (or first) event for one key date, unfolded.
    private func eventLines(_ date: String, kind: String = "milestone", label: String = "Thing") -> [String] {
        let s = scheme("  - {label: \"\(label)\", date: \"\(date)\", kind: \(kind)}")
        let text = calendar().calendar(name: "x", events: calendar().events(s).map(\.event))
        return String(decoding: Array(text.utf8).unfolded(), as: UTF8.self).components(separatedBy: "\r\n")
    }

    /// The first line of the first event that gives this property.
    private func value(_ name: String, in lines: [String]) -> String? {
        let event = lines.drop { $0 != "BEGIN:VEVENT" }
        return event.first { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }

    // MARK: All-day events

    func test_a_day_is_an_all_day_event_ending_the_next_day() {
        let lines = eventLines("2 March 2023")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20230302")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20230303")
        XCTAssertFalse(lines.contains("BEGIN:VTIMEZONE"), "no time zone is needed without times")
    }

    func test_a_range_of_days_ends_the_day_after_its_last_day() {
        let lines = eventLines("26 January 2023 – 9 February 2023", kind: "period")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20230126")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20230210")
    }

    func test_a_range_ending_on_the_last_day_of_a_year_ends_on_new_years_day() {
        let lines = eventLines("28–31 December 2023", kind: "period")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20240101")
    }

    func test_a_week_commencing_lasts_seven_days() {
        let lines = eventLines("w/c 2 January 2023")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20230102")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20230109")
    }

    func test_months_end_on_the_first_of_the_month_after_the_last() {
        var lines = eventLines("May to October 2024", kind: "period")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20240501")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20241101")
        lines = eventLines("November 2023 to February 2024", kind: "period")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20240301")
        lines = eventLines("February 2024", kind: "period")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20240201")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20240301")
    }

    func test_all_day_events_do_not_make_the_reader_busy() {
        XCTAssertEqual(value("TRANSP", in: eventLines("May to October 2024", kind: "period")), "TRANSP:TRANSPARENT")
    }

    // MARK: Timed events

    func test_an_evening_to_midnight_ends_at_the_start_of_the_next_day() {
        let lines = eventLines("19:00–midnight, Friday 31 December 2027", kind: "event")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;TZID=Europe/London:20271231T190000")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;TZID=Europe/London:20280101T000000")
    }

    func test_a_timed_deadline_in_winter_is_UK_time_with_its_time_zone_and_is_the_half_hour_up_to_it() {
        let lines = eventLines("12:00 GMT, 19 December 2022", kind: "deadline")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;TZID=Europe/London:20221219T113000")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;TZID=Europe/London:20221219T120000")
        XCTAssertTrue(lines.contains("BEGIN:VTIMEZONE"))
        XCTAssertEqual(value("TRANSP", in: lines), "TRANSP:TRANSPARENT")
    }

    func test_a_timed_deadline_in_summer_written_BST_or_with_no_zone_is_UK_time() {
        for written in ["12:00 BST, 2 April 2024", "12:00, 2 April 2024", "noon on 2 April 2024"] {
            let lines = eventLines(written, kind: "deadline")
            XCTAssertEqual(value("DTEND", in: lines), "DTEND;TZID=Europe/London:20240402T120000", written)
        }
    }

    func test_a_time_written_BST_when_GMT_is_in_force_lands_on_the_instant_it_names_in_UTC() {
        let lines = eventLines("12:00 BST, 19 December 2022", kind: "deadline")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART:20221219T103000Z")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND:20221219T110000Z")
    }

    func test_a_time_written_GMT_in_summer_lands_on_that_UTC_instant() {
        XCTAssertEqual(value("DTEND", in: eventLines("17:00 GMT, 3 July 2023", kind: "deadline")), "DTEND:20230703T170000Z")
    }

    func test_BST_just_after_midnight_in_winter_moves_back_to_the_day_before_in_UTC() {
        XCTAssertEqual(value("DTSTART", in: eventLines("00:30 BST, 1 January 2024", kind: "event")), "DTSTART:20231231T233000Z")
    }

    func test_a_UTC_time_stays_UTC() {
        XCTAssertEqual(value("DTSTART", in: eventLines("2022-12-19T12:00:00Z", kind: "event")), "DTSTART:20221219T120000Z")
    }

    func test_a_timed_opening_is_the_half_hour_from_it_and_has_no_reminder() {
        let lines = eventLines("9am on Monday 4 March 2024", kind: "opens")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;TZID=Europe/London:20240304T090000")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;TZID=Europe/London:20240304T093000")
        XCTAssertEqual(value("TRANSP", in: lines), "TRANSP:TRANSPARENT")
        XCTAssertFalse(lines.contains("BEGIN:VALARM"))
    }

    func test_a_timed_event_that_is_not_a_deadline_lasts_an_hour_and_makes_the_reader_busy() {
        let lines = eventLines("18:00, 2 March 2023", kind: "event")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;TZID=Europe/London:20230302T180000")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;TZID=Europe/London:20230302T190000")
        XCTAssertEqual(value("TRANSP", in: lines), "TRANSP:OPAQUE")
    }

    func test_months_that_end_on_a_stated_day_end_the_day_after_it_not_at_the_end_of_the_month() {
        var lines = eventLines("February to 24 August 2023", kind: "period")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20230201")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20230825")
        XCTAssertEqual(value("DESCRIPTION", in: lines).map { $0.hasPrefix(#"DESCRIPTION:Period: February 2023 to Thursday 24 August 2023\n"#) }, true)
        lines = eventLines("November 2023 to 12 January 2024", kind: "period")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20231101")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20240113")
    }

    func test_two_times_on_one_day_start_and_end_the_event() {
        let lines = eventLines("10:00–12:00, 18 April 2024", kind: "event")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;TZID=Europe/London:20240418T100000")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;TZID=Europe/London:20240418T120000")
    }

    func test_the_time_zone_is_Europe_London_with_BST_and_GMT_changing_on_the_last_Sundays_of_March_and_October() {
        let lines = eventLines("12:00, 2 April 2024", kind: "deadline")
        let start = lines.firstIndex(of: "BEGIN:VTIMEZONE")!
        let end = lines.firstIndex(of: "END:VTIMEZONE")!
        XCTAssertEqual(Array(lines[start...end]), [
            "BEGIN:VTIMEZONE", "TZID:Europe/London",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
            "DTSTART:19960331T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
            "DTSTART:19961027T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE",
        ])
        XCTAssertLessThan(start, lines.firstIndex(of: "BEGIN:VEVENT")!, "the zone comes before the events that use it")
    }

    func test_the_UTC_instant_for_the_page_script_follows_the_UK_clock_change() {
        XCTAssertEqual(CalendarTime.london(CalendarDay(year: 2024, month: 3, day: 30), TimeOfDay(hour: 12, minute: 0)).isoValue,
                       "2024-03-30T12:00:00Z")
        XCTAssertEqual(CalendarTime.london(CalendarDay(year: 2024, month: 3, day: 31), TimeOfDay(hour: 12, minute: 0)).isoValue,
                       "2024-03-31T11:00:00Z")
        XCTAssertEqual(CalendarTime.london(CalendarDay(year: 2024, month: 10, day: 27), TimeOfDay(hour: 12, minute: 0)).isoValue,
                       "2024-10-27T12:00:00Z")
    }

    // MARK: Reminders

    /// Each VALARM of the first event: its lines between BEGIN and END.
    private func alarms(_ lines: [String]) -> [[String]] {
        var result: [[String]] = []
        var current: [String]?
        for line in lines {
            if line == "BEGIN:VALARM" { current = [] } else if line == "END:VALARM", let done = current {
                result.append(done)
                current = nil
            } else if current != nil { current?.append(line) }
        }
        return result
    }

    func test_a_timed_deadline_reminds_a_day_and_a_week_before_it_at_its_own_time() throws {
        let lines = eventLines("12:00 GMT, 19 December 2022", kind: "deadline", label: "Application deadline")
        // The event starts half an hour before the deadline: 23 h 30 min before that is 12:00 the day before.
        XCTAssertEqual(alarms(lines), [
            ["ACTION:DISPLAY", "TRIGGER:-PT23H30M",
             #"DESCRIPTION:Tomorrow: Sample: Application deadline (12:00 GMT\, Monday 19 December 2022)"#],
            ["ACTION:DISPLAY", "TRIGGER:-P6DT23H30M",
             #"DESCRIPTION:In a week: Sample: Application deadline (12:00 GMT\, Monday 19 December 2022)"#],
        ])
        XCTAssertLessThan(try XCTUnwrap(lines.firstIndex(of: "TRANSP:TRANSPARENT")), try XCTUnwrap(lines.firstIndex(of: "BEGIN:VALARM")),
                          "an event's properties come before its alarms")
    }

    func test_an_all_day_deadline_reminds_at_nine_the_day_before_and_a_week_before() {
        let lines = eventLines("24 January 2023", kind: "deadline", label: "Preferences due")
        XCTAssertEqual(alarms(lines).map { $0[1] }, ["TRIGGER:-PT15H", "TRIGGER:-P6DT15H"])
        XCTAssertEqual(alarms(lines).first?.last, "DESCRIPTION:Tomorrow: Sample: Preferences due (Tuesday 24 January 2023)")
    }

    func test_a_deadline_over_several_days_reminds_before_its_last_day() {
        // 20 to 24 January: the day before the last is 23 January, 09:00, three days and nine hours after the start.
        let lines = eventLines("20–24 January 2023", kind: "deadline")
        XCTAssertEqual(alarms(lines).map { $0[1] }, ["TRIGGER:P3DT9H", "TRIGGER:-P2DT15H"])
    }

    func test_only_deadlines_have_reminders() {
        for kind in ["opens", "event", "period", "milestone"] {
            XCTAssertFalse(eventLines("12:00, 2 March 2023", kind: kind).contains("BEGIN:VALARM"), kind)
            XCTAssertFalse(eventLines("2 March 2023", kind: kind).contains("BEGIN:VALARM"), kind)
        }
    }

    // MARK: Where

    func test_a_key_dates_location_is_the_events_LOCATION_escaped_as_text() {
        let s = scheme("  - {label: Launch, date: \"10:00–12:00, 18 April 2024\", kind: event, location: 'Café Rouge, Köln room; door B\\C'}")
        let text = calendar().calendar(name: "x", events: calendar().events(s).map(\.event))
        let lines = String(decoding: Array(text.utf8).unfolded(), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(value("LOCATION", in: lines), #"LOCATION:Café Rouge\, Köln room\; door B\\C"#)
        XCTAssertNil(value("LOCATION", in: eventLines("2 March 2023")), "no location, no LOCATION")
    }

    // MARK: The calendar and its events

    func test_a_calendar_has_its_header_and_each_event_its_stamp_summary_description_and_address() {
        let s = scheme("  - {label: \"Application deadline\", date: \"12:00 GMT, 19 December 2022\", kind: deadline, side: mentee, details: \"Use the form, please; no e-mails\"}")
        let text = calendar().calendar(name: "Sample Mentoring Scheme", events: calendar().events(s).map(\.event))
        let lines = String(decoding: Array(text.utf8).unfolded(), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(Array(lines.prefix(6)), ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SchemePortal//Key dates//EN",
                                                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Sample Mentoring Scheme"])
        XCTAssertEqual(lines.suffix(2), ["END:VCALENDAR", ""])
        XCTAssertEqual(value("DTSTAMP", in: lines), "DTSTAMP:20240115T000000Z")
        XCTAssertEqual(value("SUMMARY", in: lines), "SUMMARY:Sample: Application deadline")
        XCTAssertEqual(value("DESCRIPTION", in: lines),
                       #"DESCRIPTION:Deadline for Mentees: 12:00 GMT\, Monday 19 December 2022\nUse the form\, please\; no e-mails\nSample Mentoring Scheme\nDetails: https://mentoring.example.org/schemes/sample/key-dates/"#)
        XCTAssertEqual(value("URL", in: lines), "URL:https://mentoring.example.org/schemes/sample/key-dates/#date-application-deadline-mentee")
        XCTAssertEqual(value("CATEGORIES", in: lines), "CATEGORIES:Deadline")
    }

    func test_without_a_base_URL_there_is_no_URL_and_the_UID_says_so() {
        let s = scheme("  - {label: Call opens, date: 24 November 2022, kind: opens}")
        let c = calendar(baseURL: nil)
        let event = c.events(s)[0].event
        XCTAssertNil(event.url)
        XCTAssertFalse(event.description.contains("http"))
        XCTAssertTrue(event.uid.hasSuffix("@schemeportal.invalid"), event.uid)
    }

    func test_vague_dates_are_left_out_of_the_calendar() {
        let s = scheme("""
              - {label: Launch, date: 2 March 2023, kind: event}
              - {label: Networking, date: Summer 2023, kind: event}
            """)
        XCTAssertEqual(calendar().events(s).map(\.keyDate.label), ["Launch"])
    }

    func test_parts_of_months_open_ended_and_usual_dates_are_left_out_of_the_calendar() {
        let s = scheme("""
              - {label: Launch, date: 2 March 2023, kind: event}
              - {label: Matching, date: the end of March 2023}
              - {label: Applications, date: ongoing}
              - {label: Celebration, date: usually 14 July 2023, kind: event}
              - {label: Survey, date: 2 weeks after ‘Matching’}
            """)
        XCTAssertEqual(calendar().events(s).map(\.keyDate.label), ["Launch"])
    }

    func test_a_date_counted_from_a_day_is_in_the_calendar_at_the_day_it_comes_to() {
        let s = scheme("""
              - {label: Relationships end, date: 31 August 2023, kind: milestone}
              - {label: Impact questionnaire, date: "6 months after ‘Relationships end’", kind: deadline}
            """)
        let events = calendar().events(s)
        XCTAssertEqual(events.map(\.keyDate.label), ["Relationships end", "Impact questionnaire"])
        guard let counted = events.last, events.count == 2 else { return }
        let text = calendar().calendar(name: "x", events: [counted.event])
        let lines = String(decoding: Array(text.utf8).unfolded(), as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20240229")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20240301")
        XCTAssertTrue(lines.contains("DESCRIPTION:Deadline: 6 months after ‘Relationships end’ (Thursday 29 February 2024)\\nSample Mentoring Scheme\\nDetails: https://mentoring.example.org/schemes/sample/key-dates/"), lines.joined(separator: "\n"))
    }

    func test_an_academic_year_is_all_day_from_1_September_to_31_August() {
        let lines = eventLines("academic year 2026-27", kind: "period")
        XCTAssertEqual(value("DTSTART", in: lines), "DTSTART;VALUE=DATE:20260901")
        XCTAssertEqual(value("DTEND", in: lines), "DTEND;VALUE=DATE:20270901")
    }

    func test_DTSTAMP_is_midnight_UTC_on_the_reference_day() {
        let s = scheme("  - {label: Launch, date: 2 March 2023}")
        let text = calendar(today: CalendarDay(year: 2026, month: 11, day: 23)).calendar(name: "x", events: calendar().events(s).map(\.event))
        XCTAssertTrue(text.contains("\r\nDTSTAMP:20261123T000000Z\r\n"))
    }

    // MARK: Identity

    private let openDates = """
          - {label: Call opens, date: 24 November 2022, kind: opens}
          - {label: Application deadline, date: "12:00 GMT, 19 December 2022", kind: deadline}
          - {label: Cohort event, date: 2 March 2023, kind: event}
        """

    private func uids(_ s: Scheme, baseURL: String? = "https://mentoring.example.org/") -> [String: String] {
        Dictionary(uniqueKeysWithValues: calendar(baseURL: baseURL).events(s).map { ($0.keyDate.label, $0.event.uid) })
    }

    func test_UIDs_are_the_same_in_every_build() {
        XCTAssertEqual(uids(scheme(openDates)), uids(scheme(openDates)))
        XCTAssertEqual(uids(scheme(openDates))["Application deadline"], "\(FNV1a.hex("sample\u{1F}deadline\u{1F}\u{1F}application deadline"))@mentoring.example.org")
    }

    func test_a_UID_survives_other_dates_changing_being_added_reordered_and_its_own_date_moving() {
        let before = uids(scheme(openDates))
        let edited = scheme("""
              - {label: Cohort event, date: 9 March 2023, kind: event}
              - {label: Information session, date: 1 November 2022, kind: event}
              - {label: Application deadline, date: "17:00, 20 December 2022", kind: deadline}
              - {label: Call opens, date: 25 November 2022, kind: opens}
            """)
        let after = uids(edited)
        for label in ["Call opens", "Application deadline", "Cohort event"] {
            XCTAssertEqual(before[label], after[label], label)
        }
        XCTAssertEqual(Set(after.values).count, 4)
    }

    func test_a_UID_ignores_case_and_spacing_in_the_label_but_changes_with_its_words_kind_side_or_scheme() {
        let base = uids(scheme("  - {label: Application deadline, date: 19 December 2022, kind: deadline}"))["Application deadline"]
        XCTAssertEqual(uids(scheme("  - {label: \"application   Deadline\", date: 19 December 2022, kind: deadline}")).values.first, base)
        XCTAssertNotEqual(uids(scheme("  - {label: Applications deadline, date: 19 December 2022, kind: deadline}")).values.first, base)
        XCTAssertNotEqual(uids(scheme("  - {label: Application deadline, date: 19 December 2022, kind: milestone}")).values.first, base)
        XCTAssertNotEqual(uids(scheme("  - {label: Application deadline, date: 19 December 2022, kind: deadline, side: mentor}")).values.first, base)
        XCTAssertNotEqual(uids(scheme("  - {label: Application deadline, date: 19 December 2022, kind: deadline}", slug: "other")).values.first, base)
    }

    func test_two_dates_with_the_same_label_get_different_UIDs_and_files() {
        let s = scheme("""
              - {label: Group meeting, date: 2 March 2023, kind: event}
              - {label: Group meeting, date: 6 April 2023, kind: event}
              - {label: Group meeting, date: 4 May 2023, kind: event, side: mentor}
            """)
        let ids = calendar().identities(s)
        XCTAssertEqual(ids.map(\.fileID), ["group-meeting", "group-meeting-2", "group-meeting-mentor"])
        XCTAssertEqual(Set(ids.map(\.uid)).count, 3)
    }

    func test_file_names_are_the_label_as_an_address_cut_at_a_word() {
        XCTAssertEqual(KeyDateCalendar.shortSlug("Deadline for participants to express their preferred choices for a peer mentor"),
                       "deadline-for-participants-to-express-their")
        XCTAssertEqual(KeyDateCalendar.shortSlug("Launch – Café Köln"), "launch-cafe-koln")
        XCTAssertEqual(KeyDateCalendar.shortSlug("!!!"), "key-date")
    }

    func test_the_portal_writes_a_calendar_for_itself_each_scheme_and_each_dated_key_date() {
        let s = scheme(openDates + "\n  - {label: Networking, date: Summer 2023, kind: event}")
        let portal = Portal(settings: PortalSettings(title: "Portal", organisation: "Org", location: SourceLocation(file: "p")),
                            schemes: [s], pages: [])
        XCTAssertEqual(calendar().outputs(PublishedPortal(portal)).map(\.file.path), [
            "schemes/sample/calendar.ics",
            "schemes/sample/key-dates/call-opens.ics",
            "schemes/sample/key-dates/application-deadline.ics",
            "schemes/sample/key-dates/cohort-event.ics",
            "calendar.ics",
        ])
    }
}
