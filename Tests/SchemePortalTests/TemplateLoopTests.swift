import XCTest
@testable import SchemePortal

/// swift-mustache, which renders what the portal's own renderer does not take, has no limit on how deep
/// partials nest: a partial that includes itself would run the build out of stack and kill it. Templates
/// that can include each other in a loop are never given to it; the page's build stops with an error.
final class TemplateLoopTests: XCTestCase {
    private func footer() throws -> String {
        try String(contentsOf: TestPortal.repository.appendingPathComponent("Sources/SchemePortal/Theme/templates/partials/footer.mustache"),
                   encoding: .utf8)
    }

    func test_a_partial_that_includes_itself_when_swift_mustache_would_render_every_page_is_refused_at_load_not_a_crash() throws {
        let portal = try TestPortal(fixture: "golden-site")
        try portal.write("Layouts/templates/partials/loop.mustache", "{{#page}}{{> partials/loop}}{{/page}}")
        // A partial named by a value: only swift-mustache renders that, so it renders every page.
        try portal.write("Layouts/templates/partials/unused.mustache", "{{>*name}}")
        try portal.write("Layouts/templates/partials/footer.mustache", try footer() + "{{> partials/loop}}\n")
        let outcome = Build(configuration: portal.configuration()).run(until: .check)
        XCTAssertEqual(outcome.errors.map(\.location.file), ["Layouts/templates/partials/loop.mustache"], "\(outcome.lines)")
        let message = try XCTUnwrap(outcome.errors.first).message
        XCTAssertTrue(message.hasPrefix("these templates can include each other in a loop (partials/loop → partials/loop)"), message)
        XCTAssertTrue(message.contains("because Layouts/templates/partials/unused.mustache uses a partial named by a value"), message)
    }

    func test_a_page_whose_data_needs_swift_mustache_is_an_error_when_the_templates_can_loop() throws {
        let portal = try TestPortal(fixture: "golden-site")
        try portal.write("Layouts/templates/partials/loop.mustache", "{{#page}}{{> partials/loop}}{{/page}}")
        // A list printed as text: the portal's renderer leaves that page to swift-mustache.
        try portal.write("Layouts/templates/partials/footer.mustache", try footer() + "{{nav}}{{#never}}{{> partials/loop}}{{/never}}\n")
        let outcome = Build(configuration: portal.configuration()).run(until: .check)
        XCTAssertTrue(outcome.errors.contains { $0.message.contains("can include each other in a loop (partials/loop → partials/loop)") },
                      "\(outcome.lines)")
    }

    func test_the_loop_is_found_through_several_partials_and_templates_that_cannot_loop_have_none() {
        XCTAssertEqual(TemplateIncludes.loop(["a": "{{> b}}", "b": "{{#x}}{{> c}}{{/x}}", "c": "{{> a}}", "d": "{{> a}}"]), "a → b → c → a")
        XCTAssertNil(TemplateIncludes.loop(["a": "{{> b}}", "b": "{{> c}}", "c": "text", "d": "{{> a}}{{> c}}"]))
        XCTAssertEqual(TemplateIncludes.loop(["a": "{{>*name}}"]), "a → a")
    }

    func test_a_loop_among_trusted_templates_alone_does_not_count_and_one_through_a_layouts_template_does() {
        XCTAssertNil(TemplateIncludes.loop(["toc": "{{#items}}{{> toc}}{{/items}}"], trusted: ["toc"]))
        XCTAssertEqual(TemplateIncludes.loop(["toc": "{{#items}}{{> mine}}{{/items}}", "mine": "{{> toc}}"], trusted: ["toc"]),
                       "mine → toc → mine")
    }

    /// Its contents list includes itself, and ends with the portal's data: the theme is trusted.
    func test_the_built_in_theme_cannot_loop() throws {
        let (templates, diagnostics, _) = Templates.load(layoutsDirectory: nil, displayRoot: "Layouts")
        XCTAssertEqual(diagnostics, [])
        XCTAssertNil(try XCTUnwrap(templates).loop)
    }
}
