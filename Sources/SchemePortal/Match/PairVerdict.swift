/// Why the hard rules rule a pair out, for `portal match`: the same rules `portal check` applies to pairs in
/// the data (conflicts, grade gaps through `GradeGapRule`, eligibility), plus the record of pairs that were
/// declined or ended. A pair none of them rules out is a candidate wherever both have a place.
enum RuledOut: Sendable, Equatable {
    /// The person's grade is outside their side's eligible range.
    case notEligible(member: Int)
    /// One of the two (or both) declared a conflict of interest with the other.
    case conflict(declaredBy: [Int], kind: String?)
    /// The two were paired before, and it was declined or ended.
    case pairedBefore(PairStatus)
    /// Already partners in the data (accepted or proposed): kept as they are, not proposed again.
    case alreadyPartners
    case gap(GradeGapRule.Breach)
}

extension MatchPool {
    /// The first hard rule that rules the pair of `a` (side 0) and `b` (side 1) out, ignoring places; nil if none.
    /// Kept to integers and small dictionaries: it runs for every pair of a scheme's two sides.
    func ruledOut(_ a: Int, _ b: Int) -> RuledOut? {
        let first = members[a], second = members[b]
        if !first.eligible { return .notEligible(member: a) }
        if !second.eligible { return .notEligible(member: b) }
        if !first.conflicts.isEmpty || !second.conflicts.isEmpty {
            let mine = first.conflicts[b], theirs = second.conflicts[a]
            if mine != nil || theirs != nil {
                return .conflict(declaredBy: (mine != nil ? [a] : []) + (theirs != nil ? [b] : []), kind: (mine ?? nil) ?? (theirs ?? nil))
            }
        }
        if !first.history.isEmpty || !second.history.isEmpty, let status = first.history[b] ?? second.history[a] {
            return .pairedBefore(status)
        }
        if first.partners.contains(b) || second.partners.contains(a) { return .alreadyPartners }
        if let rankA = first.rank, let rankB = second.rank,
           let breach = GradeGapRule.breach(senior: rankB, junior: rankA, directed: directed, rules: scheme.rules) {
            return .gap(breach)
        }
        return nil
    }
}
