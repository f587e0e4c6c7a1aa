import XCTest
@testable import SchemePortal

/// Suggestions that fit (issue 13, item 4): a table without a caption gets a caption made from its own header
/// row, in the project's caption syntax (a `Table:` line after the table), so no two tables get one wording.
final class TableCaptionTests: XCTestCase {
    private func warnings(_ markdown: String) -> [String] {
        MarkdownRenderer().render(MarkdownText(markdown, at: SourceLocation(file: "Content/page.md", line: 1, column: 1)),
                                  options: MarkdownOptions(), rewriteLink: { $0 }).diagnostics.map(\.description)
    }

    func test_each_table_is_offered_a_caption_from_its_own_header_row() {
        let page = """
            | Date | What happens |
            |------|--------------|
            | 1 May | Call opens |

            Some text.

            | Role | Grade | Example |
            |---|---|---|
            | Mentor | SEO | Ada |
            """
        XCTAssertEqual(warnings(page), [
            "Content/page.md:1:1: warning: table has no caption; add a line ‘Table: Date and what happens’ after the table, with a blank line between, and make it say what the table shows",
            "Content/page.md:7:1: warning: table has no caption; add a line ‘Table: Role, grade and example’ after the table, with a blank line between, and make it say what the table shows",
        ])
    }

    func test_the_suggested_caption_is_read_back_as_the_caption() {
        let hint = TableCaption.hint(for: ["Date", "What happens"])
        let line = try! XCTUnwrap(hint.split(separator: "‘").dropFirst().first?.split(separator: "’").first)
        XCTAssertEqual(warnings("| Date | What happens |\n|---|---|\n| 1 May | Opens |\n\n\(line)\n"), [],
                       "following the hint as written gives the table its caption")
    }

    func test_names_and_abbreviations_keep_their_capitals_mid_sentence() {
        XCTAssertEqual(TableCaption.suggested(from: ["Name", "Civil Service grade", "EoI deadline", "UK region"]),
                       "Name, Civil Service grade, EoI deadline and UK region")
        XCTAssertEqual(TableCaption.suggested(from: ["Step", "Who"]), "Step and who")
        XCTAssertEqual(TableCaption.suggested(from: ["Key dates"]), "Key dates")
    }

    func test_a_wide_table_names_its_first_columns_and_an_empty_header_row_none() {
        XCTAssertEqual(TableCaption.suggested(from: ["A1", "Bee", "Cee", "Dee", "Eee", "Eff"]), "A1, bee, cee, dee and more")
        XCTAssertNil(TableCaption.suggested(from: ["", " ", "—"]))
        XCTAssertEqual(TableCaption.hint(for: []), "add a line ‘Table: …’ after the table, with a blank line between, and make it say what the table shows")
    }
}
