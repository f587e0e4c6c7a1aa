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
            "Content/schemes/peer/people.yaml:6:21: error: ada has 2 partners, more than 1 (no ‘capacity’ is given); remove a partner, or add ‘capacity: 2’ if they agreed to more",
        ])
    }

    func test_the_schemes_mentor_capacity_caps_a_person_who_gives_no_capacity() throws {
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

    func test_mentor_capacity_is_no_default_a_mentor_within_it_is_told_to_add_a_capacity() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  mentor_capacity: 4\n---\n")
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [ben, cy]\n")
            + Self.person("ben", "mentee", "    partners: [ada]\n") + Self.person("cy", "mentee", "    partners: [ada]\n")
        XCTAssertEqual(try lines(people, scheme: scheme), [
            "Content/schemes/peer/people.yaml:6:21: warning: ada has 2 partners but no ‘capacity’, and a person without one takes one partner; add ‘capacity: 2’ to their record (peer allows up to 4)",
        ])
        let stated = people.replacingOccurrences(of: "    partners: [ben, cy]\n", with: "    capacity: 2\n    partners: [ben, cy]\n")
        XCTAssertEqual(try lines(stated, scheme: scheme), [])
    }

    func test_a_mentee_has_one_mentor_whatever_the_schemes_mentor_capacity() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  mentor_capacity: 4\n---\n")
        let people = "people:\n" + Self.person("ben", "mentee", "    partners: [ada, cy]\n")
            + Self.person("ada", "mentor", "    partners: [ben]\n") + Self.person("cy", "mentor", "    partners: [ben]\n")
        XCTAssertEqual(try lines(people, scheme: scheme), [
            "Content/schemes/peer/people.yaml:6:21: error: ben has 2 partners, but a mentee has one mentor unless their ‘capacity’ says more; remove a partner, or add ‘capacity: 2’ if they agreed to more",
        ])
    }

    /// A scheme on a ladder of five grades, with the rules given.
    private func gradedLines(_ people: String, sides: (String, String) = ("mentor", "mentee"), rules: String) throws -> [String] {
        let scheme = TestPortal.minimalScheme
            .replacingOccurrences(of: "id: mentor\n    name: Mentor", with: "id: \(sides.0)\n    name: \(sides.0.capitalized)")
            .replacingOccurrences(of: "id: mentee\n    name: Mentee", with: "id: \(sides.1)\n    name: \(sides.1.capitalized)")
            .replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  grade_ladder: civil-service\n\(rules)---\n")
        return try lines(people, scheme: scheme)
    }

    private static func pair(_ first: (id: String, side: String, grade: String), _ second: (id: String, side: String, grade: String)) -> String {
        "people:\n" + person(first.id, first.side, "    grade: \(first.grade)\n    partners: [\(second.id)]\n")
            + person(second.id, second.side, "    grade: \(second.grade)\n    partners: [\(first.id)]\n")
    }

    func test_a_mentor_graded_below_the_mentee_never_meets_a_minimum_gap_above() throws {
        let below = Self.pair(("ada", "mentor", "HEO"), ("ben", "mentee", "SEO"))
        XCTAssertEqual(try gradedLines(below, rules: "  min_grade_gap: 1\n"), [
            "Content/schemes/peer/people.yaml:7:16: error: the mentor ada (HEO) is 1 grade below the mentee ben (SEO); peer needs the mentor at least 1 grade above; pair them with a mentor at least 1 grade above, or check both grades",
        ])
        let above = Self.pair(("ada", "mentor", "SEO"), ("ben", "mentee", "HEO"))
        XCTAssertEqual(try gradedLines(above, rules: "  min_grade_gap: 1\n"), [])
        // Between peers the same pair is a distance, and passes.
        XCTAssertEqual(try gradedLines(below.replacingOccurrences(of: "mentor", with: "researcher").replacingOccurrences(of: "mentee", with: "policy"),
                                       sides: ("researcher", "policy"), rules: "  min_grade_gap: 1\n"), [])
    }

    func test_a_senior_and_a_junior_side_or_a_named_senior_side_give_the_gap_a_direction() throws {
        let juniorAbove = Self.pair(("ada", "senior", "HEO"), ("ben", "junior", "Grade 7"))
        XCTAssertEqual(try gradedLines(juniorAbove, sides: ("senior", "junior"), rules: "  min_grade_gap: 2\n"), [
            "Content/schemes/peer/people.yaml:7:16: error: the senior ada (HEO) is 2 grades below the junior ben (Grade 7); peer needs the senior at least 2 grades above; pair them with a senior at least 2 grades above, or check both grades",
        ])
        let named = Self.pair(("ada", "host", "HEO"), ("ben", "guest", "Grade 7"))
        XCTAssertEqual(try gradedLines(named, sides: ("host", "guest"), rules: "  senior_side: guest\n  min_grade_gap: 2\n"), [],
                       "the guest is the senior side, two grades above")
        XCTAssertEqual(try gradedLines(named, sides: ("host", "guest"), rules: "  senior_side: hots\n  min_grade_gap: 2\n"), [
            "Content/schemes/peer/scheme.md:13:16: error: ‘senior_side’ names the side ‘hots’, which the scheme does not have; did you mean ‘host’?",
        ])
    }

    func test_with_only_a_maximum_a_mentor_below_the_mentee_is_a_warning() throws {
        let below = Self.pair(("ada", "mentor", "HEO"), ("ben", "mentee", "SEO"))
        XCTAssertEqual(try gradedLines(below, rules: "  max_grade_gap: 2\n"), [
            "Content/schemes/peer/people.yaml:7:16: warning: the mentor ada (HEO) is 1 grade below the mentee ben (SEO); peer counts its grade gap upwards from the mentee; pair them with a mentor at the same grade or above, or check both grades",
        ])
        let farAbove = Self.pair(("ada", "mentor", "Grade 6"), ("ben", "mentee", "EO"))
        XCTAssertEqual(try gradedLines(farAbove, rules: "  max_grade_gap: 2\n"), [
            "Content/schemes/peer/people.yaml:7:16: warning: the mentor ada (Grade 6) is 4 grades above the mentee ben (EO); peer prefers the mentor at most 2 grades above; consider a mentor nearer in grade",
        ])
    }

    func test_a_preference_for_someone_with_a_declared_conflict_is_an_error_either_way_round() throws {
        let own = "people:\n" + Self.person("ben", "mentee", "    preferences: [ada]\n    conflicts: [ada]\n") + Self.person("ada", "mentor")
        XCTAssertEqual(try lines(own), [
            "Content/schemes/peer/people.yaml:6:19: error: ben ranks ada as a preference, but has declared a conflict of interest with them; remove the preference, or the conflict if it no longer applies",
        ])
        let theirs = "people:\n" + Self.person("ben", "mentee", "    preferences: [ada]\n") + Self.person("ada", "mentor", "    conflicts: [ben]\n")
        XCTAssertEqual(try lines(theirs), [
            "Content/schemes/peer/people.yaml:6:19: error: ben ranks ada as a preference, but ada has declared a conflict of interest with them; remove the preference, or the conflict if it no longer applies",
        ])
    }

    func test_a_declined_or_ended_pairing_takes_no_place_and_meets_no_rule() throws {
        // ada (capacity 1 by default) declined ben and ended with cy, and is now paired with dee.
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [{id: ben, status: declined}, {id: cy, status: ended}, dee]\n    conflicts: [ben]\n")
            + Self.person("ben", "mentee", "    partners: [{id: ada, status: declined}]\n")
            + Self.person("cy", "mentee") + Self.person("dee", "mentee", "    partners: [ada]\n")
        XCTAssertEqual(try lines(people), [], "no capacity, conflict or one-sided message about a pairing that is over")
        // A proposed pairing counts like an accepted one.
        let proposed = people.replacingOccurrences(of: "{id: cy, status: ended}", with: "{id: cy, status: proposed}")
            .replacingOccurrences(of: Self.person("cy", "mentee"), with: Self.person("cy", "mentee", "    partners: [{id: ada, status: proposed}]\n"))
        XCTAssertEqual(try lines(proposed), [
            "Content/schemes/peer/people.yaml:6:73: error: ada has 2 partners, more than 1 (no ‘capacity’ is given); remove a partner, or add ‘capacity: 2’ if they agreed to more",
        ])
    }

    func test_a_conflict_can_say_what_it_is_and_the_message_names_it() throws {
        let people = "people:\n" + Self.person("ada", "mentor", "    partners: [ben]\n    conflicts: [{id: ben, kind: line manager}]\n")
            + Self.person("ben", "mentee", "    partners: [ada]\n")
        XCTAssertEqual(try lines(people), [
            "Content/schemes/peer/people.yaml:6:16: error: ada is paired with ben, but ada declared a conflict of interest (line manager) between them; choose another partner, or check the conflict",
        ])
    }

    func test_a_requested_partner_is_checked_as_a_preference_is() throws {
        let unknown = "people:\n" + Self.person("ben", "mentee", "    requested_partner: adda\n") + Self.person("ada", "mentor")
        XCTAssertEqual(try lines(unknown), [
            "Content/schemes/peer/people.yaml:6:24: error: the requested partner ‘adda’ is not a person in the participant data; did you mean ‘ada’?",
        ])
        let sameSide = "people:\n" + Self.person("ben", "mentee", "    requested_partner: cy\n") + Self.person("cy", "mentee")
        XCTAssertEqual(try lines(sameSide), [
            "Content/schemes/peer/people.yaml:6:24: error: the requested partner ‘cy’ is on the same side (mentee); requested partners must be on the other side; name someone from the other side of peer",
        ])
        let twoAsked = "people:\n" + Self.person("ben", "mentee", "    requested_partner: [ada, cy]\n") + Self.person("ada", "mentor") + Self.person("cy", "mentor")
        let twoLines = try lines(twoAsked)
        XCTAssertEqual(twoLines.count, 1)
        XCTAssertTrue(twoLines.first?.contains("‘requested_partner’ names one person, but this is a list") ?? false, "\(twoLines)")
    }

    func test_only_an_accepted_pairing_is_published() throws {
        func published(_ status: String) throws -> [String] {
            let people = "people:\n" + Self.person("ada", "mentor", "    partners: [{id: ben, status: \(status)}]\n").replacingOccurrences(of: "consent: [name]", with: "consent: [name, partners]")
                + Self.person("ben", "mentee", "    partners: [{id: ada, status: \(status)}]\n").replacingOccurrences(of: "consent: [name]", with: "consent: [name, partners]")
            let outcome = try TestPortal(["Content/schemes/peer/scheme.md": Self.scheme, "Content/schemes/peer/people.yaml": people]).removingDefaultScheme().check()
            XCTAssertEqual(outcome.errors, [])
            let portal = try XCTUnwrap(outcome.portal)
            return Publication(portal: portal).people.first { $0.id == "ada" }?.memberships.first?.partners ?? []
        }
        XCTAssertEqual(try published("accepted"), ["ben"])
        XCTAssertEqual(try published("proposed"), [])
        XCTAssertEqual(try published("ended"), [])
    }

    func test_a_partner_or_conflict_written_as_a_mapping_without_its_id_is_an_error_not_dropped() throws {
        let people = "people:\n" + Self.person("ada", "mentor", "    conflicts: [{person: ben, kind: line manager}]\n    partners: [{ide: ben, status: proposed}]\n")
            + Self.person("ben", "mentee")
        let found = try lines(people)
        XCTAssertEqual(found.count, 3, found.joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.contains("missing the required key ‘id’") }, found.joined(separator: "\n"))
        XCTAssertTrue(found.contains { $0.contains("‘person’") } && found.contains { $0.contains("‘ide’") }, found.joined(separator: "\n"))
    }

    func test_in_reverse_mentoring_a_mentor_and_a_mentee_say_nothing_of_grades() throws {
        let reverse = TestPortal.minimalScheme.replacingOccurrences(of: "model: peer", with: "model: reverse")
            .replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  grade_ladder: civil-service\n  min_grade_gap: 1\n---\n")
        // The mentor is the junior colleague: two grades apart either way is what the rule asks.
        XCTAssertEqual(try lines(Self.pair(("ada", "mentor", "HEO"), ("ben", "mentee", "Grade 7")), scheme: reverse), [])
    }

    func test_partners_in_similar_fields_pass_and_a_synonym_counts_as_its_area() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: "rules:\n  prefer_similar_expertise: true\n---\n")
        let portalFile = TestPortal.minimalPortalFile + "\nvocabularies:\n  expertise:\n    - {name: Data science, synonyms: [Data analytics]}\n    - Public finance\n"
        func found(_ mentee: String, _ mentor: String) throws -> [String] {
            let people = "people:\n" + Self.person("ada", "mentor", "    expertise_offered: [\(mentor)]\n    partners: [ben]\n")
                + Self.person("ben", "mentee", "    expertise_sought: [\(mentee)]\n    partners: [ada]\n")
            return try TestPortal(["Content/portal.yaml": portalFile, "Content/schemes/peer/scheme.md": scheme, "Content/schemes/peer/people.yaml": people])
                .removingDefaultScheme().check().lines
        }
        XCTAssertEqual(try found("Data analytics", "Data science"), [])
        XCTAssertEqual(try found("Data science", "Public finance"), [
            "Content/schemes/peer/people.yaml:7:16: warning: ada and ben share no area of expertise; peer prefers partners in similar fields; pair them with someone who offers or seeks one of their areas, or leave the pairing if it was agreed on purpose",
        ])
    }
}
