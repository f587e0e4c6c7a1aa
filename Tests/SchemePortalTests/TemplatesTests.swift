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
}
