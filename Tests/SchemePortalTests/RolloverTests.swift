import Foundation
import XCTest
@testable import SchemePortal

/// `portal rollover`: the next cohort's scheme beside the old one, its dates moved on and flagged, its
/// people cleared, whole or not at all, and never over anything.
final class RolloverTests: XCTestCase {
    private let today = CalendarDay(year: 2026, month: 11, day: 30)

    private func rollOver(_ portal: TestPortal, _ scheme: String, cohort: String, to: String? = nil) -> RolloverRun.Outcome {
        RolloverRun.run(configuration: portal.configuration(today: today), scheme: scheme, cohort: cohort, to: to)
    }

    private func report(_ outcome: RolloverRun.Outcome, file: StaticString = #filePath, line: UInt = #line) -> RolloverReport? {
        guard case .rolledOver(let report) = outcome else {
            XCTFail("not rolled over: \(outcome)", file: file, line: line)
            return nil
        }
        return report
    }

    /// Every file and folder under Content/, with its bytes.
    private func content(_ portal: TestPortal) throws -> TestPortal.Files {
        try TestPortal.files(under: portal.root.appendingPathComponent("Content"), includingFolders: true)
    }

    // MARK: The demo

    /// The repository's demo portal (Content/ and Layouts/), copied into a temporary folder.
    static func copyOfDemo() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("schemeportal-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["Content", "Layouts"] {
            try FileManager.default.copyItem(at: TestPortal.repository.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    func test_each_of_the_demos_five_schemes_rolls_over_and_checks_with_only_one_warning_per_moved_date() throws {
        let portal = try TestPortal(existing: Self.copyOfDemo())
        let schemes = ["open-peer-mentoring", "cles-one-step-beyond", "analysis-function-mutual-mentoring",
                       "professional-services-mentoring", "telescope-mutual-mentoring"]
        var moved = 0
        for scheme in schemes {
            guard let report = report(rollOver(portal, scheme, cohort: "2025-26")) else { return }
            XCTAssertEqual(report.plan.newSlug, "\(scheme)-2025-26")
            moved += report.plan.moved
        }
        XCTAssertEqual(moved, 14, "open-peer-mentoring 9, analysis-function 3, telescope 2")
        let outcome = portal.check(today: today, drawing: .forChecking)
        XCTAssertEqual(outcome.diagnostics.filter { $0.code != .dateToConfirm }.map(\.description), [])
        XCTAssertEqual(outcome.diagnostics.filter { $0.code == .dateToConfirm && $0.severity == .warning }.count, moved)
        XCTAssertEqual(Set(outcome.diagnostics.map(\.location)).count, moved, "one warning per moved date")
    }

    // MARK: The fixture

    func test_the_rolled_over_scheme_keeps_comments_order_and_layout_golden() throws {
        let portal = try TestPortal(fixture: "rollover")
        guard report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) != nil else { return }
        let written = try String(contentsOf: portal.root.appendingPathComponent("Content/schemes/pilot-2023-24/scheme.md"), encoding: .utf8)
        let golden = TestPortal.fixtures.appendingPathComponent("rollover/expected-scheme.md")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try written.write(to: golden, atomically: true, encoding: .utf8)
            return XCTFail("the golden scheme.md was rewritten: review the diff, then run again without UPDATE_GOLDENS")
        }
        XCTAssertEqual(written, try String(contentsOf: golden, encoding: .utf8))
    }

