import XCTest
@testable import SchemePortal

/// The hostile cases a careless user or an attacker tries, each with what must happen. Cases that belong
/// to one feature live with its tests (links in MarkdownTests, YAML in YAMLLoadingTests, the output folder
/// in OutputFolderTests and BuildInterruptionTests); these are the ones that cross the whole build.
final class HostileInputTests: XCTestCase {
    private let scheme = TestPortal.minimalScheme

    private func check(_ files: [String: String]) throws -> [String] {
        try TestPortal(files).check().lines
    }

    func test_a_byte_order_mark_CRLF_and_lone_CR_line_ends_read_as_ordinary_text() throws {
        XCTAssertEqual(try check(["Content/portal.yaml": "\u{FEFF}" + TestPortal.minimalPortalFile]), [])
        XCTAssertEqual(try check(["Content/schemes/test-scheme/scheme.md": scheme.replacingOccurrences(of: "\n", with: "\r\n")]), [])
        XCTAssertEqual(try check(["Content/schemes/test-scheme/scheme.md": scheme.replacingOccurrences(of: "\n", with: "\r")]), [])
        // Locations still count lines as the editor shows them.
        let crlf = scheme.replacingOccurrences(of: "model: peer", with: "modle: peer").replacingOccurrences(of: "\n", with: "\r\n")
        let lines = try check(["Content/schemes/test-scheme/scheme.md": crlf])
        XCTAssertTrue(lines.contains("Content/schemes/test-scheme/scheme.md:5:1: error: unknown key ‘modle’ in the scheme; did you mean ‘model’?"), "\(lines)")
    }

    func test_a_NUL_byte_never_reaches_a_page() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": scheme.replacingOccurrences(of: "A scheme for tests.", with: "A scheme\u{0} for tests.")])
        let outcome = portal.build()
        XCTAssertTrue(outcome.wrote, "\(outcome.lines)")
        let written = try portal.snapshot()
        XCTAssertFalse(written.values.contains { $0.contains(0) }, "a NUL byte reached the output")
        XCTAssertTrue(try portal.read("schemes/test-scheme/index.html").contains("A scheme\u{FFFD} for tests."))
    }

    func test_a_file_far_over_the_size_limit_is_refused_without_being_read_whole() throws {
        let huge = String(repeating: "Lorem ipsum dolor sit amet. ", count: 2_000_000)
        let lines = try check(["Content/pages/huge.md": "---\ntitle: Huge\n---\n" + huge])
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix("Content/pages/huge.md:1:1: error:"), lines[0])
    }

    func test_an_alias_bomb_in_values_is_refused_quickly() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let started = Date()
        let lines = try check(["Content/portal.yaml": TestPortal.minimalPortalFile + "\n" + yaml])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30, "ten billion nodes must never be expanded")
        XCTAssertFalse(lines.isEmpty)
    }

    func test_ten_thousand_levels_of_nesting_are_refused_not_crashed() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let lines = try check(["Content/portal.yaml": TestPortal.minimalPortalFile + "\nfooter: " + deep + "\n"])
        XCTAssertEqual(lines, [
            "Content/portal.yaml:8:10: error: the YAML is nested too deeply to read safely; flatten the lists and mappings; content never needs this depth",
        ])
    }

    func test_impossible_dates_and_times_are_errors() throws {
        for date in ["30 February 2027", "2027-02-30", "25:00, 1 March 2027", "12:61, 1 March 2027", "0 March 2027"] {
            let text = scheme.replacingOccurrences(of: "sides:", with: "key_dates:\n  - label: Deadline\n    date: \(date)\nsides:")
            let lines = try check(["Content/schemes/test-scheme/scheme.md": text])
            XCTAssertTrue(lines.contains { $0.hasPrefix("Content/schemes/test-scheme/scheme.md:8:11: error:") }, "\(date): \(lines)")
        }
    }

    func test_script_in_any_text_field_is_escaped_on_every_page_and_script() throws {
        let payload = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>"
        let quoted = "\"\(payload.replacingOccurrences(of: "\"", with: "\\\""))\""
        let portal = try TestPortal([
            "Content/portal.yaml": TestPortal.minimalPortalFile.replacingOccurrences(of: "title: Test portal", with: "title: \(quoted)")
                + "\ndescription: \(quoted)\nfooter: \(quoted)\n",
            "Content/schemes/test-scheme/scheme.md": scheme
                .replacingOccurrences(of: "title: Test scheme", with: "title: \(quoted)")
                .replacingOccurrences(of: "summary: A scheme for tests.", with: "summary: \(quoted)")
                .replacingOccurrences(of: "organisers: [Test team]", with: "organisers: [\(quoted)]")
                .replacingOccurrences(of: "sides:", with: "key_dates:\n  - label: \(quoted)\n    date: 1 March 2027\nsides:")
                .replacingOccurrences(of: "name: Mentor", with: "name: \(quoted)"),
        ])
        let outcome = portal.build()
        XCTAssertTrue(outcome.wrote, "\(outcome.lines)")
        // Calendars are plain text that no calendar program runs as HTML; they are checked for injected lines below.
        for (path, data) in try portal.snapshot() where !path.hasSuffix(".ics") {
            let text = String(decoding: data, as: UTF8.self)
            XCTAssertFalse(text.contains("<script>alert"), path)
            XCTAssertFalse(text.contains("<img src=x"), path)
        }
    }

    func test_a_line_break_in_a_key_date_cannot_add_lines_to_a_calendar() throws {
        let text = scheme.replacingOccurrences(of: "sides:", with: """
            key_dates:
              - label: "Deadline\\r\\nBEGIN:VEVENT\\r\\nSUMMARY:Injected\\r\\nEND:VEVENT"
                date: 1 March 2027
            sides:
            """)
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": text])
        _ = portal.build()
        let calendars = try portal.snapshot().filter { $0.key.hasSuffix(".ics") }
        XCTAssertFalse(calendars.isEmpty)
        for (path, data) in calendars {
            let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
            XCTAssertFalse(lines.contains { $0.hasPrefix("SUMMARY:Injected") }, path)
            XCTAssertEqual(lines.filter { $0 == "BEGIN:VEVENT" }.count, lines.filter { $0 == "END:VEVENT" }.count, path)
        }
    }
}

