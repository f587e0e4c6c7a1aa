/// How good a pair the hard rules allow would be, by the scheme's soft preferences and their weights
/// (`MatchingWeights`): each person's ranked choice of the other, what one seeks and the other offers,
/// and the scheme's stated preference for another department or a similar field.
struct PairScore: Sendable, Equatable {
    enum Part: Sendable, Equatable {
        /// `chooser` ranked the other at `place` (1 for a first choice).
        case choice(chooser: Int, place: Int, points: Int)
        /// `offerer` offers these areas, which `seeker` seeks.
        case expertise(offerer: Int, seeker: Int, areas: [String], points: Int)
        case crossDepartment(points: Int)
        case similarFields(areas: [String], points: Int)

        var points: Int {
            switch self {
            case .choice(_, _, let points), .expertise(_, _, _, let points), .crossDepartment(let points), .similarFields(_, let points): return points
            }
        }
    }

    var parts: [Part]
    var total: Int { parts.reduce(0) { $0 + $1.points } }
}

extension MatchPool {
    /// The score alone, without names: what the solver needs for every candidate pair.
    func score(_ a: Int, _ b: Int) -> Int {
        let first = members[a], second = members[b]
        var total = 0
        if weights.preferences > 0 {
            if let place = first.preferences.firstIndex(of: b) { total += choicePoints(place) }
            if let place = second.preferences.firstIndex(of: a) { total += choicePoints(place) }
        }
        if weights.expertise > 0 {
            total += weights.expertise * (Self.common(first.sought, second.offered) + Self.common(second.sought, first.offered))
        }
        if weights.crossDepartment > 0, let one = first.organisation, let other = second.organisation, one != other {
            total += weights.crossDepartment
        }
        if weights.similarFields > 0, Self.common(first.offered, first.sought, second.offered, second.sought) > 0 {
            total += weights.similarFields
        }
        return total
    }

    /// The same score, part by part, for the explanation of a pair.
    func scoreParts(_ a: Int, _ b: Int) -> PairScore {
        let first = members[a], second = members[b]
        var parts: [PairScore.Part] = []
        if weights.preferences > 0 {
            for (chooser, other) in [(a, b), (b, a)] {
                if let place = members[chooser].preferences.firstIndex(of: other) {
                    parts.append(.choice(chooser: chooser, place: place + 1, points: choicePoints(place)))
                }
            }
        }
        if weights.expertise > 0 {
            for (seeker, offerer) in [(a, b), (b, a)] {
                let shared = zip(members[seeker].sought, members[offerer].offered).map { $0 & $1 }
                let areas = areaNames(shared)
                if !areas.isEmpty {
                    parts.append(.expertise(offerer: offerer, seeker: seeker, areas: areas, points: weights.expertise * areas.count))
                }
            }
        }
        if weights.crossDepartment > 0, let one = first.organisation, let other = second.organisation, one != other {
            parts.append(.crossDepartment(points: weights.crossDepartment))
        }
        if weights.similarFields > 0 {
            let shared = areaNames(zip(zip(first.offered, first.sought).map { $0 | $1 }, zip(second.offered, second.sought).map { $0 | $1 }).map { $0 & $1 })
            if !shared.isEmpty { parts.append(.similarFields(areas: shared, points: weights.similarFields)) }
        }
        return PairScore(parts: parts)
    }

    /// A choice's worth: the places a list can have, less the choice's own place (0 for a first choice), times the weight.
    private func choicePoints(_ place: Int) -> Int {
        weights.preferences * max(preferencePlaces - place, 1)
    }

    private static func common(_ one: [UInt64], _ other: [UInt64]) -> Int {
        var count = 0
        for word in one.indices { count += (one[word] & other[word]).nonzeroBitCount }
        return count
    }

    private static func common(_ a: [UInt64], _ b: [UInt64], _ c: [UInt64], _ d: [UInt64]) -> Int {
        var count = 0
        for word in a.indices { count += ((a[word] | b[word]) & (c[word] | d[word])).nonzeroBitCount }
        return count
    }
}
