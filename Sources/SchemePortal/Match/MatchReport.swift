import Foundation

/// `portal match`'s report on the terminal: what was weighed, the proposed pairs and why, and who is left
/// without a partner and which rules ruled out each of their candidates.
public struct MatchReport: Sendable {
    let proposal: MatchProposal
    /// The day the proposal was made, as YYYY-MM-DD, for the snippet's heading.
    public let day: String

    init(proposal: MatchProposal, day: String) {
        self.proposal = proposal
        self.day = day
    }

    public var scheme: String { proposal.pool.scheme.slug }
    public var pairCount: Int { proposal.pairs.count }
    public var unmatchedCount: Int { proposal.unmatched.count }
    /// Ids of the members proposed together, first side first, for tests and scripts.
    public var pairs: [(String, String)] { proposal.pairs.map { (proposal.pool.members[$0.first].id, proposal.pool.members[$0.second].id) } }
    public var totalScore: Int { proposal.totalScore }
    /// People left out because their grade is outside their side's eligible range.
    public var ineligibleCount: Int { proposal.pool.members.filter { !$0.eligible }.count }

    public var summary: [String] {
        let pool = proposal.pool
        var lines = ["Matching proposal for \(pool.scheme.title) (\(pool.scheme.slug)), \(day)"]
        for side in 0...1 {
            let members = pool.side(side)
            let paired = members.filter { !pool.members[$0].partners.isEmpty }.count
            let free = members.reduce(0) { $0 + proposal.freeAtStart[$1] }
            lines.append("  \(proposal.sideName(side, plural: true)): \(members.count), \(paired) with a partner in the data; \(free) place\(free == 1 ? "" : "s") to fill")
        }
        lines.append("  weights: \(weightWords)")
        let requested = proposal.pairs.filter(\.requested).count
        let asked = requested > 0 ? "\(Counted.words(requested, "pair")) asked for by name; then " : ""
        lines.append("  \(asked)the hard rules allow \(Counted.words(proposal.candidateCount, "pair")) among those with places; proposed \(Counted.words(pairCount, "new pair")) in all (total score \(totalScore)); \(unmatchedCount) left without a partner")
        return lines
    }

    /// Every line of the terminal report.
    public var lines: [String] {
        var lines = summary
        lines.append("")
        if proposal.pairs.isEmpty {
            lines.append(noPairsWords)
        } else {
            lines.append("Proposed pairs")
            for pair in proposal.pairs { lines += pairLines(pair).map { "  " + $0 } }
        }
        let unmatched = proposal.unmatched
        if !unmatched.isEmpty {
            lines.append("")
            lines.append("Left without a partner")
            for member in unmatched { lines += unmatchedLines(member).map { "  " + $0 } }
        }
        lines.append("")
        lines.append("Nothing was written. Next: ‘portal match \(scheme) --yaml > proposal.yaml’ gives the lines to paste into the data;")
        lines.append("then run ‘portal check’. A person's ‘partners’ may be changed by hand before or after.")
        return lines
    }

    /// Why nothing is proposed: no places to fill, or none the rules allow.
    var noPairsWords: String {
        let pool = proposal.pool
        let open = (0...1).map { side in pool.side(side).reduce(0) { $0 + proposal.freeBefore[$1] } }
        if open.contains(0) {
            return "No new pairs: no \(proposal.sideName(open[0] == 0 ? 0 : 1)) has a place to fill."
        }
        return "No new pairs: the hard rules allow no pair among those with a place to fill."
    }

    var weightWords: String {
        let weights = proposal.pool.weights
        let places = proposal.pool.preferencePlaces
        return "choices \(weights.preferences) a place (a 1st of \(places): \(weights.preferences * places)), expertise sought and offered \(weights.expertise) an area, "
            + "other organisation \(weights.crossDepartment), similar field \(weights.similarFields) (rules: matching: in scheme.md)"
    }

