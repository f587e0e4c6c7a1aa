import XCTest
@testable import SchemePortal

/// The progress line of a long build: on a terminal, redrawn in place and cleared before the report;
/// never in piped or redirected output. The one-second wait is set to none here, so no test depends on
/// how long a build takes.
final class ProgressLineTests: XCTestCase {
    private let scriptTool = "/usr/bin/script"

    /// Runs the program on a pseudo-terminal (util-linux `script`), as a person at a terminal would.
    private func onTerminal(_ arguments: String, in folder: URL, environment: [String: String]) throws -> String {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: scriptTool), "needs util-linux script")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: scriptTool)
        process.arguments = ["-qec", "\(PortalProgram.executable.path) \(arguments)", "/dev/null"]
        process.currentDirectoryURL = folder
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func test_a_build_on_a_terminal_shows_what_it_is_doing_then_clears_the_line() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let screen = try onTerminal("build", in: portal.root, environment: ["SCHEMEPORTAL_PROGRESS_AFTER": "0", "TERM": "xterm"])
        XCTAssertTrue(screen.contains("\r\u{1B}[2Kbuilding: "), screen)
        XCTAssertTrue(screen.contains("making the pages"), screen)
        // The last thing before the report is the line being cleared, so the report starts on a clean line.
        let report = try XCTUnwrap(screen.range(of: "built "))
        XCTAssertTrue(screen[..<report.lowerBound].hasSuffix("\r\u{1B}[2K"), screen)
    }

    func test_check_shows_its_own_verb() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let screen = try onTerminal("check", in: portal.root, environment: ["SCHEMEPORTAL_PROGRESS_AFTER": "0", "TERM": "xterm"])
        XCTAssertTrue(screen.contains("\r\u{1B}[2Kchecking: "), screen)
    }

    func test_piped_output_a_dumb_terminal_and_quiet_get_no_progress_line() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let piped = try PortalProgram.run(["build"], in: portal.root)
        XCTAssertFalse((piped.out + piped.err).contains("\u{1B}["), piped.err)
        let dumb = try onTerminal("build", in: portal.root, environment: ["SCHEMEPORTAL_PROGRESS_AFTER": "0", "TERM": "dumb"])
        XCTAssertFalse(dumb.contains("\u{1B}["), dumb)
        let quiet = try onTerminal("build --quiet", in: portal.root, environment: ["SCHEMEPORTAL_PROGRESS_AFTER": "0", "TERM": "xterm"])
        XCTAssertFalse(quiet.contains("\u{1B}["), quiet)
    }
}
