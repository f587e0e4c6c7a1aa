import XCTest
@testable import SchemePortal

/// `portal new`, `portal add-scheme` and the help, as staff meet them: what is printed, the exit status,
/// and the files left behind.
final class StarterCommandLineTests: XCTestCase {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schemeportal-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    /// Runs the program with only the environment given (no COLUMNS or SOURCE_DATE_EPOCH from the shell).
    private func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try PortalProgram.run(arguments, in: folder, environment: environment)
    }

    static let madeDemo = """
        Made a new portal in demo/:
          Content/portal.yaml                                        the portal's settings
          Content/schemes/staff-mentoring/scheme.md                  the scheme
          Content/schemes/staff-mentoring/people.yaml                its people
          Content/schemes/staff-mentoring/handbook/first-meeting.md  a handbook page
          Content/schemes/staff-mentoring/toolkit/agreement.md       a toolkit page
          Layouts/README.md                                          your changes to the look
          .gitignore                                                 keeps Output/ out of git

        Next steps:
          cd demo
          portal build
        then open Output/index.html in a browser. Each file explains itself in
        comments: change one, run portal build again, and reload the page.
        portal check lists every problem without building.

        """

    func test_new_prints_what_it_made_and_the_next_steps_and_the_portal_checks_clean() throws {
        let folder = try temporaryFolder()
        let made = try run(["new", "demo", "--today", "2027-03-01"], in: folder)
        XCTAssertEqual(made.status, 0, made.err)
        XCTAssertEqual(made.out, Self.madeDemo)
        XCTAssertEqual(made.err, "")
        let check = try run(["check", "--strict", "--today", "2027-03-01"], in: folder.appendingPathComponent("demo"))
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertEqual(check.err, "")
        XCTAssertTrue(check.out.hasPrefix("checked "), check.out)
        XCTAssertTrue(check.out.hasSuffix("; 0 errors, 0 warnings\n"), check.out)
        let report = try run(["report", "privacy"], in: folder.appendingPathComponent("demo"))
        XCTAssertTrue(report.out.contains("alex-placeholder: nothing is published (no consent to publish their name)\n"), report.out)
    }

    func test_new_refuses_a_folder_that_is_not_empty_or_a_file_with_status_2() throws {
        let folder = try temporaryFolder()
        XCTAssertEqual(try run(["new", "demo", "--today", "2027-03-01"], in: folder).status, 0)
        let before = try TestPortal.files(under: folder, includingFolders: true)
        let again = try run(["new", "demo/", "--today", "2027-09-01"], in: folder)
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.out, "")
        XCTAssertEqual(again.err, "error: refusing to make a portal in ‘demo’: the folder is not empty; name a new folder, such as ‘portal new my-portal’, or empty this one first\n")
        let file = try run(["new", "demo/.gitignore"], in: folder)
        XCTAssertEqual(file.status, 2)
        XCTAssertEqual(file.err, "error: refusing to make a portal at ‘demo/.gitignore’: it is a file, not a folder; name a new folder, such as ‘portal new my-portal’\n")
        XCTAssertEqual(try TestPortal.files(under: folder, includingFolders: true), before, "a refused portal new changed files")
        let missing = try run(["new"], in: folder)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("Missing expected argument '<path>'"), missing.err)
    }

    func test_new_takes_an_absolute_path_with_missing_parents_and_quotes_it_in_the_next_steps() throws {
        let folder = try temporaryFolder()
        let target = folder.appendingPathComponent("Mentoring portals/2027 round").path
        let made = try run(["new", target, "--today", "2027-03-01"], in: folder)
        XCTAssertEqual(made.status, 0, made.err)
        XCTAssertTrue(made.out.hasPrefix("Made a new portal in \(target)/:\n"), made.out)
        XCTAssertTrue(made.out.contains("\n  cd '\(target)'\n  portal build\n"), made.out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: target + "/Content/schemes/staff-mentoring/scheme.md"))
    }

    func test_two_portals_made_with_the_same_SOURCE_DATE_EPOCH_are_byte_identical() throws {
        let folder = try temporaryFolder()
        // 1 March 2027, 00:00 UTC.
        let epoch = ["SOURCE_DATE_EPOCH": "1803859200"]
        XCTAssertEqual(try run(["new", "one"], in: folder, environment: epoch).status, 0)
        XCTAssertEqual(try run(["new", "two", "--today", "2027-03-01"], in: folder).status, 0)
        let one = try TestPortal.files(under: folder.appendingPathComponent("one"))
        XCTAssertEqual(one, try TestPortal.files(under: folder.appendingPathComponent("two")))
        XCTAssertTrue(String(decoding: one["Content/schemes/staff-mentoring/scheme.md"] ?? Data(), as: UTF8.self)
            .contains("date: Monday 15 March 2027"))
        let wrong = try run(["new", "three"], in: folder, environment: ["SOURCE_DATE_EPOCH": "soon"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertTrue(wrong.err.contains("SOURCE_DATE_EPOCH must be a whole number of seconds"), wrong.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("three").path))
    }

    func test_add_scheme_adds_a_scheme_that_checks_clean_and_refuses_one_that_exists() throws {
        let folder = try temporaryFolder()
        XCTAssertEqual(try run(["new", "demo", "--today", "2027-03-01"], in: folder).status, 0)
        let demo = folder.appendingPathComponent("demo")
        let added = try run(["add-scheme", "Reverse mentoring", "--today", "2027-03-01"], in: demo)
        XCTAssertEqual(added.status, 0, added.err)
        XCTAssertEqual(added.out, """
            Added the scheme reverse-mentoring to Content/schemes/:
              Content/schemes/reverse-mentoring/scheme.md                  the scheme
              Content/schemes/reverse-mentoring/handbook/first-meeting.md  a handbook page
              Content/schemes/reverse-mentoring/toolkit/agreement.md       a toolkit page

            Next: fill in scheme.md (its comments say what each setting means), then
            run portal check to see what is left to do, and portal build.

            """)
        let check = try run(["check", "--strict", "--today", "2027-03-01"], in: demo)
        XCTAssertEqual(check.status, 0, check.err)
        XCTAssertEqual(check.err, "")

        let before = try TestPortal.files(under: demo, includingFolders: true)
        let again = try run(["add-scheme", "Reverse Mentoring"], in: demo)
        XCTAssertEqual(again.status, 2)
        XCTAssertEqual(again.out, "")
        XCTAssertEqual(again.err, "error: the scheme ‘reverse-mentoring’ already exists (Content/schemes/reverse-mentoring); choose another name, or edit that scheme's files\n")
        XCTAssertEqual(try TestPortal.files(under: demo, includingFolders: true), before)
    }

    func test_add_scheme_outside_a_portal_or_with_a_nameless_name_exits_2() throws {
        let folder = try temporaryFolder()
        let outside = try run(["add-scheme", "Pilot"], in: folder)
        XCTAssertEqual(outside.status, 2)
        XCTAssertEqual(outside.err, "error: there is no content folder ‘Content’ here (looked for \(folder.path)/Content); run portal add-scheme in the portal's folder (the one holding Content/), or name the content folder with --content\n")
        let nameless = try run(["add-scheme", "???"], in: folder)
        XCTAssertEqual(nameless.status, 2)
        XCTAssertEqual(nameless.err, "error: the name ‘???’ has no letters a–z or digits to make the scheme's address from; choose a name such as ‘Reverse mentoring’\n")
        XCTAssertEqual(try TestPortal.files(under: folder, includingFolders: true), [:])
    }

    func test_add_scheme_takes_the_content_folder_like_build() throws {
        let folder = try temporaryFolder()
        XCTAssertEqual(try run(["new", "demo", "--today", "2027-03-01"], in: folder).status, 0)
        let added = try run(["add-scheme", "Pilot", "--content", "demo/Content/", "--today", "2027-03-01"], in: folder)
        XCTAssertEqual(added.status, 0, added.err)
        XCTAssertTrue(added.out.hasPrefix("Added the scheme pilot to demo/Content/schemes/:\n  demo/Content/schemes/pilot/scheme.md "), added.out)
        let check = try run(["check", "--strict", "--content", "demo/Content", "--layouts", "demo/Layouts", "--today", "2027-03-01"], in: folder)
        XCTAssertEqual(check.status, 0, check.err)
    }

    // MARK: help

    static let helps = [[], ["build"], ["check"], ["serve"], ["report"], ["report", "privacy"], ["new"], ["add-scheme"], ["explain"], ["match"], ["rollover"]]

    func test_help_at_80_columns_breaks_lines_only_where_we_chose_and_never_runs_past_80() throws {
        let folder = try temporaryFolder()
        for command in Self.helps {
            let narrow = try run(command + ["--help"], in: folder, environment: ["COLUMNS": "80"])
            let wide = try run(command + ["--help"], in: folder, environment: ["COLUMNS": "300"])
            XCTAssertEqual(narrow.status, 0)
            // The argument parser wraps at the terminal's width wherever a line is too long, even inside
            // a phrase: at 80 columns, a help that it wrapped differs from the same help at 300.
            XCTAssertEqual(narrow.out, wide.out, "portal \(command.joined(separator: " ")) --help is wrapped by the parser at 80 columns")
            for line in narrow.out.split(separator: "\n") {
                XCTAssertLessThanOrEqual(line.count, 80, "portal \(command.joined(separator: " ")) --help: \(line)")
            }
        }
    }

    func test_portal_alone_says_how_to_start_and_every_command() throws {
        let result = try run([], in: try temporaryFolder())
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.contains("New here? ‘portal new my-portal’ makes a small portal to start from."), result.out)
        for command in ["portal new PATH", "portal check", "portal build", "portal serve", "portal add-scheme NAME", "portal report privacy",
                        "portal --generate-completion-script bash"] {
            XCTAssertTrue(result.out.contains(command), command)
        }
    }

    func test_the_new_commands_explain_themselves_with_an_example() throws {
        for command in ["new", "add-scheme"] {
            let result = try run([command, "--help"], in: try temporaryFolder())
            XCTAssertEqual(result.status, 0)
            XCTAssertTrue(result.out.contains("Example:\n  portal \(command) "), "\(command) --help has no example")
        }
    }

    func test_shell_completion_scripts_know_every_command() throws {
        for shell in ["bash", "zsh", "fish"] {
            let result = try run(["--generate-completion-script", shell], in: try temporaryFolder())
            XCTAssertEqual(result.status, 0, result.err)
            for command in ["build", "check", "serve", "report", "new", "add-scheme"] {
                XCTAssertTrue(result.out.contains(command), "the \(shell) completions do not know \(command)")
            }
        }
    }
}
