import XCTest
@testable import SchemePortal

/// How messages are printed for people (colours on a terminal, never with NO_COLOR) and for tools
/// (`--format json`: standard output holds one JSON array and nothing else).
final class MessageFormatTests: XCTestCase {
    func test_check_with_format_json_prints_only_a_json_array_of_every_message_on_standard_output() throws {
        let portal = try TestPortal(fixture: "seed-mistakes/open-2022-23")
        let text = try PortalProgram.run(["check", "--format", "json"], in: portal.root)
        XCTAssertEqual(text.status, 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(text.out.utf8))
        let messages = try XCTUnwrap(parsed as? [[String: Any]], text.out)
        XCTAssertEqual(messages.count, 6, text.out)
        XCTAssertEqual(messages.filter { $0["severity"] as? String == "error" }.count, 5)
        let bst = try XCTUnwrap(messages.first { ($0["message"] as? String)?.hasPrefix("BST is not in force on 19 December 2022") == true })
        XCTAssertEqual(bst["file"] as? String, "Content/schemes/open-peer-mentoring/scheme.md")
        XCTAssertEqual(bst["hint"] as? String, "write GMT (or leave the zone out for UK time)")
        XCTAssertEqual(bst["line"] as? String, "    date: 12:00 BST, 19 December 2022")
        XCTAssertEqual(bst["notes"] as? [String], [])
        let range = try XCTUnwrap(bst["range"] as? [String: [String: Int]])
        XCTAssertEqual(range["start"], ["line": 24, "column": 11])
        XCTAssertEqual(range["end"], ["line": 24, "column": 38], "the whole date is underlined")
        XCTAssertEqual(bst["code"] as? String, "date-zone")
        // Every object has every key, null where there is nothing to say.
        for message in messages {
            XCTAssertEqual(Set(message.keys), ["code", "severity", "file", "range", "message", "hint", "notes", "line"])
        }
        // The summary, for people watching a CI log, is on standard error.
        XCTAssertTrue(text.err.hasPrefix("check failed: 5 errors, 1 warning"), text.err)
        XCTAssertFalse(text.err.contains("BST is not in force"), "the messages are in the JSON only")
    }

    func test_a_clean_build_with_format_json_prints_an_empty_array_and_writes_the_site() throws {
        let portal = try TestPortal()
        let result = try PortalProgram.run(["build", "--format", "json", "--today", "2023-01-10"], in: portal.root)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(result.out, "[]\n")
        XCTAssertTrue(result.err.hasPrefix("built "), result.err)
    }

    func test_format_json_with_inputs_is_a_usage_error() throws {
        let portal = try TestPortal()
        let result = try PortalProgram.run(["check", "--format", "json", "--inputs", "index.html"], in: portal.root)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.err.contains("--inputs prints text, and --format json keeps standard output for JSON"), result.err)
    }

    func test_colours_only_on_a_terminal_and_never_with_NO_COLOR_or_a_dumb_terminal() {
        XCTAssertTrue(DiagnosticPrinter.coloursWanted(environment: [:], isTerminal: true))
        XCTAssertFalse(DiagnosticPrinter.coloursWanted(environment: [:], isTerminal: false))
        XCTAssertFalse(DiagnosticPrinter.coloursWanted(environment: ["NO_COLOR": "1"], isTerminal: true))
        XCTAssertTrue(DiagnosticPrinter.coloursWanted(environment: ["NO_COLOR": ""], isTerminal: true), "NO_COLOR set but empty does not count")
        XCTAssertFalse(DiagnosticPrinter.coloursWanted(environment: ["TERM": "dumb"], isTerminal: true))
    }

    func test_coloured_messages_keep_every_word_of_the_plain_ones() {
        var diagnostic = Diagnostic(.gradeOffLadder, .error, at: SourceLocation(file: "Content/a.yaml", line: 3, column: 5), "the grade is unknown",
                                    hint: "use Grade 7", sourceLine: "    grade: G7")
        diagnostic.notes = ["1 more problem follows from this one"]
        let plain = DiagnosticPrinter().format(diagnostic)
        let coloured = DiagnosticPrinter(colours: true).format(diagnostic)
        XCTAssertTrue(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"), coloured)
        XCTAssertEqual(coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression), plain)
        XCTAssertFalse(plain.contains("\u{1B}"))
    }
}

extension MessageFormatTests {
    func test_a_format_that_is_neither_text_nor_json_is_a_usage_error() throws {
        let portal = try TestPortal()
        let result = try PortalProgram.run(["check", "--format", "xml"], in: portal.root)
        XCTAssertNotEqual(result.status, 0)
        XCTAssertTrue(result.err.contains("--format must be text or json"), result.err)
    }
}

/// Words staff can act on (issue 13): how drafts work, and what a failed build did to a folder.
final class PlainWordsTests: XCTestCase {
    func test_a_draft_key_says_how_drafts_work() throws {
        let portal = try TestPortal(["Content/pages/about.md": "---\ntitle: About\ndraft: true\n---\nText.\n"])
        let outcome = portal.check()
        XCTAssertTrue(outcome.lines.contains("Content/pages/about.md:3:1: error: unknown key ‘draft’ in the page; to keep a page or scheme out of the portal while it is a draft, start its file or folder name with ‘_’ (‘_about.md’) instead"),
                      "\(outcome.lines)")
    }

    func test_a_failed_build_says_nothing_was_written_when_there_was_no_output_folder_and_left_as_it_was_when_there_was() throws {
        let portal = try TestPortal(["Content/pages/about.md": "---\ntitle: About\n---\nSee [nowhere](/no-such-page/).\n"])
        let first = try PortalProgram.run(["build", "--today", "2023-01-10"], in: portal.root)
        XCTAssertEqual(first.status, 1)
        XCTAssertTrue(first.out.hasPrefix("build failed: 1 error, 0 warnings; nothing was written ("), first.out)
        try FileManager.default.createDirectory(at: portal.root.appendingPathComponent("Output"), withIntermediateDirectories: true)
        let second = try PortalProgram.run(["build", "--today", "2023-01-10"], in: portal.root)
        XCTAssertTrue(second.out.hasPrefix("build failed: 1 error, 0 warnings; Output/ was left as it was ("), second.out)
    }
}

extension MessageFormatTests {
    func test_format_json_prints_no_array_when_the_content_cannot_be_read_at_all() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("json-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try PortalProgram.run(["check", "--format", "json"], in: folder)
        XCTAssertEqual(result.status, 2, result.err)
        XCTAssertEqual(result.out, "", "an empty array would say there were no problems")
        XCTAssertTrue(result.err.contains("error: "), result.err)
    }
}
