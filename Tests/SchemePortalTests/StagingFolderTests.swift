import XCTest
@testable import SchemePortal

/// Pages written into the staging folder as they are rendered: from many threads at once, all or nothing,
/// and a build that Check stops leaves the previous site exactly as it was, with nothing left beside it.
final class StagingFolderTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("staging-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func besides(_ output: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).sorted()
    }

    func test_files_written_from_many_threads_at_once_all_arrive() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        let staging = try StagedOutput(outputDirectory: output).begin()
        DispatchQueue.concurrentPerform(iterations: 400) { index in
            staging.write([OutputFile(path: "people/p\(index)/index.html", text: "person \(index)")])
        }
        try staging.commit()
        let people = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("people").path)
        XCTAssertEqual(people.count, 400)
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("people/p123/index.html"), encoding: .utf8), "person 123")
        XCTAssertEqual(try besides(output), ["Output"])
    }

    func test_a_file_that_cannot_be_written_stops_the_swap_and_the_old_site_survives() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "old")])
        let staging = try StagedOutput(outputDirectory: output).begin()
        staging.write([OutputFile(path: "index.html", text: "new"), OutputFile(path: "index.html", text: "again")])
        XCTAssertThrowsError(try staging.commit())
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "old")
        XCTAssertEqual(try besides(output), ["Output"])
    }

    func test_an_abandoned_or_forgotten_staging_folder_is_removed() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "old")])
        let abandoned = try StagedOutput(outputDirectory: output).begin()
        abandoned.write([OutputFile(path: "index.html", text: "new")])
        abandoned.abandon()
        XCTAssertEqual(try besides(output), ["Output"])
        do {
            let forgotten = try StagedOutput(outputDirectory: output).begin()
            try withExtendedLifetime(forgotten) {
                forgotten.write([OutputFile(path: "index.html", text: "new")])
                XCTAssertEqual(try besides(output).count, 2)
            }
        }
        XCTAssertEqual(try besides(output), ["Output"])
        XCTAssertEqual(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8), "old")
    }

    /// The link is broken only in the rendered site, so the pages were already being written when Check found it.
    func test_a_build_that_check_stops_leaves_the_previous_site_as_it_was() throws {
        let portal = try TestPortal(["Content/pages/about.md": "---\ntitle: About\n---\nSee [the dates](/schemes/test-scheme/).\n"])
        XCTAssertTrue(portal.build().wrote)
        let before = try portal.snapshot()
        try portal.write("Content/pages/about.md", "---\ntitle: About\n---\nSee [the dates](/schemes/test-schem/).\n")
        let outcome = portal.build()
        XCTAssertFalse(outcome.wrote)
        XCTAssertEqual(outcome.errors.count, 1, outcome.lines.joined(separator: "\n"))
        XCTAssertTrue(outcome.lines.first?.contains("goes to no page of the portal") ?? false, outcome.lines.joined(separator: "\n"))
        XCTAssertNil(outcome.writeFailure)
        XCTAssertEqual(try portal.snapshot(), before)
        XCTAssertEqual(try besides(portal.output).filter { $0.contains("Output") }, ["Output"])
    }

    /// A warning made while rendering (no base address, so no sitemap) stops a strict build after the pages were written.
    func test_a_strict_build_stopped_by_a_warning_from_rendering_leaves_the_previous_site() throws {
        let portal = try TestPortal()
        XCTAssertTrue(portal.build().wrote)
        let before = try portal.snapshot()
        let settings = try String(contentsOf: portal.root.appendingPathComponent("Content/portal.yaml"), encoding: .utf8)
        try portal.write("Content/portal.yaml", settings.split(separator: "\n").filter { !$0.hasPrefix("base_url:") }.joined(separator: "\n") + "\n")
        try portal.write("Content/pages/about.md", "---\ntitle: About\n---\nChanged.\n")
        let outcome = portal.build(strict: true)
        XCTAssertFalse(outcome.wrote)
        XCTAssertTrue(outcome.lines.contains { $0.contains("sitemap.xml is not written") }, outcome.lines.joined(separator: "\n"))
        XCTAssertEqual(try portal.snapshot(), before)
        XCTAssertEqual(try besides(portal.output).filter { $0.contains("Output") }, ["Output"])
    }
}
