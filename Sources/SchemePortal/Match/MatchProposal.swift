/// What `portal match` proposes for one scheme: every named-partner request the rules allow, then the best
/// assignment of everyone's remaining places (`AssignmentSolver`), never breaking a hard rule (`ruledOut`).
struct MatchProposal: Sendable {
    struct Pair: Sendable, Equatable {
        /// The member on side 0 and the one on side 1.
        var first: Int
        var second: Int
        var score: Int
        /// Proposed because one of the two asked for the other by name.
        var requested: Bool
    }

    let pool: MatchPool
    /// New pairs, by the first member's id, then the second's.
    private(set) var pairs: [Pair] = []
    /// Places each member had free before the proposal: capacity less partners in the data and requests.
    private(set) var freeBefore: [Int] = []
    /// Places each member has free after it.
    private(set) var freeAfter: [Int] = []
    /// Requests that could not be met, by the member who asked, with why.
    private(set) var unmetRequests: [Int: RuledOut] = [:]
    /// How many pairs the hard rules left to choose from.
    private(set) var candidateCount = 0

    init(pool: MatchPool) {
        self.pool = pool
        let members = pool.members
        var free = members.map { $0.eligible ? max($0.capacity - $0.partners.count, 0) : 0 }
        // Pairs proposed by request, as first × count + second.
        var proposed = Set<Int>()
        let count = members.count
        var pairs: [Pair] = []
        // Requests first, in id order of the person asking: a named partner is a requirement, not a wish.
        for asker in members.indices {
            guard let wanted = members[asker].requested, members[wanted].side != members[asker].side, free[asker] > 0 else { continue }
            let (a, b) = members[asker].side == 0 ? (asker, wanted) : (wanted, asker)
            if proposed.contains(a * count + b) { continue }
            if let reason = pool.ruledOut(a, b) {
                if reason != .alreadyPartners {
                    unmetRequests[asker] = reason
                    free[asker] -= 1
                }
            } else if free[wanted] == 0 {
                unmetRequests[asker] = .full(member: wanted)
                free[asker] -= 1
            } else {
                pairs.append(Pair(first: a, second: b, score: pool.score(a, b), requested: true))
                proposed.insert(a * count + b)
                free[a] -= 1
                free[b] -= 1
            }
        }
        freeBefore = free
        let firsts = pool.side(0).filter { free[$0] > 0 }, seconds = pool.side(1).filter { free[$0] > 0 }
        var candidates: [MatchingProblem.Candidate] = []
        for (row, a) in firsts.enumerated() {
            for (column, b) in seconds.enumerated() where pool.ruledOut(a, b) == nil && (proposed.isEmpty || !proposed.contains(a * count + b)) {
                candidates.append(MatchingProblem.Candidate(first: row, second: column, score: pool.score(a, b)))
            }
        }
        candidateCount = candidates.count
        let matching = AssignmentSolver.solve(MatchingProblem(firstCapacities: firsts.map { free[$0] },
                                                              secondCapacities: seconds.map { free[$0] }, candidates: candidates))
        for pair in matching.pairs {
            let a = firsts[pair.first], b = seconds[pair.second]
            pairs.append(Pair(first: a, second: b, score: pair.score, requested: false))
            free[a] -= 1
            free[b] -= 1
        }
        self.pairs = pairs.sorted { (members[$0.first].id, members[$0.second].id) < (members[$1.first].id, members[$1.second].id) }
        freeAfter = free
    }

    var totalScore: Int { pairs.reduce(0) { $0 + $1.score } }

    /// Members with no partner at all once the proposal is taken: none in the data, none proposed.
    var unmatched: [Int] {
        let proposedTo = Set(pairs.flatMap { [$0.first, $0.second] })
        return pool.members.indices.filter { pool.members[$0].partners.isEmpty && !proposedTo.contains($0) }
    }

    /// The partners a member would have, as members: those in the data, then those proposed.
    func partners(of member: Int) -> (kept: [Int], proposed: [Int]) {
        let proposed = pairs.compactMap { $0.first == member ? $0.second : $0.second == member ? $0.first : nil }
        return (pool.members[member].partners, proposed)
    }
}
