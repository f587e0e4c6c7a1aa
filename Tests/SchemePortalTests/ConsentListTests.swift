import XCTest
@testable import SchemePortal

/// `consent` lists field names written as text; anything else is an error at the item, never dropped silently.
final class ConsentListTests: XCTestCase {
    private func lines(consent: String, before: String = "") throws -> [String] {
        let people = """
            people:
              - id: ada
                name: Ada Researcher
                side: researcher
                job_title: Research Fellow
            \(before)    consent: \(consent)
            """
        return try TestPortal(["Content/schemes/peer/scheme.md": PeopleTests.scheme, "Content/schemes/peer/people.yaml": people])
            .removingDefaultScheme().check().lines
    }

    static let names = "the fields that can be published are ‘name’, ‘email’, ‘job_title’, ‘grade’, ‘organisation’, ‘profession’, ‘expertise_offered’, ‘expertise_sought’, ‘biography’, ‘partners’"

    func test_a_list_inside_consent_is_an_error_at_that_item() throws {
        XCTAssertEqual(try lines(consent: "[name, [email]]"), [
            "Content/schemes/peer/people.yaml:6:21: error: each item of ‘consent’ should be a field name written as text, but this is a list; list the field names one after another, e.g. ‘consent: [name, job_title]’; \(Self.names)",
        ])
    }

    func test_lists_and_mappings_inside_consent_are_each_an_error_at_their_item() throws {
        XCTAssertEqual(try lines(consent: "[[name], {job_title: x}]"), [
            "Content/schemes/peer/people.yaml:6:15: error: each item of ‘consent’ should be a field name written as text, but this is a list; list the field names one after another, e.g. ‘consent: [name, job_title]’; \(Self.names)",
            "Content/schemes/peer/people.yaml:6:23: error: each item of ‘consent’ should be a field name written as text, but this is a set of ‘key: value’ lines; list the field names one after another, e.g. ‘consent: [name, job_title]’; \(Self.names)",
        ])
    }

    func test_an_alias_to_a_list_of_lists_is_an_error_at_each_item() throws {
        let before = "    expertise_offered: &fields [[name], [job_title]]\n"
        XCTAssertEqual(try lines(consent: "*fields", before: before), [
            "Content/schemes/peer/people.yaml:6:33: error: each item of ‘consent’ should be a field name written as text, but this is a list; list the field names one after another, e.g. ‘consent: [name, job_title]’; \(Self.names)",
            // The list the alias names is no list of areas either.
            "Content/schemes/peer/people.yaml:6:33: error: each item of ‘expertise_offered’ should be text, but this is a list; write each area as text after ‘- ’",
            "Content/schemes/peer/people.yaml:6:41: error: each item of ‘consent’ should be a field name written as text, but this is a list; list the field names one after another, e.g. ‘consent: [name, job_title]’; \(Self.names)",
            "Content/schemes/peer/people.yaml:6:41: error: each item of ‘expertise_offered’ should be text, but this is a list; write each area as text after ‘- ’",
        ])
    }

    func test_an_alias_item_is_reported_where_the_alias_is_written() throws {
        let before = "    expertise_sought: &wanted [Select committees]\n"
        XCTAssertEqual(try lines(consent: "[name, job_title, *wanted]", before: before), [
            "Content/schemes/peer/people.yaml:7:32: error: each item of ‘consent’ should be a field name written as text, but this is a list; list the field names one after another, e.g. ‘consent: [name, job_title]’; \(Self.names)",
        ])
    }

    func test_empty_and_null_items_and_numbers_are_errors_at_the_item() throws {
        XCTAssertEqual(try lines(consent: "[name, ~, null, '', 3]"), [
            "Content/schemes/peer/people.yaml:6:21: error: an item of ‘consent’ is empty; write a field name, or remove the item; \(Self.names)",
            "Content/schemes/peer/people.yaml:6:24: error: an item of ‘consent’ is empty; write a field name, or remove the item; \(Self.names)",
            "Content/schemes/peer/people.yaml:6:30: error: an item of ‘consent’ is empty; write a field name, or remove the item; \(Self.names)",
            "Content/schemes/peer/people.yaml:6:34: error: ‘3’ is not a field that can be published; use any of name, email, job_title, grade, organisation, profession, expertise_offered, expertise_sought, biography, partners",
        ])
    }

    func test_a_single_name_a_misspelling_and_names_written_as_one_text_are_understood() throws {
        XCTAssertEqual(try lines(consent: "name"), [])
        XCTAssertEqual(try lines(consent: "[name, jobtitle]"), [
            "Content/schemes/peer/people.yaml:6:21: error: ‘jobtitle’ is not a field that can be published; did you mean ‘job_title’?",
        ])
        XCTAssertEqual(try lines(consent: "name, job_title"), [
            "Content/schemes/peer/people.yaml:6:14: error: ‘name, job_title’ is several field names written as one; write them as a list: ‘consent: [name, job_title]’",
        ])
    }
}
