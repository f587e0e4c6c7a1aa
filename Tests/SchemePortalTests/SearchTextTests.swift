import XCTest
@testable import SchemePortal

/// What the index reads of a page: the text of `<main>` by section, as a reader sees it.
final class SearchTextTests: XCTestCase {
    private func read(_ main: String, before: String = "<nav><a href=\"/\">Home</a></nav>") throws -> SearchText {
        try XCTUnwrap(SearchText(html: Array("<html><body>\(before)<main id=\"main\">\(main)</main><footer>Footer</footer></body></html>".utf8)))
    }

    func test_only_main_counts_and_the_text_is_cut_into_sections_at_its_headings() throws {
        let text = try read("""
            <h1>How it <em>works</em></h1>
            <p>Before any heading.</p>
            <h2 id="meetings">Meetings <a class="heading-anchor" href="#meetings" aria-label="Link to this section: Meetings">#</a></h2>
            <p>Meet once a month.</p>
            <h3 id="first">The first one</h3><ul><li>Bring</li><li>notes</li></ul>
            """)
        XCTAssertEqual(text.title, "How it works")
        XCTAssertEqual(text.sections, [
            .init(anchor: "", heading: "", text: "Before any heading."),
            .init(anchor: "meetings", heading: "Meetings", text: "Meet once a month."),
            .init(anchor: "first", heading: "The first one", text: "Bring notes"),
        ])
    }

    func test_navigation_scripts_forms_and_hidden_text_are_left_out() throws {
        let text = try read("""
            <h1>Key dates</h1>
            <nav class="scheme-nav"><ul><li>Overview</li></ul></nav>
            <script>var secret = 1;</script><form><label>Search</label></form>
            <p>Visible<span class="visually-hidden"> for screen readers</span><span class="print-note" hidden> (see Matching)</span>.</p>
            <div aria-hidden="true">decoration</div>
            <p class="key-date-actions"><a href="x.ics">Add to calendar</a></p>
            <nav><nav>nested</nav> still navigation</nav><p>After.</p>
            """)
        XCTAssertEqual(text.sections.map(\.text), ["Visible. After."])
    }

    func test_inline_elements_join_words_and_block_elements_part_them() throws {
        let text = try read("<h1>T</h1><p><strong>Men</strong>tor</p><p>one</p><p>two<br>three</p>")
        XCTAssertEqual(text.sections.map(\.text), ["Mentor one two three"])
    }

    func test_character_references_are_read_back_as_characters() throws {
        let text = try read("<h1>Q&amp;A</h1><p>&quot;chemistry&quot; &lt;meeting&gt; &#8211; &#x2014; caf&eacute;</p>")
        XCTAssertEqual(text.title, "Q&A")
        // An unknown name is left as written rather than guessed.
        XCTAssertEqual(text.sections.first?.text, "\"chemistry\" <meeting> – — caf&eacute;")
    }

    func test_a_page_without_main_has_no_text() {
        XCTAssertNil(SearchText(html: Array("<html><body><p>No main</p></body></html>".utf8)))
    }

    func test_a_broken_tag_at_the_end_does_not_hang_or_crash() throws {
        let text = try XCTUnwrap(SearchText(html: Array("<main><h1>Title</h1><p>Text <a href=\"x".utf8)))
        XCTAssertEqual(text.title, "Title")
    }
}
