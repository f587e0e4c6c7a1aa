import XCTest
@testable import SchemePortal

/// Templates: the built-in theme, a Layouts/ file replacing its namesake, and every problem with a layout located.
final class TemplatesTests: XCTestCase {
    private func load(_ files: [String: String]) throws -> (Templates?, [String], InputFolderProblem?) {
        let portal = try TestPortal(files, withDefaults: false)
        try FileManager.default.createDirectory(at: portal.root.appendingPathComponent("Layouts"), withIntermediateDirectories: true)
        let (templates, diagnostics, problem) = Templates.load(layoutsDirectory: portal.root.appendingPathComponent("Layouts"),
                                                               displayRoot: "Layouts")
        return (templates, Diagnostic.ordered(diagnostics).map(\.description), problem)
    }

    func test_the_built_in_theme_has_every_template_a_build_needs_and_its_stylesheet() throws {
        let (templates, diagnostics, problem) = Templates.load(layoutsDirectory: nil, displayRoot: "Layouts")
        XCTAssertEqual(diagnostics, [])
        XCTAssertNil(problem)
        let theme = try XCTUnwrap(templates)
        for name in Templates.required {
            XCTAssertFalse(theme.render(name, [:]).isEmpty, "the built-in ‘\(name)’ renders nothing")
        }
        XCTAssertNotNil(theme.assets["assets/style.css"])
    }

    func test_a_layouts_template_replaces_only_the_built_in_one_of_the_same_name() throws {
        let builtIn = try XCTUnwrap(Templates.load(layoutsDirectory: nil, displayRoot: "Layouts").0)
        let (templates, diagnostics, _) = try load(["Layouts/templates/404.mustache": "<h1>Lost: {{title}}</h1>\n"])
        XCTAssertEqual(diagnostics, [])
        let theme = try XCTUnwrap(templates)
        XCTAssertEqual(theme.render("404", ["title": "x"]), "<h1>Lost: x</h1>\n")
        XCTAssertEqual(theme.render("accessibility", [:]), builtIn.render("accessibility", [:]))
    }

    func test_a_layouts_asset_is_added_beside_the_built_in_ones() throws {
        let (templates, _, _) = try load(["Layouts/assets/brand/logo.svg": "<svg/>"])
        let theme = try XCTUnwrap(templates)
        XCTAssertEqual(theme.assets["assets/brand/logo.svg"], Data("<svg/>".utf8))
        XCTAssertNotNil(theme.assets["assets/style.css"])
    }

    func test_a_template_that_does_not_parse_is_an_error_at_its_line_and_column() throws {
        let (templates, diagnostics, _) = try load(["Layouts/templates/section.mustache": "<main>\n  {{#body}}\n  {{/bdy}}\n</main>\n"])
        XCTAssertNil(templates, "nothing renders with a broken template")
        XCTAssertEqual(diagnostics, [
            "Layouts/templates/section.mustache:3:6: error: the template cannot be read: a section is closed with the wrong name; check that every {{#section}} has a matching {{/section}}",
        ])
        // A section never closed can only be noticed at the end of the file.
        let (_, unclosed, _) = try load(["Layouts/templates/section.mustache": "<main>\n  {{#body}}\n</main>\n"])
        XCTAssertEqual(unclosed, [
            "Layouts/templates/section.mustache:4:1: error: the template cannot be read: a section is not closed; check that every {{#section}} has a matching {{/section}}",
        ])
    }

    func test_a_file_outside_templates_and_assets_is_a_warning_but_a_README_is_not() throws {
        let (templates, diagnostics, _) = try load(["Layouts/notes.txt": "to do\n", "Layouts/README.md": "# Our theme\n",
                                                    "Layouts/templates/partials/footer.html": "<footer/>\n"])
        XCTAssertNotNil(templates, "an unused file is no reason to stop the build")
        XCTAssertEqual(diagnostics, [
            "Layouts/notes.txt:1:1: warning: this file is not used: layouts hold templates/*.mustache and assets/; move it under templates/ or assets/",
            "Layouts/templates/partials/footer.html:1:1: warning: this file is not used: layouts hold templates/*.mustache and assets/; move it under templates/ or assets/",
        ])
    }

    func test_a_layouts_folder_that_is_a_file_is_a_problem_with_the_command_not_a_template() throws {
        let portal = try TestPortal(["Layouts": "not a folder\n"], withDefaults: false)
        let (templates, diagnostics, problem) = Templates.load(layoutsDirectory: portal.root.appendingPathComponent("Layouts"),
                                                               displayRoot: "Layouts")
        XCTAssertNil(templates)
        XCTAssertEqual(diagnostics, [])
        XCTAssertNotNil(problem)
    }

