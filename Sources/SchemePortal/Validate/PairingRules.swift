/// Rules on who is paired with whom: capacity, grade gaps, departments and declared conflicts.
struct PairingRules {
    let portal: Portal

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let byID = Dictionary(portal.people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for scheme in portal.schemes {
            let rules = scheme.rules
            let ladder = rules.gradeLadder.flatMap(portal.settings.ladder(id:))
            for person in portal.people {
                guard let membership = person.membership(in: scheme.slug) else { continue }
                let partners = membership.partners.filter { byID[$0.id] != nil && $0.id != person.id }
                if let capacity = membership.capacity, let limit = rules.mentorCapacity, capacity > limit {
                    diagnostics.append(.error(.capacityExceeded, "a capacity of \(capacity) is more than the \(limit) that \(scheme.slug) allows",
                                              at: membership.capacityLocation ?? membership.location, hint: "lower ‘capacity’ to \(limit) or less"))
                }
                let limit = membership.capacity ?? rules.mentorCapacity ?? 1
                if partners.count > limit {
                    let source = membership.capacity != nil ? "their capacity of \(limit)" : rules.mentorCapacity != nil
                        ? "the \(limit) that \(scheme.slug) allows" : "1 (no ‘capacity’ is given)"
                    diagnostics.append(.error(.capacityExceeded, "\(person.id) has \(partners.count) partners, more than \(source)",
                                              at: partners[limit].location,
                                              hint: membership.capacity == nil && rules.mentorCapacity == nil
                                                ? "add ‘capacity: \(partners.count)’ or remove a partner" : "remove a partner"))
                }
                for reference in partners {
                    guard let partner = byID[reference.id] else { continue }
                    let listsBack = partner.membership(in: scheme.slug)?.partners.contains { $0.id == person.id } ?? false
                    if !listsBack, partner.membership(in: scheme.slug) != nil {
                        // An error: the site shows a pair only when both list each other, while the rules here
                        // (conflicts, grade gaps) would check it as one, and the other's capacity would not count it.
                        diagnostics.append(.error(.partnerOneSided, "\(person.id) lists \(partner.id) as a partner, but \(partner.id) does not list \(person.id)",
                                                    at: reference.location, hint: "add ‘\(person.id)’ to \(partner.id)'s partners, or remove this one")
                            .about(.partners(partner.id)))
                    }
                    // Each pair is checked once: from the id that sorts first when both list each other.
                    guard !listsBack || person.id < partner.id else { continue }
                    diagnostics += checkPair(person, partner, at: reference.location, scheme: scheme, ladder: ladder)
                }
            }
        }
        return diagnostics
    }

    /// Checked once per pair (from the person whose id sorts first, when both list each other).
    private func checkPair(_ a: Participant, _ b: Participant, at location: SourceLocation, scheme: Scheme,
                           ladder: GradeLadder?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let rules = scheme.rules
        // Reported once per pair, whichever of the two declared the conflict.
        let aDeclared = a.membership(in: scheme.slug)?.conflicts.contains { $0.id == b.id } ?? false
        let bDeclared = b.membership(in: scheme.slug)?.conflicts.contains { $0.id == a.id } ?? false
        if aDeclared || bDeclared {
            let who = aDeclared && bDeclared ? "both declared" : aDeclared ? "\(a.id) declared" : "\(b.id) declared"
            diagnostics.append(.error(.conflictPaired, "\(a.id) is paired with \(b.id), but \(who) a conflict of interest between them", at: location,
                                      hint: "choose another partner, or check the conflict"))
        }
        if let ladder, let writtenA = a.grade, let writtenB = b.grade,
           let gradeA = ladder.rank(of: writtenA.value), let gradeB = ladder.rank(of: writtenB.value) {
            let gap = abs(gradeA - gradeB)
            if let minimum = rules.minGradeGap, gap < minimum {
                diagnostics.append(.error(.gradeGap, "\(a.id) (\(writtenA.value)) and \(b.id) (\(writtenB.value)) are \(gap) grade\(gap == 1 ? "" : "s") apart; \(scheme.slug) needs at least \(minimum)",
                                          at: location, hint: "pair them with someone at least \(minimum) grade\(minimum == 1 ? "" : "s") apart")
                    .about(.gradeGaps(scheme.slug)))
            }
            if let maximum = rules.maxGradeGap, gap > maximum {
                diagnostics.append(.warning(.gradeGap, "\(a.id) (\(writtenA.value)) and \(b.id) (\(writtenB.value)) are \(gap) grades apart; \(scheme.slug) prefers at most \(maximum)",
                                            at: location, hint: "consider a partner nearer in grade").about(.gradeGaps(scheme.slug)))
            }
        }
        if rules.preferCrossDepartment, let orgA = a.organisation?.value, let orgB = b.organisation?.value,
           canonical(orgA) == canonical(orgB) {
            diagnostics.append(.warning(.sameDepartment, "\(a.id) and \(b.id) are both in \(canonical(orgA)); \(scheme.slug) prefers partners from different departments",
                                        at: location, hint: "pair them across departments where possible"))
        }
        return diagnostics
    }

    private func canonical(_ organisation: String) -> String {
        portal.settings.vocabularies.organisations?.canonical(organisation) ?? organisation
    }
}
