import XCTest
@testable import SchemePortal

/// What the build reads from Content/ and Layouts/: only regular files and folders inside them, so a
/// shortcut (symbolic link) cannot publish a file from elsewhere on the machine, and a loop, a named
/// pipe or a device cannot make the build wait for ever. (That a named pipe or `/dev/zero` never hangs
/// the build is proved by running the program with a time limit, in CommandLineTests.)
final class InputFolderTests: XCTestCase {
    private let page = "---\ntitle: Private notes\n---\nSECRET-TEXT-FROM-OUTSIDE\n"

    /// Whether any file of the site holds the text. A build that starts writing streams its pages to disk
    /// and keeps no bytes here, which would make this vacuously false: these builds stop before that, and
    /// the first assertion says so if that ever changes.
    private func published(_ outcome: Build.Outcome, contains text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        XCTAssertTrue(outcome.files.contains { !$0.contents.isEmpty }, "the pages' bytes are not in the outcome", file: file, line: line)
        return outcome.files.contains { String(decoding: $0.contents, as: UTF8.self).contains(text) }
    }

    func test_a_page_that_is_a_link_to_a_file_outside_Content_is_an_error_at_the_link_and_is_not_published() throws {
        let outside = try TestPortal.outsideFolder(["notes.md": page])
        let portal = try TestPortal()
        try portal.link("Content/pages/notes.md", to: outside.appendingPathComponent("notes.md").path)
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/pages/notes.md:1:1: error: this is a shortcut (symbolic link) to ‘\(outside.path)/notes.md’, which is outside Content/, so it is not read; copy the file into Content/ instead of linking to it",
        ])
        XCTAssertFalse(outcome.wrote)
        XCTAssertFalse(published(outcome, contains: "SECRET-TEXT-FROM-OUTSIDE"))
    }

    func test_a_relative_link_that_climbs_out_of_Content_is_an_error_too() throws {
        let portal = try TestPortal(["Private/notes.md": page])
        try portal.link("Content/schemes/test-scheme/handbook/notes.md", to: "../../../../Private/notes.md")
        let resolved = portal.root.resolvingSymlinksInPath().appendingPathComponent("Private/notes.md").path
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/test-scheme/handbook/notes.md:1:1: error: this is a shortcut (symbolic link) to ‘\(resolved)’, which is outside Content/, so it is not read; copy the file into Content/ instead of linking to it",
        ])
    }

    func test_a_person_file_and_a_portal_file_linked_from_outside_are_errors() throws {
        let outside = try TestPortal.outsideFolder([
            "person.yaml": "id: ada-lovelace\nname: Ada Lovelace\nconsent: [name]\nschemes:\n  - scheme: test-scheme\n    side: mentor\n",
            "portal.yaml": TestPortal.minimalPortalFile,
        ])
        let portal = try TestPortal()
        try portal.remove("Content/portal.yaml")
        try portal.link("Content/portal.yaml", to: outside.appendingPathComponent("portal.yaml").path)
        try portal.link("Content/people/ada.yaml", to: outside.appendingPathComponent("person.yaml").path)
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/people/ada.yaml:1:1: error: this is a shortcut (symbolic link) to ‘\(outside.path)/person.yaml’, which is outside Content/, so it is not read; copy the file into Content/ instead of linking to it",
            "Content/portal.yaml:1:1: error: this is a shortcut (symbolic link) to ‘\(outside.path)/portal.yaml’, which is outside Content/, so it is not read; copy the file into Content/ instead of linking to it",
        ])
        XCTAssertFalse(published(outcome, contains: "Ada Lovelace"))
    }

    func test_a_scheme_folder_linked_from_outside_is_reported_once_at_the_folder() throws {
        let outside = try TestPortal.outsideFolder([
            "scheme.md": TestPortal.minimalScheme.replacingOccurrences(of: "Test scheme", with: "Borrowed scheme"),
            "handbook/guide.md": page,
        ])
        let portal = try TestPortal()
        try portal.link("Content/schemes/borrowed", to: outside.path)
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/borrowed:1:1: error: this is a shortcut (symbolic link) to ‘\(outside.path)’, which is outside Content/, so it is not read; copy the folder into Content/ instead of linking to it",
        ])
        XCTAssertFalse(published(outcome, contains: "Borrowed scheme"))
        XCTAssertFalse(published(outcome, contains: "SECRET-TEXT-FROM-OUTSIDE"))
    }

    func test_a_layouts_asset_that_links_to_etc_passwd_is_an_error_and_is_not_copied() throws {
        let portal = try TestPortal()
        try portal.link("Layouts/assets/x.css", to: "/etc/passwd")
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Layouts/assets/x.css:1:1: error: this is a shortcut (symbolic link) to ‘/etc/passwd’, which is outside Layouts/, so it is not read; copy the file into Layouts/ instead of linking to it",
        ])
        XCTAssertFalse(outcome.files.contains { $0.path == "assets/x.css" })
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.output.appendingPathComponent("assets/x.css").path))
    }

    func test_a_layouts_template_linked_from_outside_is_an_error() throws {
        let outside = try TestPortal.outsideFolder(["footer.mustache": "<footer>borrowed</footer>\n"])
        let portal = try TestPortal()
        try portal.link("Layouts/templates/partials/footer.mustache", to: outside.appendingPathComponent("footer.mustache").path)
        XCTAssertEqual(portal.check().lines, [
            "Layouts/templates/partials/footer.mustache:1:1: error: this is a shortcut (symbolic link) to ‘\(outside.path)/footer.mustache’, which is outside Layouts/, so it is not read; copy the file into Layouts/ instead of linking to it",
        ])
    }

    func test_links_that_stay_inside_the_folders_are_followed() throws {
        let portal = try TestPortal([
            "Content/_shared/about.md": "---\ntitle: About the portal\n---\nShared text.\n",
            "Layouts/assets/brand/logo.css": ".logo { color: teal }\n",
        ])
        try portal.link("Content/pages/about.md", to: "../_shared/about.md")
        try portal.link("Layouts/assets/extra.css", to: "brand/logo.css")
        try portal.link("Layouts/assets/theme", to: "brand")
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [])
        XCTAssertTrue(try portal.read("about/index.html").contains("Shared text."))
        XCTAssertEqual(try portal.read("assets/extra.css"), ".logo { color: teal }\n")
        XCTAssertEqual(try portal.read("assets/theme/logo.css"), ".logo { color: teal }\n")
    }

    func test_the_content_folder_may_itself_be_a_link() throws {
        let portal = try TestPortal()
        try portal.link("Linked", to: "Content")
        var configuration = portal.configuration()
        configuration.contentDirectory = portal.root.appendingPathComponent("Linked")
        let outcome = Build(configuration: configuration).run(until: .check)
        XCTAssertEqual(outcome.lines, [])
        XCTAssertGreaterThan(outcome.pageCount, 3)
    }

    func test_link_loops_are_reported_once_each_and_do_not_hang() throws {
        let portal = try TestPortal()
        try portal.link("Content/pages/first.md", to: "second.md")
        try portal.link("Content/pages/second.md", to: "first.md")
        try portal.link("Content/schemes/test-scheme/handbook", to: "..")
        try portal.link("Layouts/assets/up", to: "..")
        try FileManager.default.createDirectory(at: portal.root.appendingPathComponent("Layouts/assets/a"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: portal.root.appendingPathComponent("Layouts/assets/b"), withIntermediateDirectories: true)
        try portal.link("Layouts/assets/a/to-b", to: "../b")
        try portal.link("Layouts/assets/b/to-a", to: "../a")
        let loop = "this shortcut (symbolic link) points back to a folder that holds it, so reading it would never end; delete it, and copy the files it should show into a folder here instead"
        let circle = "this shortcut (symbolic link) goes round in a circle and never reaches a file; delete it, or make it point to a file inside Content/"
        XCTAssertEqual(portal.check().lines, [
            "Content/pages/first.md:1:1: error: \(circle)",
            "Content/pages/second.md:1:1: error: \(circle)",
            "Content/schemes/test-scheme/handbook:1:1: error: \(loop)",
            "Layouts/assets/a/to-b:1:1: error: \(loop)",
            "Layouts/assets/b/to-a:1:1: error: \(loop)",
            "Layouts/assets/up:1:1: error: \(loop)",
        ])
    }

    func test_a_link_to_nothing_says_where_it_points() throws {
        let portal = try TestPortal()
        try portal.link("Content/pages/gone.md", to: "../_old/gone.md")
        XCTAssertEqual(portal.check().lines, [
            "Content/pages/gone.md:1:1: error: this shortcut (symbolic link) points to ‘../_old/gone.md’, which does not exist; delete it, or put the file itself here",
        ])
    }

    func test_a_named_pipe_is_reported_as_not_a_regular_file() throws {
        let portal = try TestPortal()
        try portal.makeNamedPipe("Content/_pipes/fifo")
        try portal.link("Content/pages/pipe.md", to: "../_pipes/fifo")
        try portal.makeNamedPipe("Content/schemes/test-scheme/people.yaml")
        try portal.makeNamedPipe("Layouts/assets/pipe.css")
        guard let outcome = finishing(within: 20, { portal.check() }) else {
            return XCTFail("the check waited on a named pipe for 20 seconds")
        }
        XCTAssertEqual(outcome.lines, [
            "Content/pages/pipe.md:1:1: error: this is not a regular file: it is a shortcut (symbolic link) to ‘\(portal.root.resolvingSymlinksInPath().path)/Content/_pipes/fifo’, which is a named pipe, so it is not read; replace it with an ordinary file, or delete it",
            "Content/schemes/test-scheme/people.yaml:1:1: error: this is not a regular file (it is a named pipe), so it is not read; replace it with an ordinary file, or delete it",
            "Layouts/assets/pipe.css:1:1: error: this is not a regular file (it is a named pipe), so it is not read; replace it with an ordinary file, or delete it",
        ])
    }

    func test_reading_a_named_pipe_directly_is_refused_without_waiting() throws {
        let portal = try TestPortal()
        try portal.makeNamedPipe("pipe.md")
        let pipe = portal.root.appendingPathComponent("pipe.md")
        guard let result = finishing(within: 20, { SourceFile.read(pipe, displayPath: "pipe.md") }) else {
            return XCTFail("reading waited on a named pipe for 20 seconds")
        }
        guard case .failure(let diagnostic) = result else { return XCTFail("a named pipe was read") }
        XCTAssertEqual(diagnostic.description,
                       "pipe.md:1:1: error: this is not a regular file (it is a named pipe), so it is not read; replace it with an ordinary file, or delete it")
    }

    /// A people folder of thousands of files is listed once, and the names the listing gives as regular
    /// files are read without a look of their own: links, folders and pipes must never be among them (a
    /// person file linked from outside is then reported, as the tests above show, rather than read).
    func test_the_names_a_folder_lists_as_regular_files_are_only_its_regular_files() throws {
        let portal = try TestPortal()
        try portal.write("Content/people/ada.yaml", "id: ada\n")
        try FileManager.default.createDirectory(at: portal.root.appendingPathComponent("Content/people/folder"), withIntermediateDirectories: true)
        try portal.link("Content/people/linked.yaml", to: "ada.yaml")
        try portal.makeNamedPipe("Content/people/pipe.yaml")
        guard case .success(let folder) = InputFolder.open(portal.root.appendingPathComponent("Content"), displayRoot: "Content", role: "content folder") else {
            return XCTFail("the content folder did not open")
        }
        XCTAssertEqual(folder.regularFileNames(in: "people"), [Array("ada.yaml".utf8)])
        XCTAssertEqual(folder.regularFileNames(in: "no-such-folder"), [])
    }

    /// Two names Swift's strings count as equal (an é composed, and decomposed) are two files to the file
    /// system: a link named like a regular file must not borrow that file's answer and be read unlooked-at.
    func test_a_link_named_like_a_regular_file_in_another_unicode_form_is_still_refused() throws {
        let outside = try TestPortal.outsideFolder([
            "person.yaml": "id: outsider\nname: Secret Outsider\nconsent: [name]\nschemes:\n  - scheme: test-scheme\n    side: mentor\n",
        ])
        let portal = try TestPortal()
        try portal.write("Content/people/\u{E9}.yaml", "id: composed\nname: Ada Composed\nconsent: [name]\nschemes:\n  - scheme: test-scheme\n    side: mentor\n")
        try portal.link("Content/people/e\u{301}.yaml", to: outside.appendingPathComponent("person.yaml").path)
        let outcome = portal.build()
        XCTAssertTrue(outcome.lines.contains {
            $0.hasPrefix("Content/people/e\u{301}.yaml:1:1: error: this is a shortcut (symbolic link) to ‘\(outside.path)/person.yaml’, which is outside Content/")
        }, outcome.lines.joined(separator: "\n"))
        XCTAssertFalse(published(outcome, contains: "Secret Outsider"))
    }

    /// A people file the listing gave as regular is opened without following a link: one swapped in for it
    /// after the listing is refused, never read through.
    func test_a_file_read_without_following_links_refuses_a_link() throws {
        let portal = try TestPortal()
        try portal.write("real.yaml", "id: ada\n")
        try portal.link("link.yaml", to: "real.yaml")
        let link = portal.root.appendingPathComponent("link.yaml").path
        guard case .success = SourceFile.read(path: link, displayPath: "link.yaml") else { return XCTFail("a link was not followed") }
        guard case .failure(let diagnostic) = SourceFile.read(path: link, displayPath: "link.yaml", followingLinks: false) else {
            return XCTFail("a link was read through although links were not to be followed")
        }
        XCTAssertTrue(diagnostic.description.hasPrefix("link.yaml:1:1: error: "), diagnostic.description)
    }
}
