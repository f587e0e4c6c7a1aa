import XCTest
@testable import SchemePortal

/// Root cause first (issue 13): a file that cannot be read is reported once, and what only follows from
/// it (references to the scheme, people or page it would have defined) is folded into a note under it,
/// not printed as problems of their own. The three cascades staff met on the demo, each checked to the
/// exact text printed.
final class RootCauseTests: XCTestCase {
    static let today = CalendarDay(year: 2026, month: 11, day: 23)

    /// A copy of the repository's demo portal.
    private func demo() throws -> TestPortal {
        let portal = try TestPortal([:], withDefaults: false)
        try FileManager.default.createDirectory(at: portal.root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: TestPortal.repository.appendingPathComponent("Content"),
                                         to: portal.root.appendingPathComponent("Content"))
        return portal
    }

    private func edit(_ portal: TestPortal, _ path: String, _ old: String, _ new: String) throws {
        let url = portal.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "\(path) has no ‘\(old)’")
        try portal.write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// What `portal check` prints for the messages, as the printer formats them.
    private func printed(_ portal: TestPortal) -> String {
        let outcome = Build(configuration: portal.configuration(today: Self.today)).run(until: .check)
        return DiagnosticPrinter().format(outcome.diagnostics)
    }

    func test_a_scheme_file_that_does_not_parse_is_the_one_message_and_the_references_to_its_scheme_and_people_fold_into_it() throws {
        let portal = try demo()
        try edit(portal, "Content/schemes/open-peer-mentoring/scheme.md", "  - label: Call opens\n    date: 24 November 2022",
                 "  - label: Call opens\n     date: 24 November 2022")
        XCTAssertEqual(printed(portal), """
            Content/schemes/open-peer-mentoring/scheme.md:62:5: error: this key is indented more than the key above it, so YAML cannot tell where it belongs; line it up with ‘label’ (4 spaces from the left) [yaml-indentation]
                     date: 24 November 2022
                    ^
                note: 2 more problems follow from this one (in Content/people/morwenna-pengelly.yaml and Content/schemes/analysis-function-mutual-mentoring/people.yaml); they go when it is fixed
            """)
    }

    func test_a_handbook_page_without_a_title_is_the_one_message_and_the_links_to_it_fold_into_it() throws {
        let portal = try demo()
        try edit(portal, "Content/schemes/professional-services-mentoring/handbook/the-process.md", "title: The process\n", "")
        let text = printed(portal)
        XCTAssertTrue(text.hasPrefix("""
            Content/schemes/professional-services-mentoring/handbook/the-process.md:2:1: error: the page is missing the required key ‘title’; add ‘title: …’
            """), text)
        XCTAssertTrue(text.hasSuffix("""
                note: 7 more problems follow from this one (in Content/schemes/professional-services-mentoring/handbook/information-for-mentees.md, Content/schemes/professional-services-mentoring/handbook/information-for-mentors.md and 3 other files); they go when it is fixed
            """), text)
        XCTAssertEqual(text.components(separatedBy: ": error: ").count - 1, 1, text)
    }

    func test_a_tab_in_the_portal_file_is_the_one_message_and_the_grade_ladders_it_hid_fold_into_it() throws {
        let portal = try demo()
        try edit(portal, "Content/portal.yaml", "  - id: civil-service", "\t- id: civil-service")
        let text = printed(portal)
        XCTAssertTrue(text.hasPrefix("Content/portal.yaml:13:1: error: this line is indented with a tab, which YAML does not accept"), text)
        XCTAssertTrue(text.hasSuffix("""
                note: 3 more problems follow from this one (in Content/schemes/analysis-function-mutual-mentoring/scheme.md, Content/schemes/cles-one-step-beyond/scheme.md and Content/schemes/open-peer-mentoring/scheme.md); they go when it is fixed
            """), text)
        XCTAssertEqual(text.components(separatedBy: ": error: ").count - 1, 1, text)
    }

    /// A person file with a mistake: a partner named in another file is in it, so that reference folds.
    func test_a_reference_to_someone_in_a_file_with_a_mistake_folds_into_the_mistake() throws {
        let portal = try TestPortal(fixture: "golden-site")
        for (path, text) in PageInputsHonestyTests.extraFiles { try portal.write(path, text) }
        try edit(portal, "Content/people/eve-mentee.yaml", "name: Eve Mentee", "name: [Eve Mentee")
        let outcome = Build(configuration: portal.configuration(today: PageInputsHonestyTests.reference)).run(until: .check)
        XCTAssertEqual(outcome.errors.count, 1, "\(outcome.lines)")
        XCTAssertEqual(outcome.errors.first?.location.file, "Content/people/eve-mentee.yaml")
        XCTAssertEqual(outcome.errors.first?.notes,
                       ["1 more problem follows from this one (in Content/people/dee-mentor.yaml); it goes when it is fixed"])
    }

