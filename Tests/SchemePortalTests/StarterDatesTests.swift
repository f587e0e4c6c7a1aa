import XCTest
@testable import SchemePortal

/// The starter's key dates are placed from the day `portal new` runs, and must leave `portal check
/// --strict` with nothing to say on any day of the year: weekends, clock changes, leap days, year ends.
final class StarterDatesTests: XCTestCase {
    /// Every day of 2027 and 2028: two whole years, a leap day (29 February 2028), and both clock changes
    /// of each year (28 March and 31 October 2027, 26 March and 29 October 2028).
    static let everyDay: [CalendarDay] = {
        let first = CalendarMath.dayNumber(CalendarDay(year: 2027, month: 1, day: 1))
        let last = CalendarMath.dayNumber(CalendarDay(year: 2028, month: 12, day: 31))
        return (first...last).map(CalendarMath.day(fromNumber:))
    }()

    func test_the_days_cover_two_years_a_leap_day_and_every_clock_change() {
        let days = Set(Self.everyDay)
        XCTAssertEqual(days.count, 731)
        for day in [CalendarDay(year: 2028, month: 2, day: 29), CalendarMath.lastSunday(ofMonth: 3, year: 2027),
                    CalendarMath.lastSunday(ofMonth: 10, year: 2027), CalendarMath.lastSunday(ofMonth: 3, year: 2028),
                    CalendarMath.lastSunday(ofMonth: 10, year: 2028)] {
            XCTAssertTrue(days.contains(day), "\(day)")
        }
    }

    /// Days on which the whole check runs, rendering every page and checking its links and addresses:
    /// the clock changes and the days before them, the leap day, the year ends, and the first of each month.
    static let renderedDays: Set<CalendarDay> = {
        var days: Set<CalendarDay> = [CalendarDay(year: 2028, month: 2, day: 29), CalendarDay(year: 2027, month: 12, day: 31),
                                      CalendarDay(year: 2028, month: 12, day: 31)]
        for year in [2027, 2028] {
            for month in 1...12 { days.insert(CalendarDay(year: year, month: month, day: 1)) }
            for month in [3, 10] {
                let change = CalendarMath.lastSunday(ofMonth: month, year: year)
                days.formUnion([change, CalendarMath.adding(days: -1, to: change)])
            }
        }
        return days
    }()

    func test_a_portal_made_on_any_day_passes_the_strict_check_with_nothing_to_say() throws {
        // Each day, the new portal with a second scheme added as `portal add-scheme` adds it (so both kinds
        // of starter scheme are checked) is checked as `portal check --strict` checks it, on that day.
        // Every rule about dates is in load and validate, so every day runs those; rendering and the
        // link and address checks, whose findings do not depend on the dates, run on `renderedDays`
        // (every day with STARTER_EVERY_DAY_RENDERED=1: about three minutes of a debug build's time).
        let renderEveryDay = ProcessInfo.processInfo.environment["STARTER_EVERY_DAY_RENDERED"] == "1"
        let chunks = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let work: [@Sendable () -> [String]] = (0..<chunks).map { chunk in
            { Self.check(days: stride(from: chunk, to: Self.everyDay.count, by: chunks).map { Self.everyDay[$0] },
                         renderEveryDay: renderEveryDay) }
        }
        XCTAssertEqual(Parallel.map(work).flatMap { $0 }, [])
    }

    /// The problems found on each day, up to the first three days with any.
    static func check(days: [CalendarDay], renderEveryDay: Bool) -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("schemeportal-starter-days-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        var failures: [String] = []
        var rendered = 0
        for (index, today) in days.enumerated() where failures.count < 3 {
            do {
                if index == 0 {
                    _ = try StarterWriter.makePortal(at: root, shown: "days", today: today)
                    _ = try StarterWriter.addScheme(named: "Reverse mentoring", content: content, contentShown: "Content", today: today)
                } else {
                    // Only the schemes' files depend on the day: written again in place.
                    for file in StarterPortal.files(today: today) where file.path.hasPrefix("Content/schemes/") {
                        try Data(file.contents.utf8).write(to: root.appendingPathComponent(file.path))
                    }
                    for file in StarterScheme(title: "Reverse mentoring", slug: "reverse-mentoring", dates: StarterDates(today: today)).files {
                        try Data(file.contents.utf8).write(to: content.appendingPathComponent(file.path))
                    }
                }
            } catch {
                failures.append("made on \(today): \(error)")
                continue
            }
            let configuration = Build.Configuration(contentDirectory: content, layoutsDirectory: root.appendingPathComponent("Layouts"),
                                                    outputDirectory: root.appendingPathComponent("Output"),
                                                    options: RenderOptions(today: today))
            let render = renderEveryDay || renderedDays.contains(today)
            let outcome = Build(configuration: configuration).run(strict: true, until: render ? .check : .validate)
            if render { rendered += outcome.pageCount > 0 ? 1 : 0 }
            if !outcome.diagnostics.isEmpty || outcome.readFailure != nil || outcome.portal?.schemes.count != 2 {
                failures.append("made on \(today): \(outcome.readFailure ?? "")\(outcome.lines.joined(separator: "\n"))")
            }
        }
        let expected = renderEveryDay ? days.count : days.filter(renderedDays.contains).count
        if failures.isEmpty && rendered != expected { failures.append("rendered \(rendered) days, not \(expected)") }
        return failures
    }

