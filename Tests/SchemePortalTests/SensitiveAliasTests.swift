import XCTest
@testable import SchemePortal

/// A YAML alias (`*name`) cannot carry a value out of `sensitive` or an expression of interest into a field
/// that may be published: it is an error at the alias, and the value is taken out before anything renders.
final class SensitiveAliasTests: XCTestCase {
    private func portal(_ people: String) throws -> TestPortal {
        try TestPortal(["Content/schemes/peer/scheme.md": PeopleTests.scheme, "Content/schemes/peer/people.yaml": people])
            .removingDefaultScheme()
    }

    static let people = """
        people:
          - id: ada
            name: Ada Researcher
            side: researcher
            sensitive: {notes: &n "MARKER-SENSITIVE-notes", needs: &l [MARKER-SENSITIVE-needs]}
            expression_of_interest: &e MARKER-SENSITIVE-eoi
            biography: *n
            job_title: *e
            expertise_offered: [Rivers, *n]
            consent: [name, job_title, biography, expertise_offered]
          - id: ben
            name: *n
            side: policy
            grade: Grade 7
            consent: *l
          - id: cy
            name: Cy Policy
            side: policy
            grade: Grade 7
            sensitive:
              notes: &m MARKER-SENSITIVE-cy
              copy: *m
            consent: [name]
        """

    func test_an_alias_of_a_sensitive_value_is_an_error_where_the_alias_is_written() throws {
        let message = "repeats a value written under"
        XCTAssertEqual(try portal(Self.people).check().lines, [
            "Content/schemes/peer/people.yaml:7:16: error: *n \(message) ‘sensitive’, which is never published; write out here what may be published, instead of ‘*n’",
            "Content/schemes/peer/people.yaml:8:16: error: *e \(message) ‘expression_of_interest’, which is never published; write out here what may be published, instead of ‘*e’",
            "Content/schemes/peer/people.yaml:9:33: error: *n \(message) ‘sensitive’, which is never published; write out here what may be published, instead of ‘*n’",
            "Content/schemes/peer/people.yaml:12:11: error: *n \(message) ‘sensitive’, which is never published; write out here what may be published, instead of ‘*n’",
            "Content/schemes/peer/people.yaml:15:14: error: *l \(message) ‘sensitive’, which is never published; write out here what may be published, instead of ‘*l’",
        ], "no follow-on errors for the emptied ‘name’ and ‘consent’, and none for the alias inside ‘sensitive’")
    }

    func test_a_sensitive_value_reached_by_an_alias_is_in_no_rendered_file() throws {
        let outcome = try portal(Self.people).check()
        XCTAssertGreaterThan(outcome.files.count, 10)
        for file in outcome.files {
            XCTAssertFalse(String(decoding: file.contents, as: UTF8.self).uppercased().contains("MARKER-"), "a marker reached \(file.path)")
        }
        XCTAssertTrue(outcome.files.contains { $0.path == "people/ada/index.html" }, "Ada is still published, without the aliased values")
    }

