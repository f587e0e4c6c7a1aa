import XCTest
@testable import SchemePortal

/// HTMLText: text from the content can neither open a tag nor leave a quoted attribute.
final class HTMLTextTests: XCTestCase {
    func test_every_character_that_could_open_markup_or_close_an_attribute_is_escaped() {
        XCTAssertEqual(HTMLText.escape(#"<a href="x" title='y'>Tom & Jerry</a>"#),
                       "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;")
    }

    func test_an_entity_already_written_is_escaped_again_so_it_shows_as_written() {
        XCTAssertEqual(HTMLText.escape("&amp; &#39;"), "&amp;amp; &amp;#39;")
    }

    func test_other_text_including_accents_and_emoji_is_left_alone() {
        XCTAssertEqual(HTMLText.escape("Café – naïve 👩🏽‍🏫 ‘quoted’"), "Café – naïve 👩🏽‍🏫 ‘quoted’")
    }
}
