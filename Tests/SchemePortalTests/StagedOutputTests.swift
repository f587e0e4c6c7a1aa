import XCTest
@testable import SchemePortal

/// Writing the site: all or nothing, stale files removed, nothing outside Output/.
final class StagedOutputTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func test_a_write_replaces_the_whole_folder_and_removes_stale_files() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        let writer = StagedOutput(outputDirectory: output)
        try writer.write([OutputFile(path: "old/index.html", text: "old"), OutputFile(path: "index.html", text: "1")])
        try writer.write([OutputFile(path: "index.html", text: "2")])
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "2")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("old").path))
    }

    func test_a_path_that_climbs_out_is_refused_and_the_old_site_survives() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        let writer = StagedOutput(outputDirectory: output)
        try writer.write([OutputFile(path: "index.html", text: "kept")])
        XCTAssertThrowsError(try writer.write([OutputFile(path: "../escape.html", text: "x")]))
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "kept")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.deletingLastPathComponent().appendingPathComponent("escape.html").path))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path)
        XCTAssertEqual(leftovers, ["Output"], "no staging folder may be left behind")
    }

    func test_the_gitkeep_placeholder_is_kept() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: output.appendingPathComponent(".gitkeep").path, contents: Data())
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "x")])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
    }

    func test_every_build_marks_its_folder_and_leaves_nothing_beside_it() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("Output")
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "1")])
        // The second write replaces an existing site: that is where the exchange (not a plain rename) happens.
        let method = try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "2")]).method
        #if os(Linux)
        XCTAssertEqual(method, .exchange, "on Linux the folders are exchanged in one step")
        #endif
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(),
                       [OutputFolder.markerName, "index.html"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["Output"])
    }

    private func inode(_ url: URL) throws -> (inode: UInt64, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return ((attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0, attributes[.modificationDate] as? Date ?? .distantPast)
    }

    func test_a_rebuild_takes_over_unchanged_files_and_writes_only_changed_ones() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "same/index.html", text: "unchanged"),
                                                         OutputFile(path: "index.html", text: "one")])
        let before = try inode(output.appendingPathComponent("same/index.html"))
        let changedBefore = try inode(output.appendingPathComponent("index.html"))
        Thread.sleep(forTimeInterval: 0.02)
        let written = try StagedOutput(outputDirectory: output).write([OutputFile(path: "same/index.html", text: "unchanged"),
                                                                       OutputFile(path: "index.html", text: "two")])
        XCTAssertEqual(written.reused, 1)
        let after = try inode(output.appendingPathComponent("same/index.html"))
        XCTAssertEqual(after.inode, before.inode, "the unchanged page is the same file, hard-linked into the new site")
        XCTAssertEqual(after.modified, before.modified, "so it keeps its modification time")
        XCTAssertNotEqual(try inode(output.appendingPathComponent("index.html")).inode, changedBefore.inode)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "two")
    }

    func test_a_file_changed_by_hand_or_replaced_by_a_link_is_never_taken_for_the_new_one() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("Output")
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "a.html", text: "right"),
                                                         OutputFile(path: "b.html", text: "right")])
        // Same size, other bytes: only a comparison of the bytes tells them apart.
        try "wrong".write(to: output.appendingPathComponent("a.html"), atomically: false, encoding: .utf8)
        let elsewhere = parent.appendingPathComponent("elsewhere.html")
        try "right".write(to: elsewhere, atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: output.appendingPathComponent("b.html"))
        try FileManager.default.createSymbolicLink(at: output.appendingPathComponent("b.html"), withDestinationURL: elsewhere)
        let written = try StagedOutput(outputDirectory: output).write([OutputFile(path: "a.html", text: "right"),
                                                                       OutputFile(path: "b.html", text: "right")])
        XCTAssertEqual(written.reused, 0)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("a.html"), encoding: .utf8), "right")
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("b.html").path)[.type] as? FileAttributeType,
                       .typeRegular)
        XCTAssertNotEqual(try inode(output.appendingPathComponent("b.html")).inode, try inode(elsewhere).inode)
    }

    /// A folder of the kind a killed build leaves: our name pattern with a process id that has ended.
    private func leftover(_ kind: BuildLeftovers.Kind, beside output: URL, files: [String]) throws -> URL {
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let name = BuildLeftovers.name(kind, for: output, processID: finished.processIdentifier, token: String(UInt32.random(in: 0x1000...0xffff_ffff), radix: 16))
        let folder = output.deletingLastPathComponent().appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("people"), withIntermediateDirectories: true)
        for file in files { FileManager.default.createFile(atPath: folder.appendingPathComponent(file).path, contents: Data("x".utf8)) }
        return folder
    }

    func test_a_build_removes_what_dead_builds_left_but_only_what_it_can_prove_is_ours() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("Output")
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "1")])
        let deadStaging = try leftover(.staging, beside: output, files: [OutputFolder.markerName, "people/withdrawn.html"])
        let deadPrevious = try leftover(.previous, beside: output, files: [OutputFolder.markerName, "index.html"])
        let notOurs = try leftover(.staging, beside: output, files: ["thesis.docx"])
        let live = parent.appendingPathComponent(BuildLeftovers.name(.staging, for: output, processID: getpid(), token: "def456"))
        try FileManager.default.createDirectory(at: live, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: live.appendingPathComponent(OutputFolder.markerName).path, contents: Data())
        // A dead process id, but its lock is held: a build in another process namespace, still running.
        let locked = try leftover(.staging, beside: output, files: [OutputFolder.markerName])
        let lock = try XCTUnwrap(DirectoryLock(locked, wait: false))
        defer { lock.release() }

        let writer = StagedOutput(outputDirectory: output)
        writer.recover()
        try writer.write([OutputFile(path: "index.html", text: "2")])
        let left = Set(try FileManager.default.contentsOfDirectory(atPath: parent.path))
        XCTAssertFalse(left.contains(deadStaging.lastPathComponent), "a dead build's staging folder, with a withdrawn person's page")
        XCTAssertFalse(left.contains(deadPrevious.lastPathComponent))
        XCTAssertTrue(left.contains(notOurs.lastPathComponent), "a folder without our marker is someone else's")
        XCTAssertTrue(left.contains(live.lastPathComponent), "the folder of a build that is still running")
        XCTAssertTrue(left.contains(locked.lastPathComponent), "a folder whose lock is held")
    }

    func test_a_site_left_aside_by_a_build_killed_between_two_renames_is_put_back() throws {
        let parent = try temporaryFolder()
        let output = parent.appendingPathComponent("Output")
        let previous = try leftover(.previous, beside: output, files: [OutputFolder.markerName, "index.html"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
        BuildLeftovers.clean(besides: output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: previous.path))
    }

    func test_an_output_folder_named_through_a_link_is_built_where_the_link_points_and_the_link_stays() throws {
        let parent = try temporaryFolder()
        let real = parent.appendingPathComponent("www/site")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        let link = parent.appendingPathComponent("Output")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
        try StagedOutput(outputDirectory: link).write([OutputFile(path: "index.html", text: "1")])
        try StagedOutput(outputDirectory: link).write([OutputFile(path: "index.html", text: "2")])
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), real.path)
        XCTAssertEqual(try String(contentsOf: real.appendingPathComponent("index.html"), encoding: .utf8), "2")
    }
}
