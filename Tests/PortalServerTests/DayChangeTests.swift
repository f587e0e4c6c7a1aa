import Foundation
import SchemePortal
import XCTest
@testable import PortalServer

/// A server left running past midnight: when the reference day follows the clock (no `--today`), the next
/// day's site is built and open tabs reload, with no file saved; a day given on the command line stays.
final class DayChangeTests: XCTestCase {
    func test_a_new_day_rebuilds_the_pages_that_show_past_and_next_dates_and_reloads_open_tabs() async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let day = Locked(ServePortal.today)
        let server = try await RunningServer.start(portal, today: { day.value }, dayCheckInterval: 0.05)
        let channel = try await server.http.openEvents()
        defer { channel.close() }
        _ = try await channel.next()
        let page = "/schemes/pilot/key-dates/index.html"
        let before = try await server.http.get(page)

        // Past the application deadline (1 October 2027).
        let later = CalendarDay(year: 2027, month: 10, day: 5)
        day.set(later)
        let event = try await channel.next(timeout: 30)
        XCTAssertEqual(event?.event, "reload")
        let after = try await server.http.get(page)
        XCTAssertNotEqual(before.body, after.body, "the key dates page is the new day's")

        var configuration = portal.configuration
        configuration.options.today = later
        let fresh = Build(configuration: configuration).run(until: .check)
        let site = await server.session.live.site
        for file in fresh.files where site.files?[file.path] != file.contents {
            XCTFail("\(file.path) is not the new day's")
        }
        XCTAssertEqual(server.events.builds.last?.changed, ["the date (now 2027-10-05)"])
        try await server.stop()
    }

    func test_without_a_clock_the_day_given_stays() async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let session = ServeSession(configuration: portal.configuration)
        XCTAssertNil(session.newDay())
        _ = await session.rebuild(changed: [])
        XCTAssertNil(session.newDay())
    }
}