    func pairLines(_ pair: MatchProposal.Pair) -> [String] {
        var lines = ["\(proposal.label(pair.first)) with \(proposal.label(pair.second)): score \(pair.score)"]
        if pair.requested {
            let asker = proposal.pool.members[pair.first].requested == pair.second ? pair.first : pair.second
            lines.append("  - asked for by name by \(proposal.pool.members[asker].id) (requested_partner)")
        }
        if let breach = pair.preferenceBroken, let grades = proposal.gradeWords(pair.first, pair.second) {
            lines.append("  - note: \(grades), but \(proposal.words(.gap(breach), for: pair.first)); asked for by name, so proposed: ‘portal check’ will warn")
        }
        let parts = proposal.pool.scoreParts(pair.first, pair.second).parts
        lines += parts.map { "  - " + proposal.words($0) }
        if parts.isEmpty { lines.append("  - no preference, shared area or stated preference applies: score 0") }
        lines.append("  - rules met: \(rulesMet(pair.first, pair.second))")
        return lines
    }

    func rulesMet(_ a: Int, _ b: Int) -> String {
        var met = ["other side", "no conflict of interest declared", "a place free for each"]
        if let grades = proposal.gradeWords(a, b) {
            met.insert(grades, at: 1)
        } else if proposal.pool.scheme.rules.minGradeGap != nil || proposal.pool.scheme.rules.maxGradeGap != nil {
            met.insert("grade gap not checked (a grade is missing)", at: 1)
        }
        return met.joined(separator: "; ")
    }

    func unmatchedLines(_ member: Int) -> [String] {
        var lines = ["\(proposal.label(member)): \(unmatchedReason(member))"]
        lines.append("  ‘portal match \(scheme) --explain \(proposal.pool.members[member].id)’ lists each")
        return lines
    }

    /// Why a person has no partner: a reason about them alone, or what became of each candidate, counted.
    func unmatchedReason(_ member: Int) -> String {
        if let reason = personReason(member) { return reason }
        let verdicts = proposal.verdicts(for: member)
        let other = proposal.sideName(1 - proposal.pool.members[member].side, plural: verdicts.count != 1)
        return verdicts.isEmpty ? "nobody is on the other side" : "of \(verdicts.count) \(other), \(counts(verdicts))"
    }

    /// A reason about the person alone, when one decides everything (not eligible, a request that cannot be met).
    func personReason(_ member: Int) -> String? {
        let person = proposal.pool.members[member]
        if !person.eligible { return proposal.words(.notEligible(member: member), for: member) }
        if let unmet = proposal.unmetRequests[member], let wanted = person.requested {
            return "asked to be paired with \(proposal.pool.members[wanted].id) by name, \(proposal.words(unmet, for: member))"
        }
        return nil
    }

    /// "3 ruled out by grade gap, 1 by conflict of interest; 2 allowed, places taken".
    func counts(_ verdicts: [(other: Int, verdict: CandidateVerdict)]) -> String {
        var counted: [String: Int] = [:]
        var order: [String] = []
        for (_, verdict) in verdicts {
            let heading = MatchProposal.heading(verdict)
            if counted[heading] == nil { order.append(heading) }
            counted[heading, default: 0] += 1
        }
        return order.sorted { (counted[$0]!, $1) > (counted[$1]!, $0) }.map { "\(counted[$0]!) \($0)" }.joined(separator: ", ")
    }

    /// `--explain ID`: the person, their pairs, and every candidate with what became of them; nil for an id not in the scheme.
    public func explain(_ id: String) -> [String]? {
        guard let member = proposal.pool.index[id] else { return nil }
        let person = proposal.pool.members[member]
        let (kept, proposed) = proposal.partners(of: member)
        var lines = ["\(proposal.label(member)) in \(scheme): capacity \(person.capacity); \(kept.count) partner\(kept.count == 1 ? "" : "s") in the data, \(proposed.count) proposed"]
        if let reason = personReason(member) { lines.append("  \(reason)") }
        for other in proposed {
            if let pair = proposal.pairs.first(where: { $0.partner(of: member) == other }) {
                lines += pairLines(pair).map { "  " + $0 }
            }
        }
        lines.append("  Each \(proposal.sideName(1 - person.side)):")
        for (other, verdict) in proposal.verdicts(for: member) {
            lines.append("  - \(proposal.pool.members[other].id): \(proposal.words(verdict, for: member))")
        }
        return lines
    }
}
