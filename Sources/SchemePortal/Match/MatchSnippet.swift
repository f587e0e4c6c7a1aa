/// The proposal as lines to paste into the participant data: for each person with a proposed partner, their
/// whole `partners` list (what the data already holds, as written, then the new pairs with
/// `status: proposed`), headed by where their record is. `portal check` then checks it like any other data.
extension MatchReport {
    public var snippet: String {
        let pool = proposal.pool
        var lines = [
            "# Proposed by ‘portal match \(scheme)’ on \(day): \(Counted.words(pairCount, "pair")), total score \(totalScore).",
            "# Each block is one person's ‘partners’ line in \(scheme). Put it into their record at the place named,",
            "# in place of any ‘partners’ line the record has there: the list repeats the partners already written.",
            "# Both people of each pair are listed, as ‘portal check’ requires. Then run ‘portal check’.",
        ]
        let proposedTo = Set(proposal.pairs.flatMap { [$0.first, $0.second] })
        for member in pool.members.indices where proposedTo.contains(member) {
            let person = pool.members[member]
            let place = person.membership.location
            lines.append("")
            lines.append("# \(person.id) (\(proposal.sideName(person.side))): the record whose ‘side’ is at \(place.file):\(place.line)")
            let written = person.membership.partners.map(Self.written)
            let proposed = proposal.partners(of: member).proposed.sorted { pool.members[$0].id < pool.members[$1].id }
                .map { "{id: \(pool.members[$0].id), status: proposed}" }
            lines.append("partners: [\((written + proposed).joined(separator: ", "))]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A partner as the data has it: an id alone, or with its status.
    private static func written(_ reference: PersonReference) -> String {
        reference.status.map { "{id: \(reference.id), status: \($0.rawValue)}" } ?? reference.id
    }
}