/// What the file system can do to a build: a full disk, a folder that cannot change, many builds at once.
final class HostileFileSystemTests: XCTestCase {
    private func requireRoot() throws {
        try XCTSkipUnless(getuid() == 0, "mounting a small disk and making a folder immutable need root (CI runs as root)")
    }

    private func run(_ command: String, _ arguments: [String]) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = arguments
        try? process.run()
        process.waitUntilExit()
    }

    func test_a_full_disk_fails_the_build_with_status_2_and_keeps_the_previous_site() throws {
        try requireRoot()
        let portal = try TestPortal()
        let disk = portal.root.appendingPathComponent("SmallDisk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        run("/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.path])
        defer { run("/bin/umount", [disk.path]) }
        let first = try PortalProgram.run(["build", "--output", "SmallDisk/Output", "--today", "2023-01-10"], in: portal.root)
        try XCTSkipIf(first.status == 0, "the site fitted in 64 KiB")
        XCTAssertEqual(first.status, 2, first.err)
        XCTAssertTrue(first.err.contains("error: the site could not be written:"), first.err)
        XCTAssertTrue(first.err.contains("No space left on device"), first.err)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: disk.path), [], "nothing half-written is left")
    }

    func test_an_immutable_output_folder_fails_the_build_with_status_2_and_stays_as_it_was() throws {
        try requireRoot()
        let portal = try TestPortal()
        XCTAssertEqual(try PortalProgram.run(["build", "--today", "2023-01-10"], in: portal.root).status, 0)
        let before = try portal.snapshot()
        run("/usr/bin/chattr", ["+i", portal.output.path])
        defer { run("/usr/bin/chattr", ["-i", portal.output.path]) }
        let result = try PortalProgram.run(["build", "--today", "2023-01-11"], in: portal.root)
        XCTAssertEqual(result.status, 2, result.err)
        XCTAssertTrue(result.err.hasPrefix("error: the site could not be written:"), result.err)
        XCTAssertEqual(try portal.snapshot(), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: portal.root.path).sorted(), ["Content", "Output"])
    }

    func test_many_builds_at_once_into_one_folder_leave_one_complete_site_and_nothing_beside_it() throws {
        let portal = try TestPortal()
        let processes = (0..<20).map { _ in
            let process = Process()
            process.executableURL = PortalProgram.executable
            process.arguments = ["build", "--today", "2023-01-10", "--quiet"]
            process.currentDirectoryURL = portal.root
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        XCTAssertEqual(processes.map(\.terminationStatus), Array(repeating: 0, count: 20))
        let concurrent = try portal.snapshot()
        XCTAssertEqual(try PortalProgram.run(["build", "--today", "2023-01-10"], in: portal.root).status, 0)
        XCTAssertEqual(try portal.snapshot(), concurrent)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: portal.root.path).sorted(), ["Content", "Output"])
    }
}
