import XCTest
@testable import SchemePortal

/// The recorded inputs never miss a real dependency: the dev server will rebuild only the files whose
/// inputs name what changed, so a file that changes without naming it would be served stale. Each test
/// makes one visible change to the golden portal and checks that every output file that changed names
/// the changed file (or the site-wide input the change is to) among its inputs, before and after.
final class PageInputsHonestyTests: XCTestCase {
    static let reference = CalendarDay(year: 2027, month: 9, day: 20)

    /// Two more people beside the golden portal's, each in a file of their own: a pair who show their
    /// pairing, and one who consents to nothing, so changes in one person's file can reach another's page;
    /// and a second handbook page.
    static let extraFiles = [
        "Content/people/dee-mentor.yaml": """
            id: dee-mentor
            name: Dee Mentor
            job_title: Senior Lecturer
            grade: Grade 8
            schemes:
              - scheme: pilot
                side: mentor
                partners: [eve-mentee]
            consent: [name, job_title, partners]
            """,
        "Content/people/eve-mentee.yaml": """
            id: eve-mentee
            name: Eve Mentee
            grade: Grade 5
            schemes:
              - scheme: pilot
                side: mentee
                partners: [dee-mentor]
            consent: [name, partners]
            """,
        // Two more handbook pages: each shows its neighbours' titles, and titles decide the order.
        "Content/schemes/pilot/handbook/second-meeting.md": """
            ---
            title: The second meeting
            ---
            ## After a month

            Look back at your goals.
            """,
        "Content/schemes/pilot/handbook/third-meeting.md": """
            ---
            title: The third meeting
            ---
            ## After two months

            Plan the rest of the year.
            """,
        "Content/people/fay-private.yaml": """
            id: fay-private
            name: Fay Private
            grade: Grade 6
            schemes:
              - scheme: pilot
                side: mentee
            consent: []
            """,
    ]

    private struct Built {
        var files: [String: [UInt8]]
        var inputs: [String: PageInputs]
    }

    private func portal() throws -> TestPortal {
        let portal = try TestPortal(fixture: "golden-site")
        for (path, text) in Self.extraFiles { try portal.write(path, text) }
        return portal
    }

    private func build(_ portal: TestPortal, today: CalendarDay = reference) -> Built {
        let outcome = Build(configuration: portal.configuration(today: today)).run(until: .render)
        XCTAssertEqual(outcome.errors.map(\.description), [], "the changed portal must still build")
        return Built(files: Dictionary(outcome.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { first, _ in first }),
                     inputs: outcome.inputs)
    }

    private lazy var baseline: Built = build(try! portal())

    /// Every file whose bytes differ, appear or disappear must name one of `accepted` in each build that has it.
    private func assertEveryChangedFileNames(_ accepted: [PageInput], after changed: Built, _ change: String,
                                             file: StaticString = #filePath, line: UInt = #line) {
        let before = baseline
        // Files that change, and files that disappear or appear (a person withdrawing or giving consent):
        // each must name the change among its inputs in every build that has it.
        let paths = Set(before.files.keys).union(changed.files.keys)
        let altered = paths.filter { changed.files[$0] != before.files[$0] }.sorted()
        XCTAssertFalse(altered.isEmpty, "\(change) changed no file, so it proves nothing", file: file, line: line)
        for path in altered {
            let builds = [("before", before), ("after", changed)].filter { $0.1.files[path] != nil }
            for (build, inputs) in builds.map({ ($0.0, $0.1.inputs[path]) }) {
                let listed = inputs ?? PageInputs()
                XCTAssertTrue(accepted.contains(where: listed.contains),
                              "\(change) changed \(path), but its inputs \(build) the change do not name \(accepted.map(\.description)): \(listed.sorted.map(\.description))",
                              file: file, line: line)
            }
        }
    }

    /// Edits one file of a fresh copy, rebuilds, and checks every changed output names `accepted`.
    private func change(_ path: String, _ old: String?, to new: String, accepted: [PageInput],
                        file: StaticString = #filePath, line: UInt = #line) throws {
        let portal = try portal()
        let url = portal.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        if let old {
            XCTAssertTrue(text.contains(old), "\(path) has no ‘\(old)’ to change", file: file, line: line)
            try portal.write(path, text.replacingOccurrences(of: old, with: new))
        } else {
            try portal.write(path, text + new)
        }
        assertEveryChangedFileNames(accepted, after: build(portal), "changing \(path) (\(old ?? "end") → \(new))",
                                    file: file, line: line)
    }

    private static let scheme = "Content/schemes/pilot/scheme.md"
    private static let people = "Content/schemes/pilot/people.yaml"

    func test_a_change_to_the_portal_file_is_named_by_every_file_it_changes() throws {
        try change("Content/portal.yaml", "description: Every kind of page the portal makes, once.",
                   to: "description: Every kind of page the portal makes.", accepted: [.settings])
        try change("Content/portal.yaml", "title: Golden portal", to: "title: Gilded portal", accepted: [.settings])
    }

