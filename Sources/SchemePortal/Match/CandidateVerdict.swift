/// For one person, what became of each person on the other side: the why behind "left without a partner"
/// and `portal match --explain ID`.
enum CandidateVerdict: Sendable, Equatable {
    /// Partners already in the data (accepted or proposed), kept.
    case kept
    case proposed(score: Int)
    /// A hard rule rules the pair out.
    case ruledOut(RuledOut)
    /// `member`'s places are all taken by partners already in the data.
    case noPlace(member: Int)
    /// `member` asked for `requested` by name, which took their last place.
    case askedForOther(member: Int, requested: Int)
    /// Allowed, but the other's places went to these members, as the best proposal for everyone needed
    /// (or because they asked for them by name).
    case placesTaken(score: Int, by: [Int], byName: [Int])
    /// Allowed, but this person's own places went to others.
    case notChosen(score: Int)
}

extension MatchProposal {
    /// Every person on the other side, in id order, with what became of them as this member's partner.
    func verdicts(for member: Int) -> [(other: Int, verdict: CandidateVerdict)] {
        let me = pool.members[member]
        let proposed = Dictionary(pairs.compactMap { pair in pair.partner(of: member).map { ($0, pair.score) } },
                                  uniquingKeysWith: { first, _ in first })
        return pool.side(1 - me.side).map { other in
            (other, verdict(member, other, proposed: proposed))
        }
    }

    private func verdict(_ member: Int, _ other: Int, proposed: [Int: Int]) -> CandidateVerdict {
        let me = pool.members[member], them = pool.members[other]
        if me.partners.contains(other) || them.partners.contains(member) { return .kept }
        if let score = proposed[other] { return .proposed(score: score) }
        let (a, b) = me.side == 0 ? (member, other) : (other, member)
        if let reason = pool.ruledOut(a, b) { return .ruledOut(reason) }
        for someone in [member, other] where freeAtStart[someone] == 0 { return .noPlace(member: someone) }
        for someone in [member, other] where freeBefore[someone] == 0 {
            if let wanted = pool.members[someone].requested, wanted != (someone == member ? other : member) {
                return .askedForOther(member: someone, requested: wanted)
            }
        }
        let score = pool.score(a, b)
        if freeAfter[other] == 0 {
            let takers = partners(of: other).proposed.filter { $0 != member }
            return .placesTaken(score: score, by: takers, byName: takers.filter { requestedPair($0, other) })
        }
        return .notChosen(score: score)
    }

    /// Whether `member` and `other` were proposed together because one asked for the other by name.
    func requestedPair(_ member: Int, _ other: Int) -> Bool {
        pairs.contains { $0.requested && $0.partner(of: member) == other }
    }
}
