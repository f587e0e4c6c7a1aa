import XCTest
@testable import SchemePortal

/// What `portal new` makes: the files, the same bytes on the same day, and a portal that builds cleanly
/// and publishes only what its made-up people agreed to.
final class StarterPortalTests: XCTestCase {
    static let day = CalendarDay(year: 2027, month: 3, day: 1)

    private func newPortal(today: CalendarDay = StarterPortalTests.day) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schemeportal-new-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        _ = try StarterWriter.makePortal(at: folder, shown: "demo", today: today)
        return folder
    }

    func test_a_new_portal_holds_exactly_these_files() throws {
        let folder = try newPortal()
        XCTAssertEqual(try TestPortal.files(under: folder).keys.sorted(), [
            ".gitignore",
            "Content/portal.yaml",
            "Content/schemes/staff-mentoring/handbook/first-meeting.md",
            "Content/schemes/staff-mentoring/people.yaml",
            "Content/schemes/staff-mentoring/scheme.md",
            "Content/schemes/staff-mentoring/toolkit/agreement.md",
            "Layouts/README.md",
        ])
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent(".gitignore"), encoding: .utf8)
            .split(separator: "\n").last, "Output/")
    }

    func test_two_portals_made_on_the_same_day_are_byte_identical_and_another_day_moves_only_the_dates() throws {
        let first = try TestPortal.files(under: try newPortal())
        let second = try TestPortal.files(under: try newPortal())
        XCTAssertEqual(first, second)
        let later = try TestPortal.files(under: try newPortal(today: CalendarDay(year: 2027, month: 9, day: 1)))
        XCTAssertEqual(Set(first.keys), Set(later.keys))
        XCTAssertEqual(first.keys.filter { first[$0] != later[$0] }, ["Content/schemes/staff-mentoring/scheme.md"])
    }

    func test_the_new_portal_builds_with_nothing_to_say_and_has_the_schemes_pages_and_calendar() throws {
        let folder = try newPortal()
        let portal = TestPortal(existing: folder)
        let outcome = portal.build(today: Self.day, strict: true)
        XCTAssertEqual(outcome.lines, [])
        XCTAssertTrue(outcome.wrote)
        for page in ["index.html", "schemes/staff-mentoring/index.html", "schemes/staff-mentoring/key-dates/index.html",
                     "schemes/staff-mentoring/eligibility/index.html", "schemes/staff-mentoring/how-it-works/index.html",
                     "schemes/staff-mentoring/handbook/first-meeting/index.html", "schemes/staff-mentoring/toolkit/agreement/index.html",
                     "schemes/staff-mentoring/people/index.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: portal.output.appendingPathComponent(page).path), page)
        }
        let calendar = try portal.read("schemes/staff-mentoring/calendar.ics")
        // Made on Monday 1 March 2027: the call opens two weeks later, and closes four weeks after that.
        XCTAssertTrue(calendar.contains("SUMMARY:Staff Mentoring Scheme: Applications open"), calendar)
        XCTAssertTrue(calendar.contains("DTSTART;VALUE=DATE:20270315"), calendar)
        XCTAssertTrue(calendar.contains("SUMMARY:Staff Mentoring Scheme: Application deadline"), calendar)
        XCTAssertTrue(calendar.contains("DTEND;TZID=Europe/London:20270412T120000"), calendar)
        XCTAssertTrue(calendar.contains("LOCATION:Online"), "the launch event says where it is")
        XCTAssertTrue(try portal.read("schemes/staff-mentoring/index.html").contains("Applications close at 12:00 BST, Monday 12 April 2027."))
    }

    func test_the_new_portal_publishes_only_what_each_person_agreed_to() throws {
        let folder = try newPortal()
        let portal = TestPortal(existing: folder)
        XCTAssertEqual(portal.build(today: Self.day, strict: true).lines, [])
        let people = try FileManager.default.contentsOfDirectory(atPath: portal.output.appendingPathComponent("people").path)
        XCTAssertEqual(Set(people).intersection(["alex-placeholder", "jo-specimen", "kit-demo", "lee-mockup", "robin-example", "sam-sample"]),
                       ["jo-specimen", "kit-demo", "lee-mockup", "robin-example", "sam-sample"], "Alex agreed to nothing")
        let site = try portal.snapshot().values.map { String(decoding: $0, as: UTF8.self) }.joined()
        for unpublished in ["Alex Placeholder", "robin.example@example.org", "Kept for the coordinator", "carer",
                            "Never published: read only by the coordinator"] {
            XCTAssertFalse(site.contains(unpublished), "‘\(unpublished)’ was published")
        }
        XCTAssertTrue(try portal.read("people/lee-mockup/index.html").contains("lee.mockup@example.org"), "Lee agreed to publish an e-mail address")
        XCTAssertTrue(try portal.read("people/robin-example/index.html").contains("I lead a team of eight"))
        XCTAssertTrue(try portal.read("people/robin-example/index.html").contains("Jo Specimen"), "a partner both agreed to show")

        let report = PrivacyReport(portal: try XCTUnwrap(portal.check(today: Self.day).portal)).lines
        XCTAssertTrue(report.contains("alex-placeholder: nothing is published (no consent to publish their name)"), report.joined(separator: "\n"))
        XCTAssertTrue(report.contains { $0.hasPrefix("kit-demo: name — on people/kit-demo/") }, report.joined(separator: "\n"))
    }

    func test_every_content_file_teaches_its_format_in_comments() {
        for file in StarterPortal.files(today: Self.day) where file.path.hasPrefix("Content/") {
            let comments = file.contents.split(separator: "\n").filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("# ") }
            XCTAssertGreaterThanOrEqual(comments.count, 3, "\(file.path) explains too little")
        }
        let scheme = StarterPortal.files(today: Self.day).first { $0.path.hasSuffix("scheme.md") }?.contents ?? ""
        for taught in ["#   kind     opens, deadline, event, period or milestone", "upcoming,\n# open", "one-to-one, peer, mutual"] {
            XCTAssertTrue(scheme.contains(taught), taught)
        }
    }
}
