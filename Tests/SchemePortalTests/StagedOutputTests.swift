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

    func test_two_files_at_one_address_or_an_unsafe_address_are_reported_before_writing() {
        let location = SourceLocation(file: "Content/portal.yaml")
        let files = [OutputFile(path: "a/index.html", text: "1"), OutputFile(path: "a/index.html", text: "2"),
                     OutputFile(path: "b//index.html", text: "3")]
        XCTAssertEqual(SiteRenderer.checkPaths(files, at: location).map(\.message), [
            "two pages would be written to a/index.html",
            "‘b//index.html’ cannot be written inside the output folder",
        ])
    }

    func test_the_gitkeep_placeholder_is_kept() throws {
        let output = try temporaryFolder().appendingPathComponent("Output")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: output.appendingPathComponent(".gitkeep").path, contents: Data())
        try StagedOutput(outputDirectory: output).write([OutputFile(path: "index.html", text: "x")])
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
    }
}
