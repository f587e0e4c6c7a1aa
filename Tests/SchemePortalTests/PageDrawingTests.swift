import XCTest
@testable import SchemePortal

/// `portal check` draws one page of each kind of people page and reads only the addresses, titles and
/// Markdown of the rest; it must report exactly what a full render reports.
final class PageDrawingTests: XCTestCase {
    /// Twelve people in directories of five to a page, with biographies that link to each other's headings,
    /// to pages that are not drawn, and to nowhere, and one biography with Markdown the guard warns about.
    private func portal(mistakes: Bool = true) throws -> TestPortal {
        var files = ["Content/portal.yaml": TestPortal.minimalPortalFile + "\npeople:\n  page_size: 5\n"]
        let biographies = [
            3: "## About me\\n\\nI map rivers.",
            9: "See [Person 3](/people/p3/#about-me), [the hills](/people/expertise/hills/page/2/) and [nowhere](/schemes/nowhere/).",
            10: "See [a missing heading](/people/p3/#no-such-heading) and [everyone](/schemes/test-scheme/people/page/2/).",
            11: "<script>alert(1)</script> and [second page](/people/page/3/#main).",
            12: "## About me\\n\\n[Up](#about-me), [down](#nothing-here).",
        ]
        for index in 1...12 {
            files["Content/people/p\(index).yaml"] = """
                id: p\(index)
                name: Person \(index)
                job_title: Analyst
                expertise_offered: [\(index % 2 == 0 ? "Rivers" : "Hills")]
                biography: "\(mistakes ? biographies[index] ?? "I work on maps." : "I work on maps.")"
                schemes:
                  - scheme: test-scheme
                    side: \(index % 2 == 0 ? "mentor" : "mentee")
                consent: [name, job_title, expertise_offered, biography]
                """
        }
        return try TestPortal(files)
    }

    private func check(_ portal: TestPortal, drawing: PageDrawing) -> Build.Outcome {
        Build(configuration: portal.configuration()).run(until: .check, drawing: drawing)
    }

    func test_a_check_reports_exactly_what_a_full_render_reports() throws {
        let portal = try portal()
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let full = check(portal, drawing: .everyPage)
        let checked = check(portal, drawing: .forChecking)
        let printed = DiagnosticPrinter().format(full.diagnostics)
        // The portal is made to have these, so that the comparison compares something.
        for expected in ["‘/schemes/nowhere/’ goes to no page", "‘#no-such-heading’", "‘#nothing-here’"] {
            XCTAssertTrue(printed.contains(expected), "\(expected) in:\n\(printed)")
        }
        let messages = full.diagnostics.map(\.message).joined(separator: "\n")
        XCTAssertFalse(messages.contains("‘/people/p3/#about-me’") || messages.contains("hills/page/2"), messages)
        XCTAssertEqual(DiagnosticPrinter().format(checked.diagnostics), printed)
        // A check makes no search index (it writes nothing, and the index says nothing a check reports).
        XCTAssertEqual(checked.files.map(\.path), full.files.map(\.path).filter(Self.notIndex))
        XCTAssertTrue(full.files.contains { $0.path == SearchIndex.meta })
        XCTAssertEqual(checked.pageCount, full.pageCount)
    }

    func test_a_check_draws_the_first_profile_and_the_first_page_of_each_directory() throws {
        let portal = try portal()
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let drawn = check(portal, drawing: .forChecking).files.filter { $0.path.hasSuffix(".html") && !$0.contents.isEmpty }.map(\.path)
        XCTAssertTrue(drawn.contains("people/p1/index.html"), "\(drawn)")
        XCTAssertFalse(drawn.contains("people/p2/index.html"), "\(drawn)")
        XCTAssertTrue(drawn.contains("people/index.html") && drawn.contains("schemes/test-scheme/people/index.html"), "\(drawn)")
        XCTAssertFalse(drawn.contains { $0.hasPrefix("people/page/") || $0.hasPrefix("people/expertise/") }, "\(drawn)")
        // The scheme's first page lists mentors first, each with their card.
        let scheme = try XCTUnwrap(check(portal, drawing: .forChecking).files.first { $0.path == "schemes/test-scheme/people/index.html" })
        XCTAssertTrue(String(decoding: scheme.contents, as: UTF8.self).contains("Person 10"))
        // A build draws every page, whatever it is asked.
        let clean = try self.portal(mistakes: false)
        defer { try? FileManager.default.removeItem(at: clean.root) }
        let built = clean.build()
        XCTAssertTrue(built.wrote, built.lines.joined(separator: "\n"))
        XCTAssertTrue(try clean.read("people/p2/index.html").contains("I work on maps."))
    }

    /// A card template from Layouts/ that runs away on one person's data only, a person on no page a check
    /// draws: the check draws every card (the built-in card, which cannot run away, only those it shows).
    func test_a_check_finds_a_layouts_card_template_that_runs_away_on_a_later_persons_data() throws {
        var files = ["Content/portal.yaml": TestPortal.minimalPortalFile + "\npeople:\n  page_size: 5\n",
                     "Layouts/templates/partials/person-card.mustache": "<p>{{name}}</p>{{#grade}}{{> partials/loop}}{{/grade}}\n",
                     "Layouts/templates/partials/loop.mustache": "{{> partials/loop}}"]
        for index in 1...12 {
            files["Content/people/p\(index).yaml"] = """
                id: p\(index)
                name: Person \(index)
                \(index == 9 ? "grade: G7" : "")
                schemes:
                  - scheme: test-scheme
                    side: mentor
                consent: [name, grade]
                """
        }
        let portal = try TestPortal(files)
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let full = check(portal, drawing: .everyPage)
        let checked = check(portal, drawing: .forChecking)
        XCTAssertTrue(full.diagnostics.contains { $0.code == .templateStopped }, DiagnosticPrinter().format(full.diagnostics))
        XCTAssertEqual(DiagnosticPrinter().format(checked.diagnostics), DiagnosticPrinter().format(full.diagnostics))
    }

    func test_checking_the_demo_finds_what_a_full_render_finds() {
        // A day on which the demo has warnings of its own, so that there is something to compare.
        let day = CalendarDay(year: 2023, month: 1, day: 10)
        let full = TestPortal.checkDemo(today: day)
        let checked = TestPortal.checkDemo(today: day, drawing: .forChecking)
        XCTAssertEqual(DiagnosticPrinter().format(checked.diagnostics), DiagnosticPrinter().format(full.diagnostics))
        XCTAssertEqual(checked.files.map(\.path), full.files.map(\.path).filter(Self.notIndex))
    }

    static func notIndex(_ path: String) -> Bool {
        !(path.hasPrefix(SearchIndex.folder + "/") && path.hasSuffix(".json"))
    }
}
