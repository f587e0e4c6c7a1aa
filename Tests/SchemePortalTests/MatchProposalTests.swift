import XCTest
@testable import SchemePortal

/// The proposal as a whole: optimal wherever trying every assignment can check it, never breaking a rule
/// `portal check` enforces once pasted into the data, and explaining every pair and every person left out.
final class MatchProposalTests: XCTestCase {
    private func portal(mentees: Int, mentors: Int, seed: UInt64, capacities: ClosedRange<Int> = 1...3) throws -> TestPortal {
        let portal = try TestPortal(fixture: "matching")
        try portal.write(MatchFixtureTests.people, SyntheticScheme.peopleYAML(mentees: mentees, mentors: mentors, seed: seed, capacities: capacities))
        return portal
    }

    /// The most pairs, then the highest score, over every set of allowed pairs within everyone's places.
    private func bruteForce(_ proposal: MatchProposal) -> (pairs: Int, score: Int) {
        let pool = proposal.pool
        var allowed = pool.side(0).flatMap { a in pool.side(1).compactMap { b in pool.ruledOut(a, b) == nil ? (a, b, pool.score(a, b)) : nil } }
        var best = (pairs: 0, score: 0)
        func search(_ next: Int, _ free: [Int], _ pairs: Int, _ score: Int) {
            if pairs > best.pairs || (pairs == best.pairs && score > best.score) { best = (pairs, score) }
            guard next < allowed.count else { return }
            let (a, b, points) = allowed[next]
            if free[a] > 0, free[b] > 0 {
                var taken = free
                taken[a] -= 1
                taken[b] -= 1
                search(next + 1, taken, pairs + 1, score + points)
            }
            search(next + 1, free, pairs, score)
        }
        // Named-partner requests are met first and are not the solver's to change: the rest is searched.
        let requested = proposal.pairs.filter(\.requested)
        let rest = allowed.filter { pair in !requested.contains { $0.first == pair.0 && $0.second == pair.1 } }
        allowed = rest
        search(0, proposal.freeBefore, 0, 0)
        return (best.pairs + requested.count, best.score + requested.reduce(0) { $0 + $1.score })
    }

    func test_on_small_random_schemes_the_proposal_is_optimal_and_pasted_passes_check() throws {
        var checked = 0
        for seed in UInt64(1)...30 {
            var random = SplitMix(seed: seed)
            let portal = try portal(mentees: 2 + random.next(4), mentors: 2 + random.next(3), seed: seed)
            let report = try MatchFixtureTests.match(portal)
            let best = bruteForce(report.proposal)
            XCTAssertEqual(report.pairCount, best.pairs, "seed \(seed)")
            XCTAssertEqual(report.totalScore, best.score, "seed \(seed)")
            try PastedProposal.paste(report.snippet, into: portal)
            let errors = portal.check(today: MatchFixtureTests.today, drawing: .forChecking).diagnostics.filter { $0.severity == .error }
            XCTAssertEqual(errors.map(\.description), [], "seed \(seed)")
            checked += report.pairCount
        }
        XCTAssertGreaterThan(checked, 60, "the random schemes propose pairs to check")
    }

    func test_a_500_person_scheme_is_matched_within_every_rule_and_every_outcome_is_explained() throws {
        let portal = try portal(mentees: 300, mentors: 200, seed: 500, capacities: 1...2)
        let report = try MatchFixtureTests.match(portal)
        XCTAssertGreaterThan(report.pairCount, 250)
        let proposal = report.proposal
        // Every pair's score is the sum of the parts its explanation lists.
        for pair in proposal.pairs {
            XCTAssertEqual(proposal.pool.scoreParts(pair.first, pair.second).total, pair.score)
        }
        // Everyone left without a partner has a verdict for each person on the other side, and none says "proposed".
        for member in proposal.unmatched {
            let verdicts = proposal.verdicts(for: member)
            XCTAssertEqual(verdicts.count, proposal.pool.side(1 - proposal.pool.members[member].side).count)
            XCTAssertFalse(verdicts.contains { if case .proposed = $0.verdict { return true } else { return false } })
            XCTAssertNotNil(report.explain(proposal.pool.members[member].id))
        }
        try PastedProposal.paste(report.snippet, into: portal)
        let errors = portal.check(today: MatchFixtureTests.today, drawing: .forChecking).diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.description), [])
        let again = try MatchFixtureTests.match(portal)
        XCTAssertEqual(again.pairCount, 0, "pasted, the proposal is in the data and nothing more can be added")
    }

    func test_the_demos_five_schemes_are_matched_and_pasted_pass_check() throws {
        let portal = try TestPortal(copying: TestPortal.repository, folders: ["Content", "Layouts"])
        let today = CalendarDay(year: 2026, month: 11, day: 23)
        let before = portal.check(today: today, drawing: .forChecking)
        XCTAssertEqual(before.diagnostics.errorCount, 0)
        var proposed = 0
        for scheme in ["analysis-function-mutual-mentoring", "cles-one-step-beyond", "open-peer-mentoring",
                       "professional-services-mentoring", "telescope-mutual-mentoring"] {
            guard case .proposed(let report, _) = MatchRun.run(configuration: portal.configuration(today: today), scheme: scheme) else {
                return XCTFail("\(scheme) was not matched")
            }
            proposed += report.pairCount
            try PastedProposal.paste(report.snippet, into: portal)
        }
        XCTAssertGreaterThan(proposed, 4)
        let after = portal.check(today: today, drawing: .forChecking)
        XCTAssertEqual(after.lines.filter { $0.contains(": error: ") }, [])
        XCTAssertEqual(after.diagnostics.warningCount, before.diagnostics.warningCount)
    }
}
