import Mustache
import XCTest
@testable import SchemePortal

/// HTML escaping in one pass over UTF-8, with swift-mustache's table, and where a partial's indentation goes.
final class TemplateOutputTests: XCTestCase {
    private func escaped(_ text: String) -> String {
        var output = TemplateOutput(capacity: 0)
        output.appendEscaped(text)
        return String(decoding: output.bytes, as: UTF8.self)
    }

    private func swiftMustache(_ text: String) throws -> String {
        try MustacheTemplate(string: "{{x}}").render(["x": text])
    }

    func test_every_special_character_is_escaped_as_swift_mustache_escapes_it() throws {
        XCTAssertEqual(escaped("&<>\"'"), "&amp;&lt;&gt;&quot;&#39;")
        for text in ["&", "<", ">", "\"", "'", "a&b<c>d\"e'f", "&amp; is already escaped", "<<>>", "", "plain text",
                     "/ = ` { } \\ ; :", "tab\tline\nreturn\r\nend", "\u{0}\u{1}\u{7F}"] {
            XCTAssertEqual(escaped(text), try swiftMustache(text), text)
        }
    }

    func test_text_that_is_not_ascii_passes_through_unchanged() throws {
        for text in ["Zoë", "naïve café", "日本語のテキスト", "👩‍💻 & 👨‍👩‍👧", "Ünïcödé <b>", "\u{1F1EC}\u{1F1E7}", "e\u{301}", "‘quotes’ – dash"] {
            XCTAssertEqual(escaped(text), try swiftMustache(text), text)
        }
        XCTAssertEqual(escaped("日本 & 語"), "日本 &amp; 語")
    }

    /// swift-mustache looks whole Characters up in its table, so a `"` joined to a combining mark is not
    /// escaped, and could end an attribute. Ours escapes every one: the one place the engines differ.
    func test_a_special_character_joined_to_a_combining_mark_is_escaped_too() throws {
        XCTAssertEqual(try swiftMustache("\"\u{301}"), "\"\u{301}")
        XCTAssertEqual(escaped("\"\u{301}"), "&quot;\u{301}")
        XCTAssertEqual(escaped("<\u{338}"), "&lt;\u{338}")
    }

    func test_a_line_ends_with_a_line_feed_but_not_with_a_carriage_return_and_line_feed() {
        var output = TemplateOutput(capacity: 0)
        output.append("ab\n")
        XCTAssertTrue(output.endsLine(since: 0))
        XCTAssertTrue(output.endsLine(since: 2))
        XCTAssertFalse(output.endsLine(since: 3), "nothing written since")
        output.append("c\r\n")
        XCTAssertFalse(output.endsLine(since: 0))
        XCTAssertTrue(output.endsLine(since: 5), "a lone \\n since the start counts")
        output.append("d")
        XCTAssertFalse(output.endsLine(since: 0))
    }
}
