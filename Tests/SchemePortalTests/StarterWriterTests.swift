import XCTest
@testable import SchemePortal

/// `portal new` and `portal add-scheme` put files on disk without ever replacing one, refuse what they
/// cannot do with a message that says what to do, and leave nothing behind when they fail.
final class StarterWriterTests: XCTestCase {
    static let day = CalendarDay(year: 2027, month: 3, day: 1)

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schemeportal-starter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    private func refusal(_ work: () throws -> Any) -> StarterRefusal? {
        do {
            _ = try work()
            return nil
        } catch {
            return error as? StarterRefusal
        }
    }

    // MARK: portal new

    func test_new_makes_the_folder_and_its_missing_parents() throws {
        let root = try temporaryFolder()
        let folder = root.appendingPathComponent("a/b/demo")
        _ = try StarterWriter.makePortal(at: folder, shown: "a/b/demo", today: Self.day)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/portal.yaml").path))
    }

    func test_new_uses_an_empty_folder() throws {
        let folder = try temporaryFolder()
        _ = try StarterWriter.makePortal(at: folder, shown: "demo", today: Self.day)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder.appendingPathComponent("Content/portal.yaml").path))
    }

    func test_new_refuses_a_folder_that_is_not_empty_and_touches_nothing() throws {
        let folder = try temporaryFolder()
        try Data("mine".utf8).write(to: folder.appendingPathComponent(".notes"))
        let before = try TestPortal.files(under: folder, includingFolders: true)
        let refused = refusal { try StarterWriter.makePortal(at: folder, shown: "demo", today: Self.day) }
        XCTAssertEqual(refused, .folderNotEmpty(shown: "demo"))
        XCTAssertEqual(refused?.description,
                       "refusing to make a portal in ‘demo’: the folder is not empty; name a new folder, such as ‘portal new my-portal’, or empty this one first")
        XCTAssertEqual(try TestPortal.files(under: folder, includingFolders: true), before)
    }

    func test_new_refuses_a_file() throws {
        let file = try temporaryFolder().appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: file)
        let refused = refusal { try StarterWriter.makePortal(at: file, shown: "notes.txt", today: Self.day) }
        XCTAssertEqual(refused?.description,
                       "refusing to make a portal at ‘notes.txt’: it is a file, not a folder; name a new folder, such as ‘portal new my-portal’")
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "mine")
    }

    func test_new_under_a_file_makes_nothing_and_says_which_path_is_a_file() throws {
        let root = try temporaryFolder()
        let file = root.appendingPathComponent("notes.txt")
        try Data("mine".utf8).write(to: file)
        let refused = refusal { try StarterWriter.makePortal(at: file.appendingPathComponent("demo"), shown: "notes.txt/demo", today: Self.day) }
        XCTAssertEqual(refused?.description,
                       "could not write ‘notes.txt/demo’ (‘\(file.standardizedFileURL.path)’ is a file, not a folder), so nothing was made; choose a folder you may write to")
        XCTAssertEqual(try TestPortal.files(under: root).keys.sorted(), ["notes.txt"])
    }

    func test_a_file_is_never_written_over_nor_through_a_shortcut_and_a_failure_takes_back_what_was_made() throws {
        let root = try temporaryFolder()
        let mine = root.appendingPathComponent("mine.txt")
        try Data("mine".utf8).write(to: mine)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link.txt").path, withDestinationPath: mine.path)
        var made = StarterWriter.Made()
        XCTAssertNil(made.folders(root.appendingPathComponent("new/inner")))
        XCTAssertNil(made.file(Array("new".utf8), at: root.appendingPathComponent("new/inner/file.txt").path))
        XCTAssertEqual(made.file(Array("theirs".utf8), at: mine.path), "something is already there")
        XCTAssertEqual(made.file(Array("theirs".utf8), at: root.appendingPathComponent("link.txt").path), "something is already there")
        XCTAssertEqual(try String(contentsOf: mine, encoding: .utf8), "mine")
        made.undo()
        XCTAssertEqual(try TestPortal.files(under: root, includingFolders: true).keys.sorted(), ["link.txt", "mine.txt"])
    }

    // MARK: portal add-scheme

    private func newPortal() throws -> URL {
        let folder = try temporaryFolder().appendingPathComponent("demo")
        _ = try StarterWriter.makePortal(at: folder, shown: "demo", today: Self.day)
        return folder
    }

    func test_add_scheme_makes_the_schemes_files_at_an_address_made_from_its_name() throws {
        let content = try newPortal().appendingPathComponent("Content")
        let added = try StarterWriter.addScheme(named: "  Reverse Mentoring 2027–28 ", content: content, contentShown: "Content", today: Self.day)
        XCTAssertEqual(added.slug, "reverse-mentoring-2027-28")
        XCTAssertEqual(added.files.map(\.path), ["schemes/reverse-mentoring-2027-28/scheme.md",
                                                 "schemes/reverse-mentoring-2027-28/handbook/first-meeting.md",
                                                 "schemes/reverse-mentoring-2027-28/toolkit/agreement.md"])
        let scheme = try String(contentsOf: content.appendingPathComponent("schemes/reverse-mentoring-2027-28/scheme.md"), encoding: .utf8)
        XCTAssertTrue(scheme.contains("\ntitle: Reverse Mentoring 2027–28\n"), scheme)
    }

    func test_a_scheme_added_to_the_new_portal_passes_the_strict_check() throws {
        let folder = try newPortal()
        _ = try StarterWriter.addScheme(named: "Reverse mentoring", content: folder.appendingPathComponent("Content"),
                                        contentShown: "Content", today: Self.day)
        let outcome = TestPortal(existing: folder).check(today: Self.day)
        XCTAssertEqual(outcome.lines, [])
        XCTAssertEqual(outcome.portal?.schemes.map(\.slug).sorted(), ["reverse-mentoring", "staff-mentoring"])
    }

    func test_a_scheme_added_to_the_demo_portal_passes_the_strict_check() throws {
        let folder = try temporaryFolder()
        for part in ["Content", "Layouts"] {
            try FileManager.default.copyItem(at: TestPortal.repository.appendingPathComponent(part), to: folder.appendingPathComponent(part))
        }
        let today = CalendarDay(year: 2026, month: 11, day: 23)
        _ = try StarterWriter.addScheme(named: "Reverse mentoring", content: folder.appendingPathComponent("Content"),
                                        contentShown: "Content", today: today)
        let outcome = Build(configuration: TestPortal(existing: folder).configuration(today: today)).run(strict: true, until: .check)
        XCTAssertEqual(outcome.lines, [])
        XCTAssertEqual(outcome.portal?.schemes.count, 6)
    }

    func test_a_name_with_quotes_colons_and_hashes_reads_back_as_typed() throws {
        let content = try newPortal().appendingPathComponent("Content")
        let name = #"Mentoring: "the #1 scheme" \ pilot"#
        let added = try StarterWriter.addScheme(named: name, content: content, contentShown: "Content", today: Self.day)
        XCTAssertEqual(added.slug, "mentoring-the-1-scheme-pilot")
        let outcome = TestPortal(existing: content.deletingLastPathComponent()).check(today: Self.day)
        XCTAssertEqual(outcome.lines, [])
        XCTAssertEqual(outcome.portal?.scheme(slug: added.slug)?.title, name)
    }

    func test_add_scheme_refuses_a_scheme_that_exists_and_touches_nothing() throws {
        let folder = try newPortal()
        let before = try TestPortal.files(under: folder, includingFolders: true)
        let refused = refusal {
            try StarterWriter.addScheme(named: "Staff mentoring", content: folder.appendingPathComponent("Content"),
                                        contentShown: "Content", today: Self.day)
        }
        XCTAssertEqual(refused?.description,
                       "the scheme ‘staff-mentoring’ already exists (Content/schemes/staff-mentoring); choose another name, or edit that scheme's files")
        XCTAssertEqual(try TestPortal.files(under: folder, includingFolders: true), before)
    }

    func test_add_scheme_refuses_a_missing_content_folder_or_a_file() throws {
        let folder = try temporaryFolder()
        let content = folder.appendingPathComponent("Content")
        XCTAssertEqual(refusal { try StarterWriter.addScheme(named: "Pilot", content: content, contentShown: "Content", today: Self.day) }?.description,
                       "there is no content folder ‘Content’ here (looked for \(content.path)); run portal add-scheme in the portal's folder (the one holding Content/), or name the content folder with --content")
        try Data().write(to: content)
        XCTAssertEqual(refusal { try StarterWriter.addScheme(named: "Pilot", content: content, contentShown: "Content", today: Self.day) },
                       .contentNotAFolder(shown: "Content", path: content.path))
        XCTAssertEqual(try TestPortal.files(under: folder).keys.sorted(), ["Content"])
    }

    func test_add_scheme_refuses_a_name_that_cannot_become_an_address() throws {
        let content = try newPortal().appendingPathComponent("Content")
        func refused(_ name: String) -> String? {
            refusal { try StarterWriter.addScheme(named: name, content: content, contentShown: "Content", today: Self.day) }?.description
        }
        XCTAssertEqual(refused("!!!"), "the name ‘!!!’ has no letters a–z or digits to make the scheme's address from; choose a name such as ‘Reverse mentoring’")
        XCTAssertEqual(refused("Con"), "the name ‘Con’ would give the scheme the address ‘con’: ‘con’ is a name Windows reserves (like CON, PRN, AUX, NUL, COM1 and LPT1), so the site would not work when copied to a Windows computer; choose another name")
        XCTAssertEqual(refused("Two\nlines"), "a scheme's name is one line of text; write it without line breaks or tabs")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("schemes").path), ["staff-mentoring"])
    }
}
