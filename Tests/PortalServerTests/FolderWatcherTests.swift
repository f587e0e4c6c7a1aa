import Foundation
import XCTest
@testable import PortalServer

/// Watching Content/ and Layouts/: with inotify, and with the polling used where inotify is missing or
/// out of watches. Each test ends with a "sentinel" edit to another file: once the watcher has reported
/// it, every earlier change has been reported too, so counting reports needs no clock.
final class FolderWatcherTests: XCTestCase {
    var portal: ServePortal!
    var reports: Reports!
    var watcher: FolderWatcher!

    override func setUpWithError() throws {
        portal = try ServePortal()
        reports = Reports()
    }

    override func tearDown() {
        watcher?.stop()
        portal?.delete()
    }

    @discardableResult
    func start(polling: Bool) -> FolderWatcher.Mode {
        let reports = reports!
        watcher = FolderWatcher(folders: [WatchedFolder(path: portal.url("Content").path, display: "Content"),
                                          WatchedFolder(path: portal.url("Layouts").path, display: "Layouts")],
                                report: { reports.add($0) })
        return watcher.start(forcePolling: polling)
    }

    func sentinel(_ number: Int) async throws {
        try portal.write("Content/pages/sentinel-\(number).md", "---\ntitle: Sentinel\n---\nText.\n")
        await waitUntil("the sentinel edit") { !reports.mentioning("Content/pages/sentinel-\(number).md").isEmpty }
    }

    func editorSaveIsOneReport(polling: Bool) async throws {
        start(polling: polling)
        let path = "Content/schemes/pilot/people.yaml"
        let final = try portal.read(path).replacingOccurrences(of: "ten years", with: "twelve years")
        // A visible temporary name, and a pause shorter than the quiet time between writing it and the
        // rename: the two must still make one report.
        try portal.saveLikeAnEditor(path, final, temporaryName: "people.yaml.new", pause: watcher.quiet / 3)
        await waitUntil("the save") { !reports.mentioning(path).isEmpty }
        try await sentinel(1)
        XCTAssertEqual(reports.all.count, 2, "one report for the save, one for the sentinel: \(reports.all)")
        XCTAssertEqual(reports.mentioning(path).count, 1, "\(reports.all)")
        XCTAssertEqual(try portal.read(path), final)
    }

    func test_an_editors_save_by_rename_is_one_report_with_inotify() async throws {
        try await editorSaveIsOneReport(polling: false)
    }

    func test_an_editors_save_by_rename_is_one_report_when_polling() async throws {
        try await editorSaveIsOneReport(polling: true)
    }

    func newFoldersAreWatched(polling: Bool) async throws {
        start(polling: polling)
        try portal.write("Content/schemes/second/handbook/intro.md", "---\ntitle: Intro\n---\nHello.\n")
        await waitUntil("the new folder") { reports.all.joined().contains { $0.hasPrefix("Content/schemes/second") } }
        try portal.write("Content/schemes/second/handbook/intro.md", "---\ntitle: Intro\n---\nHello again.\n")
        await waitUntil("an edit in the new folder") { reports.mentioning("Content/schemes/second/handbook/intro.md").count >= 1
            && reports.all.last?.contains("Content/schemes/second/handbook/intro.md") == true }
        let before = reports.all.count
        try portal.move("Content/schemes/second", "Content/schemes/third")
        try portal.write("Content/schemes/third/handbook/intro.md", "---\ntitle: Intro\n---\nMoved.\n")
        await waitUntil("an edit in a moved folder") { reports.all.dropFirst(before).joined().contains("Content/schemes/third/handbook/intro.md") }
    }

    func test_folders_made_or_moved_while_watching_are_watched_too_with_inotify() async throws {
        try await newFoldersAreWatched(polling: false)
    }

    func test_folders_made_or_moved_while_watching_are_watched_too_when_polling() async throws {
        try await newFoldersAreWatched(polling: true)
    }

