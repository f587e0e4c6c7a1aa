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
        /// A grade gap the scheme only prefers (`max_grade_gap`), which a pair asked for by name may go beyond;
        /// `portal check` warns about it.
        var preferenceBroken: GradeGapRule.Breach? = nil

        /// The other member of the pair, when `member` is one of the two.
        func partner(of member: Int) -> Int? {
            first == member ? second : second == member ? first : nil
        }
    }

    /// Why a named-partner request was not met.
    enum UnmetRequest: Sendable, Equatable {
        case ruledOut(RuledOut)
        /// `member`'s places are all taken by partners already in the data.
        case noPlace(member: Int)
        /// `member`'s places went to others who asked for them by name first.
        case askedForFirst(member: Int, by: [Int])
    }

    let pool: MatchPool
    /// New pairs, by the first member's id, then the second's.
    private(set) var pairs: [Pair] = []
    /// Places each member had free in the data: capacity less accepted and proposed partners.
    private(set) var freeAtStart: [Int] = []
    /// Places each member had free once named-partner requests were met: what the solver fills.
    private(set) var freeBefore: [Int] = []
    /// Places each member has free after the proposal.
    private(set) var freeAfter: [Int] = []
    /// Requests that could not be met, by the member who asked, with why.
    private(set) var unmetRequests: [Int: UnmetRequest] = [:]
    /// How many pairs the hard rules left to choose from once requests were met.
    private(set) var candidateCount = 0

    init(pool: MatchPool) {
        self.pool = pool
        let members = pool.members
        freeAtStart = members.map { $0.eligible ? max($0.capacity - $0.partners.count, 0) : 0 }
        var free = freeAtStart
        var pairs = meetRequests(&free)
        freeBefore = free
        let requested = Set(pairs.map { $0.first * members.count + $0.second })
        let firsts = pool.side(0).filter { free[$0] > 0 }, seconds = pool.side(1).filter { free[$0] > 0 }
        var candidates: [MatchingProblem.Candidate] = []
        for (row, a) in firsts.enumerated() {
            for (column, b) in seconds.enumerated() where pool.ruledOut(a, b) == nil && (requested.isEmpty || !requested.contains(a * members.count + b)) {
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

    /// A named partner is a requirement, not a wish: met before any score, pairs who asked for each other
    /// first, then in the order of the asker's id. A request that cannot be met keeps the asker's place
    /// for the coordinator rather than giving it to someone else. `max_grade_gap`, which `portal check`
    /// only warns about, does not stand in a request's way.
    private mutating func meetRequests(_ free: inout [Int]) -> [Pair] {
        let members = pool.members
        let askers = members.indices.filter { members[$0].requested != nil }
        let mutual = askers.filter { asker in members[asker].requested.map { members[$0].requested == asker } ?? false }
        let isMutual = Set(mutual)
        var pairs: [Pair] = []
        var takenBy: [Int: [Int]] = [:]
        for asker in mutual + askers.filter({ !isMutual.contains($0) }) {
            guard let wanted = members[asker].requested, members[wanted].side != members[asker].side else { continue }
            let (a, b) = members[asker].side == 0 ? (asker, wanted) : (wanted, asker)
            if pairs.contains(where: { $0.first == a && $0.second == b }) { continue }
            let reason = pool.ruledOut(a, b)
            if reason == .alreadyPartners { continue }
            var unmet: UnmetRequest?
            var breach: GradeGapRule.Breach?
            if case .gap(let gap)? = reason, !gap.isError { breach = gap } else if let reason { unmet = .ruledOut(reason) }
            for member in [asker, wanted] where unmet == nil && free[member] == 0 {
                unmet = freeAtStart[member] == 0 ? .noPlace(member: member) : .askedForFirst(member: member, by: takenBy[member] ?? [])
            }
            if let unmet {
                unmetRequests[asker] = unmet
                if free[asker] > 0 { free[asker] -= 1 }
                continue
            }
            pairs.append(Pair(first: a, second: b, score: pool.score(a, b), requested: true, preferenceBroken: breach))
            free[a] -= 1
            free[b] -= 1
            takenBy[wanted, default: []].append(asker)
            takenBy[asker, default: []].append(wanted)
        }
        return pairs
    }

    var totalScore: Int { pairs.reduce(0) { $0 + $1.score } }

    /// Members with no partner at all once the proposal is taken: none in the data, none proposed.
    var unmatched: [Int] {
        let proposedTo = Set(pairs.flatMap { [$0.first, $0.second] })
        return pool.members.indices.filter { pool.members[$0].partners.isEmpty && !proposedTo.contains($0) }
    }

    /// The partners a member would have, as members: those in the data, then those proposed.
    func partners(of member: Int) -> (kept: [Int], proposed: [Int]) {
        let proposed = pairs.compactMap { $0.partner(of: member) }
        return (pool.members[member].partners, proposed)
    }
}