    /// The people pages a file with a mistake would certainly have made (a profile, the directory) are missing
    /// only because of it: links to them fold into the mistake. A link to a page that fixing the file may not
    /// bring (a later page of the list, a page that is no list) is still its own message
    /// (Tests/Fixtures/mistakes/182 does this for a scheme's own file).
    func test_links_to_the_people_pages_of_a_file_with_a_mistake_fold_into_the_mistake() throws {
        let portal = try TestPortal([
            "Content/people/ada.yaml": """
                id: ada
                name: Ada
                job_title: Head of Research Finance: Grants
                schemes:
                  - scheme: test-scheme
                    side: mentor
                consent: [name, job_title]
                """,
            "Content/pages/about.md": """
                ---
                title: About
                ---
                See [everyone](/people/), [Ada](/people/ada/), [page two](/people/page/2/) and [the old list](/people/list/).
                """,
        ])
        defer { try? FileManager.default.removeItem(at: portal.root) }
        let outcome = Build(configuration: portal.configuration(today: Self.today)).run(until: .check)
        XCTAssertEqual(outcome.errors.map(\.location.file), ["Content/pages/about.md", "Content/pages/about.md", "Content/people/ada.yaml"],
                       "\(outcome.lines)")
        XCTAssertTrue(outcome.errors[0].message.contains("‘/people/page/2/’"), "\(outcome.lines)")
        XCTAssertTrue(outcome.errors[1].message.contains("‘/people/list/’"), "\(outcome.lines)")
        XCTAssertEqual(outcome.errors.last?.notes,
                       ["2 more problems follow from this one (in Content/pages/about.md); they go when it is fixed"])
    }

    /// A mistyped reference to something that exists nowhere is still its own message.
    func test_a_reference_to_nothing_that_could_not_be_read_is_still_an_error_of_its_own() throws {
        let portal = try demo()
        try edit(portal, "Content/schemes/open-peer-mentoring/scheme.md", "  - label: Call opens\n    date: 24 November 2022",
                 "  - label: Call opens\n     date: 24 November 2022")
        try edit(portal, "Content/people/morwenna-pengelly.yaml", "scheme: open-peer-mentoring", "scheme: open-peer-mentorin")
        let outcome = Build(configuration: portal.configuration(today: Self.today)).run(until: .check)
        XCTAssertTrue(outcome.lines.contains { $0.hasPrefix("Content/people/morwenna-pengelly.yaml") && $0.contains("‘open-peer-mentorin’ is not a scheme") },
                      "\(outcome.lines)")
    }
}

/// Every message that points into a file quotes the line, with a caret under the column, whichever rule
/// found it (issue 13: grade, capacity, link, conflict and preference messages quoted nothing).
final class QuotedLineTests: XCTestCase {
    func test_messages_from_every_kind_of_rule_quote_their_line_with_a_caret() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let people = "Content/schemes/pilot/people.yaml"
        var text = try String(contentsOf: portal.root.appendingPathComponent(people), encoding: .utf8)
        text = text.replacingOccurrences(of: "    grade: Grade 8\n", with: "    grade: Grade 99\n")
            .replacingOccurrences(of: "    capacity: 2\n", with: "    capacity: 7\n")
            .replacingOccurrences(of: "    partners: [ben-mentee]\n", with: "    partners: [ben-mentee]\n    conflicts: [nobody-here]\n")
        try portal.write(people, text)
        let about = "Content/pages/about.md"
        try portal.write(about, try String(contentsOf: portal.root.appendingPathComponent(about), encoding: .utf8)
                         + "\nSee [the missing page](/schemes/pilot/no-such-page/).\n")
        let outcome = Build(configuration: portal.configuration(today: PageInputsHonestyTests.reference)).run(until: .check)
        let pointed = outcome.diagnostics.filter { $0.location.line > 1 || $0.location.column > 1 }
        XCTAssertGreaterThanOrEqual(pointed.count, 4, "\(outcome.lines)")
        for diagnostic in pointed {
            XCTAssertNotNil(diagnostic.sourceLine, "no line quoted for \(diagnostic)")
            XCTAssertTrue(DiagnosticPrinter().format(diagnostic).contains("\n    ") , "\(diagnostic)")
        }
        let grade = try XCTUnwrap(outcome.diagnostics.first { $0.message.contains("Grade 99") })
        XCTAssertEqual(DiagnosticPrinter().format(grade).split(separator: "\n").dropFirst().map(String.init),
                       ["        grade: Grade 99", "               ^^^^^^^^"])
    }
}

/// YAML messages at the mistake, not where the parser gave up (issue 13, item 3).
final class YAMLPlaceTests: XCTestCase {
    func test_an_unclosed_quote_is_reported_at_the_quote_and_what_follows_from_it_is_folded() throws {
        let portal = try TestPortal(fixture: "golden-site")
        for (path, text) in PageInputsHonestyTests.extraFiles { try portal.write(path, text) }
        let eve = "Content/people/eve-mentee.yaml"
        let text = try String(contentsOf: portal.root.appendingPathComponent(eve), encoding: .utf8)
        try portal.write(eve, text.replacingOccurrences(of: "name: Eve Mentee", with: "name: \"Eve Mentee"))
        let outcome = Build(configuration: portal.configuration(today: PageInputsHonestyTests.reference)).run(until: .check)
        XCTAssertEqual(DiagnosticPrinter().format(outcome.errors), """
            Content/people/eve-mentee.yaml:2:7: error: this quote is never closed, so YAML reads everything after it as one value; end the value with the same quote mark on this line, or remove the quote [yaml-unclosed-quote]
                name: "Eve Mentee
                      ^
                note: 1 more problem follows from this one (in Content/people/dee-mentor.yaml); it goes when it is fixed
            """)
    }
}