    func test_every_date_is_ahead_of_the_day_it_is_made_on_a_weekday_and_in_order() {
        for today in Self.everyDay {
            let dates = StarterDates(today: today)
            let days = [dates.opens, dates.deadline, dates.outcomeWeek, dates.choicesDeadline, dates.firstMeetingsFrom,
                        dates.firstMeetingsTo, dates.runsFrom, dates.launch, dates.ends, dates.runsTo, dates.evaluationMonth]
            XCTAssertEqual(days, days.sorted(), "made on \(today)")
            // The scheme may end on the last day of its months, but no two other dates share a day.
            XCTAssertEqual(Set(days).count, days.count - (dates.ends == dates.runsTo ? 1 : 0), "two dates on one day, made on \(today)")
            XCTAssertGreaterThan(dates.opens, today, "\(today)")
            for day in [dates.opens, dates.deadline, dates.outcomeWeek, dates.choicesDeadline, dates.firstMeetingsFrom,
                        dates.firstMeetingsTo, dates.launch, dates.ends] {
                XCTAssertLessThanOrEqual(CalendarMath.weekday(of: day).rawValue, Weekday.friday.rawValue, "\(day), made on \(today)")
            }
            XCTAssertEqual(CalendarMath.weekday(of: dates.outcomeWeek), .monday)
            XCTAssertEqual(dates.runsFrom.day, 1)
            XCTAssertEqual(CalendarMath.adding(days: 1, to: dates.runsTo).day, 1, "the scheme runs to the end of a month")
        }
    }

    func test_the_deadline_names_the_zone_UK_clocks_show_that_day() {
        let winter = StarterDates(today: CalendarDay(year: 2027, month: 1, day: 4))
        XCTAssertEqual(winter.deadline, CalendarDay(year: 2027, month: 2, day: 15))
        XCTAssertEqual(winter.deadlineText, "12:00 GMT, Monday 15 February 2027")
        let summer = StarterDates(today: CalendarDay(year: 2027, month: 5, day: 3))
        XCTAssertEqual(summer.deadlineText, "12:00 BST, Monday 14 June 2027")
    }

    func test_the_dates_read_as_a_coordinator_would_write_them() {
        // Made on Saturday 25 December 2027: the call opens on the Monday after two weeks.
        let dates = StarterDates(today: CalendarDay(year: 2027, month: 12, day: 25))
        XCTAssertEqual(dates.opensText, "Monday 10 January 2028")
        XCTAssertEqual(dates.deadlineText, "12:00 GMT, Monday 7 February 2028")
        XCTAssertEqual(dates.outcomeWeekText, "w/c 14 February 2028")
        XCTAssertEqual(dates.choicesDeadlineText, "Friday 25 February 2028")
        XCTAssertEqual(dates.firstMeetingsText, "28 February 2028 – 10 March 2028")
        XCTAssertEqual(dates.runsText, "April 2028 to September 2028")
        XCTAssertEqual(dates.launchText, "10:00–12:00, Tuesday 11 April 2028")
        XCTAssertEqual(dates.endsText, "Friday 29 September 2028")
        XCTAssertEqual(dates.evaluationText, "late October 2028")
        XCTAssertEqual(dates.cohort, "2028")
        XCTAssertEqual(StarterDates(today: CalendarDay(year: 2027, month: 6, day: 1)).cohort, "2027-28")
    }
}
