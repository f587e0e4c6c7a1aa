/// For one person, what became of each person on the other side: the why behind "left without a partner"
/// and `portal match --explain ID`.
enum CandidateVerdict: Sendable, Equatable {
    /// Partners already in the data (accepted or proposed), kept.
    case kept
    case proposed(score: Int)
    case ruledOut(RuledOut)
    /// Allowed, but the other's places went to these members, as the best proposal for everyone needed.
    case placesTaken(score: Int, by: [Int])
    /// Allowed, but this person's own places went to others.
    case notChosen(score: Int)
}

extension MatchProposal {
    /// Every person on the other side, in id order, with what became of them as this member's partner.
    func verdicts(for member: Int) -> [(other: Int, verdict: CandidateVerdict)] {
        let me = pool.members[member]
        let proposed = Dictionary(pairs.filter { $0.first == member || $0.second == member }
            .map { ($0.first == member ? $0.second : $0.first, $0.score) }, uniquingKeysWith: { first, _ in first })
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
        if freeBefore[member] == 0 { return .ruledOut(placesGone(member)) }
        if freeBefore[other] == 0 { return .ruledOut(placesGone(other)) }
        let score = pool.score(a, b)
        if freeAfter[other] == 0 {
            return .placesTaken(score: score, by: partners(of: other).proposed.filter { $0 != member })
        }
        return .notChosen(score: score)
    }

    /// Why a member had no place to give: a request for someone else took it, or partners in the data did.
    private func placesGone(_ member: Int) -> RuledOut {
        if let wanted = pool.members[member].requested, !pool.members[member].partners.contains(wanted) {
            return .requestedOther(member: member, requested: wanted)
        }
        return .full(member: member)
    }
}
