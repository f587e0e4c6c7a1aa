import XCTest
@testable import SchemePortal

final class DiagnosticPrinterTests: XCTestCase {
    func test_a_diagnostic_prints_like_a_compiler_with_a_caret_under_the_column() {
        let diagnostic = Diagnostic(.dateZone, .warning, at: SourceLocation(file: "Content/x.md", line: 3, column: 7), "BST is not in force",
                                    hint: "write GMT", sourceLine: "date: 12:00 BST, 19 December 2022", span: 27)
        XCTAssertEqual(DiagnosticPrinter().format(diagnostic), """
            Content/x.md:3:7: warning: BST is not in force; write GMT [date-zone]
                date: 12:00 BST, 19 December 2022
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^
            """)
        var unmeasured = diagnostic
        unmeasured.span = nil
        XCTAssertTrue(DiagnosticPrinter().format(unmeasured).hasSuffix("\n          ^"), "one caret until the span is known")
    }

    func test_a_very_long_line_is_clipped_around_the_column() {
        let line = String(repeating: "a", count: 5000) + "X" + String(repeating: "b", count: 5000)
        let diagnostic = Diagnostic(.yamlSyntax, .error, at: SourceLocation(file: "f", line: 1, column: 5001), "here", sourceLine: line)
        let printed = DiagnosticPrinter().format(diagnostic).split(separator: "\n")
        XCTAssertLessThan(printed[1].count, 120)
        let caretColumn = printed[2].count - 1
        XCTAssertEqual(Array(printed[1])[caretColumn], "X")
    }

    func test_diagnostics_are_ordered_by_file_line_and_column() {
        let a = Diagnostic.error(.yamlSyntax, "a", at: SourceLocation(file: "b.md", line: 1))
        let b = Diagnostic.error(.yamlSyntax, "b", at: SourceLocation(file: "a.md", line: 9))
        let c = Diagnostic.error(.yamlSyntax, "c", at: SourceLocation(file: "a.md", line: 2))
        XCTAssertEqual(Diagnostic.ordered([a, b, c]).map(\.message), ["c", "b", "a"])
    }

    func test_suggestions_find_close_spellings_only() {
        XCTAssertEqual(Suggestion.closest(to: "organistion", in: ["organisation", "title"]), "organisation")
        XCTAssertEqual(Suggestion.closest(to: "base-url", in: ["base_url", "title"]), "base_url")
        XCTAssertNil(Suggestion.closest(to: "colour", in: ["organisation", "title"]))
        XCTAssertEqual(Suggestion.closest(to: "bio", in: ["biography", "name"]), "biography")
    }
}
