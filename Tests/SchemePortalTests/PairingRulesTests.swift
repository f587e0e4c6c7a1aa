import XCTest
@testable import SchemePortal

/// PairingRules: partners each side lists, how many partners a person may have, and what a pair must not be.
final class PairingRulesTests: XCTestCase {
    private static let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "---\n")

    private func lines(_ people: String, scheme: String = PairingRulesTests.scheme) throws -> [String] {
        try TestPortal(["Content/schemes/peer/scheme.md": scheme, "Content/schemes/peer/people.yaml": people])
            .removingDefaultScheme().check().lines
    }

    private static func person(_ id: String, _ side: String, _ extra: String = "") -> String {
        "  - id: \(id)\n    name: \(id.capitalized)\n    side: \(side)\n    consent: [name]\n" + extra
    }

    func test_a_partner_who_does_not_list_them_back_is_an_error_at_the_listing() throws {
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [ben]\n") + Self.person("ben", "mentee")
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:6:16: error: ada lists ben as a partner, but ben does not list ada; add ‘ada’ to ben's partners, or remove this one",
        ])
    }

    func test_a_pair_listed_on_both_sides_is_clean_and_checked_once() throws {
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [ben]\n") + Self.person("ben", "mentee", "    partners: [ada]\n")
        XCTAssertEqual(try lines(people), [])
        let bothDeclared = "people:\n" + Self.person("ada", "mentor", "    partners: [ben]\n    conflicts: [ben]\n")
            + Self.person("ben", "mentee", "    partners: [ada]\n    conflicts: [ada]\n")
        XCTAssertEqual(try lines(bothDeclared), [
            "Content/schemes/peer/people.yaml:6:16: error: ada is paired with ben, but both declared a conflict of interest between them; choose another partner, or check the conflict",
        ], "one message for the pair, not one from each side")
    }

    func test_without_a_capacity_a_person_has_one_partner_and_the_second_is_the_error() throws {
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [ben, cy]\n")
            + Self.person("ben", "mentee", "    partners: [ada]\n") + Self.person("cy", "mentee", "    partners: [ada]\n")
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:6:21: error: ada has 2 partners, more than 1 (no ‘capacity’ is given); add ‘capacity: 2’ or remove a partner",
        ])
    }

    func test_the_schemes_mentor_capacity_is_the_limit_when_a_person_gives_none() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  mentor_capacity: 2\n---\n")
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [ben, cy, dee]\n")
            + Self.person("ben", "mentee", "    partners: [ada]\n") + Self.person("cy", "mentee", "    partners: [ada]\n")
            + Self.person("dee", "mentee", "    partners: [ada]\n")
        XCTAssertEqual(try lines(people, scheme: scheme), [
            "Content/schemes/peer/people.yaml:6:25: error: ada has 3 partners, more than the 2 that peer allows; remove a partner",
        ])
    }

    func test_an_unknown_partner_is_reported_once_not_again_as_a_pairing_problem() throws {
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [bem]\n") + Self.person("ben", "mentee")
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:6:16: error: the partner ‘bem’ is not a person in the participant data; did you mean ‘ben’?",
        ])
    }
}
