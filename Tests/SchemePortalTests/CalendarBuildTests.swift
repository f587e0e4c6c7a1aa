import XCTest
@testable import SchemePortal

/// Calendar files in whole builds: the golden file, reproducibility, the links that lead to them.
final class CalendarBuildTests: XCTestCase {
    static let reference = CalendarDay(year: 2024, month: 1, day: 15)

    /// One scheme's calendar, byte for byte (Tests/Fixtures/calendar/sample/expected.ics). Set
    /// UPDATE_GOLDENS=1 to rewrite it after a deliberate change, and review the diff.
    func test_the_sample_schemes_calendar_matches_its_golden_file() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        let outcome = portal.build(today: Self.reference)
        XCTAssertTrue(outcome.wrote, outcome.lines.joined(separator: "\n"))
        let actual = try Data(contentsOf: portal.output.appendingPathComponent("schemes/sample-mentoring/calendar.ics"))
        let golden = TestPortal.fixtures.appendingPathComponent("calendar/sample/expected.ics")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try actual.write(to: golden)
            return XCTFail("the golden calendar was rewritten: review the diff, then run again without UPDATE_GOLDENS")
        }
        let expected = try Data(contentsOf: golden)
        XCTAssertEqual(String(decoding: actual, as: UTF8.self), String(decoding: expected, as: UTF8.self))
        XCTAssertEqual(actual, expected)
    }

    func test_two_builds_with_the_same_reference_day_write_identical_calendars() throws {
        let first = try TestPortal(fixture: "calendar/sample")
        let second = try TestPortal(fixture: "calendar/sample")
        first.build(today: Self.reference)
        second.build(today: Self.reference)
        let a = try first.snapshot().filter { $0.key.hasSuffix(".ics") }
        let b = try second.snapshot().filter { $0.key.hasSuffix(".ics") }
        XCTAssertEqual(a.count, 10, a.keys.sorted().joined(separator: "\n"))
        XCTAssertEqual(a, b)
    }

    func test_a_later_reference_day_changes_only_the_stamps() throws {
        let first = try TestPortal(fixture: "calendar/sample")
        let second = try TestPortal(fixture: "calendar/sample")
        first.build(today: Self.reference)
        second.build(today: CalendarDay(year: 2024, month: 6, day: 1))
        let a = try first.read("calendar.ics")
        let b = try second.read("calendar.ics")
        XCTAssertNotEqual(a, b)
        XCTAssertEqual(a.replacingOccurrences(of: "DTSTAMP:20240115T000000Z", with: "DTSTAMP:20240601T000000Z"), b)
    }

    func test_the_key_dates_page_links_each_dated_key_date_to_its_own_calendar_file_with_a_name_that_says_which() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        portal.build(today: Self.reference)
        let html = try portal.read("schemes/sample-mentoring/key-dates/index.html")
        XCTAssertTrue(html.contains(#"<li class="key-date state-next kind-opens" id="date-applications-open" data-start="2024-03-04T09:00:00Z" data-end="2024-03-04T09:30:00Z">"#), html)
        XCTAssertTrue(html.contains(#"<a class="add-to-calendar" href="application-deadline.ics" type="text/calendar">Add to calendar<span class="visually-hidden">: Application deadline, 12:00 GMT, Thursday 28 March 2024</span></a>"#))
        XCTAssertTrue(html.contains(#"href="../calendar.ics""#), "the scheme's whole calendar is linked from its key dates")
        XCTAssertTrue(html.contains(#"<p class="calendar-link"><a href="webcal://mentoring.example.org/schemes/sample-mentoring/calendar.ics">Subscribe to Sample Mentoring’s dates</a> (your calendar then shows any change to them)</p>"#), html)
        XCTAssertTrue(html.contains(#"<p class="key-date-location">Where: Café Rouge, Köln room; door B\C</p>"#))
        XCTAssertTrue(html.contains(#"<script src="../../../assets/key-dates.js" defer></script>"#))
        // The vague date has no calendar link, and is listed as to be confirmed.
        let vague = try XCTUnwrap(html.range(of: "Dates to be confirmed"))
        XCTAssertFalse(html[vague.lowerBound...].contains("add-to-calendar"))
        XCTAssertTrue(html[vague.lowerBound...].contains("Summer 2025"))
        for link in ["application-deadline.ics", "mentee-preferences-due-mentee.ics", "matching.ics"] {
            XCTAssertNoThrow(try portal.read("schemes/sample-mentoring/key-dates/\(link)"), link)
        }
    }

    func test_a_range_is_two_time_elements_each_with_a_valid_datetime() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        portal.build(today: Self.reference)
        let html = try portal.read("schemes/sample-mentoring/key-dates/index.html")
        XCTAssertTrue(html.contains(#"<time datetime="2024-09-30">Monday 30 September 2024</time> to <time datetime="2024-10-04">Friday 4 October 2024</time>"#))
        XCTAssertTrue(html.contains(#"<time datetime="2024-04">April 2024</time> to <time datetime="2024-12">December 2024</time>"#))
        XCTAssertFalse(html.contains(#"datetime="2024-09-30/"#))
    }

    func test_the_overview_and_home_page_link_the_calendars_and_load_the_script() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        portal.build(today: Self.reference)
        let overview = try portal.read("schemes/sample-mentoring/index.html")
        XCTAssertTrue(overview.contains(#"<a href="calendar.ics" type="text/calendar">Add this scheme’s key dates to your calendar</a>"#))
        XCTAssertTrue(overview.contains(#"<a href="webcal://mentoring.example.org/schemes/sample-mentoring/calendar.ics">Subscribe to this scheme’s key dates</a>"#))
        XCTAssertTrue(overview.contains(#"<span class="upcoming-date" data-start="2024-03-04T09:00:00Z" data-end="2024-03-04T09:30:00Z">Applications open: 09:00 UK time, Monday 4 March 2024</span>"#), overview)
        XCTAssertTrue(overview.contains(#"<span class="upcoming-date" data-start="2024-03-28T11:30:00Z" data-end="2024-03-28T12:00:00Z" hidden>"#))
        let home = try portal.read("index.html")
        XCTAssertTrue(home.contains(#"<a href="calendar.ics" type="text/calendar">Add every scheme’s key dates to your calendar</a>"#))
        XCTAssertTrue(home.contains(#"<a href="webcal://mentoring.example.org/calendar.ics">Subscribe to every scheme’s key dates</a>"#))
        XCTAssertTrue(home.contains(#"<script src="assets/key-dates.js" defer></script>"#))
        XCTAssertTrue(home.contains(#"data-status-phases="upcoming 2024-03-04 open 2024-12-03 running 2025-01-01 closed">Upcoming</span>"#), home)
        XCTAssertNoThrow(try portal.read("assets/key-dates.js"))
    }

    func test_without_the_portals_address_there_is_no_subscribe_link() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        try portal.write("Content/portal.yaml", "title: Calendar test portal\norganisation: Test organisation\n")
        portal.build(today: Self.reference)
        for page in ["index.html", "schemes/sample-mentoring/index.html", "schemes/sample-mentoring/key-dates/index.html"] {
            let html = try portal.read(page)
            XCTAssertTrue(html.contains(#"calendar.ics" type="text/calendar">"#), page)
            XCTAssertFalse(html.contains("webcal:"), page)
            XCTAssertFalse(html.contains("Subscribe"), page)
        }
    }

    func test_a_date_past_on_the_build_day_offers_no_add_to_calendar_and_a_later_one_does() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        // The deadline on 28 March is over on 1 April; the preferences due on 2 April are not.
        portal.build(today: CalendarDay(year: 2024, month: 4, day: 1))
        let html = try portal.read("schemes/sample-mentoring/key-dates/index.html")
        XCTAssertFalse(html.contains(#"href="application-deadline.ics""#))
        XCTAssertFalse(html.contains(#"href="applications-open.ics""#))
        XCTAssertTrue(html.contains(#"href="mentee-preferences-due-mentee.ics""#))
        XCTAssertTrue(html.contains(#"id="date-application-deadline""#), "a past date keeps its anchor")
        XCTAssertNoThrow(try portal.read("schemes/sample-mentoring/key-dates/application-deadline.ics"), "its file is still written")
        XCTAssertTrue(html.contains(#"href="../calendar.ics""#), "the whole calendar is still offered")
    }

    func test_pages_without_key_dates_load_no_script() throws {
        let portal = try TestPortal()
        portal.build()
        XCTAssertFalse(try portal.read("index.html").contains("key-dates.js"))
        XCTAssertFalse(try portal.read("schemes/test-scheme/index.html").contains("key-dates.js"))
        XCTAssertFalse(try portal.read("index.html").contains("calendar.ics"))
        // A calendar must hold at least one event (RFC 5545 §3.4), so none is written.
        XCTAssertThrowsError(try portal.read("calendar.ics"))
        XCTAssertThrowsError(try portal.read("schemes/test-scheme/calendar.ics"))
    }

    func test_the_sitemap_lists_no_calendar_file() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        portal.build(today: Self.reference)
        let sitemap = try portal.read("sitemap.xml")
        XCTAssertTrue(sitemap.contains("key-dates/"))
        XCTAssertFalse(sitemap.contains(".ics"))
    }

    func test_a_Markdown_link_to_a_calendar_file_is_an_internal_link_that_resolves() throws {
        let portal = try TestPortal(fixture: "calendar/sample")
        let scheme = try String(contentsOf: portal.root.appendingPathComponent("Content/schemes/sample-mentoring/scheme.md"), encoding: .utf8)
        try portal.write("Content/schemes/sample-mentoring/scheme.md", scheme + """

            Add [every date](/schemes/sample-mentoring/calendar.ics), [the deadline](/schemes/sample-mentoring/key-dates/application-deadline.ics)
            or [the portal's](/calendar.ics) to your calendar; [this one](/schemes/sample-mentoring/key-dates/no-such-date.ics) does not exist.
            """)
        let errors = portal.check(today: Self.reference).errors.map(\.message)
        XCTAssertEqual(errors, ["the link ‘/schemes/sample-mentoring/key-dates/no-such-date.ics’ goes to no page of the portal"])
    }

    func test_every_link_to_a_calendar_file_on_every_page_of_the_demo_leads_to_a_file_that_is_written() throws {
        // Before the first demo date every dated key date offers its file; on the demo's day none does.
        for (today, expected) in [(CalendarDay(year: 2022, month: 11, day: 1), 26), (CalendarDay(year: 2026, month: 11, day: 23), 14)] {
            let outcome = TestPortal.checkDemo(today: today)
            let written = Set(outcome.files.map(\.path))
            var links = 0
            for file in outcome.files where file.path.hasSuffix(".html") {
                let html = String(decoding: file.contents, as: UTF8.self)
                for piece in html.components(separatedBy: "href=\"").dropFirst() {
                    let href = String(piece.prefix { $0 != "\"" })
                    guard href.hasSuffix(".ics") else { continue }
                    links += 1
                    // A subscription names the file at the portal's address (the demo's base_url).
                    let subscription = "webcal://mentoring.example.org/"
                    let target = href.hasPrefix(subscription) ? String(href.dropFirst(subscription.count))
                        : try XCTUnwrap(SitePaths.resolve(href, from: file.path), href)
                    XCTAssertTrue(written.contains(target), "\(file.path) links \(href), which is not written")
                }
            }
            // 12 dated key dates; the whole calendars as a file and a subscription on 3 key-dates pages,
            // 3 overviews and the home page.
            XCTAssertEqual(links, expected, "\(today)")
        }
    }
}
