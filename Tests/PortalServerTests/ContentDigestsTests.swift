import Foundation
#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import PortalServer

/// Telling a save that changed nothing from one that did: what each file held when the served site was
/// built, against what it holds now.
final class ContentDigestsTests: XCTestCase {
    var portal: ServePortal!
    let about = "Content/pages/about.md"

    override func setUpWithError() throws {
        portal = try ServePortal()
    }

    override func tearDown() {
        portal?.delete()
    }

    private func recorded() -> ContentDigests {
        let digests = ContentDigests(folders: [WatchedFolder(path: portal.url("Content").path, display: "Content"),
                                               WatchedFolder(path: portal.url("Layouts").path, display: "Layouts")])
        digests.recordAll()
        return digests
    }

    func test_a_file_saved_as_it_was_or_touched_is_unchanged() throws {
        let digests = recorded()
        try portal.saveLikeAnEditor(about, try portal.read(about))
        XCTAssertTrue(digests.unchanged([about]))
        XCTAssertEqual(utimes(portal.url(about).path, nil), 0)
        XCTAssertTrue(digests.unchanged([about]))
    }

    func test_an_edit_a_new_file_and_a_deleted_file_are_changes() throws {
        let digests = recorded()
        try portal.write(about, try portal.read(about) + "\nOne more line.\n")
        XCTAssertFalse(digests.unchanged([about]))
        try portal.write("Content/pages/new.md", "---\ntitle: New\n---\nNew.\n")
        XCTAssertFalse(digests.unchanged(["Content/pages/new.md"]))
        let other = recorded()
        try FileManager.default.removeItem(at: portal.url("Content/pages/new.md"))
        XCTAssertFalse(other.unchanged(["Content/pages/new.md"]))
    }

    /// An editor's temporary file came and went; a folder stands for files the watcher may not have named.
    func test_a_temporary_file_that_came_and_went_is_no_change_but_a_folder_or_a_whole_tree_is() throws {
        let digests = recorded()
        XCTAssertTrue(digests.unchanged(["Content/pages/.about.md.swp", "Content/pages/sedAb12Cd"]))
        try FileManager.default.createDirectory(at: portal.url("Content/pages/more"), withIntermediateDirectories: true)
        XCTAssertFalse(digests.unchanged(["Content/pages/more"]))
        XCTAssertFalse(digests.unchanged(["Content/pages"]))
        XCTAssertFalse(digests.unchanged(["Content"]))
        XCTAssertFalse(digests.unchanged(["Elsewhere/file.md"]))
    }

    /// What the terminal names as changed leaves out a temporary file that came and went, not a deleted file.
    func test_a_temporary_file_that_came_and_went_is_not_named_as_a_change() throws {
        let digests = recorded()
        try FileManager.default.removeItem(at: portal.url(about))
        XCTAssertEqual(digests.named([about, "Content/pages/sedAb12Cd", "Content"]), ["Content", about])
    }

    /// The digests taken just before a build are what later saves are compared with.
    func test_recording_takes_the_files_as_they_are_now() throws {
        let digests = recorded()
        try portal.write(about, "---\ntitle: About\n---\nChanged.\n")
        XCTAssertFalse(digests.unchanged([about]))
        digests.record([about])
        XCTAssertTrue(digests.unchanged([about]))
    }
}

/// A change that comes while a batch is being built makes the next batch unsure (it always rebuilds);
/// one that comes while nothing is being built does not.
final class ChangeInboxBusyTests: XCTestCase {
    func test_a_change_while_busy_makes_the_next_batch_unsure() async throws {
        let inbox = ChangeInbox()
        inbox.add(["Content/a.md"])
        let first = await inbox.next()
        XCTAssertEqual(first?.paths, ["Content/a.md"])
        XCTAssertEqual(first?.unsure, false)
        inbox.add(["Content/b.md"])
        inbox.idle()
        let second = await inbox.next()
        XCTAssertEqual(second?.unsure, true, "b.md changed while a.md's batch was busy")
        inbox.idle()
        inbox.add(["Content/c.md"])
        let third = await inbox.next()
        XCTAssertEqual(third?.unsure, false)
    }
}

/// A batch whose build was cancelled (the server stopping, or trying another port) is built later.
final class ChangeInboxPutBackTests: XCTestCase {
    func test_a_batch_put_back_comes_again_and_always_rebuilds() async {
        let inbox = ChangeInbox()
        inbox.add(["Content/a.md"])
        let taken = await inbox.next()
        inbox.putBack(taken?.paths ?? [])
        let again = await inbox.next()
        XCTAssertEqual(again?.paths, ["Content/a.md"])
        XCTAssertEqual(again?.unsure, true)
    }
}
