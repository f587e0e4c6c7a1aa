import XCTest
@testable import SchemePortal

/// Every list of mappings in the content (ladders, grades, terms, sides, contacts, links, key dates,
/// people, memberships, eligible grades) is read the same way: an item that is not a mapping is an error
/// at the item, each item's unknown keys are errors at the key, and a broken item never stops the others.
final class YAMLMappingListTests: XCTestCase {
    func test_items_that_are_not_mappings_and_unknown_keys_are_errors_at_their_place_in_every_list() throws {
        let scheme = """
            ---
            title: Test scheme
            organisers: [Test team]
            summary: A scheme for tests.
            model: peer
            sides:
              - {id: mentor, name: Mentor, colour: blue}
              - [mentee]
            contacts:
              - {role: Lead, email: lead@example.org, fax: 0123}
            links:
              - {title: Home, url: "https://example.org/", icon: home}
            key_dates:
              - {label: Opens, date: 1 March 2026, kind: opens, colour: red}
            rules:
              grade_ladder: civil-service
              eligible_grades:
                mentor: {lowest: EO, lowst: AA}
            ---
            Introduction.
            """
        let portal = try TestPortal([
            "Content/schemes/test-scheme/scheme.md": scheme,
            "Content/portal.yaml": TestPortal.minimalPortalFile.replacingOccurrences(of: "SCS2]", with: "{name: SCS3, alias: [X]}]"),
        ])
        XCTAssertEqual(portal.check().lines, [
            "Content/portal.yaml:7:109: error: unknown key ‘alias’ in a grade; did you mean ‘aliases’?",
            "Content/schemes/test-scheme/scheme.md:7:32: error: unknown key ‘colour’ in a side; the keys a side may have are: ‘id’, ‘name’, ‘plural’, ‘description’, ‘eligibility’, ‘how_to_apply’",
            "Content/schemes/test-scheme/scheme.md:8:5: error: a side should be a set of ‘key: value’ lines, but this is a list; write it as ‘key: value’ lines",
            "Content/schemes/test-scheme/scheme.md:10:43: error: unknown key ‘fax’ in a contact; the keys a contact may have are: ‘role’, ‘email’, ‘phone’, ‘url’, ‘side’",
            "Content/schemes/test-scheme/scheme.md:12:48: error: unknown key ‘icon’ in a link; the keys a link may have are: ‘title’, ‘url’, ‘description’",
            "Content/schemes/test-scheme/scheme.md:14:53: error: unknown key ‘colour’ in a key date; the keys a key date may have are: ‘label’, ‘date’, ‘kind’, ‘side’, ‘details’, ‘location’, ‘confirm’",
            "Content/schemes/test-scheme/scheme.md:18:26: error: unknown key ‘lowst’ in the eligible grades of ‘mentor’; did you mean ‘lowest’?",
        ])
    }

    /// Until this was fixed, a membership without `scheme:` was dropped without a word: the person was
    /// only warned of being in no scheme.
    func test_a_membership_without_its_scheme_is_an_error_at_the_membership() throws {
        let portal = try TestPortal(["Content/people/p.yaml": """
            id: ann
            name: Ann
            consent: [name]
            schemes:
              - scheme: test-scheme
                side: mentor
              - side: mentee
                capacity: 2
            """])
        XCTAssertEqual(portal.check().lines, [
            "Content/people/p.yaml:7:5: error: a scheme membership is missing the required key ‘scheme’; add ‘scheme: …’",
        ])
    }

    func test_every_person_of_a_list_is_read_even_when_one_is_not_a_mapping() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/people.yaml": """
            people:
              - just a name
              - id: ann
                name: Ann
                side: mentor
                consent: [name]
            """])
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/people.yaml:2:5: error: a person should be a set of ‘key: value’ lines, but this is ‘just a name’; write it as ‘key: value’ lines",
        ])
        XCTAssertTrue(outcome.files.contains { $0.path == "people/ann/index.html" })
    }
}
