import XCTest
@testable import SchemePortal

/// FrontMatter: where the YAML ends and the Markdown begins, with line numbers counted from the top of the file.
final class FrontMatterTests: XCTestCase {
    private func split(_ text: String, required: Bool = true) -> FrontMatter {
        FrontMatter(file: SourceFile(displayPath: "p.md", text: text), required: required)
    }

    func test_the_body_starts_on_the_line_after_the_closing_dashes() {
        let matter = split("---\ntitle: T\nsummary: S\n---\nFirst line.\n")
        XCTAssertEqual(matter.diagnostics, [])
        XCTAssertEqual(matter.body.source, "First line.\n")
        XCTAssertEqual(matter.body.location, SourceLocation(file: "p.md", line: 5, column: 1))
        XCTAssertNotNil(matter.yaml?.root)
    }

    func test_YAML_problems_are_located_at_their_line_in_the_file_not_in_the_block() {
        let matter = split("---\ntitle: T\ntitle: Again\n---\nText.\n")
        XCTAssertEqual(matter.diagnostics.map(\.description), [
            "p.md:3:1: error: the key ‘title’ is given twice in the same place; keep one of them",
        ])
    }

    func test_three_dots_close_the_front_matter_and_trailing_spaces_are_forgiven() {
        XCTAssertEqual(split("--- \ntitle: T\n...\nBody").body.source, "Body")
        XCTAssertEqual(split("---\ntitle: T\n---\t \nBody").body.source, "Body")
    }

    func test_a_page_without_front_matter_is_an_error_only_where_front_matter_is_required() {
        XCTAssertEqual(split("# Just text\n").diagnostics.map(\.description), [
            "p.md:1:1: error: the file has no front matter; start it with a line ‘---’, the keys (such as ‘title: …’), and another ‘---’",
        ])
        let optional = split("# Just text\n", required: false)
        XCTAssertEqual(optional.diagnostics, [])
        XCTAssertNil(optional.yaml)
        XCTAssertEqual(optional.body.source, "# Just text\n")
        XCTAssertEqual(optional.body.location, SourceLocation(file: "p.md", line: 1, column: 1))
    }

    func test_unclosed_front_matter_is_an_error_at_the_first_line_and_nothing_is_published_as_body() {
        let matter = split("---\ntitle: T\nText that was meant as the body.\n")
        XCTAssertEqual(matter.diagnostics.map(\.description), [
            "p.md:1:1: error: the front matter is not closed; add a line ‘---’ after its last key, before the text",
        ])
        XCTAssertEqual(matter.body.source, "")
    }

    func test_a_horizontal_rule_later_in_the_body_is_not_taken_for_front_matter() {
        let matter = split("---\ntitle: T\n---\nAbove.\n\n---\n\nBelow.\n")
        XCTAssertEqual(matter.diagnostics, [])
        XCTAssertEqual(matter.body.source, "Above.\n\n---\n\nBelow.\n")
    }
}
