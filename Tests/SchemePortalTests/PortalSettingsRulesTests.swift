import XCTest
@testable import SchemePortal

/// The portal file cannot ask for a time zone the dates are not computed in.
final class PortalSettingsRulesTests: XCTestCase {
    func test_a_time_zone_other_than_London_is_an_error_at_its_value() throws {
        let portal = try TestPortal(["Content/portal.yaml": TestPortal.minimalPortalFile + "\ntime_zone: 'Europe/Paris'\n"])
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/portal.yaml:8:12: error: time zone ‘Europe/Paris’ is not supported; write ‘Europe/London’ (UK schemes) or leave the key out",
        ])
        XCTAssertEqual(outcome.diagnostics.first?.sourceLine, "time_zone: 'Europe/Paris'")
    }

    func test_London_written_out_or_left_out_is_fine() throws {
        XCTAssertEqual(try TestPortal(["Content/portal.yaml": TestPortal.minimalPortalFile + "\ntime_zone: Europe/London\n"]).check().lines, [])
        XCTAssertEqual(try TestPortal().check().lines, [])
    }
}
