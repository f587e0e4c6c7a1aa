import XCTest
@testable import SchemePortal

/// Issue 16: each hard rule blocks a pair the scores alone would choose (Tests/Fixtures/matching, with a
/// `people.yaml` written for each rule), and the proposal, pasted into the data, passes `portal check`.
final class MatchFixtureTests: XCTestCase {
    static let today = CalendarDay(year: 2026, month: 11, day: 30)
    static let people = "Content/schemes/pairs/people.yaml"

    /// One person's record in the scheme's people.yaml; `extra` lines are written as given, indented.
    static func record(_ id: String, _ side: String, _ grade: String, organisation: String = "Home Office",
                       _ extra: String...) -> String {
        let name = id.split(separator: "-").map { $0.capitalized }.joined(separator: " ")
        return (["  - id: \(id)", "    name: \(name)", "    side: \(side)", "    grade: \(grade)", "    organisation: \(organisation)"]
            + extra.map { "    " + $0 } + ["    consent: [name]"]).joined(separator: "\n")
    }

    static func portal(_ records: [String]) throws -> TestPortal {
        let portal = try TestPortal(fixture: "matching")
        try portal.write(people, "people:\n" + records.joined(separator: "\n\n") + "\n")
        return portal
    }

    static func match(_ portal: TestPortal, file: StaticString = #filePath, line: UInt = #line) throws -> MatchReport {
        switch MatchRun.run(configuration: portal.configuration(today: today), scheme: "pairs") {
        case .proposed(let report, _): return report
        case .refused(let reason): XCTFail("refused: \(reason)", file: file, line: line)
        case .contentErrors(let errors): XCTFail("content errors: \(errors.map(\.description))", file: file, line: line)
        }
        throw XCTSkip("no proposal")
    }

    static func pairs(_ report: MatchReport) -> [String] { report.pairs.map { "\($0.0)+\($0.1)" } }

    // MARK: the fixture as a coordinator would use it

    func test_the_fixture_gets_the_pairs_a_coordinator_would_choose_and_pasting_them_passes_check() throws {
        let portal = try TestPortal(fixture: "matching")
        let report = try Self.match(portal)
        XCTAssertEqual(Self.pairs(report), ["amal-haddad+dora-kowalski", "ben-okoro+gwen-harper", "dev-rana+femi-adebayo", "esme-noor+gwen-harper"])
        XCTAssertEqual(report.unmatchedCount, 0)
        try PastedProposal.paste(report.snippet, into: portal)
        let checked = portal.check(today: Self.today, drawing: .forChecking)
        XCTAssertEqual(checked.lines, [])
        // Pasted, the proposal is in the data: a second run keeps it and has nothing left to propose.
        let again = try Self.match(portal)
        XCTAssertEqual(again.pairCount, 0)
        XCTAssertEqual(again.unmatchedCount, 0)
        // The pair declined before is still there, beside the proposed one.
        let text = try String(contentsOf: portal.root.appendingPathComponent(Self.people), encoding: .utf8)
        XCTAssertTrue(text.contains("    partners: [{id: dora-kowalski, status: declined}, {id: gwen-harper, status: proposed}]"), text)
        XCTAssertTrue(text.contains("    partners: [cara-lind, {id: ben-okoro, status: proposed}, {id: esme-noor, status: proposed}]"), text)
    }

    func test_the_same_people_in_any_order_give_the_same_proposal() throws {
        let records = [Self.record("ann-a", "mentee", "EO", "preferences: [max-m, lou-l]"), Self.record("bob-b", "mentee", "EO"),
                       Self.record("cat-c", "mentee", "HEO"), Self.record("lou-l", "mentor", "SEO"),
                       Self.record("max-m", "mentor", "Grade 7", "capacity: 2")]
        let first = try Self.match(Self.portal(records))
        let reversed = try Self.match(Self.portal(records.reversed()))
        XCTAssertEqual(Self.pairs(first), Self.pairs(reversed))
        XCTAssertEqual(first.lines, reversed.lines.map { $0 })
        XCTAssertEqual(first.snippet.components(separatedBy: "\n").filter { $0.hasPrefix("partners") },
                       reversed.snippet.components(separatedBy: "\n").filter { $0.hasPrefix("partners") })
    }