    func test_a_layouts_folder_made_after_the_start_is_watched() async throws {
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.url("Layouts").path))
        XCTAssertEqual(start(polling: false), .inotify)
        try portal.write("Layouts/assets/extra.css", "p{}")
        await waitUntil("the new Layouts folder") { reports.all.joined().contains { $0.hasPrefix("Layouts") } }
        try portal.write("Layouts/assets/extra.css", "p{color:red}")
        await waitUntil("an edit inside it") { reports.mentioning("Layouts/assets/extra.css").count >= 1 }
    }

    /// Two watched folders that do not exist yet, waited for in the same folder: each is noticed.
    func test_two_missing_folders_in_one_folder_are_both_waited_for() async throws {
        let reports = reports!
        watcher = FolderWatcher(folders: [WatchedFolder(path: portal.url("Drafts").path, display: "Drafts"),
                                          WatchedFolder(path: portal.url("Layouts").path, display: "Layouts")],
                                report: { reports.add($0) })
        XCTAssertEqual(watcher.start(), .inotify)
        try portal.write("Layouts/assets/extra.css", "p{}")
        await waitUntil("the new Layouts folder") { reports.all.joined().contains { $0.hasPrefix("Layouts") } }
        try portal.write("Drafts/note.md", "a draft")
        await waitUntil("the new Drafts folder") { reports.all.joined().contains { $0.hasPrefix("Drafts") } }
        try portal.write("Drafts/note.md", "a longer draft")
        await waitUntil("an edit inside it") { reports.mentioning("Drafts/note.md").count >= 1 }
    }

    /// A folder moved out of Content/ is no longer watched: saving a file in it is no change to the portal.
    func test_a_folder_moved_out_of_the_content_folder_is_no_longer_watched() async throws {
        start(polling: false)
        try portal.move("Content/schemes/pilot/handbook", "handbook-kept")
        await waitUntil("the move") { reports.all.joined().contains("Content/schemes/pilot/handbook") }
        try portal.write("handbook-kept/first-meeting.md", "---\ntitle: Moved away\n---\nText.\n")
        try await sentinel(1)
        XCTAssertEqual(reports.all.joined().filter { $0.contains("first-meeting") }, [], "\(reports.all)")
    }

    func test_hidden_files_such_as_an_editors_swap_file_are_not_reported() async throws {
        start(polling: false)
        try portal.write("Content/pages/.about.md.swp", "swap")
        try await sentinel(1)
        XCTAssertEqual(reports.all.joined().filter { $0.contains(".swp") }, [])
    }

    func test_watching_thousands_of_files_takes_one_descriptor() async throws {
        for folder in 0..<200 {
            for file in 0..<10 { try portal.write("Content/people/f\(folder)/p\(file).txt", "x") }
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
        XCTAssertEqual(start(polling: false), .inotify)
        let during = try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count
        XCTAssertLessThanOrEqual(during - before, 1)
        try await sentinel(1)
    }
}

/// A fence returns only once every change made before it has been reported, even one still waiting for
/// quiet: the rebuild loop relies on it to know which changes came while a build ran.
final class FolderWatcherFenceTests: XCTestCase {
    func fenceReportsEarlierChanges(polling: Bool) async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let reports = Reports()
        // Quiet and polling times far longer than the test, so only the fence can bring the report.
        let watcher = FolderWatcher(folders: [WatchedFolder(path: portal.url("Content").path, display: "Content")],
                                    quiet: 30, pollInterval: 30, report: { reports.add($0) })
        _ = watcher.start(forcePolling: polling)
        defer { watcher.stop() }
        try portal.write("Content/pages/about.md", "---\ntitle: About\n---\nChanged during a build.\n")
        await watcher.fence()
        XCTAssertEqual(reports.mentioning("Content/pages/about.md").count, 1, "\(reports.all)")
    }

    func test_a_fence_brings_a_change_still_waiting_for_quiet_with_inotify() async throws {
        try await fenceReportsEarlierChanges(polling: false)
    }

    func test_a_fence_brings_a_change_made_since_the_last_look_when_polling() async throws {
        try await fenceReportsEarlierChanges(polling: true)
    }

    func test_a_fence_on_a_stopped_watcher_returns() async throws {
        let portal = try ServePortal()
        defer { portal.delete() }
        let watcher = FolderWatcher(folders: [WatchedFolder(path: portal.url("Content").path, display: "Content")],
                                    report: { _ in })
        _ = watcher.start()
        watcher.stop()
        await watcher.fence()
    }
}
