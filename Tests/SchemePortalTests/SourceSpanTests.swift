import XCTest
@testable import SchemePortal

/// The carets underline the whole of what a message is about, read off the quoted line.
final class SourceSpanTests: XCTestCase {
    private func underlined(_ line: String, at column: Int, file: String = "Content/people/a.yaml") -> String {
        let scalars = Array(line.unicodeScalars)
        let span = SourceSpan.guess(line, column: column, file: file)
        return String(String.UnicodeScalarView(scalars[(column - 1)..<(column - 1 + span)]))
    }

    func test_a_plain_value_is_underlined_to_the_end_of_the_line_but_not_its_comment() {
        XCTAssertEqual(underlined("    grade: Grade 99", at: 12), "Grade 99")
        XCTAssertEqual(underlined("    grade: UE11   # from HR", at: 12), "UE11")
    }

    func test_a_key_ends_at_its_colon() {
        XCTAssertEqual(underlined("consnet: [name]", at: 1), "consnet")
    }

    func test_an_item_of_a_list_in_brackets_is_underlined_alone() {
        XCTAssertEqual(underlined("    partners: [jonah-pryor, kirsty-vane, nell-brewin]", at: 42), "nell-brewin")
        XCTAssertEqual(underlined("    partners: [jonah-pryor, kirsty-vane]", at: 15), "[jonah-pryor, kirsty-vane]")
    }

    func test_quoted_values_to_their_closing_quote_and_an_unclosed_quote_alone() {
        XCTAssertEqual(underlined("name: \"Ada Lovelace\" # x", at: 7), "\"Ada Lovelace\"")
        XCTAssertEqual(underlined("name: \"Ada Lovelace", at: 7), "\"")
    }

    func test_markdown_links_whole_and_words_in_running_text_alone() {
        let line = "Read [how matching works](../matchng/) first, then meet."
        XCTAssertEqual(underlined(line, at: 6, file: "Content/pages/a.md"), "[how matching works](../matchng/)")
        XCTAssertEqual(underlined(line, at: 1, file: "Content/pages/a.md"), "Read")
        XCTAssertEqual(underlined("## Handbook  ", at: 1, file: "Content/pages/a.md"), "## Handbook")
    }

    func test_a_tab_is_underlined_as_itself_and_a_column_past_the_end_gets_one_caret() {
        XCTAssertEqual(underlined("\t- Library Services", at: 1), "\t")
        XCTAssertEqual(SourceSpan.guess("abc", column: 9, file: "a.yaml"), 1)
    }
}