    func test_a_change_to_a_scheme_file_is_named_by_every_page_and_calendar_it_changes() throws {
        let file = PageInput.file(Self.scheme)
        try change(Self.scheme, nil, to: "\nA sentence added at the end.\n", accepted: [file])
        try change(Self.scheme, "summary: A one-to-one scheme with every part a scheme can have.",
                   to: "summary: A one-to-one scheme, changed.", accepted: [file])
        try change(Self.scheme, "  - Help new staff settle in.", to: "  - Help new staff settle in quickly.", accepted: [file])
        try change(Self.scheme, "label: Application deadline", to: "label: Closing date", accepted: [file])
        try change(Self.scheme, "phone: 01234 567890", to: "phone: 01234 567891", accepted: [file])
        try change(Self.scheme, "max_preferences: 3", to: "max_preferences: 2", accepted: [file])
    }

    func test_a_change_to_a_schemes_title_in_the_menu_is_named_as_the_navigation_or_the_scheme_file() throws {
        try change(Self.scheme, "short_title: Pilot", to: "short_title: Pilot scheme",
                   accepted: [.file(Self.scheme), .navigation])
    }

    func test_a_change_to_a_handbook_toolkit_or_standalone_page_is_named_by_every_page_it_changes() throws {
        for path in ["Content/schemes/pilot/handbook/first-meeting.md", "Content/schemes/pilot/toolkit/goal-setting.md",
                     "Content/pages/about.md"] {
            try change(path, nil, to: "\nA sentence added at the end.\n", accepted: [.file(path)])
            try change(path, nil, to: "\n## A new heading\n\nWith a sentence.\n", accepted: [.file(path)])
        }
        // Pages are ordered by title, so this moves the first page last, beside the third.
        let handbook = "Content/schemes/pilot/handbook/first-meeting.md"
        try change(handbook, "title: The first meeting", to: "title: Zoe's first meeting", accepted: [.file(handbook)])
    }

    /// A directory names the card of each person it lists, not their file: a list changes only with a card.
    func test_a_change_to_a_persons_record_is_named_by_every_page_that_shows_them() throws {
        let ada: [PageInput] = [.file(Self.people), .card("ada-mentor")]
        try change(Self.people, "job_title: Head of Research Services", to: "job_title: Director of Research Services",
                   accepted: ada)
        try change(Self.people, "organisation: Research Services\n    expertise_sought",
                   to: "organisation: Research Office\n    expertise_sought", accepted: ada)
        // The biography is on the profile alone, which names the file.
        try change(Self.people, "Ada has mentored new staff for ten years.", to: "Ada has mentored new staff for years.",
                   accepted: [.file(Self.people)])
    }

    func test_a_change_in_one_persons_file_is_named_by_their_partners_profile() throws {
        let eve = "Content/people/eve-mentee.yaml"
        try change(eve, "name: Eve Mentee", to: "name: Eve Renamed", accepted: [.file(eve), .card("eve-mentee")])
        // Eve no longer shows the pairing: Dee's card (the pair is listed in the directory) changes with hers.
        try change(eve, "consent: [name, partners]", to: "consent: [name]",
                   accepted: [.file(eve), .card("eve-mentee"), .card("dee-mentor")])
    }

    func test_someone_joining_a_directory_is_named_by_every_directory_page_it_changes() throws {
        let fay = "Content/people/fay-private.yaml"
        try change(fay, "consent: []", to: "consent: [name]",
                   accepted: [.file(fay), .members(scheme: "pilot"), .members(scheme: nil)])
    }

    func test_someone_withdrawing_is_named_by_every_page_that_showed_them_including_their_own() throws {
        let eve = "Content/people/eve-mentee.yaml"
        try change(eve, "consent: [name, partners]", to: "consent: []",
                   accepted: [.file(eve), .members(scheme: "pilot"), .members(scheme: nil)])
    }

    func test_a_change_of_the_reference_day_is_named_by_every_file_it_changes() throws {
        let later = build(try portal(), today: CalendarDay(year: 2027, month: 10, day: 5))
        assertEveryChangedFileNames([.today], after: later, "moving the reference day past the deadline")
    }

    func test_a_change_to_a_partial_is_named_by_every_page_it_changes() throws {
        for name in ["partials/footer", "partials/key-date", "partials/person-card", "partials/toc"] {
            let portal = try portal()
            let theme = TestPortal.repository.appendingPathComponent("Sources/SchemePortal/Theme/templates/\(name).mustache")
            try portal.write("Layouts/templates/\(name).mustache",
                             try String(contentsOf: theme, encoding: .utf8) + "<p>changed</p>\n")
            assertEveryChangedFileNames([.template(name)], after: build(portal), "changing the template \(name)")
        }
    }

    func test_a_change_to_an_asset_is_named_by_every_file_it_changes() throws {
        let portal = try portal()
        try portal.write("Layouts/assets/style.css", "body { color: black; }\n")
        assertEveryChangedFileNames([.asset("assets/style.css")], after: build(portal), "changing the stylesheet")
    }
}
