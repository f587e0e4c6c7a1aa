import XCTest
@testable import SchemePortal

/// `rules: matching:` in scheme.md: the weights a coordinator sets change the proposal, the defaults apply
/// otherwise, and a misspelt weight is an error where it is written.
final class MatchingWeightsTests: XCTestCase {
    private static let people = [
        MatchFixtureTests.record("ann-a", "mentee", "EO", "expertise_sought: [Data science]", "preferences: [lou-l]"),
        MatchFixtureTests.record("lou-l", "mentor", "SEO"),
        MatchFixtureTests.record("max-m", "mentor", "SEO", "expertise_offered: [Data science]"),
    ]

    private func portal(weights: String) throws -> TestPortal {
        let portal = try MatchFixtureTests.portal(Self.people)
        let file = portal.root.appendingPathComponent("Content/schemes/pairs/scheme.md")
        let scheme = try String(contentsOf: file, encoding: .utf8)
        try portal.write("Content/schemes/pairs/scheme.md", scheme.replacingOccurrences(of: "  prefer_cross_department: true\n",
                                                                                         with: "  prefer_cross_department: true\n" + weights))
        return portal
    }

    func test_by_default_a_first_choice_outweighs_one_area_of_expertise() throws {
        let report = try MatchFixtureTests.match(portal(weights: ""))
        XCTAssertEqual(MatchFixtureTests.pairs(report), ["ann-a+lou-l"])
        XCTAssertTrue(report.summary.contains("  weights: choices 10 a place (a 1st of 3: 30), expertise sought and offered 4 an area, other organisation 6, similar field 0 (rules: matching: in scheme.md)"),
                      "\(report.summary)")
    }

    func test_weights_written_in_the_scheme_change_the_proposal() throws {
        let report = try MatchFixtureTests.match(portal(weights: "  matching:\n    preferences: 1\n    expertise: 50\n"))
        XCTAssertEqual(MatchFixtureTests.pairs(report), ["ann-a+max-m"])
        XCTAssertEqual(report.explain("ann-a")?[1], "  ann-a (mentee) with max-m (mentor): score 50")
    }

    func test_a_misspelt_weight_is_an_error_at_its_line() throws {
        let portal = try portal(weights: "  matching:\n    expertize: 50\n")
        let lines = portal.check(today: MatchFixtureTests.today, drawing: .forChecking).lines
        XCTAssertEqual(lines, ["Content/schemes/pairs/scheme.md:30:5: error: unknown key ‘expertize’ in the matching weights; did you mean ‘expertise’?"])
    }
}
