import XCTest
@testable import SchemePortal

/// SourceFile: any editor's line ends, a byte-order mark and NUL bytes read as plain lines; bad UTF-8 is located to the byte.
final class SourceFileTests: XCTestCase {
    func test_windows_and_old_mac_line_ends_and_a_byte_order_mark_read_as_plain_lines() {
        let file = SourceFile(displayPath: "a.md", text: "\u{FEFF}one\r\ntwo\rthree\n")
        XCTAssertEqual(file.text, "one\ntwo\nthree\n")
        XCTAssertEqual(file.line(1), "one")
        XCTAssertEqual(file.line(3), "three")
        XCTAssertEqual(file.line(4), "", "the empty line after the last line end still counts, as in an editor")
    }

    func test_lines_are_the_texts_lines_with_non_ASCII_text_and_a_final_line_break() {
        let file = SourceFile(displayPath: "a.md", text: "é one\n\n日本 three\n")
        XCTAssertEqual(file.lines, ["é one", "", "日本 three", ""])
        XCTAssertEqual(file.lineCount, 4)
        XCTAssertEqual(file.line(3), "日本 three")
        XCTAssertNil(file.line(5))
        XCTAssertEqual(SourceFile(displayPath: "b.md", text: "").lines, [""])
        XCTAssertEqual(SourceFile(displayPath: "c.md", text: "only").line(1), "only")
    }

    func test_a_NUL_byte_becomes_a_replacement_character() {
        XCTAssertEqual(SourceFile(displayPath: "a.md", text: "a\u{0}b").text, "a\u{FFFD}b")
    }

    func test_a_line_outside_the_file_is_nil_not_a_crash() {
        let file = SourceFile(displayPath: "a.md", text: "one\ntwo")
        XCTAssertNil(file.line(0))
        XCTAssertNil(file.line(3))
        XCTAssertNil(file.line(-5))
    }

    func test_a_diagnostic_quotes_only_its_own_line() {
        let file = SourceFile(displayPath: "Content/a.md", text: "first\nsecond\nthird")
        let diagnostic = file.diagnostic(.proseDate, .warning, line: 2, column: 3, "something")
        XCTAssertEqual(diagnostic.description, "Content/a.md:2:3: warning: something")
        XCTAssertEqual(diagnostic.sourceLine, "second")
    }

    func test_bad_UTF8_is_reported_at_the_line_and_column_of_the_first_bad_byte() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sourcefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("bad.md")
        // "é" and "€" are one column each however many bytes they take.
        try (Data("ok\nné€x".utf8) + Data([0xFF]) + Data("rest\n".utf8)).write(to: url)
        guard case .failure(let diagnostic) = SourceFile.read(url, displayPath: "Content/bad.md") else {
            return XCTFail("bad UTF-8 was read")
        }
        XCTAssertEqual(diagnostic.description,
                       "Content/bad.md:2:5: error: the file is not UTF-8 text (the first bad byte is here); save it as UTF-8 in your editor (‘Save with encoding’ → UTF-8)")
    }

    func test_a_file_that_is_missing_says_it_cannot_be_read() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("missing-\(UUID().uuidString).md")
        guard case .failure(let diagnostic) = SourceFile.read(url, displayPath: "Content/missing.md") else {
            return XCTFail("a missing file was read")
        }
        XCTAssertTrue(diagnostic.description.hasPrefix("Content/missing.md:1:1: error: this cannot be read ("), diagnostic.description)
        XCTAssertEqual(diagnostic.hint, "check that it exists and that you may read it")
    }
}
