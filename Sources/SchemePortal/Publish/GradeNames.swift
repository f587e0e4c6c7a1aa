/// A grade as its ladder names it, so that "Deputy Director", "deputy director" and "SCS1" show, filter and
/// make facet pages as the one grade they are, rather than as three.
struct GradeNames: Sendable {
    /// Each scheme's ladder, by scheme.
    private let schemeLadders: [String: GradeLadder]
    private let ladders: [GradeLadder]

    init(_ portal: Portal) {
        ladders = portal.settings.gradeLadders
        var byScheme: [String: GradeLadder] = [:]
        for scheme in portal.schemes {
            if let id = scheme.rules.gradeLadder, let ladder = portal.settings.ladder(id: id) { byScheme[scheme.slug] = ladder }
        }
        schemeLadders = byScheme
    }

    /// The name on the ladder of the first of the person's schemes that has the grade, or else on the first
    /// ladder of the portal that has it; the grade as written when no ladder has it.
    func name(of grade: String, for person: Participant) -> String {
        let candidates = person.memberships.compactMap { schemeLadders[$0.scheme] } + ladders
        for ladder in candidates {
            if let rank = ladder.rank(of: grade) { return ladder.grades[rank].name }
        }
        return grade
    }
}
