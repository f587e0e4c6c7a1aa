import XCTest
@testable import SchemePortal

/// Which templates a page's rendering may use, read from the templates' sources: never fewer than it uses.
final class TemplateIncludesTests: XCTestCase {
    func test_a_template_reaches_its_parent_and_every_partial_through_any_depth() {
        let reach = TemplateIncludes.reach([
            "page": "{{< base}}{{$main}}{{>partials/card}}{{/main}}{{/base}}",
            "base": "<body>{{$main}}{{/main}}{{> partials/footer }}</body>",
            "partials/card": "{{#people}}{{> partials/badge}}{{/people}}",
            "partials/badge": "{{name}}",
            "partials/footer": "footer",
            "other": "{{> partials/unused}}",
            "partials/unused": "",
        ])
        XCTAssertEqual(reach["page"], ["page", "base", "partials/card", "partials/badge", "partials/footer"])
        XCTAssertEqual(reach["partials/badge"], ["partials/badge"])
    }

    func test_a_partial_named_only_in_a_section_or_a_comment_still_counts() {
        XCTAssertEqual(TemplateIncludes.references(in: "{{^empty}}{{>a}}{{/empty}}{{! {{>b}} }}"), ["a", "b"])
    }

    func test_a_name_that_cannot_be_read_statically_reaches_every_template() {
        let everything: Set<String> = ["dynamic", "delimiters", "x", "y"]
        let reach = TemplateIncludes.reach([
            "dynamic": "{{>*which}}",
            "delimiters": "{{=<% %>=}}<%> x%>",
            "x": "",
            "y": "",
        ])
        XCTAssertEqual(reach["dynamic"], everything)
        XCTAssertEqual(reach["delimiters"], everything)
    }

    func test_the_built_in_people_page_reaches_the_frame() throws {
        let (loaded, diagnostics, _) = Templates.load(layoutsDirectory: nil, displayRoot: "Layouts")
        let templates = try XCTUnwrap(loaded, diagnostics.map(\.description).joined(separator: "\n"))
        let used = templates.used(by: "people")
        // The person card is rendered on its own, once per person, and recorded by the directory pages
        // (PageInputsHonestyTests checks that a changed card rebuilds them).
        for name in ["people", "base", "partials/header", "partials/footer"] {
            XCTAssertTrue(used.contains(name), name)
        }
        XCTAssertFalse(used.contains("partials/key-date"))
    }
}
