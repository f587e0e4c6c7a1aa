import Mustache
import XCTest
@testable import SchemePortal

/// Data prepared once for many pages renders exactly as the same data made per page, with our renderer and,
/// when a page falls back to it, with swift-mustache.
final class PreparedValueTests: XCTestCase {
    private let template = """
        {{#nav}}<a href="{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a>{{/nav}}
        {{site.title}} {{#sorted(words)}}{{.}},{{/sorted(words)}} {{^empty(none)}}never{{/empty(none)}}
        """
    private var context: [String: Any] {
        ["nav": [["url": "a/", "title": "A & B", "current": true], ["url": "b/", "title": "<C>", "current": false]],
         "site": ["title": "Portal"], "words": ["pear", "apple"], "none": [[String: Any]](),
         "person": ["tags": [String]()] as [String: Any], "tags": [String]()]
    }
    private var prepared: [String: Any] {
        context.mapValues { PreparedValue($0) as Any }
    }

    func test_prepared_data_renders_as_the_same_data_made_for_the_page() throws {
        guard case .compiled(let compiled) = TemplateParser.compile(template) else { return XCTFail("does not compile") }
        guard case .rendered(let plain)? = TemplateRenderer.render("main", in: ["main": compiled], context: context),
              case .rendered(let shared)? = TemplateRenderer.render("main", in: ["main": compiled], context: prepared) else {
            return XCTFail("not rendered")
        }
        XCTAssertEqual(String(decoding: shared, as: UTF8.self), String(decoding: plain, as: UTF8.self))
        XCTAssertTrue(String(decoding: shared, as: UTF8.self).contains(#"<a href="a/" aria-current="page">A &amp; B</a>"#))
    }

    func test_swift_mustache_is_given_the_data_the_values_were_made_from() throws {
        // Printing a list is what sends a page to swift-mustache.
        let mustache = try MustacheTemplate(string: template + " [{{sorted(person.tags)}}]")
        let theirs = mustache.render(PreparedValue.originals(in: prepared))
        XCTAssertEqual(theirs, mustache.render(context))
        // A page's data mixes prepared values and plain ones, which are looked into: an empty [String]
        // inside plain data must come out as it went in.
        var mixed = context
        mixed["nav"] = PreparedValue(context["nav"] as Any)
        XCTAssertEqual(mustache.render(PreparedValue.originals(in: mixed)), mustache.render(context))
        // A [String] stays a [String], so sorted() still sorts it.
        XCTAssertTrue(theirs.contains("apple,pear,"), theirs)
        // An empty [String] stays a [String] too: printing it sorted shows an empty list, not nothing.
        XCTAssertTrue(theirs.hasSuffix("[[]]"), theirs)
    }

    func test_data_ours_cannot_render_is_left_to_swift_mustache() {
        XCTAssertNil(PreparedValue(["when": 1.5] as [String: Any]).made)
    }
}
