import Mustache
import XCTest
@testable import SchemePortal

/// The compiler's outcomes: a template compiles, is left to swift-mustache (what ours does not do), is
/// refused as too deep before swift-mustache's recursive parser sees it, and names come out split.
final class TemplateParserTests: XCTestCase {
    private func nodes(_ text: String) -> [TemplateNode]? {
        guard case .compiled(let template) = TemplateParser.compile(text) else { return nil }
        return template.nodes
    }

    func test_names_are_split_once_with_their_transforms_in_the_order_they_apply() throws {
        let name = TemplateName("page.root", transforms: ["uppercased", "first"])
        XCTAssertEqual(name.root, .stack)
        XCTAssertEqual(name.parts, ["page", "root"])
        XCTAssertEqual(name.transforms, [.first, .uppercased])
        XCTAssertEqual(TemplateName(".", transforms: []).root, .current)
        XCTAssertEqual(TemplateName("", transforms: []).root, .current)
        XCTAssertEqual(TemplateName(".url", transforms: []), TemplateName(".url", transforms: []))
        XCTAssertEqual(TemplateName(".url", transforms: []).root, .anchored)
        XCTAssertEqual(TemplateName("", transforms: ["index"]).root, .sequence)
        XCTAssertEqual(TemplateName("a..b.", transforms: []).parts, ["a", "b"])
        XCTAssertEqual(TemplateName("x", transforms: ["frobnicate"]).transforms, [.unknown])
    }

    func test_a_tag_alone_on_its_line_takes_the_line_with_it() throws {
        let compiled = try XCTUnwrap(nodes("  {{#a}}  \nx\n  {{/a}}\n"))
        guard case .section(let name, let body, inverted: false)? = compiled.first, compiled.count == 1,
              case .text(let text)? = body.first, body.count == 1 else {
            return XCTFail("\(compiled)")
        }
        XCTAssertEqual(name.parts, ["a"])
        XCTAssertEqual(String(decoding: text, as: UTF8.self), "x\n")
    }

    func test_a_standalone_partial_keeps_its_indentation() throws {
        let compiled = try XCTUnwrap(nodes("  {{> p}}\n"))
        guard compiled.count == 2, case .partial("p", let indentation, _) = compiled[1] else { return XCTFail("\(compiled)") }
        XCTAssertEqual(indentation, Array("  ".utf8))
    }

    func test_dynamic_names_are_left_to_swift_mustache() {
        for text in ["{{>*name}}", "{{<*name}}{{/*name}}", "a\n{{#x}}{{> *name}}{{/x}}"] {
            guard case .unsupported(let what) = TemplateParser.compile(text) else { return XCTFail(text) }
            XCTAssertTrue(what.contains("named by a value"), what)
        }
    }

    func test_what_swift_mustache_refuses_is_malformed_here_too() {
        for text in ["{{#a}}", "{{#a}}{{/b}}", "{{name", "{{{name}}", "{{=<%=}}", "{{% CONTENT_TYPE: XML}}", "{{<p}}text{{/p}}x{{a(b}}",
                     "{{!never closed", "{{#a(b)}}{{/a}}", "a{"] {
            XCTAssertThrowsError(try MustacheTemplate(string: text), text)
            guard case .malformed = TemplateParser.compile(text) else { return XCTFail("not malformed: \(text)") }
        }
    }

    /// swift-mustache parses sections by recursion, one call per level: a hostile template nested a
    /// hundred thousand deep would crash it, so ours refuses that first, without recursing that deep.
    func test_nesting_deeper_than_the_limit_is_refused_before_anything_recurses_that_deep() throws {
        let depth = TemplateParser.maximumDepth
        let allowed = String(repeating: "{{#a}}", count: depth) + String(repeating: "{{/a}}", count: depth)
        XCTAssertNotNil(nodes(allowed))
        let tooDeep = String(repeating: "{{#a}}", count: depth + 1) + String(repeating: "{{/a}}", count: depth + 1)
        guard case .tooDeep = TemplateParser.compile(tooDeep) else { return XCTFail("not refused") }
        let hostile = String(repeating: "{{#a}}{{<b}}{{$c}}", count: 100_000)
        guard case .tooDeep = TemplateParser.compile(hostile) else { return XCTFail("not refused") }
    }

    func test_a_long_template_compiles_in_time_proportional_to_its_length() throws {
        let start = Date()
        let long = String(repeating: "<li>{{#a}}{{b}}{{/a}}{{! note }}{{> p}}</li>\n", count: 20_000)
        XCTAssertNotNil(nodes(long))
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }
}
