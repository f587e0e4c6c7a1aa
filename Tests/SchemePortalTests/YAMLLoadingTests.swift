import XCTest
@testable import SchemePortal

/// The portal file and front matter: types, required keys, unknown keys, duplicates, YAML's traps.
final class YAMLLoadingTests: XCTestCase {
    private func portalFileDiagnostics(_ yaml: String) -> (PortalSettings?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let settings = PortalFileLoader.load(SourceFile(displayPath: "Content/portal.yaml", text: yaml), diagnostics: &diagnostics)
        return (settings, Diagnostic.ordered(diagnostics))
    }

    func test_a_misspelt_key_is_an_error_at_its_line_with_a_suggestion() {
        let (_, diagnostics) = portalFileDiagnostics("title: T\norganisation: O\ncontact_emial: a@example.org\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "Content/portal.yaml:3:1: error: unknown key ‘contact_emial’ in the portal file; did you mean ‘contact_email’?",
        ])
    }

    func test_a_missing_required_key_is_named() {
        let (settings, diagnostics) = portalFileDiagnostics("title: T\n")
        XCTAssertNil(settings)
        XCTAssertEqual(diagnostics.map(\.description), [
            "Content/portal.yaml:1:1: error: the portal file is missing the required key ‘organisation’; add ‘organisation: …’",
        ])
    }

    func test_a_duplicate_key_is_reported_at_the_second_copy() {
        let (_, diagnostics) = portalFileDiagnostics("title: T\norganisation: O\ntitle: Again\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "Content/portal.yaml:3:1: error: the key ‘title’ is given twice in the same place; keep one of them",
        ])
    }

    func test_every_duplicate_key_is_reported_in_one_run() {
        let (_, diagnostics) = portalFileDiagnostics("title: T\norganisation: O\ntitle: A\norganisation: B\nfooter: x\nfooter: y\n")
        XCTAssertEqual(diagnostics.map(\.location.description), ["Content/portal.yaml:3:1", "Content/portal.yaml:4:1", "Content/portal.yaml:6:1"])
    }

    func test_values_that_YAML_would_guess_stay_the_text_they_look_like() {
        let (settings, diagnostics) = portalFileDiagnostics("title: NO\norganisation: 10:30\nfooter: 0123\ndescription: 1.10\n")
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(settings?.title, "NO")
        XCTAssertEqual(settings?.organisation, "10:30")
        XCTAssertEqual(settings?.footer, "0123")
        XCTAssertEqual(settings?.description, "1.10")
    }

    func test_a_syntax_error_is_located_and_never_echoes_the_document() {
        let secret = "Private Person, private@example.org"
        let (_, diagnostics) = portalFileDiagnostics("title: T\norganisation: O\nfooter: \(secret)\n  bad: : indentation\n")
        XCTAssertEqual(diagnostics.count, 1)
        let printed = DiagnosticPrinter().format(diagnostics)
        XCTAssertEqual(diagnostics.map(\.location.description), ["Content/portal.yaml:4:1"])
        XCTAssertFalse(printed.contains("title: T"), "the message must not quote other lines")
        XCTAssertFalse(printed.contains("private@example.org") || printed.contains("Private Person"), printed)
    }

    /// A fuzzing finding (docs/fuzzing.md): a list left open at the end of a file without a final line break was
    /// reported on a line below the last one, which no editor can show; its message was libyaml's own.
    func test_a_list_left_open_at_the_end_is_shown_after_the_last_thing_written() {
        for text in ["id: a\nname: A\nconsent: [name, email", "id: a\nname: A\nconsent: [name, email\n\n"] {
            var diagnostics: [Diagnostic] = []
            _ = ParticipantLoader.load(SourceFile(displayPath: "Content/people/a.yaml", text: text), scheme: nil,
                                       diagnostics: &diagnostics)
            XCTAssertEqual(diagnostics.map(\.description), [
                "Content/people/a.yaml:3:10: error: a list in [brackets] is not closed; end the list with ‘]’, or write each item on its own line after ‘- ’",
            ], text)
            XCTAssertEqual(diagnostics.first?.sourceLine, "consent: [name, email")
        }
        let page = FrontMatter(file: SourceFile(displayPath: "Content/pages/a.md", text: "---\ntitle: {en: A\n---\nBody\n"),
                               required: true)
        XCTAssertEqual(page.diagnostics.map(\.description), [
            "Content/pages/a.md:2:8: error: a mapping in {braces} is not closed; end it with ‘}’, or write each ‘key: value’ on its own line",
        ])
    }

    func test_a_tab_used_for_indentation_gets_a_plain_explanation() {
        let (_, diagnostics) = portalFileDiagnostics("title: T\norganisation: O\ngrade_ladders:\n\t- id: x\n")
        XCTAssertEqual(diagnostics.map(\.location.description), ["Content/portal.yaml:4:1"])
        XCTAssertEqual(diagnostics.first?.message, "this line is indented with a tab, which YAML does not accept")
        XCTAssertEqual(diagnostics.first?.hint, "indent with spaces, not tabs: as many spaces as the lines around it")
    }

    func test_a_wrong_type_is_described_without_quoting_long_values() {
        let (_, diagnostics) = portalFileDiagnostics("title: [a, b]\norganisation: O\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "Content/portal.yaml:1:8: error: ‘title’ should be text, but it is a list; write the text on the same line as ‘title:’, in quotes if it contains ‘: ’",
        ])
    }

    func test_an_alias_used_as_a_key_is_refused_before_it_can_explode() {
        var yaml = "title: T\norganisation: O\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...12 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ") + "]\n" }
        let (_, diagnostics) = portalFileDiagnostics(yaml + "? *a12\n: x\n")
        XCTAssertEqual(diagnostics.map(\.description), [
            "Content/portal.yaml:16:3: error: an alias (*name) cannot be used as a key; write the key out as plain text",
        ])
        XCTAssertNotNil(YAMLDocument.aliasUsedAsKey(in: "{*a: 1}"))
        XCTAssertNotNil(YAMLDocument.aliasUsedAsKey(in: "*a : 1"))
    }

    func test_asterisks_in_ordinary_text_are_not_mistaken_for_alias_keys() {
        for text in ["footer: \"*note: see below\"", "description: 5 * 3 = 15", "title: *bold* words", "- *a"] {
            XCTAssertNil(YAMLDocument.aliasUsedAsKey(in: text), text)
        }
    }

    func test_a_key_indented_too_far_is_explained_as_indentation_not_quoting() {
        let file = SourceFile(displayPath: "s.md", text: "---\ntitle: S\nsides:\n  - id: mentor\n    name: Mentor\n     eligibility: All staff\n---\n")
        var diagnostics: [Diagnostic] = []
        _ = SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.description), [
            "s.md:6:5: error: this key is indented more than the key above it, so YAML cannot tell where it belongs; line it up with ‘name’ (4 spaces from the left)",
        ])
    }

    func test_a_colon_inside_a_value_is_explained_as_quoting() {
        let (_, diagnostics) = portalFileDiagnostics("title: T\norganisation: O\nfooter: Note: see below\n")
        XCTAssertEqual(diagnostics.first?.message, "a value contains ‘: ’, which YAML reads as a new key")
    }

    func test_a_duplicate_key_never_shows_its_internal_name_and_empty_required_lists_are_errors() {
        let file = SourceFile(displayPath: "s.md", text: """
            ---
            title: S
            organisers: [O]
            summary: x
            model: []
            sides: [{id: mentee, name: Mentee}]
            rules:
              grade_ladder: cs
              eligible_grades:
                mentee: {lowest: EO}
                mentee: {lowest: HEO}
            ---
            """)
        var diagnostics: [Diagnostic] = []
        _ = SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics)
        XCTAssertEqual(Diagnostic.ordered(diagnostics).map(\.description), [
            "s.md:5:8: error: ‘model’ is an empty list; add at least one item, each on its own line starting with ‘- ’",
            "s.md:11:5: error: the key ‘mentee’ is given twice in the same place; keep one of them",
        ])
    }

    func test_grades_accept_names_and_aliases() throws {
        let (settings, diagnostics) = portalFileDiagnostics("""
            title: T
            organisation: O
            grade_ladders:
              - id: cs
                name: Civil Service
                grades: [HEO, SEO, Grade 7, {name: SCS1, aliases: [Deputy Director]}]
            """)
        XCTAssertEqual(diagnostics, [])
        let ladder = try XCTUnwrap(settings?.ladder(id: "cs"))
        XCTAssertEqual(ladder.rank(of: "deputy director"), 3)
        XCTAssertEqual(ladder.rank(of: "HEO"), 0)
        // The table the publication gate looks grades up in finds what rank(of:) finds, the first grade of a name.
        let table = ladder.ranksByLowercasedName()
        for name in ["HEO", "heo", "Grade 7", "SCS1", "scs1", "Deputy Director", "DEPUTY DIRECTOR", "Grade 6"] {
            XCTAssertEqual(table[name.lowercased()], ladder.rank(of: name), name)
        }
        let shared = GradeLadder(id: "x", name: "X", grades: [.init(name: "A", aliases: ["Lead"]), .init(name: "B", aliases: ["lead"])],
                                 location: SourceLocation(file: "p"))
        XCTAssertEqual(shared.ranksByLowercasedName()["lead"], 0)
        XCTAssertEqual(shared.rank(of: "LEAD"), 0)
    }

    func test_booleans_accept_only_true_and_false() {
        let file = SourceFile(displayPath: "s.md", text: """
            ---
            title: S
            organisers: [O]
            summary: x
            model: peer
            sides: [{id: peer, name: Peer}]
            rules:
              prefer_cross_department: yes
            ---
            """)
        var diagnostics: [Diagnostic] = []
        _ = SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.description), [
            "s.md:8:28: error: ‘prefer_cross_department’ should be true or false, but it is ‘yes’; write ‘prefer_cross_department: true’ or ‘prefer_cross_department: false’",
        ])
    }

    func test_front_matter_lines_are_counted_from_the_top_of_the_file() {
        let file = SourceFile(displayPath: "s.md", text: "---\ntitle: S\norganisers: [O]\nsummary: x\nmodel: pear\nsides: [{id: peer, name: Peer}]\n---\n")
        var diagnostics: [Diagnostic] = []
        _ = SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.description), ["s.md:5:8: error: ‘pear’ is not a known value for ‘model’; did you mean ‘peer’?"])
    }

    func test_unclosed_front_matter_is_reported() {
        let file = SourceFile(displayPath: "s.md", text: "---\ntitle: S\n")
        var diagnostics: [Diagnostic] = []
        XCTAssertNil(SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics.map(\.description), ["s.md:1:1: error: the front matter is not closed; add a line ‘---’ after its last key, before the text"])
    }

    func test_body_sections_split_at_level_two_headings_outside_code() throws {
        let file = SourceFile(displayPath: "s.md", text: "---\ntitle: S\norganisers: [O]\nsummary: x\nmodel: peer\nsides: [{id: peer, name: Peer}]\n---\nIntro\n\n## How it works\nText\n```\n## not a heading\n```\n## Evaluation\nMore\n")
        var diagnostics: [Diagnostic] = []
        let scheme = try XCTUnwrap(SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(scheme.sections.map(\.slug), ["how-it-works", "evaluation"])
        XCTAssertEqual(scheme.sections.first?.location, SourceLocation(file: "s.md", line: 10, column: 1))
        XCTAssertEqual(scheme.sections.first?.body.location, SourceLocation(file: "s.md", line: 11, column: 1))
        XCTAssertEqual(scheme.introduction?.source.trimmingCharacters(in: .whitespacesAndNewlines), "Intro")
    }

    func test_two_sections_with_the_same_address_are_an_error() throws {
        let file = SourceFile(displayPath: "s.md", text: "---\ntitle: S\norganisers: [O]\nsummary: x\nmodel: peer\nsides: [{id: peer, name: Peer}]\n---\n## Evaluation\n\n## Evaluation!\n")
        var diagnostics: [Diagnostic] = []
        let scheme = try XCTUnwrap(SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics))
        XCTAssertEqual(scheme.sections.map(\.slug), ["evaluation"], "only the first section with an address gets a page")
        let settings = PortalSettings(title: "T", organisation: "O", location: SourceLocation(file: "portal.yaml"))
        diagnostics += Validator().validate(Portal(settings: settings, schemes: [scheme], pages: []))
        XCTAssertEqual(diagnostics.map(\.description), [
            "s.md:10:1: error: a second section with the address ‘evaluation’; merge the two sections or give this one another heading",
        ])
    }

    func test_a_file_that_is_not_UTF8_is_reported_at_the_bad_byte() throws {
        let portal = try TestPortal()
        try portal.write("Content/pages/bad.md", Data("---\ntitle: B\n---\nCaf".utf8) + Data([0xE9, 0x0A]))
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/pages/bad.md:4:4: error: the file is not UTF-8 text (the first bad byte is here); save it as UTF-8 in your editor (‘Save with encoding’ → UTF-8)",
        ])
    }
}