/// What a word processor puts into pasted YAML, named for what it is (issue 13, item 3).
final class PastedCharacterTests: XCTestCase {
    private func messages(_ yaml: String) -> [String] {
        PastedCharacters.problems(in: yaml).map { "\($0.line):\($0.column): \($0.message); \($0.hint)" }
    }

    func test_a_no_break_space_in_the_indentation_is_named() {
        XCTAssertEqual(messages("id: ada\nschemes:\n\u{A0}\u{A0}- scheme: pilot\n"),
                       ["3:1: this line is indented with a no-break space (often pasted from Word or a web page), which YAML does not count as a space; delete the spaces at the start of the line and type them again"])
    }

    func test_a_bullet_for_a_list_item_is_named_and_a_bullet_in_running_text_is_not() {
        XCTAssertEqual(messages("schemes:\n  • scheme: pilot\n"),
                       ["2:3: this line starts with ‘•’, but a list item in YAML starts with a hyphen (‘- ’); replace ‘•’ with ‘-’ (often pasted from Word, which turns hyphens into bullets)"])
        XCTAssertEqual(messages("expertise:\n  - Budgets\n  • Planning\n").count, 1, "a bullet among list items")
        XCTAssertEqual(messages("biography: |\n  Ada's interests:\n  • budgets\n  • planning\nname: Ada\n"), [], "block text is text")
        XCTAssertEqual(messages("summary: A scheme that runs\n  – in two cohorts\n"), [], "a dash continuing a line")
    }

    func test_a_key_in_curly_quotes_is_named_and_so_is_one_in_a_list_item() {
        XCTAssertEqual(messages("\u{201C}name\u{201D}: Ada\n"),
                       ["1:1: the key ‘name’ is in curly quotes (“…”), which YAML reads as part of its name; write it without quotes: ‘name:’ (word processors turn straight quotes into curly ones)"])
        XCTAssertEqual(messages("schemes:\n  - \u{2018}scheme\u{2019}: pilot\n").first?.hasPrefix("2:5: the key ‘scheme’ is in curly quotes (‘…’)"), true)
        XCTAssertEqual(messages("quote: \u{201C}Mentoring changed my career\u{201D}\n"), [], "curly quotes in a value are text")
    }

    func test_a_people_file_with_a_bullet_is_one_error_at_the_bullet() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let people = "Content/schemes/pilot/people.yaml"
        let text = try String(contentsOf: portal.root.appendingPathComponent(people), encoding: .utf8)
        try portal.write(people, text.replacingOccurrences(of: "  - id: ben-mentee", with: "  • id: ben-mentee"))
        let outcome = Build(configuration: portal.configuration(today: PageInputsHonestyTests.reference)).run(until: .check)
        XCTAssertEqual(outcome.errors.map(\.description).first?.hasPrefix("Content/schemes/pilot/people.yaml:15:3: error: this line starts with ‘•’"), true,
                       "\(outcome.lines)")
        XCTAssertEqual(outcome.errors.count, 1, "\(outcome.lines)")
    }
}

/// Suggestions that fit (issue 13, item 4): a grade by its neighbour on the ladder.
final class GradeSuggestionTests: XCTestCase {
    let university = GradeLadder(id: "university", name: "University", grades: (1...10).map { GradeLadder.Grade(name: String(format: "UE%02d", $0)) },
                                 location: SourceLocation(file: "Content/portal.yaml"))

    func test_a_numbered_grade_off_the_ladder_gets_its_neighbour_by_number_not_by_spelling() {
        XCTAssertEqual(university.hint(for: "UE11"), "did you mean ‘UE10’?", "UE01 is closer in letters, UE10 on the ladder")
        XCTAssertEqual(university.hint(for: "UE 7"), "did you mean ‘UE07’?")
        XCTAssertEqual(university.hint(for: "ue00"), "did you mean ‘UE01’?")
    }

    func test_an_unnumbered_grade_still_gets_a_spelling_suggestion_or_the_list() {
        let ladder = GradeLadder(id: "cs", name: "Civil Service", grades: ["AA", "AO", "EO", "HEO", "SEO"].map { GradeLadder.Grade(name: $0) },
                                 location: SourceLocation(file: "Content/portal.yaml"))
        XCTAssertEqual(ladder.hint(for: "HE0"), "did you mean ‘HEO’?")
        XCTAssertEqual(ladder.hint(for: "Director"), "use one of AA, AO, EO, HEO, SEO")
    }
}
