import Foundation
import XCTest

/// `portal serve` run as a program: what it prints, how it stops, and its exit statuses.
final class ServeCommandTests: XCTestCase {
    var portal: ServePortal!

    override func setUpWithError() throws {
        portal = try ServePortal()
    }

    override func tearDown() {
        portal?.delete()
    }

    func stopsCleanly(on signal: Int32) async throws {
        let program = try ServeProgram(["serve", "--port", "0", "--today", "2027-09-20"], in: portal.root)
        await waitUntil("the address line") { program.standardOutput.contains("serving the portal at http://127.0.0.1:") }
        let address = program.standardOutput.split(separator: "\n").first { $0.hasPrefix("serving the portal at ") }
        let port = Int(address?.split(separator: ":").last?.prefix { $0.isNumber } ?? "") ?? 0
        // An open tab must not keep the server from stopping.
        let channel = try await RawHTTP(port: port).openEvents()
        defer { channel.close() }
        _ = try await channel.next()
        program.signal(signal)
        let status = await program.waitForExit()
        XCTAssertEqual(status, 0, program.standardError)
        XCTAssertTrue(program.standardOutput.hasPrefix("built in "), program.standardOutput)
        XCTAssertTrue(program.standardOutput.contains(": 32 pages; 0 errors, 0 warnings\n"), program.standardOutput)
        XCTAssertTrue(program.standardOutput.hasSuffix("(press Ctrl-C to stop)\nstopped\n"), program.standardOutput)
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.url("Output").path), "serve never writes Output/")
    }

    func test_ctrl_c_stops_it_cleanly_even_with_a_tab_open() async throws {
        try await stopsCleanly(on: SIGINT)
    }

    func test_sigterm_stops_it_cleanly_too() async throws {
        try await stopsCleanly(on: SIGTERM)
    }

    /// `--poll` watches by looking (for network drives and containers); `--timings` prints each build's
    /// steps, and a rebuild's render says how many pages it kept.
    func test_poll_notices_a_save_and_timings_show_what_the_rebuild_kept() async throws {
        let program = try ServeProgram(["serve", "--port", "0", "--today", "2027-09-20", "--poll", "--timings"], in: portal.root)
        await waitUntil("the address line") { program.standardOutput.contains("serving the portal at") }
        XCTAssertTrue(program.standardOutput.hasPrefix("watching Content/ and Layouts/ by checking them every 0.3 s: as --poll asks\n"),
                      program.standardOutput)
        XCTAssertTrue(program.standardError.contains("render "), program.standardError)
        try portal.replace("Content/schemes/pilot/people.yaml", "ten years", with: "eleven years")
        await waitUntil("the rebuild") { program.standardOutput.contains("rebuilt after a change to Content/schemes/pilot/people.yaml") }
        XCTAssertTrue(program.standardError.contains("; 32 pages rendered, 0 kept from the last build\n"), program.standardError)
        XCTAssertTrue(program.standardError.contains("; 3 pages rendered, 29 kept from the last build\n"), program.standardError)
        program.signal(SIGINT)
        let status = await program.waitForExit()
        XCTAssertEqual(status, 0)
    }

    func test_a_named_port_in_use_exits_2_with_a_message_naming_it() async throws {
        let (socket, busy) = try DevServerTests.occupyPort()
        defer { close(socket) }
        let program = try ServeProgram(["serve", "--port", String(busy), "--today", "2027-09-20"], in: portal.root)
        let status = await program.waitForExit()
        XCTAssertEqual(status, 2)
        XCTAssertTrue(program.standardError.contains("error: port \(busy) on 127.0.0.1 is already in use (by another program, or another portal serve); stop that program, or choose another port with --port"), program.standardError)
    }

    func test_a_content_folder_that_does_not_exist_exits_2_as_build_does() async throws {
        let program = try ServeProgram(["serve", "--content", "Contents", "--port", "0", "--today", "2027-09-20"], in: portal.root)
        let status = await program.waitForExit()
        XCTAssertEqual(status, 2)
        XCTAssertTrue(program.standardError.hasPrefix("error: the content folder ‘Contents’ does not exist"), program.standardError)
        XCTAssertTrue(program.standardError.hasSuffix("; nothing was served\n"), program.standardError)
        XCTAssertEqual(program.standardOutput, "")
    }

    func test_errors_at_the_start_are_printed_as_build_prints_them_and_it_serves_anyway() async throws {
        try portal.replace("Content/schemes/pilot/people.yaml", "    grade: Grade 8\n", with: "    grade: Grade 99\n")
        let program = try ServeProgram(["serve", "--port", "0", "--today", "2027-09-20"], in: portal.root)
        await waitUntil("the address line") { program.standardOutput.contains("serving the portal at") }
        await waitUntil("the message on standard error") { program.standardError.hasSuffix("^\n") }
        XCTAssertTrue(program.standardError.hasPrefix("Content/schemes/pilot/people.yaml:7:12: error: the grade ‘Grade 99’ is not on the ladder ‘staff’; did you mean ‘Grade 8’? [grade-off-ladder]\n        grade: Grade 99\n               ^^^^^^^^\n"), program.standardError)
        XCTAssertTrue(program.standardOutput.contains(": 1 error, 0 warnings; the browser shows them until the first good build\n"), program.standardOutput)
        program.signal(SIGINT)
        let status = await program.waitForExit()
        XCTAssertEqual(status, 0)
    }
}