    func test_an_alias_inside_a_value_that_is_itself_repeated_is_caught_once_and_taken_out_everywhere() throws {
        let people = """
            people:
              - id: ada
                name: Ada Researcher
                side: researcher
                sensitive: {notes: &n MARKER-SENSITIVE-notes}
                expertise_offered: &both [Rivers, *n]
                expertise_sought: *both
                consent: [name, expertise_offered, expertise_sought]
            """
        let outcome = try portal(people).check()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/peer/people.yaml:6:39: error: *n repeats a value written under ‘sensitive’, which is never published; write out here what may be published, instead of ‘*n’",
        ])
        for file in outcome.files {
            XCTAssertFalse(String(decoding: file.contents, as: UTF8.self).uppercased().contains("MARKER-"), "a marker reached \(file.path)")
        }
    }

    func test_aliases_of_published_values_are_still_allowed() throws {
        let people = """
            people:
              - id: ada
                name: &name Ada Researcher
                side: researcher
                job_title: *name
                sensitive: {copy: *name}
                consent: [name, job_title]
            """
        XCTAssertEqual(try portal(people).check().lines, [])
    }

    /// Locating an alias costs a parse of the whole file, so a large file's first aliases are shown where they
    /// are written and the rest at their key; an error at the person is never folded into such an alias's.
    func test_a_file_of_many_such_aliases_reports_the_first_ones_at_the_alias_and_the_rest_at_their_key() throws {
        var people = "people:\n"
        for index in 0..<1_000 {
            people += "  - {id: p\(index), name: P, side: policy, sensitive: {n: &a\(index) MARKER-\(index)}, biography: *a\(index), consent: [name, biography]}\n"
        }
        people += "  - {name: Q, side: policy, biography: *a0, consent: [name]}\n"
        let lines = people.split(separator: "\n", omittingEmptySubsequences: false)
        func column(of text: String, onLine line: Int) -> Int? {
            let written = lines[line - 1]
            return written.range(of: text).map { written.distance(from: written.startIndex, to: $0.lowerBound) + 1 }
        }
        let started = Date()
        let outcome = try portal(people).check()
        XCTAssertLessThan(Date().timeIntervalSince(started), 60, "a smoke check only")
        let refusals = outcome.errors.filter { $0.message.contains("repeats a value written under ‘sensitive’") }
        XCTAssertEqual(refusals.count, 1_001)
        let atAlias = refusals.filter { $0.location.column == column(of: "*a", onLine: $0.location.line) }
        let atKey = refusals.filter { $0.location.column == column(of: "biography:", onLine: $0.location.line) }
        XCTAssertEqual(atAlias.count, 85, "as many as 10 MB of parsing allows (about 118 KB each time)")
        XCTAssertEqual(atKey.count, 916)
        XCTAssertEqual(atAlias.map(\.location.line), Array(2...86), "the first ones, in the order they are written")
        XCTAssertEqual(refusals.first?.location.description, "Content/schemes/peer/people.yaml:2:78")
        XCTAssertEqual(refusals.first { $0.location.line == 500 }?.location.description, "Content/schemes/peer/people.yaml:500:73",
                       "beyond those, at ‘biography:’")
        XCTAssertEqual(outcome.errors.filter { !refusals.contains($0) }.map(\.description), [
            "Content/schemes/peer/people.yaml:1002:5: error: a person is missing the required key ‘id’; add ‘id: …’",
        ], "an error at the person holding an alias beyond those located is not lost")
        XCTAssertFalse(outcome.files.contains { String(decoding: $0.contents, as: UTF8.self).contains("MARKER-") })
    }

    func test_aliases_are_located_by_libyaml_even_when_anchors_are_redefined() throws {
        let yaml = "a: &x one\nb: [*x, \"*x\", *x]\nc: !!str &x two\nd:\n  - *x\n"
        let document = YAMLDocument(file: SourceFile(displayPath: "f.yaml", text: yaml), text: yaml, firstLine: 1)
        var aliases = YAMLAliases(root: document.root, yaml: document.parsedText)
        var marks: [String?] = []
        for index in aliases.uses.indices { marks.append(aliases.mark(of: index)?.description) }
        XCTAssertEqual(marks, ["2:5", "2:15", "5:5"])
    }

    /// Locating an alias parses the whole file again, once per alias up to it: only an error's place is worth that.
    func test_aliases_are_located_only_as_far_as_the_last_one_an_error_is_shown_at() throws {
        func read(_ people: String) -> (lines: [String], parses: Int, aliases: Int) {
            var diagnostics: [Diagnostic] = []
            let file = SourceFile(displayPath: "people.yaml", text: people)
            let (loaded, aliases) = ParticipantLoader.read(file, scheme: "peer", diagnostics: &diagnostics)
            XCTAssertEqual(loaded.count, 500)
            return (diagnostics.map(\.description), aliases.parses, aliases.uses.count)
        }
        var people = "people:\n  - {id: p0, name: P, side: policy, consent: &c [&n name], job_title: &t Lecturer}\n"
        for index in 1..<499 { people += "  - {id: p\(index), name: P, side: policy, consent: *c}\n" }
        people += "  - {id: p499, name: P, side: policy, consent: [job_title, *n]}\n"
        let shared = read(people)
        XCTAssertEqual(shared.lines, [])
        XCTAssertEqual(shared.aliases, 499)
        XCTAssertEqual(shared.parses, 0, "500 people sharing one consent list, and no error to place: the file is parsed once")

        // The 20th and the 41st aliases are shown in errors: the first 41 are located, each once.
        people = people.replacingOccurrences(of: "{id: p20, name: P, side: policy, consent: *c}",
                                             with: "{id: p20, name: P, side: policy, sensitive: {n: &s x}, biography: *s, consent: *c}")
        people = people.replacingOccurrences(of: "{id: p40, name: P, side: policy, consent: *c}",
                                             with: "{id: p40, name: P, side: policy, consent: [name, *t]}")
        let reported = read(people)
        XCTAssertEqual(reported.lines, [
            "people.yaml:22:71: error: *s repeats a value written under ‘sensitive’, which is never published; write out here what may be published, instead of ‘*s’",
            "people.yaml:42:54: error: ‘Lecturer’ is not a field that can be published; use any of name, email, job_title, grade, organisation, profession, expertise_offered, expertise_sought, biography, partners",
        ])
        XCTAssertEqual(reported.aliases, 500)
        XCTAssertEqual(reported.parses, 41)
    }
}
