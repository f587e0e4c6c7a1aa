import XCTest
@testable import SchemePortal

/// BodySections: which `##` headings become section pages, what stays in the introduction, and where each starts.
final class BodySectionsTests: XCTestCase {
    /// The body as it follows a front matter that ends on line 3.
    private func sections(_ body: String) -> BodySections {
        let text = "---\ntitle: S\n---\n" + body
        let file = SourceFile(displayPath: "s.md", text: text)
        return BodySections(body: MarkdownText(body, at: file.location(line: 4, column: 1)), file: file)
    }

    func test_each_level_two_heading_starts_a_section_at_its_line() {
        let split = sections("Intro.\n\n## How it works\nText.\n### A detail\nMore.\n## Evaluation ##\nLast.\n")
        XCTAssertEqual(split.introduction?.source, "Intro.\n")
        XCTAssertEqual(split.introduction?.location, SourceLocation(file: "s.md", line: 4, column: 1))
        XCTAssertEqual(split.sections.map(\.title), ["How it works", "Evaluation"], "closing #s are not part of the title")
        XCTAssertEqual(split.sections.map(\.slug), ["how-it-works", "evaluation"])
        XCTAssertEqual(split.sections.map(\.location), [SourceLocation(file: "s.md", line: 6, column: 1),
                                                        SourceLocation(file: "s.md", line: 10, column: 1)])
        XCTAssertEqual(split.sections.map(\.body.location), [SourceLocation(file: "s.md", line: 7, column: 1),
                                                             SourceLocation(file: "s.md", line: 11, column: 1)])
        XCTAssertEqual(split.sections[0].body.source, "Text.\n### A detail\nMore.", "a level-three heading stays inside its section")
        XCTAssertEqual(split.sections[0].sourceLine, "## How it works")
    }

    func test_headings_inside_code_fences_of_either_kind_do_not_split_the_body() {
        let split = sections("## Example\n```\n## not a heading\n```\n~~~\n## nor this\n```\n## nor this either\n~~~\n## Real\nText.\n")
        XCTAssertEqual(split.sections.map(\.title), ["Example", "Real"])
        XCTAssertTrue(split.sections[0].body.source.contains("## nor this either"), split.sections[0].body.source)
    }

    func test_a_longer_fence_is_closed_only_by_one_at_least_as_long() {
        let split = sections("````\n```\n## inside\n````\n## Outside\n")
        XCTAssertEqual(split.sections.map(\.title), ["Outside"])
    }

    func test_hashes_without_a_space_or_at_another_level_are_not_section_headings() {
        let split = sections("#hashtag\n##nospace\n# Title\n### Deeper\n")
        XCTAssertEqual(split.sections.map(\.title), [])
        XCTAssertEqual(split.introduction?.source, "#hashtag\n##nospace\n# Title\n### Deeper\n")
    }

    func test_a_heading_that_makes_no_address_or_an_address_taken_already_gets_no_page() {
        let split = sections("## Evaluation\nOne.\n## Evaluation!\nTwo.\n## ***\nThree.\n##\nFour.\n")
        XCTAssertEqual(split.sections.map(\.slug), ["evaluation"])
        XCTAssertEqual(split.unpublished.map(\.title), ["Evaluation!", "***", ""])
        XCTAssertEqual(split.unpublished.map(\.location.line), [6, 8, 10])
    }

    func test_a_blank_introduction_is_no_introduction() {
        XCTAssertNil(sections("\n   \n## First\nText.\n").introduction)
        XCTAssertNil(sections("").introduction)
    }
}
