import XCTest
@testable import SchemePortal

/// The solver behind `portal match`: as many pairs as possible, then the highest score, never a pair the
/// rules did not allow or more partners than a capacity; the same problem always gives the same proposal;
/// optimal wherever trying every assignment can check it.
final class AssignmentSolverTests: XCTestCase {
    private typealias Candidate = MatchingProblem.Candidate

    func test_a_small_problem_gets_the_pairs_a_coordinator_would_choose() {
        // Ann ranks Mo first; Ben can only have Mo. Giving Mo to Ann scores more for one pair, but leaves Ben
        // out: the solver pairs everyone it can first.
        let problem = MatchingProblem(firstCapacities: [1, 1], secondCapacities: [1, 1], candidates: [
            Candidate(first: 0, second: 0, score: 10), Candidate(first: 0, second: 1, score: 3), Candidate(first: 1, second: 0, score: 1),
        ])
        let matching = AssignmentSolver.solve(problem)
        XCTAssertEqual(matching.pairs, [Candidate(first: 0, second: 1, score: 3), Candidate(first: 1, second: 0, score: 1)])
        XCTAssertEqual(matching.score, 4)
    }

    func test_a_mentor_with_room_for_four_takes_four_and_no_more() {
        let candidates = (0..<6).map { Candidate(first: $0, second: 0, score: $0) }
        let matching = AssignmentSolver.solve(MatchingProblem(firstCapacities: Array(repeating: 1, count: 6), secondCapacities: [4],
                                                              candidates: candidates))
        XCTAssertEqual(matching.pairs.map(\.first), [2, 3, 4, 5], "the four who score best")
    }

    func test_nobody_is_paired_outside_the_candidates_or_beyond_a_capacity_and_bad_numbers_are_ignored() {
        let problem = MatchingProblem(firstCapacities: [1, 0], secondCapacities: [1, 1], candidates: [
            Candidate(first: 1, second: 0, score: 50), Candidate(first: 0, second: 7, score: 9), Candidate(first: 0, second: 1, score: -2),
        ])
        XCTAssertEqual(AssignmentSolver.solve(problem).pairs, [Candidate(first: 0, second: 1, score: -2)])
    }

    func test_the_proposal_is_optimal_on_every_small_problem_brute_force_can_check() {
        var random = SplitMix(seed: 2026)
        for round in 0..<300 {
            let problem = randomProblem(&random)
            let best = bruteForce(problem)
            let matching = AssignmentSolver.solve(problem)
            XCTAssertEqual(matching.pairs.count, best.pairs, "round \(round): pairs, \(problem)")
            XCTAssertEqual(matching.score, best.score, "round \(round): score, \(problem)")
            assertFeasible(matching, problem, round)
        }
    }

    func test_the_same_problem_always_gives_the_same_proposal() {
        var random = SplitMix(seed: 7)
        for _ in 0..<50 {
            let problem = randomProblem(&random)
            XCTAssertEqual(AssignmentSolver.solve(problem), AssignmentSolver.solve(problem))
        }
    }

    // MARK: Helpers

    private func randomProblem(_ random: inout SplitMix) -> MatchingProblem {
        let firsts = 1 + random.next(5), seconds = 1 + random.next(4)
        var candidates: [Candidate] = []
        for first in 0..<firsts {
            for second in 0..<seconds where random.next(3) > 0 {
                candidates.append(Candidate(first: first, second: second, score: random.next(21) - 5))
            }
        }
        return MatchingProblem(firstCapacities: (0..<firsts).map { _ in random.next(3) },
                               secondCapacities: (0..<seconds).map { _ in random.next(3) }, candidates: candidates)
    }

    /// The most pairs, then the best score, over every subset of the candidates that respects the capacities.
    private func bruteForce(_ problem: MatchingProblem) -> (pairs: Int, score: Int) {
        var best = (pairs: 0, score: 0)
        var firstUsed = Array(repeating: 0, count: problem.firstCapacities.count)
        var secondUsed = Array(repeating: 0, count: problem.secondCapacities.count)
        func visit(_ index: Int, _ pairs: Int, _ score: Int) {
            if index == problem.candidates.count {
                if pairs > best.pairs || (pairs == best.pairs && score > best.score) { best = (pairs, score) }
                return
            }
            visit(index + 1, pairs, score)
            let candidate = problem.candidates[index]
            guard firstUsed[candidate.first] < problem.firstCapacities[candidate.first],
                  secondUsed[candidate.second] < problem.secondCapacities[candidate.second] else { return }
            firstUsed[candidate.first] += 1
            secondUsed[candidate.second] += 1
            visit(index + 1, pairs + 1, score + candidate.score)
            firstUsed[candidate.first] -= 1
            secondUsed[candidate.second] -= 1
        }
        visit(0, 0, 0)
        return best
    }

    private func assertFeasible(_ matching: MatchingSolution, _ problem: MatchingProblem, _ round: Int) {
        for pair in matching.pairs { XCTAssertTrue(problem.candidates.contains(pair), "round \(round)") }
        XCTAssertEqual(Set(matching.pairs).count, matching.pairs.count, "round \(round): a pair twice")
        for (person, capacity) in problem.firstCapacities.enumerated() {
            XCTAssertLessThanOrEqual(matching.pairs.filter { $0.first == person }.count, capacity, "round \(round)")
        }
        for (person, capacity) in problem.secondCapacities.enumerated() {
            XCTAssertLessThanOrEqual(matching.pairs.filter { $0.second == person }.count, capacity, "round \(round)")
        }
    }
}

/// A small random generator with a seed, so every run tries the same problems.
