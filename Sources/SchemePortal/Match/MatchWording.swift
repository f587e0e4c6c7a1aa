/// The words of `portal match`'s explanations, shared by the terminal report and the private HTML report.
extension MatchProposal {
    /// "amara-okafor (mentee)".
    func label(_ member: Int) -> String {
        let person = pool.members[member]
        return "\(person.id) (\(pool.sides[person.side].name.lowercased()))"
    }

    func sideName(_ side: Int, plural: Bool = false) -> String {
        (plural ? pool.sides[side].plural : pool.sides[side].name).lowercased()
    }

    /// Why a pair was ruled out, seen from `member`'s side ("they": the other person).
    func words(_ reason: RuledOut, for member: Int) -> String {
        let id = { (member: Int) in self.pool.members[member].id }
        switch reason {
        case .notEligible(let who):
            let person = pool.members[who]
            return "\(who == member ? "" : "\(person.id)'s ")grade \(person.person.grade?.value ?? "") is outside the eligible grades for \(sideName(person.side, plural: true))"
        case .conflict(let declaredBy, let kind):
            let who = declaredBy.count == 2 ? "both declared" : "\(id(declaredBy[0])) declared"
            return "\(who) a conflict of interest\(kind.map { " (\($0))" } ?? "")"
        case .pairedBefore(let status):
            return "paired before, and the pairing was \(status.rawValue)"
        case .alreadyPartners:
            return "already partners"
        case .gap(let breach):
            return gapWords(breach)
        }
    }

    /// "Professor is 3 grades above Grade H; the scheme allows at most 2".
    private func gapWords(_ breach: GradeGapRule.Breach) -> String {
        switch breach {
        case .belowMinimum(let minimum):
            return pool.directed ? "the \(sideName(1)) must be at least \(grades(minimum)) above (min_grade_gap)"
                                 : "they must be at least \(grades(minimum)) apart (min_grade_gap)"
        case .aboveMaximum(let maximum):
            return pool.directed ? "the \(sideName(1)) may be at most \(grades(maximum)) above (max_grade_gap)"
                                 : "they may be at most \(grades(maximum)) apart (max_grade_gap)"
        case .seniorBelow:
            return "the \(sideName(1)) is graded below the \(sideName(0))"
        }
    }

    /// The grades of a pair as the rules saw them ("Professor, 2 grades above Grade H"), or nil without a ladder.
    func gradeWords(_ a: Int, _ b: Int) -> String? {
        guard let rankA = pool.members[a].rank, let rankB = pool.members[b].rank,
              let gradeA = pool.members[a].person.grade?.value, let gradeB = pool.members[b].person.grade?.value else { return nil }
        let gap = rankB - rankA
        let standing = gap == 0 ? "the same grade as" : gap > 0 ? "\(grades(gap)) above" : "\(grades(-gap)) below"
        return "\(pool.members[b].id) (\(gradeB)) is \(standing) \(pool.members[a].id) (\(gradeA))"
    }

    /// One line for each part of a pair's score.
    func words(_ part: PairScore.Part) -> String {
        switch part {
        case .choice(let chooser, let place, let points):
            return "\(pool.members[chooser].id)'s \(Self.ordinal(place)) choice: +\(points)"
        case .expertise(let offerer, let seeker, let areas, let points):
            return "\(pool.members[offerer].id) offers \(Self.list(areas)), which \(pool.members[seeker].id) seeks: +\(points)"
        case .crossDepartment(let points):
            return "from different organisations: +\(points)"
        case .similarFields(let areas, let points):
            return "similar fields (\(Self.list(areas))): +\(points)"
        }
    }

    func words(_ verdict: CandidateVerdict, for member: Int) -> String {
        let id = { (member: Int) in self.pool.members[member].id }
        switch verdict {
        case .kept: return "already partners in the data (kept)"
        case .proposed(let score): return "proposed (score \(score))"
        case .ruledOut(let reason): return "ruled out: \(words(reason, for: member))"
        case .noPlace(let who): return "no place: \(noPlaceWords(who))"
        case .askedForOther(let who, let wanted): return "no place: \(id(who)) asked to be paired with \(id(wanted)) by name"
        case .placesTaken(let score, let by, let byName):
            let names = by.map { id($0) + (byName.contains($0) ? " (asked for by name)" : "") }
            return "allowed (score \(score)), but the best proposal gives their \(by.count == 1 ? "place" : "places") to \(by.isEmpty ? "partners in the data" : Self.list(names))"
        case .notChosen(let score):
            let (kept, proposed) = partners(of: member)
            return "allowed (score \(score)), but \(id(member))'s \(pool.members[member].capacity == 1 ? "place goes" : "places go") to \(Self.list((kept + proposed).map(id)))"
        }
    }

    /// "dora-kowalski's capacity of 2 is filled by partners already in the data".
    func noPlaceWords(_ member: Int) -> String {
        let person = pool.members[member]
        return "\(person.id)'s capacity of \(person.capacity) is filled by partners already in the data"
    }

    /// Why a named-partner request was not met.
    func words(_ unmet: UnmetRequest, for member: Int) -> String {
        switch unmet {
        case .ruledOut(let reason): return "which the rules do not allow: \(words(reason, for: member))"
        case .noPlace(let who): return "but \(noPlaceWords(who))"
        case .askedForFirst(let who, let by):
            let person = pool.members[who]
            return "but \(person.id)'s \(person.capacity == 1 ? "place went" : "places went") to \(Self.list(by.map { pool.members[$0].id })), "
                + "who asked by name too (pairs who asked for each other come first, then requests in order of id)"
        }
    }

    /// A short name for the reason, to count the candidates each rule ruled out ("grade gap").
    static func heading(_ verdict: CandidateVerdict) -> String {
        switch verdict {
        case .kept, .proposed: return "partners"
        case .placesTaken, .notChosen: return "allowed, places taken"
        case .noPlace: return "no place left"
        case .askedForOther: return "asked for someone by name"
        case .ruledOut(let reason):
            switch reason {
            case .notEligible: return "eligibility"
            case .conflict: return "conflict of interest"
            case .pairedBefore: return "declined or ended before"
            case .alreadyPartners: return "partners"
            case .gap: return "grade gap"
            }
        }
    }

    func grades(_ count: Int) -> String { "\(count) grade\(count == 1 ? "" : "s")" }

    static func ordinal(_ number: Int) -> String {
        "\(number)\(DateFormatting.ordinalSuffix(number))"
    }

    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
