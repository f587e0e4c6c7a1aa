import XCTest
@testable import SchemePortal

/// The `portal` program as staff run it: exit status, messages on standard error, the summary line.
final class CommandLineTests: XCTestCase {
    private var executable: URL { PortalProgram.executable }

    private func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, out: String, err: String) {
        try PortalProgram.run(arguments, in: folder)
    }

    /// Runs the program with output going to files (so a full pipe cannot stall it), and stops it after
    /// `seconds`: a program that has not finished by then is reported as hanging (status nil).
    private func run(_ arguments: [String], in folder: URL, killAfter seconds: Double) throws -> (status: Int32?, out: String, err: String) {
        let outURL = folder.appendingPathComponent(".out-\(UUID().uuidString)")
        let errURL = folder.appendingPathComponent(".err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        try process.run()
        var status: Int32?
        if finished.wait(timeout: .now() + seconds) == .success {
            status = process.terminationStatus
        } else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        return (status, try String(contentsOf: outURL, encoding: .utf8), try String(contentsOf: errURL, encoding: .utf8))
    }

    func test_check_on_a_mistake_exits_1_and_prints_located_messages_with_a_caret() throws {
        let portal = try TestPortal(fixture: "seed-mistakes/open-2022-23")
        let result = try run(["check"], in: portal.root)
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("""
            Content/schemes/open-peer-mentoring/scheme.md:24:11: error: BST is not in force on 19 December 2022: UK clocks show GMT then; write GMT (or leave the zone out for UK time) [date-zone]
                    date: 12:00 BST, 19 December 2022
                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^
            """), result.err)
        XCTAssertTrue(result.out.hasPrefix("check failed: 5 errors, 1 warning"), result.out)
    }

    func test_build_writes_the_site_and_prints_a_summary() throws {
        let portal = try TestPortal()
        let result = try run(["build", "--today", "2023-01-10"], in: portal.root)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.hasPrefix("built "), result.out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: portal.output.appendingPathComponent("index.html").path))
    }

    func test_build_refuses_to_replace_the_users_own_folders_or_files_and_touches_nothing() throws {
        let portal = try TestPortal()
        FileManager.default.createFile(atPath: portal.root.appendingPathComponent("notes.txt").path, contents: Data("mine".utf8))
        let before = try TestPortal.files(under: portal.root, includingFolders: true)
        let cases: [(String, String)] = [
            (".", "error: refusing to build into ‘.’: it is the folder you are in"),
            ("Content", "error: refusing to build into ‘Content’: it is the content folder"),
            ("./Content/", "error: refusing to build into ‘./Content’: it is the content folder"),
            ("..", "error: refusing to build into ‘..’: it holds the content folder"),
            ("notes.txt", "error: refusing to build into ‘notes.txt’: it is a file, not a folder; name a folder for the site"),
            ("Content/schemes", "error: refusing to build into ‘Content/schemes’: it is inside the content folder"),
        ]
        for (output, message) in cases {
            let result = try run(["build", "--output", output], in: portal.root)
            XCTAssertEqual(result.status, 2, output)
            XCTAssertTrue(result.err.hasPrefix(message), result.err)
            XCTAssertEqual(result.out, "build refused: nothing was read or written\n")
            XCTAssertEqual(try TestPortal.files(under: portal.root, includingFolders: true), before, "a refused build into \(output) changed files")
        }
    }

    func test_timings_name_each_step_of_the_pipeline_in_order_with_its_time_and_counts() throws {
        let portal = try TestPortal()
        let result = try run(["build", "--timings", "--today", "2023-01-10"], in: portal.root)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.err.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.map { String($0.prefix(9)).trimmingCharacters(in: .whitespaces) }, ["load", "validate", "render", "check", "write"])
        XCTAssertTrue(lines[0].hasSuffix(" s  1 scheme, 0 pages, 0 people, 5 assets"), lines[0])
        let written = try portal.snapshot().count - 1
        XCTAssertTrue(lines[4].hasSuffix(" s  \(written) files into Output/, 0 of them unchanged"), lines[4])
        let again = try run(["build", "--timings", "--today", "2023-01-10"], in: portal.root)
        XCTAssertTrue(again.err.hasSuffix(" s  \(written) files into Output/, \(written) of them unchanged\n"), again.err)
        let check = try run(["check", "--timings", "--today", "2023-01-10"], in: portal.root)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertEqual(check.err.split(separator: "\n").map { String($0.prefix(9)).trimmingCharacters(in: .whitespaces) },
                       ["load", "validate", "render", "check"], "check stops before writing")
        try portal.write("Content/pages/about.md", "---\ntitle: About\n---\n![](https://example.org/x.png)\n")
        let failed = try run(["build", "--timings", "--strict", "--today", "2023-01-10"], in: portal.root)
        XCTAssertTrue(failed.err.contains("write          –   not run: the content has warnings (--strict)"), failed.err)
    }

    func test_inputs_prints_what_one_page_was_made_from_one_per_line_after_the_run() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let result = try run(["build", "--quiet", "--today", "2027-09-20", "--inputs", "/schemes/pilot/handbook/first-meeting/"],
                             in: portal.root)
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines, lines.sorted())
        for expected in ["file Content/schemes/pilot/handbook/first-meeting.md", "file Content/schemes/pilot/scheme.md",
                         "navigation", "settings", "template document", "template partials/footer"] {
            XCTAssertTrue(lines.contains(expected), "\(expected) is not in:\n\(result.out)")
        }
        XCTAssertTrue(FileManager.default.fileExists(atPath: portal.output.appendingPathComponent("index.html").path),
                      "the build itself still ran")
        let check = try run(["check", "--today", "2027-09-20", "--inputs", "calendar.ics"], in: portal.root)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertTrue(check.out.hasPrefix("checked "), check.out)
        XCTAssertTrue(check.out.hasSuffix("file Content/schemes/pilot/scheme.md\nsettings\ntoday\n"), check.out)
        // A check draws most profiles only in outline, but one asked about is drawn in full, templates and all.
        let profile = try run(["check", "--quiet", "--today", "2027-09-20", "--inputs", "people/ben-mentee/"], in: portal.root)
        XCTAssertEqual(profile.status, 0, profile.err)
        XCTAssertTrue(profile.out.contains("template person\n") && profile.out.contains("navigation\n"), profile.out)
    }

    func test_inputs_of_an_address_the_site_does_not_have_is_a_usage_error_with_a_suggestion() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let result = try run(["check", "--quiet", "--today", "2027-09-20", "--inputs", "schemes/pilot/handbok/"], in: portal.root)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.out, "")
        XCTAssertTrue(result.err.contains("error: --inputs: the site has no page or file at ‘schemes/pilot/handbok/’; did you mean ‘schemes/pilot/handbook/index.html’?"),
                      result.err)
    }

    func test_the_privacy_report_reads_no_templates_so_a_broken_layout_cannot_block_it() throws {
        let portal = try TestPortal(["Layouts/templates/base.mustache": "{{#unclosed}}\n"])
        XCTAssertEqual(try run(["check"], in: portal.root).status, 1, "the layout is broken for a build")
        let report = try run(["report", "privacy"], in: portal.root)
        XCTAssertEqual(report.status, 0, report.err)
        XCTAssertTrue(report.out.hasPrefix("Privacy report for Test portal"), report.out)
    }

    func test_strict_turns_warnings_into_failure() throws {
        let portal = try TestPortal(["Content/pages/about.md": "---\ntitle: About\n---\n![](https://example.org/x.png)\n"])
        XCTAssertEqual(try run(["check"], in: portal.root).status, 0)
        XCTAssertEqual(try run(["check", "--strict"], in: portal.root).status, 1)
    }

    #if os(Linux)
    /// The program allocates with mimalloc (Package.swift), which makes a large build about a sixth faster;
    /// asked to, mimalloc says so when the program starts. Without the link, glibc's allocator runs silently.
    func test_the_program_allocates_with_mimalloc() throws {
        let portal = try TestPortal()
        let result = try PortalProgram.run(["--version"], in: portal.root, environment: ["MIMALLOC_VERBOSE": "1"])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.err.contains("mimalloc: process init"), "the portal program does not use mimalloc: \(result.err)")
    }
    #endif

    func test_a_mistyped_command_is_a_usage_error_naming_the_command_meant() throws {
        let portal = try TestPortal()
        let result = try run(["buidl"], in: portal.root)
        XCTAssertEqual(result.status, 2, result.err)
        XCTAssertEqual(result.err, "error: ‘buidl’ is not a command of portal; did you mean ‘build’? (‘portal --help’ says what each does)\n")
        let unknown = try run(["publish", "--strict"], in: portal.root)
        XCTAssertEqual(unknown.status, 2, unknown.err)
        XCTAssertTrue(unknown.err.hasPrefix("error: ‘publish’ is not a command of portal; the commands are ‘build’, ‘check’,"), unknown.err)
        // What a command is given after it is the command's to read.
        XCTAssertEqual(try run(["help", "build"], in: portal.root).status, 0)
    }

    func test_a_wrong_option_is_a_usage_error_with_status_2() throws {
        let portal = try TestPortal()
        let result = try run(["build", "--today", "yesterday"], in: portal.root)
        XCTAssertEqual(result.status, 2, result.err)
        XCTAssertTrue(result.err.contains("--today must be a date written YYYY-MM-DD"), result.err)
    }

    func test_a_SOURCE_DATE_EPOCH_that_is_not_whole_seconds_is_a_usage_error_not_a_crash() throws {
        let portal = try TestPortal()
        for value in ["1e300", "inf", "yesterday"] {
            let process = Process()
            process.executableURL = executable
            process.arguments = ["check"]
            process.currentDirectoryURL = portal.root
            process.environment = ["SOURCE_DATE_EPOCH": value]
            let err = Pipe()
            process.standardError = err
            process.standardOutput = Pipe()
            try process.run()
            let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 2, value)
            XCTAssertTrue(message.contains("SOURCE_DATE_EPOCH must be a whole number of seconds"), message)
        }
    }

    func test_a_missing_content_folder_is_an_IO_problem_with_status_2_not_a_content_error() throws {
        let portal = try TestPortal()
        let missing = portal.root.appendingPathComponent("Contnet").path
        let check = try run(["check", "--content", "Contnet"], in: portal.root)
        XCTAssertEqual(check.status, 2, check.err)
        XCTAssertEqual(check.err, "error: the content folder ‘Contnet’ does not exist (looked for \(missing)); nothing was checked\n")
        XCTAssertEqual(check.out, "")
        let build = try run(["build", "--content", "Contnet"], in: portal.root)
        XCTAssertEqual(build.status, 2, build.err)
        XCTAssertEqual(build.err, "error: the content folder ‘Contnet’ does not exist (looked for \(missing)); nothing was built\n")
        let report = try run(["report", "privacy", "--content", "Contnet"], in: portal.root)
        XCTAssertEqual(report.status, 2, report.err)
        XCTAssertEqual(report.err, "error: the content folder ‘Contnet’ does not exist (looked for \(missing))\n")
    }

    func test_a_content_folder_that_is_a_file_and_a_layouts_folder_that_is_a_file_exit_2() throws {
        let portal = try TestPortal(["notes.txt": "not a folder\n"])
        let content = try run(["check", "--content", "notes.txt"], in: portal.root)
        XCTAssertEqual(content.status, 2, content.err)
        XCTAssertEqual(content.err, "error: the content folder ‘notes.txt’ is not a folder (\(portal.root.path)/notes.txt); nothing was checked\n")
        let layouts = try run(["check", "--layouts", "notes.txt"], in: portal.root)
        XCTAssertEqual(layouts.status, 2, layouts.err)
        XCTAssertEqual(layouts.err, "error: the layouts folder ‘notes.txt’ is not a folder (\(portal.root.path)/notes.txt); nothing was checked\n")
    }

    func test_a_named_pipe_or_dev_zero_in_the_content_is_reported_and_never_hangs_the_build() throws {
        let portal = try TestPortal()
        try portal.makeNamedPipe("Content/pages/pipe.md")
        try portal.makeNamedPipe("Layouts/assets/pipe.css")
        try portal.link("Content/people/zero.yaml", to: "/dev/zero")
        let result = try run(["build", "--today", "2023-01-10"], in: portal.root, killAfter: 20)
        XCTAssertNotNil(result.status, "the build was still running after 20 seconds, and was stopped")
        XCTAssertEqual(result.status, 1, result.err)
        let lines = result.err.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("portal explain") }
        XCTAssertEqual(lines, [
            "Content/pages/pipe.md:1:1: error: this is not a regular file (it is a named pipe), so it is not read; replace it with an ordinary file, or delete it [file-unreadable]",
            "Content/people/zero.yaml:1:1: error: this is not a regular file: it is a shortcut (symbolic link) to ‘/dev/zero’, which is a device, so it is not read; replace it with an ordinary file, or delete it [file-unreadable]",
            "Layouts/assets/pipe.css:1:1: error: this is not a regular file (it is a named pipe), so it is not read; replace it with an ordinary file, or delete it [file-unreadable]",
        ], result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: portal.output.path))
    }

    func test_every_subcommand_explains_itself_with_an_example() throws {
        let folder = FileManager.default.temporaryDirectory
        for command in ["build", "check"] {
            let result = try run([command, "--help"], in: folder)
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.out.contains("Example:"), "\(command) --help has no example")
        }
    }
}