    func test_without_a_layouts_folder_the_built_in_theme_is_used() throws {
        let portal = try TestPortal([:], withDefaults: false)
        let (templates, diagnostics, problem) = Templates.load(layoutsDirectory: portal.root.appendingPathComponent("Layouts"),
                                                               displayRoot: "Layouts")
        XCTAssertNotNil(templates)
        XCTAssertEqual(diagnostics, [])
        XCTAssertNil(problem)
    }

    // MARK: Engines: ours, and swift-mustache where ours cannot

    func test_the_built_in_theme_is_compiled_and_rendered_by_ours() throws {
        let theme = try XCTUnwrap(Templates.load(layoutsDirectory: nil, displayRoot: "Layouts").0)
        XCTAssertNotNil(theme.compiled, theme.unsupported ?? "")
        for name in Templates.required {
            XCTAssertEqual(theme.using(.compiledOnly).render(name, [:]), theme.using(.swiftMustache).render(name, [:]), name)
        }
    }

    /// A dynamic partial is a construct only swift-mustache renders, and it could name its own template:
    /// swift-mustache cannot stop that, so such templates are refused when they load (TemplateLoopTests).
    func test_a_partial_named_by_a_value_is_refused_when_the_templates_load() throws {
        let (templates, diagnostics, _) = try load(["Layouts/templates/404.mustache": "<h1>{{title}}</h1>{{>*which}}\n",
                                                    "Layouts/templates/partials/lost.mustache": "<p>Lost {{title}}</p>"])
        XCTAssertNil(templates)
        XCTAssertEqual(diagnostics.map(\.description), [
            "Layouts/templates/404.mustache:1:1: error: these templates can include each other in a loop (404 → 404), and swift-mustache, "
                + "which would render every page because Layouts/templates/404.mustache uses a partial named by a value ({{>*name}}), "
                + "cannot stop such a loop; name each partial in full (‘{{> partials/…}}’), and make sure no partial includes itself",
        ])
    }

    /// Data ours does not take (an Optional), or a list printed as text, are rendered by swift-mustache,
    /// page by page.
    func test_a_page_whose_data_ours_cannot_render_is_rendered_by_swift_mustache() throws {
        let (templates, _, _) = try load(["Layouts/templates/404.mustache": "[{{value}}]"])
        let theme = try XCTUnwrap(templates)
        XCTAssertNotNil(theme.compiled)
        for context: [String: Any] in [["value": ["a", "b"]], ["value": Optional<String>.none as Any], ["value": 2.5]] {
            let expected = theme.using(.swiftMustache).render("404", context)
            XCTAssertEqual(theme.render("404", context), expected)
            XCTAssertEqual(theme.using(.compiledOnly).render("404", context), "", "ours rendered \(expected) itself")
        }
        XCTAssertEqual(theme.render("404", ["value": ["a"]]), "[[&quot;a&quot;]]")
    }

    /// The built-in theme's templates reach swift-mustache's parser only when a page first needs it
    /// (MustacheFallback): such a page must still come out whole.
    func test_a_built_in_page_whose_data_ours_cannot_render_is_rendered_by_swift_mustache() throws {
        let theme = try XCTUnwrap(Templates.load(layoutsDirectory: nil, displayRoot: "Layouts").0)
        let context: [String: Any] = ["page": ["title": 2.5, "root": "../"]]
        let page = theme.render("404", context)
        XCTAssertTrue(page.contains("<h1>2.5</h1>"), page)
        XCTAssertTrue(page.contains("Go to the home page"), "the base template around it: \(page)")
        XCTAssertEqual(page, theme.using(.swiftMustache).render("404", context))
        XCTAssertEqual(theme.using(.compiledOnly).render("404", context), "")
    }

    // MARK: Hostile templates: refused or stopped, never a crash or a hang

    func test_sections_nested_too_deep_are_an_error_and_not_given_to_swift_mustache() throws {
        let deep = String(repeating: "{{#a}}", count: 150_000) + String(repeating: "{{/a}}", count: 150_000)
        let (templates, diagnostics, _) = try load(["Layouts/templates/404.mustache": deep])
        XCTAssertNil(templates)
        XCTAssertEqual(diagnostics, [
            "Layouts/templates/404.mustache:1:1: error: the template cannot be read: sections are nested more than 100 deep; check that every {{#section}} has a matching {{/section}}",
        ])
    }

