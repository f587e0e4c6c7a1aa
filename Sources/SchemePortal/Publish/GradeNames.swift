/// A grade as its ladder names it, so that "Deputy Director", "deputy director" and "SCS1" show, filter and
/// make facet pages as the one grade they are, rather than as three.
struct GradeNames: Sendable {
    /// A ladder with its grades' names and aliases in lower case, made once: every published person's grade
    /// is looked up here, and lower-casing every name of the ladder for each was a hundredth of `portal check`.
    private struct Lookup: Sendable {
        let ladder: GradeLadder
        let ranks: [String: Int]

        init(_ ladder: GradeLadder) {
            self.ladder = ladder
            ranks = ladder.ranksByLowercasedName()
        }

        func name(of wanted: String) -> String? { ranks[wanted].map { ladder.grades[$0].name } }
    }

    /// Each scheme's ladder, by scheme.
    private let schemeLadders: [String: Lookup]
    private let ladders: [Lookup]

    init(_ portal: Portal) {
        ladders = portal.settings.gradeLadders.map(Lookup.init)
        var byScheme: [String: Lookup] = [:]
        for scheme in portal.schemes {
            if let id = scheme.rules.gradeLadder, let ladder = portal.settings.ladder(id: id) { byScheme[scheme.slug] = Lookup(ladder) }
        }
        schemeLadders = byScheme
    }

    /// The name on the ladder of the first of the person's schemes that has the grade, or else on the first
    /// ladder of the portal that has it; the grade as written when no ladder has it.
    func name(of grade: String, for person: Participant) -> String {
        let wanted = grade.lowercased()
        for membership in person.memberships {
            if let name = schemeLadders[membership.scheme]?.name(of: wanted) { return name }
        }
        for ladder in ladders {
            if let name = ladder.name(of: wanted) { return name }
        }
        return grade
    }
}