    // MARK: one test per hard rule

    func test_two_people_on_the_same_side_are_never_paired() throws {
        // Bob seeks what Ann offers, and Ann asks for the mentor first: a score would pair the two mentees.
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "EO", "expertise_offered: [Policy design]", "preferences: [max-m]"),
                                                 Self.record("bob-b", "mentee", "EO", "expertise_sought: [Policy design]"),
                                                 Self.record("max-m", "mentor", "SEO")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+max-m"])
        XCTAssertEqual(report.unmatchedCount, 1)
        XCTAssertEqual(report.explain("bob-b")?.last, "  - max-m: allowed (score 0), but the best proposal gives their place to ann-a")
    }

    func test_a_person_outside_their_sides_eligible_grades_is_left_out_and_told_why() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "Grade 6", "preferences: [max-m]"),
                                                 Self.record("bob-b", "mentee", "EO"), Self.record("max-m", "mentor", "SEO")]))
        XCTAssertEqual(Self.pairs(report), ["bob-b+max-m"])
        XCTAssertTrue(report.lines.contains("  ann-a (mentee): grade Grade 6 is outside the eligible grades for mentees"), "\(report.lines)")
    }

    func test_a_mentor_takes_no_more_mentees_than_their_capacity() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "EO", "preferences: [max-m]"),
                                                 Self.record("bob-b", "mentee", "EO", "preferences: [max-m]"),
                                                 Self.record("cat-c", "mentee", "EO", "preferences: [max-m]"),
                                                 Self.record("max-m", "mentor", "SEO", "capacity: 2")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+max-m", "bob-b+max-m"])
        XCTAssertEqual(report.explain("cat-c")?.last, "  - max-m: allowed (score 30), but the best proposal gives their places to ann-a and bob-b")
    }

    func test_partners_already_in_the_data_are_kept_and_take_their_places() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "EO", "partners: [max-m]"),
                                                 Self.record("bob-b", "mentee", "EO", "preferences: [max-m]"),
                                                 Self.record("cat-c", "mentee", "EO", "preferences: [max-m]"),
                                                 Self.record("max-m", "mentor", "SEO", "capacity: 2", "partners: [ann-a]")]))
        XCTAssertEqual(Self.pairs(report), ["bob-b+max-m"])
        XCTAssertTrue(report.snippet.contains("partners: [ann-a, {id: bob-b, status: proposed}]"), report.snippet)
    }

    func test_a_mentor_below_the_grade_gap_is_not_proposed_even_as_a_first_choice() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "SEO", "preferences: [low-l, max-m]"),
                                                 Self.record("low-l", "mentor", "HEO"), Self.record("max-m", "mentor", "Grade 7")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+max-m"])
        XCTAssertEqual(report.explain("ann-a")?.suffix(2).first, "  - low-l: ruled out: the mentor must be at least 1 grade above (min_grade_gap)")
    }

    func test_a_mentor_too_far_above_is_not_proposed() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "AO", "preferences: [top-t]"),
                                                 Self.record("max-m", "mentor", "SEO"), Self.record("top-t", "mentor", "SCS1")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+max-m"])
        XCTAssertEqual(report.explain("ann-a")?.last, "  - top-t: ruled out: the mentor may be at most 3 grades above (max_grade_gap)")
    }

    func test_a_declared_conflict_of_interest_rules_a_pair_out_whoever_declared_it() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "EO", "expertise_sought: [Policy design]"),
                                                 Self.record("max-m", "mentor", "SEO", "expertise_offered: [Policy design]",
                                                             "conflicts: [{id: ann-a, kind: line manager}]"),
                                                 Self.record("sam-s", "mentor", "SEO")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+sam-s"])
        XCTAssertEqual(report.explain("ann-a")?.suffix(2).first, "  - max-m: ruled out: max-m declared a conflict of interest (line manager)")
    }

    func test_a_named_partner_request_is_met_before_any_score() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "EO", "preferences: [max-m]", "requested_partner: sam-s"),
                                                 Self.record("bob-b", "mentee", "EO", "preferences: [sam-s]"),
                                                 Self.record("max-m", "mentor", "SEO"), Self.record("sam-s", "mentor", "SEO")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+sam-s", "bob-b+max-m"])
        XCTAssertTrue(report.lines.contains("    - asked for by name by ann-a (requested_partner)"), "\(report.lines)")
    }

    func test_a_request_the_rules_forbid_leaves_the_person_for_the_coordinator() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "SEO", "requested_partner: low-l"),
                                                 Self.record("low-l", "mentor", "HEO"), Self.record("max-m", "mentor", "Grade 7")]))
        XCTAssertEqual(Self.pairs(report), [])
        XCTAssertTrue(report.lines.contains("  ann-a (mentee): asked to be paired with low-l by name, which the rules do not allow: the mentor must be at least 1 grade above (min_grade_gap)"),
                      "\(report.lines)")
    }

    func test_two_requests_for_one_place_go_to_a_pair_who_asked_for_each_other_and_the_other_is_told_why() throws {
        let report = try Self.match(Self.portal([Self.record("amal-a", "mentee", "EO", "requested_partner: mo-m"),
                                                 Self.record("zed-z", "mentee", "EO", "requested_partner: mo-m"),
                                                 Self.record("mo-m", "mentor", "SEO", "requested_partner: zed-z"),
                                                 Self.record("sam-s", "mentor", "SEO")]))
        XCTAssertEqual(Self.pairs(report), ["zed-z+mo-m"])
        XCTAssertTrue(report.lines.contains("  amal-a (mentee): asked to be paired with mo-m by name, but mo-m's place went to zed-z, who asked by name too (pairs who asked for each other come first, then requests in order of id)"),
                      "\(report.lines)")
        XCTAssertEqual(report.explain("amal-a")?.suffix(2).first, "  - mo-m: no place: mo-m asked to be paired with zed-z by name")
    }

    func test_a_request_beyond_the_gap_the_scheme_only_prefers_is_proposed_with_a_note() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "AO", "requested_partner: top-t"),
                                                 Self.record("top-t", "mentor", "SCS1")]))
        XCTAssertEqual(Self.pairs(report), ["ann-a+top-t"])
        XCTAssertTrue(report.lines.contains("    - note: top-t (SCS1) is 6 grades above ann-a (AO), but the mentor may be at most 3 grades above (max_grade_gap); asked for by name, so proposed: ‘portal check’ will warn"),
                      "\(report.lines)")
    }

    func test_a_pair_declined_before_is_not_proposed_again() throws {
        let report = try Self.match(Self.portal([Self.record("ann-a", "mentee", "EO", "partners: [{id: max-m, status: declined}]"),
                                                 Self.record("max-m", "mentor", "SEO", "partners: [{id: ann-a, status: declined}]")]))
        XCTAssertEqual(Self.pairs(report), [])
        XCTAssertEqual(report.unmatchedCount, 2)
        XCTAssertEqual(report.explain("ann-a")?.last, "  - max-m: ruled out: paired before, and the pairing was declined")
    }

    func test_a_scheme_of_one_side_is_refused_with_what_to_do() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": TestPortal.minimalScheme.replacingOccurrences(
            of: "  - id: mentee\n    name: Mentee\n", with: "")])
        guard case .refused(let reason) = MatchRun.run(configuration: portal.configuration(today: Self.today), scheme: "test-scheme") else {
            return XCTFail("a scheme of one side was matched")
        }
        XCTAssertEqual(reason, "test-scheme has one side; portal match pairs people across two sides, so write its pairs by hand in each person's ‘partners’")
    }
}