    private func stopped(_ files: [String: String], _ context: [String: Any] = [:], within seconds: TimeInterval = 20,
                         file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let theme = try XCTUnwrap(try load(files).0, file: file, line: line)
        XCTAssertNotNil(theme.compiled, file: file, line: line)
        let start = Date()
        let (_, reason) = theme.rendering("404", context)
        XCTAssertLessThan(Date().timeIntervalSince(start), seconds, file: file, line: line)
        return reason
    }

    func test_a_partial_that_includes_itself_stops() throws {
        let reason = try stopped(["Layouts/templates/404.mustache": "{{> partials/loop}}",
                                  "Layouts/templates/partials/loop.mustache": "<div>{{> partials/loop}}</div>\n"])
        XCTAssertEqual(reason, "partials and sections are nested more than 100 deep (does a partial include itself?)")
    }

    /// swift-mustache recurses until the stack runs out on this one.
    func test_a_block_override_that_shows_its_own_block_stops() throws {
        let reason = try stopped(["Layouts/templates/404.mustache": "{{<parent}}{{$a}}[{{$a}}{{/a}}]{{/a}}{{/parent}}",
                                  "Layouts/templates/parent.mustache": "{{$a}}{{/a}}"])
        XCTAssertEqual(reason, "partials and sections are nested more than 100 deep (does a partial include itself?)")
    }

    func test_a_template_that_multiplies_its_work_stops() throws {
        var files: [String: String] = ["Layouts/templates/404.mustache": "{{> partials/p0}}"]
        for level in 0..<12 {
            files["Layouts/templates/partials/p\(level).mustache"] = String(repeating: "{{> partials/p\(level + 1)}}", count: 10)
        }
        files["Layouts/templates/partials/p12.mustache"] = "x"
        XCTAssertEqual(try stopped(files)?.hasPrefix("it took more than 1000"), true)

        let items = (0..<100).map { ["name": "person \($0)"] }
        let nested = String(repeating: "{{#items}}", count: 6) + "{{name}}" + String(repeating: "{{/items}}", count: 6)
        let reason = try stopped(["Layouts/templates/404.mustache": nested], ["items": items])
        XCTAssertEqual(reason?.hasPrefix("it took more than"), true, reason ?? "not stopped")

        let big = String(repeating: "a", count: 1 << 20)
        var large: [String: String] = ["Layouts/templates/404.mustache": "{{> partials/q0}}"]
        for level in 0..<12 {
            large["Layouts/templates/partials/q\(level).mustache"] = String(repeating: "{{> partials/q\(level + 1)}}", count: 2)
        }
        large["Layouts/templates/partials/q12.mustache"] = "{{{big}}}"
        XCTAssertEqual(try stopped(large, ["big": big]), "it made more than 20 MB")
    }

    /// In a build, a stopped page is an error at the template, and nothing is written.
    func test_a_build_with_a_runaway_template_reports_it_and_writes_nothing() throws {
        let portal = try TestPortal(["Layouts/templates/404.mustache": "{{> partials/loop}}",
                                     "Layouts/templates/partials/loop.mustache": "{{> partials/loop}}"])
        let outcome = portal.build()
        XCTAssertFalse(outcome.wrote)
        let errors = outcome.diagnostics.filter { $0.severity == .error }.map(\.description)
        XCTAssertEqual(errors, [
            "Layouts/templates/404.mustache:1:1: error: rendering 404.html with this template stopped: partials and sections are nested more than 100 deep (does a partial include itself?); look for a partial that includes itself, or sections over a list inside sections over the same list",
        ])
    }

    /// The person card is rendered once per person, apart from any page; a runaway one is still an error, said once.
    func test_a_runaway_person_card_is_an_error_once_not_once_per_person() throws {
        var files = ["Layouts/templates/partials/person-card.mustache": "{{> partials/loop}}",
                     "Layouts/templates/partials/loop.mustache": "{{> partials/loop}}"]
        for id in ["ada", "ben", "cy"] {
            files["Content/people/\(id).yaml"] = "id: \(id)\nname: \(id.capitalized)\nschemes:\n  - scheme: test-scheme\n    side: mentor\nconsent: [name]\n"
        }
        let outcome = try TestPortal(files).build()
        XCTAssertFalse(outcome.wrote)
        XCTAssertEqual(outcome.diagnostics.filter { $0.severity == .error }.map(\.description), [
            "Layouts/templates/partials/person-card.mustache:1:1: error: rendering people/index.html with this template stopped: partials and sections are nested more than 100 deep (does a partial include itself?); look for a partial that includes itself, or sections over a list inside sections over the same list",
        ])
    }
}
