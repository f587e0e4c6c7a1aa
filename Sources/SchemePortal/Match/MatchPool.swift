/// One scheme's people as `portal match` sees them: numbered, split into the two sides, with what the rules
/// and the score need worked out once (grade's place on the ladder, organisation, areas of expertise as bits),
/// so that judging a million pairs touches only numbers.
struct MatchPool: Sendable {
    struct Member: Sendable {
        var person: Participant
        var membership: Membership
        /// 0: the side that is matched to the other (mentees, juniors; the first side written when neither is
        /// junior); 1: the other side.
        var side: Int
        var rank: Int?
        /// Whether the grade is within the side's eligible range (always, when the scheme sets none).
        var eligible: Bool
        var organisation: String?
        var offered: [UInt64]
        var sought: [UInt64]
        /// Places in all (`capacity`, or one).
        var capacity: Int
        /// Accepted and proposed partners already in the data, as members.
        var partners: [Int]
        /// Partners this person declined or ended with, as members: never proposed again.
        var history: [Int: PairStatus]
        /// Conflicts of interest this person declared, as members, with their kind.
        var conflicts: [Int: String?]
        /// Ranked preferences, as members, first choice first.
        var preferences: [Int]
        var requested: Int?

        var id: String { person.id }
    }

    let scheme: Scheme
    let ladder: GradeLadder?
    let weights: MatchingWeights.Effective
    /// The two sides, in the order of `Member.side`.
    let sides: [Side]
    /// Whether the second side is graded above the first (a grade gap with a direction).
    let directed: Bool
    private(set) var members: [Member] = []
    /// Each side's members, in id order.
    private(set) var sideMembers: [[Int]] = [[], []]
    private(set) var index: [String: Int] = [:]
    /// Areas of expertise by their bit, as the vocabulary names them.
    private(set) var areas: [String] = []
    /// How many places of preference a first choice is worth (the scheme's `max_preferences`, or the longest list, or 3).
    private(set) var preferencePlaces = 3

    /// Nil for a scheme that is not two sides (peer circles are matched by hand).
    init?(scheme: Scheme, portal: Portal) {
        guard scheme.sides.count == 2 else { return nil }
        self.scheme = scheme
        ladder = scheme.rules.gradeLadder.flatMap(portal.settings.ladder(id:))
        weights = scheme.rules.matching.effective(for: scheme.rules)
        if let (senior, junior) = scheme.seniority {
            sides = [junior, senior]
            directed = true
        } else {
            sides = scheme.sides
            directed = false
        }
        let expertise = portal.settings.vocabularies.expertise
        let organisations = portal.settings.vocabularies.organisations
        let people = portal.people.filter { $0.membership(in: scheme.slug) != nil }.sorted { $0.id < $1.id }
        var areaBits: [String: Int] = [:]
        for person in people {
            for area in person.expertiseOffered + person.expertiseSought {
                let name = expertise?.canonical(area.value) ?? area.value
                if areaBits[name.lowercased()] == nil {
                    areaBits[name.lowercased()] = areas.count
                    areas.append(name)
                }
            }
        }
        let words = (areas.count + 63) / 64
        func bits(_ list: [LocatedText]) -> [UInt64] {
            var result = [UInt64](repeating: 0, count: words)
            for area in list {
                if let bit = areaBits[(expertise?.canonical(area.value) ?? area.value).lowercased()] { result[bit / 64] |= 1 << UInt64(bit % 64) }
            }
            return result
        }
        var numbers: [String: Int] = [:]
        for (number, person) in people.enumerated() { numbers[person.id] = number }
        index = numbers
        var longest = 0
        let firstSide = sides[0].id
        for person in people {
            let membership = person.membership(in: scheme.slug)!
            let rank = ladder.flatMap { ladder in person.grade.flatMap { ladder.rank(of: $0.value) } }
            let eligible = rank.map { rank in ladder.map { GradeGapRule.eligible(rank: rank, side: membership.side, rules: scheme.rules, ladder: $0) } ?? true } ?? true
            let known = { (reference: PersonReference) in numbers[reference.id].flatMap { $0 == numbers[person.id] ? nil : $0 } }
            var history: [Int: PairStatus] = [:]
            for reference in membership.partners where !reference.isActivePairing { if let other = known(reference) { history[other] = reference.pairStatus } }
            var conflicts: [Int: String?] = [:]
            for reference in membership.conflicts { if let other = known(reference) { conflicts[other] = reference.kind } }
            let preferences = membership.preferences.compactMap(known)
            longest = max(longest, preferences.count)
            members.append(Member(person: person, membership: membership, side: membership.side == firstSide ? 0 : 1, rank: rank,
                                  eligible: eligible,
                                  organisation: person.organisation.map { (organisations?.canonical($0.value) ?? $0.value).lowercased() },
                                  offered: bits(person.expertiseOffered), sought: bits(person.expertiseSought),
                                  capacity: membership.places,
                                  partners: membership.partners.filter(\.isActivePairing).compactMap(known),
                                  history: history, conflicts: conflicts, preferences: preferences,
                                  requested: membership.requestedPartner.flatMap(known)))
        }
        preferencePlaces = scheme.rules.maxPreferences ?? max(longest, 3)
        for (number, member) in members.enumerated() { sideMembers[member.side].append(number) }
    }

    /// The members of one side, in id order.
    func side(_ side: Int) -> [Int] { sideMembers[side] }

    /// The area names in a bit set, in the order first met.
    func areaNames(_ bits: [UInt64]) -> [String] {
        areas.indices.filter { bits[$0 / 64] & (1 << UInt64($0 % 64)) != 0 }.map { areas[$0] }
    }
}
