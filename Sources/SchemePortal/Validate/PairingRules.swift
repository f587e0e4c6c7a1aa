/// Rules on who is paired with whom: capacity, grade gaps, departments and declared conflicts.
struct PairingRules {
    let portal: Portal

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byID = PeopleByID(portal.people)
        for scheme in portal.schemes {
            let rules = scheme.rules
            let ladder = rules.gradeLadder.flatMap(portal.settings.ladder(id:))
            // Worked out once per scheme, not once per person and pair.
            let seniority = scheme.seniority
            for person in portal.people {
                guard let membership = person.membership(in: scheme.slug) else { continue }
                // A declined or ended pairing takes no place and meets no rule: both are free to be paired again.
                let partners = membership.partners.filter { byID.contains($0.id) && $0.id != person.id && $0.isActivePairing }
                diagnostics += checkCapacity(person, membership, partners: partners, scheme: scheme, seniority: seniority)
                if let requested = membership.requestedPartner, let other = byID[requested.id] {
                    diagnostics += checkRequest(person, requested, other, scheme: scheme, byID: byID)
                }
                for reference in partners {
                    guard let partner = byID[reference.id] else { continue }
                    let back = partner.membership(in: scheme.slug)?.partners.first { $0.id == person.id }
                    let listsBack = back?.isActivePairing ?? false
                    // Said once: from the side that still counts the pairing, or from the first id when both do.
                    if let back, back.pairStatus != reference.pairStatus, !listsBack || person.id < partner.id {
                        let mine = reference.pairStatus.rawValue, theirs = back.pairStatus.rawValue
                        diagnostics.append(.error(.pairStatusDiffers, "\(person.id) gives the pairing with \(partner.id) as \(mine), but \(partner.id) gives it as \(theirs)",
                                                  at: reference.location, hint: "write the same status in both records"))
                    } else if !listsBack, partner.membership(in: scheme.slug) != nil {
                        // An error: the site shows a pair only when both list each other, while the rules here
                        // (conflicts, grade gaps) would check it as one, and the other's capacity would not count it.
                        diagnostics.append(.error(.partnerOneSided, "\(person.id) lists \(partner.id) as a partner, but \(partner.id) does not list \(person.id)",
                                                    at: reference.location, hint: "add ‘\(person.id)’ to \(partner.id)'s partners, or remove this one")
                            .about(.partners(partner.id)))
                    }
                    // Each pair is checked once: from the id that sorts first when both list each other.
                    guard !listsBack || person.id < partner.id else { continue }
                    diagnostics += checkPair(person, partner, at: reference.location, scheme: scheme, ladder: ladder, seniority: seniority)
                }
            }
        }
        return diagnostics
    }

    /// Checked once per pair (from the person whose id sorts first, when both list each other).
    private func checkPair(_ a: Participant, _ b: Participant, at location: SourceLocation, scheme: Scheme,
                           ladder: GradeLadder?, seniority: (senior: Side, junior: Side)?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let rules = scheme.rules
        // Reported once per pair, whichever of the two declared the conflict.
        let aDeclared = a.membership(in: scheme.slug)?.conflicts.first { $0.id == b.id }
        let bDeclared = b.membership(in: scheme.slug)?.conflicts.first { $0.id == a.id }
        if aDeclared != nil || bDeclared != nil {
            let who = aDeclared != nil && bDeclared != nil ? "both declared" : aDeclared != nil ? "\(a.id) declared" : "\(b.id) declared"
            let kind = (aDeclared?.kind ?? bDeclared?.kind).map { " (\($0))" } ?? ""
            diagnostics.append(.error(.conflictPaired, "\(a.id) is paired with \(b.id), but \(who) a conflict of interest\(kind) between them", at: location,
                                      hint: "choose another partner, or check the conflict"))
        }
        // A grade outside its side's eligible range is reported as that; the gap it makes would follow from it.
        if let ladder, let writtenA = a.grade, let writtenB = b.grade,
           let gradeA = ladder.rank(of: writtenA.value), let gradeB = ladder.rank(of: writtenB.value),
           eligible(a, gradeA, in: scheme, ladder: ladder), eligible(b, gradeB, in: scheme, ladder: ladder) {
            let sideA = a.membership(in: scheme.slug)?.side
            if let (senior, junior) = seniority, sideA != b.membership(in: scheme.slug)?.side {
                let aIsSenior = sideA == senior.id
                diagnostics += checkDirectedGap(senior: aIsSenior ? (a, writtenA.value, gradeA) : (b, writtenB.value, gradeB),
                                                junior: aIsSenior ? (b, writtenB.value, gradeB) : (a, writtenA.value, gradeA),
                                                sides: (senior.name.lowercased(), junior.name.lowercased()), at: location, scheme: scheme)
            } else {
                diagnostics += checkDistance((a, writtenA.value, gradeA), (b, writtenB.value, gradeB), at: location, scheme: scheme)
            }
        }
        if rules.preferSimilarExpertise {
            // Compared as the vocabulary names them, so a synonym is the same field.
            let area = { (text: LocatedText) in (portal.settings.vocabularies.expertise?.canonical(text.value) ?? text.value).lowercased() }
            let fieldsA = Set((a.expertiseOffered + a.expertiseSought).map(area))
            let fieldsB = Set((b.expertiseOffered + b.expertiseSought).map(area))
            // Only when both say something: a person with no areas written is not a mismatch.
            if !fieldsA.isEmpty, !fieldsB.isEmpty, fieldsA.isDisjoint(with: fieldsB) {
                diagnostics.append(.warning(.differentFields, "\(a.id) and \(b.id) share no area of expertise; \(scheme.slug) prefers partners in similar fields",
                                            at: location, hint: "pair them with someone who offers or seeks one of their areas, or leave the pairing if it was agreed on purpose"))
            }
        }
        if rules.preferCrossDepartment, let orgA = a.organisation?.value, let orgB = b.organisation?.value,
           canonical(orgA) == canonical(orgB) {
            diagnostics.append(.warning(.sameDepartment, "\(a.id) and \(b.id) are both in \(canonical(orgA)); \(scheme.slug) prefers partners from different departments",
                                        at: location, hint: "pair them across departments where possible"))
        }
        return diagnostics
    }

    typealias Graded = (person: Participant, grade: String, rank: Int)

    /// A request to be paired with someone who has no place left for them (their accepted and proposed partners
    /// fill their capacity) cannot be met as things stand: a warning, since a partner may yet be moved.
    private func checkRequest(_ person: Participant, _ requested: PersonReference, _ other: Participant, scheme: Scheme,
                              byID: PeopleByID) -> [Diagnostic] {
        guard let theirs = other.membership(in: scheme.slug), theirs.side != person.membership(in: scheme.slug)?.side || scheme.sides.count < 2 else { return [] }
        let taken = theirs.partners.filter { $0.isActivePairing && byID.contains($0.id) && $0.id != other.id }
        guard other.id != person.id, !taken.contains(where: { $0.id == person.id }), taken.count >= theirs.places else { return [] }
        let full = taken.isEmpty ? "whose capacity is 0" : "who already has \(taken.count) partner\(taken.count == 1 ? "" : "s"), their capacity"
        return [.warning(.requestedPartnerFull, "\(person.id) asks to be paired with \(other.id), \(full)",
                         at: requested.location, hint: "raise \(other.id)'s ‘capacity’ if they agree, or ask \(person.id) for another choice")]
    }

    private func eligible(_ person: Participant, _ rank: Int, in scheme: Scheme, ladder: GradeLadder) -> Bool {
        guard let side = person.membership(in: scheme.slug)?.side else { return true }
        return GradeGapRule.eligible(rank: rank, side: side, rules: scheme.rules, ladder: ladder)
    }

    /// Peers (one side, or two sides of equal standing): the gap is a distance either way.
    private func checkDistance(_ a: Graded, _ b: Graded, at location: SourceLocation, scheme: Scheme) -> [Diagnostic] {
        let gap = abs(a.rank - b.rank)
        let pair = "\(a.person.id) (\(a.grade)) and \(b.person.id) (\(b.grade)) are \(Self.grades(gap)) apart"
        switch GradeGapRule.breach(senior: a.rank, junior: b.rank, directed: false, rules: scheme.rules) {
        case .belowMinimum(let minimum):
            return [.error(.gradeGap, "\(pair); \(scheme.slug) needs at least \(minimum)",
                           at: location, hint: "pair them with someone at least \(Self.grades(minimum)) apart").about(.gradeGaps(scheme.slug))]
        case .aboveMaximum(let maximum):
            return [.warning(.gradeGap, "\(pair); \(scheme.slug) prefers at most \(maximum)",
                             at: location, hint: "consider a partner nearer in grade").about(.gradeGaps(scheme.slug))]
        case .seniorBelow, nil:
            return []
        }
    }

    /// A senior side: `min_grade_gap` and `max_grade_gap` count grades upwards from the junior partner, so a
    /// mentor graded below their mentee never passes a rule that asks for one above.
    private func checkDirectedGap(senior: Graded, junior: Graded, sides: (senior: String, junior: String),
                                  at location: SourceLocation, scheme: Scheme) -> [Diagnostic] {
        let above = senior.rank - junior.rank
        let standing = above >= 0 ? "\(Self.grades(above)) above" : "\(Self.grades(-above)) below"
        let pair = "the \(sides.senior) \(senior.person.id) (\(senior.grade)) is \(standing) the \(sides.junior) \(junior.person.id) (\(junior.grade))"
        switch GradeGapRule.breach(senior: senior.rank, junior: junior.rank, directed: true, rules: scheme.rules) {
        case .belowMinimum(let minimum):
            return [.error(.gradeGap, "\(pair); \(scheme.slug) needs the \(sides.senior) at least \(Self.grades(minimum)) above",
                           at: location, hint: "pair them with a \(sides.senior) at least \(Self.grades(minimum)) above, or check both grades")
                .about(.gradeGaps(scheme.slug))]
        case .aboveMaximum(let maximum):
            return [.warning(.gradeGap, "\(pair); \(scheme.slug) prefers the \(sides.senior) at most \(Self.grades(maximum)) above",
                             at: location, hint: "consider a \(sides.senior) nearer in grade").about(.gradeGaps(scheme.slug))]
        case .seniorBelow:
            return [.warning(.gradeGap, "\(pair); \(scheme.slug) counts its grade gap upwards from the \(sides.junior)",
                             at: location, hint: "pair them with a \(sides.senior) at the same grade or above, or check both grades")
                .about(.gradeGaps(scheme.slug))]
        case nil:
            return []
        }
    }

    private static func grades(_ count: Int) -> String {
        "\(count) grade\(count == 1 ? "" : "s")"
    }

    private func canonical(_ organisation: String) -> String {
        portal.settings.vocabularies.organisations?.canonical(organisation) ?? organisation
    }
}