    func test_people_are_cleared_and_pages_copied_as_they_are_and_the_old_scheme_is_unchanged() throws {
        let portal = try TestPortal(fixture: "rollover")
        let before = try content(portal)
        guard report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) != nil else { return }
        let after = try content(portal)
        // Nothing outside the new folder changed: the old scheme, its people, the per-person files.
        XCTAssertEqual(after.filter { !$0.key.hasPrefix("schemes/pilot-2023-24") }, before)
        XCTAssertEqual(Set(after.keys.filter { $0.hasPrefix("schemes/pilot-2023-24") }),
                       ["schemes/pilot-2023-24/", "schemes/pilot-2023-24/scheme.md", "schemes/pilot-2023-24/people.yaml",
                        "schemes/pilot-2023-24/handbook/", "schemes/pilot-2023-24/handbook/welcome.md"])
        XCTAssertEqual(after["schemes/pilot-2023-24/handbook/welcome.md"], before["schemes/pilot-2022-23/handbook/welcome.md"])
        let people = String(decoding: after["schemes/pilot-2023-24/people.yaml"] ?? Data(), as: UTF8.self)
        XCTAssertTrue(people.contains("Everyone applies again, and gives their consent again"), people)
        for old in ["ada-mentor", "ben-mentee", "expression", "partners:", "preferences:", "- id"] where people.contains(old + " ") || people.contains(old + ":") {
            XCTFail("people.yaml carries \(old) over: \(people)")
        }
        XCTAssertFalse(people.contains("ada-mentor"))
        // The new scheme has no one in it; the old one keeps all three.
        let outcome = portal.check(today: today)
        let portalRead = try XCTUnwrap(outcome.portal)
        XCTAssertEqual(portalRead.people.filter { $0.memberships.contains { $0.scheme == "pilot-2023-24" } }.count, 0)
        XCTAssertEqual(portalRead.people.filter { $0.memberships.contains { $0.scheme == "pilot-2022-23" } }.count, 3)
    }

    func test_only_what_the_portal_reads_is_copied_and_drafts_private_files_and_shortcuts_are_named_as_left_behind() throws {
        let portal = try TestPortal(fixture: "rollover")
        let old = "Content/schemes/pilot-2022-23/"
        try portal.write(old + "_applications.csv", "name,email\nAda,ada@example.org\n")
        try portal.write(old + "_drafts/next-year.md", "a draft")
        try portal.write(old + "handbook/_draft.md", "a draft page")
        try portal.write(old + "handbook/applicants.csv", "name,email\n")
        try portal.write(old + "toolkit/_unfinished.md", "a draft tool")
        try FileManager.default.createSymbolicLink(atPath: portal.root.appendingPathComponent(old + "handbook/shared.md").path,
                                                   withDestinationPath: "welcome.md")
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) else { return }
        let after = try content(portal)
        XCTAssertEqual(Set(after.keys.filter { $0.hasPrefix("schemes/pilot-2023-24") }),
                       ["schemes/pilot-2023-24/", "schemes/pilot-2023-24/scheme.md", "schemes/pilot-2023-24/people.yaml",
                        "schemes/pilot-2023-24/handbook/", "schemes/pilot-2023-24/handbook/welcome.md"])
        let lines = report.lines
        XCTAssertEqual(Array(lines[4...6]), [
            "  Left in the old scheme, not copied: _applications.csv, _drafts/next-year.md, handbook/_draft.md, handbook/applicants.csv, toolkit/_unfinished.md",
            "  Shortcuts (symbolic links), not copied: handbook/shared.md; copy what they lead to by hand if the new scheme needs it",
            "Content/schemes/pilot-2022-23 is unchanged."], lines.joined(separator: "\n"))
    }

    func test_the_checklist_says_what_was_written_each_moved_date_the_prose_dates_people_contacts_and_what_to_run() throws {
        let portal = try TestPortal(fixture: "rollover")
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) else { return }
        XCTAssertEqual(report.lines.joined(separator: "\n"), """
            Started Content/schemes/pilot-2023-24, the 2023-24 cohort of pilot-2022-23 (the 2022-23 cohort):
              scheme.md     the scheme: cohort 2023-24, 7 dates moved on, each marked ‘confirm:’
              people.yaml   no one yet: people apply again
              copied as they were: handbook/welcome.md
            Content/schemes/pilot-2022-23 is unchanged.

            Before the 2023-24 cohort is published, check:

            1. Each date moved a year on (a date written with its weekday is on the same weekday, nearest the same day):
               Content/schemes/pilot-2023-24/scheme.md:16: ‘Review of last year’: Tuesday 8 November → Tuesday 7 November
               Content/schemes/pilot-2023-24/scheme.md:20: ‘Applications open’: 2023-02-01 → 2024-02-01
               Content/schemes/pilot-2023-24/scheme.md:24: ‘Application deadline’: 12:00, Tuesday 6 June 2023 → 12:00, Tuesday 4 June 2024
               Content/schemes/pilot-2023-24/scheme.md:27: ‘Matching’: w/c 19 June 2023 → w/c 17 June 2024
               Content/schemes/pilot-2023-24/scheme.md:31: ‘Training’: 26–30 June 2023 → 26–30 June 2024
               Content/schemes/pilot-2023-24/scheme.md:34: ‘The scheme runs’: September 2023 to 31 May 2024 → September 2024 to 31 May 2025
               Content/schemes/pilot-2023-24/scheme.md:38: ‘Leap day social’: 29 February 2024 → 28 February 2025
               Each has a ‘confirm:’ line under it, and ‘portal check’ warns about the date until you have checked it and deleted that line.
               Left as written, since each follows another date, the cohort or its intake:
               Content/schemes/pilot-2023-24/scheme.md:42: ‘Celebration’: 2 months after ‘The scheme runs’

            2. Dates in the scheme’s text that repeat a key date, moved on with it: check each still reads right:
               Content/schemes/pilot-2023-24/scheme.md:7:25: 12:00 on Tuesday 6 June 2023 → 12:00 on Tuesday 4 June 2024
               Content/schemes/pilot-2023-24/scheme.md:54:33: week commencing 19 June 2023 → week commencing 17 June 2024
               Other dates in the scheme’s text, left as written: check each:
               Content/schemes/pilot-2023-24/scheme.md:50:22: 1 September 2023

            3. Dates in the copied pages, left as they were, which may need changing:
               Content/schemes/pilot-2023-24/handbook/welcome.md:4:19: 2 March 2023

            4. People: the new scheme has no one in it (Content/schemes/pilot-2023-24/people.yaml). Everyone applies again, and gives their consent again. The 3 people of pilot-2022-23 stay in the old scheme, with their preferences, partners and consent.
               Files in Content/people/ still name pilot-2022-23 only: add pilot-2023-24 to someone’s ‘schemes:’ once they have applied and consented again.

            5. Contacts and links, copied as they were: check each still reaches the right place and person:
               Contact: Scheme coordinator: pilot@example.org
               Link: Guidance: https://example.org/guidance

            6. The scheme itself (Content/schemes/pilot-2023-24/scheme.md):
               The title is now “Pilot Mentoring Scheme 2023-24” (two schemes may not share a title): check it reads right.

            7. Then run:
               portal check
            """)
    }

    /// The old scheme's `scheme.md` with `edit` made to its text.
    private func editScheme(_ portal: TestPortal, _ edit: (String) -> String) throws {
        let path = "Content/schemes/pilot-2022-23/scheme.md"
        try portal.write(path, edit(try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)))
    }

    private func newScheme(_ portal: TestPortal) throws -> String {
        try String(contentsOf: portal.root.appendingPathComponent("Content/schemes/pilot-2023-24/scheme.md"), encoding: .utf8)
    }

    func test_only_text_dates_that_repeat_a_key_date_move_and_history_comments_and_link_titles_are_left_and_listed() throws {
        let portal = try TestPortal(fixture: "rollover")
        try editScheme(portal) { text in
            text.replacingOccurrences(of: "organisers: [Test team]", with: "organisers: [Test team]   # changed on 6 June 2023 by Jo")
                .replacingOccurrences(of: "title: Guidance", with: "title: Guidance of 6 June 2023")
                + "\nFounded on 12 May 2019. The 2021-22 cohort ended on 30 June 2022.\n"
        }
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) else { return }
        let written = try newScheme(portal)
        XCTAssertTrue(written.contains("organisers: [Test team]   # changed on 6 June 2023 by Jo\n"), written)
        XCTAssertTrue(written.contains("title: Guidance of 6 June 2023\n"), written)
        XCTAssertTrue(written.contains("Founded on 12 May 2019. The 2021-22 cohort ended on 30 June 2022.\n"), written)
        XCTAssertTrue(written.contains("Applications close at 12:00 on Tuesday 4 June 2024."), written)
        let lines = report.lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("""
               Other dates in the scheme’s text, left as written: check each:
               Content/schemes/pilot-2023-24/scheme.md:50:22: 1 September 2023
               Content/schemes/pilot-2023-24/scheme.md:56:12: 12 May 2019
               Content/schemes/pilot-2023-24/scheme.md:56:53: 30 June 2022

            3. Dates in the copied pages
            """), "nothing from comments or the link's title: \(lines)")
        XCTAssertEqual(portal.check(today: today).diagnostics.filter { $0.code != .dateToConfirm }.map(\.description), [])
    }

    func test_a_key_date_in_a_flow_mapping_is_listed_to_change_by_hand_and_its_line_is_left_exactly_as_it_was() throws {
        let portal = try TestPortal(fixture: "rollover")
        try editScheme(portal) { text in
            text.replacingOccurrences(of: "  - label: Celebration\n", with: "  - { label: Flow, date: 3 May 2023 }\n  - label: Celebration\n")
                + "\nFlow opens on 3 May 2023.\n"
        }
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) else { return }
        let written = try newScheme(portal)
        XCTAssertTrue(written.contains("\n  - { label: Flow, date: 3 May 2023 }\n  - label: Celebration\n"), written)
        XCTAssertTrue(written.hasSuffix("\nFlow opens on 3 May 2023.\n"), "the text keeps the day its key date still has")
        let lines = report.lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("""
               Not moved, because it could not be changed where it is written: change these by hand:
               Content/schemes/pilot-2023-24/scheme.md:41: ‘Flow’: 3 May 2023
            """), lines)
        XCTAssertTrue(lines.contains("scheme.md:57:15: 3 May 2023\n"), lines)
    }

    func test_the_rolled_over_fixture_checks_with_one_date_to_confirm_warning_per_moved_date_and_fails_strict_until_confirmed() throws {
        let portal = try TestPortal(fixture: "rollover")
        guard report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) != nil else { return }
        let outcome = portal.check(today: today)
        XCTAssertEqual(outcome.diagnostics.map(\.code), Array(repeating: .dateToConfirm, count: 7))
        XCTAssertEqual(outcome.diagnostics.first?.description,
                       "Content/schemes/pilot-2023-24/scheme.md:16:11: warning: ‘Review of last year’ was moved a year on from Tuesday 8 November by portal rollover; check the new date, then delete the ‘confirm’ line (line 17)")
        // Staff check each date and delete its line: then the scheme checks clean.
        let path = "Content/schemes/pilot-2023-24/scheme.md"
        let text = try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)
        try portal.write(path, text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.contains("confirm: moved") }.joined(separator: "\n"))
        XCTAssertEqual(portal.check(today: today).diagnostics.map(\.description), [])
    }

    func test_a_scheme_with_intakes_moves_each_start_and_its_own_dates_keeping_their_weekdays_and_leaves_counted_dates() throws {
        let portal = try TestPortal(fixture: "intakes")
        guard let report = report(rollOver(portal, "peer-leaders", cohort: "2027-28")) else { return }
        XCTAssertEqual(report.plan.dates.filter { $0.outcome == .moved }.map { "\($0.old) → \($0.new ?? "")" }, [
            "Monday 11 January 2027 → Monday 10 January 2028", "Tuesday 1 December 14:00 - 16:00 → Tuesday 30 November 14:00 - 16:00",
            "Monday 5 July 2027 → Monday 3 July 2028", "Tuesday 15 June 14:00 - 16:00 → Tuesday 13 June 14:00 - 16:00"])
        XCTAssertEqual(report.plan.dates.filter { $0.outcome == .leftAlone }.map(\.old),
                       ["8 weeks before ‘Intake starts’", "4 weeks before ‘Intake starts’", "within 3 months after ‘Intake starts’"])
        XCTAssertEqual(portal.check(today: today).diagnostics.map(\.code), Array(repeating: .dateToConfirm, count: 4))
    }

    // MARK: Refusals

    func test_refusing_to_overwrite_leaves_everything_as_it_was() throws {
        let portal = try TestPortal(fixture: "rollover")
        try portal.write("Content/schemes/pilot-2023-24/scheme.md", "my own draft")
        let before = try content(portal)
        guard case .refused(let reason) = rollOver(portal, "pilot-2022-23", cohort: "2023-24") else { return XCTFail() }
        XCTAssertEqual(reason, "Content/schemes/pilot-2023-24 already exists, and portal rollover never writes over anything; nothing was written. Move or delete it first, or choose another folder with --to NAME")
        XCTAssertEqual(try content(portal), before)
        // Even a file, or a link that leads nowhere, at that name.
        try FileManager.default.removeItem(at: portal.root.appendingPathComponent("Content/schemes/pilot-2023-24"))
        try FileManager.default.createSymbolicLink(atPath: portal.root.appendingPathComponent("Content/schemes/pilot-2023-24").path,
                                                   withDestinationPath: "/nowhere/at/all")
        guard case .refused = rollOver(portal, "pilot-2022-23", cohort: "2023-24") else { return XCTFail() }
    }

    func test_what_a_killed_run_left_is_never_read_as_a_scheme_and_the_next_run_clears_it() throws {
        let portal = try TestPortal(fixture: "rollover")
        try portal.write("Content/schemes/.rollover-pilot-2023-24/scheme.md", "half a scheme")
        XCTAssertEqual(portal.check(today: today).diagnostics.map(\.description), [], "a hidden folder is not read")
        XCTAssertNotNil(report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.root.appendingPathComponent("Content/schemes/.rollover-pilot-2023-24").path))
        XCTAssertEqual(portal.check(today: today).diagnostics.map(\.code), Array(repeating: .dateToConfirm, count: 7))
    }

    func test_to_names_the_new_folder_and_bad_names_unknown_schemes_and_the_same_cohort_are_refused() throws {
        let portal = try TestPortal(fixture: "rollover")
        guard case .refused(let unknown) = rollOver(portal, "pilot-2022", cohort: "2023-24") else { return XCTFail() }
        XCTAssertEqual(unknown, "there is no scheme ‘pilot-2022’; did you mean ‘pilot-2022-23’? (the schemes: pilot-2022-23)")
        guard case .refused(let same) = rollOver(portal, "pilot-2022-23", cohort: "2022-23") else { return XCTFail() }
        XCTAssertEqual(same, "pilot-2022-23 is already the 2022-23 cohort; give the cohort that comes next, such as --cohort 2023-24")
        guard case .refused(let badName) = rollOver(portal, "pilot-2022-23", cohort: "2023-24", to: "Pilot 2023") else { return XCTFail() }
        XCTAssertEqual(badName, "--to ‘Pilot 2023’ is not a scheme folder name: use lowercase letters, digits and hyphens, such as --to pilot-2023")
        guard case .refused(let noYear) = rollOver(portal, "pilot-2022-23", cohort: "next") else { return XCTFail() }
        XCTAssertEqual(noYear, "--cohort ‘next’ names no year; give the new cohort as the scheme writes cohorts, such as --cohort 2024-25 or --cohort 2025")
        XCTAssertNotNil(report(rollOver(portal, "pilot-2022-23", cohort: "2023-24", to: "pilot-next")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: portal.root.appendingPathComponent("Content/schemes/pilot-next/scheme.md").path))
    }

    func test_a_cohort_that_is_the_same_earlier_or_more_than_ten_years_on_is_refused_comparing_years_not_text() throws {
        let portal = try TestPortal(fixture: "rollover")
        let before = try content(portal)
        guard case .refused(let same) = rollOver(portal, "pilot-2022-23", cohort: "2022/23") else { return XCTFail() }
        XCTAssertEqual(same, "pilot-2022-23 is already the 2022-23 cohort; give the cohort that comes next, such as --cohort 2023-24")
        guard case .refused(let back) = rollOver(portal, "pilot-2022-23", cohort: "2021-22") else { return XCTFail() }
        XCTAssertEqual(back, "--cohort 2021-22 comes before pilot-2022-23’s cohort, 2022-23, and portal rollover starts a later cohort (it moves dates on, never back); give the cohort that comes next, such as --cohort 2023-24")
        guard case .refused(let far) = rollOver(portal, "pilot-2022-23", cohort: "2035-36") else { return XCTFail() }
        XCTAssertEqual(far, "--cohort 2035-36 is 13 years after pilot-2022-23’s cohort, 2022-23, and portal rollover moves dates at most 10 years on; check the year, and give the cohort that comes next, such as --cohort 2023-24")
        XCTAssertEqual(try content(portal), before)
        guard let ten = report(rollOver(portal, "pilot-2022-23", cohort: "2032-33")) else { return }
        XCTAssertEqual(ten.plan.shift.years, 10)
    }

    func test_a_scheme_without_a_cohort_moves_dates_one_year_and_the_checklist_says_why() throws {
        let portal = try TestPortal(fixture: "rollover")
        try editScheme(portal) {
            $0.replacingOccurrences(of: "cohort: 2022-23   # the academic year\n", with: "")
                .replacingOccurrences(of: "date: Tuesday 8 November ", with: "date: Tuesday 8 November 2022 ")
        }
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2025-26")) else { return }
        XCTAssertEqual(report.plan.shift.years, 1)
        let lines = report.lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("""
            1. Each date moved a year on (a date written with its weekday is on the same weekday, nearest the same day):
               pilot-2022-23 gives no cohort, so how far apart the cohorts are cannot be known: each date moved one year on. If the new cohort is further ahead, change each date by hand.

            """), lines)
    }

    func test_one_person_stays_and_the_people_folder_is_named_only_when_a_file_there_names_the_old_scheme() throws {
        let portal = try TestPortal(fixture: "rollover")
        try FileManager.default.removeItem(at: portal.root.appendingPathComponent("Content/people/cat-mentor.yaml"))
        try portal.write("Content/schemes/pilot-2022-23/people.yaml", """
            people:
              - id: ada-mentor
                name: Ada Mentor
                side: mentor
                consent: [name]

            """)
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) else { return }
        let lines = report.lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("The 1 person of pilot-2022-23 stays in the old scheme, with their preferences, partners and consent.\n\n5."), lines)
        XCTAssertFalse(lines.contains("Files in Content/people/"), lines)
    }

    func test_a_hidden_staging_folder_holding_anything_a_rollover_does_not_write_is_never_deleted() throws {
        let portal = try TestPortal(fixture: "rollover")
        try portal.write("Content/schemes/.rollover-pilot-2023-24/notes.txt", "mine")
        let before = try TestPortal.files(under: portal.root, includingFolders: true)
        guard case .refused(let reason) = rollOver(portal, "pilot-2022-23", cohort: "2023-24") else { return XCTFail() }
        XCTAssertEqual(reason, "Content/schemes/.rollover-pilot-2023-24 holds files portal rollover does not write (notes.txt), and portal rollover writes the new scheme there first; nothing was written. Move or delete it, then run this again")
        XCTAssertEqual(try TestPortal.files(under: portal.root, includingFolders: true), before)
    }

    func test_a_CRLF_scheme_keeps_its_line_endings_and_its_text_and_page_dates_are_found_at_their_places() throws {
        let portal = try TestPortal(fixture: "rollover")
        try editScheme(portal) { $0.replacingOccurrences(of: "\n", with: "\r\n") }
        let page = "Content/schemes/pilot-2022-23/handbook/welcome.md"
        try portal.write(page, try String(contentsOf: portal.root.appendingPathComponent(page), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: "\r\n"))
        guard let report = report(rollOver(portal, "pilot-2022-23", cohort: "2023-24")) else { return }
        let lines = report.lines.joined(separator: "\n")
        XCTAssertTrue(lines.contains("scheme.md:7:25: 12:00 on Tuesday 6 June 2023 → 12:00 on Tuesday 4 June 2024\n"), lines)
        XCTAssertTrue(lines.contains("handbook/welcome.md:4:19: 2 March 2023\n"), lines)
        let written = try newScheme(portal)
        XCTAssertTrue(written.contains("Applications close at 12:00 on Tuesday 4 June 2024.\r\n"), written)
        XCTAssertFalse(written.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends as the old file's did")
    }

    func test_a_scheme_with_errors_is_not_rolled_over_and_nothing_is_written() throws {
        let portal = try TestPortal(fixture: "rollover")
        let path = "Content/schemes/pilot-2022-23/scheme.md"
        let text = try String(contentsOf: portal.root.appendingPathComponent(path), encoding: .utf8)
        try portal.write(path, text.replacingOccurrences(of: "date: 29 February 2024", with: "date: 31 February 2024"))
        let before = try content(portal)
        guard case .contentErrors(let errors) = rollOver(portal, "pilot-2022-23", cohort: "2023-24") else { return XCTFail() }
        XCTAssertEqual(errors.map(\.code), [.dateUnreadable])
        XCTAssertEqual(try content(portal), before)
    }

    func test_the_default_folder_replaces_or_adds_the_cohort() {
        XCTAssertEqual(RolloverPlan.defaultSlug(for: "open-peer-mentoring-2022-23", cohort: "2024-25"), "open-peer-mentoring-2024-25")
        XCTAssertEqual(RolloverPlan.defaultSlug(for: "cles-one-step-beyond", cohort: "2024-25"), "cles-one-step-beyond-2024-25")
        XCTAssertEqual(RolloverPlan.defaultSlug(for: "telescope-2023", cohort: "2024"), "telescope-2024")
        XCTAssertEqual(RolloverPlan.defaultSlug(for: "pilot-2023-2024", cohort: "2024/25"), "pilot-2024-25")
    }
}
