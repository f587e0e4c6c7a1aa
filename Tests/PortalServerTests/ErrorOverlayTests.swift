import SchemePortal
import XCTest
@testable import PortalServer

/// The box of messages a page carries while the content has errors.
final class ErrorOverlayTests: XCTestCase {
    let error = Diagnostic(.gradeOffLadder, .error, at: SourceLocation(file: "Content/people/<x>.yaml", line: 4, column: 7),
                           "‘<script>alert(1)</script>’ is not a grade of the ladder", hint: "write one of ‘Grade 5’ & ‘Grade 6’",
                           sourceLine: "grade: <script>alert(1)</script>")

    func test_it_shows_the_place_the_line_with_its_caret_and_the_hint_all_escaped() {
        let html = ErrorOverlay.html([error], headingLevel: 2, overLastGoodSite: true)
        XCTAssertTrue(html.contains("Content/people/&lt;x&gt;.yaml:4:7"))
        XCTAssertTrue(html.contains("<strong style=\"color:#a4000f\">error:</strong>"))
        XCTAssertTrue(html.contains("grade: &lt;script&gt;alert(1)&lt;/script&gt;\n      ^</pre>"))
        XCTAssertTrue(html.contains("What to do: write one of ‘Grade 5’ &amp; ‘Grade 6’"))
        XCTAssertFalse(html.contains("<script>"), "content never runs as script in the overlay")
    }

    /// A message other problems follow from says so under it, outside the quoted line.
    func test_notes_are_shown_under_the_message_and_not_in_the_quoted_line() {
        var rooted = error
        rooted.notes = ["2 more problems follow from this one (in <a>.yaml); they go when it is fixed"]
        let html = ErrorOverlay.html([rooted], headingLevel: 2, overLastGoodSite: true)
        XCTAssertTrue(html.contains("\n      ^</pre>"), html)
        XCTAssertTrue(html.contains("<p style=\"margin:0\">Note: 2 more problems follow from this one (in &lt;a&gt;.yaml); they go when it is fixed</p>"), html)
    }

    func test_it_is_an_alert_region_with_a_heading_and_a_button_that_only_hides_it() {
        let html = ErrorOverlay.html([error, error], headingLevel: 2, overLastGoodSite: true)
        XCTAssertTrue(html.contains("role=\"alert\" aria-labelledby=\"portal-serve-errors-heading\""))
        XCTAssertTrue(html.contains("<h2 id=\"portal-serve-errors-heading\""))
        XCTAssertTrue(html.contains("The portal has 2 errors</h2>"))
        XCTAssertTrue(html.contains("<button type=\"button\" onclick=\"document.getElementById('portal-serve-errors').hidden = true\""))
        XCTAssertTrue(html.contains("max-width:100%"), "it fits a 375 px wide screen")
        XCTAssertTrue(html.contains("<pre tabindex=\"0\""), "a long line scrolls, and can be scrolled from the keyboard")
    }

    func test_a_long_list_is_cut_with_a_pointer_to_the_terminal() {
        let many = Array(repeating: error, count: ErrorOverlay.shownAtMost + 3)
        let html = ErrorOverlay.html(many, headingLevel: 2, overLastGoodSite: true)
        XCTAssertEqual(html.components(separatedBy: "<li ").count - 1, ErrorOverlay.shownAtMost)
        XCTAssertTrue(html.contains("3 more in the terminal"))
    }

    func test_the_page_without_a_good_build_is_a_whole_page_with_a_level_one_heading() {
        let page = String(decoding: ErrorOverlay.page([error]), as: UTF8.self)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("<h1 id=\"portal-serve-errors-heading\""))
        XCTAssertTrue(page.contains("has not yet built without errors"))
    }
}
