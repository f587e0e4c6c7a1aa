/// Rules on participant data: memberships and references, word limits, preferences, vocabularies.
/// Pairing rules (grades, capacity, conflicts) are in `PairingRules`.
struct PeopleRules {
    let portal: Portal

    func check() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        // The first record of an id is the person; later ones are `DuplicateRules`' concern.
        let byID = PeopleByID(portal.people)
        let allIDs = byID.ids
        for person in portal.people {
            if person.memberships.isEmpty {
                diagnostics.append(.warning(.personInNoScheme, "this person is in no scheme", at: person.idPlace ?? SourcePlace(person.location),
                                            hint: "add ‘schemes:’ with ‘- scheme: <name>’ and ‘side: <side id>’"))
            }
            diagnostics += checkVocabularies(person)
            for membership in person.memberships {
                guard let scheme = portal.scheme(slug: membership.scheme) else {
                    diagnostics.append(.error(.schemeUnknown, "‘\(membership.scheme)’ is not a scheme of this portal", at: membership.schemeLocation,
                                              hint: Suggestion.didYouMean(membership.scheme, in: portal.schemes.map(\.slug))
                                                ?? "use the name of a folder in Content/schemes/").about(.scheme(membership.scheme)))
                    continue
                }
                diagnostics += checkMembership(person, membership, scheme: scheme, byID: byID, allIDs: allIDs)
            }
        }
        return diagnostics
    }

    private func checkMembership(_ person: Participant, _ membership: Membership, scheme: Scheme,
                                 byID: PeopleByID, allIDs: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let sideIDs = scheme.sides.map(\.id)
        guard sideIDs.contains(membership.side) else {
            return [.error(.sideUnknown, "‘\(membership.side)’ is not a side of \(scheme.slug)", at: membership.location,
                           hint: Suggestion.didYouMean(membership.side, in: sideIDs) ?? "use one of \(sideIDs.map { "‘\($0)’" }.joined(separator: ", "))")
                .about(.sides(scheme.slug))]
        }
        let rules = scheme.rules
        if let limit = rules.biographyWordLimit, let biography = person.biography {
            let words = WordCount.count(biography.source)
            if words > limit {
                diagnostics.append(.error(.wordLimit, "the biography has \(words) words, more than the \(limit) that \(scheme.slug) allows",
                                          at: biography.location, hint: "shorten it by \(words - limit) word\(words - limit == 1 ? "" : "s")"))
            }
        }
        if let limit = rules.expressionOfInterestWordLimit, let eoi = membership.expressionOfInterest {
            let words = WordCount.count(eoi.source)
            if words > limit {
                diagnostics.append(.error(.wordLimit, "the expression of interest has \(words) words, more than the \(limit) that \(scheme.slug) allows",
                                          at: eoi.location, hint: "shorten it by \(words - limit) word\(words - limit == 1 ? "" : "s")"))
            }
        }
        if let limit = rules.maxPreferences, membership.preferences.count > limit {
            diagnostics.append(.error(.preferencesTooMany, "\(membership.preferences.count) preferences are given, but \(scheme.slug) allows at most \(limit)",
                                      at: membership.preferences[limit].location, hint: "keep the first \(limit) in order of preference"))
        }
        let requested = membership.requestedPartner.map { [$0] } ?? []
        for (kind, references) in [("preference", membership.preferences), ("conflict", membership.conflicts), ("partner", membership.partners),
                                   ("requested partner", requested)] {
            for reference in references {
                guard let other = byID[reference.id] else {
                    let hint = namedHint(reference.id) ?? Suggestion.didYouMean(reference.id, in: allIDs) ?? "use a person's id"
                    diagnostics.append(.error(.personUnknown, "the \(kind) ‘\(reference.id)’ is not a person in the participant data", at: reference.location,
                                              hint: hint).about(.person(reference.id))
                        .causing(kind == "partner" ? .partners(person.id) : nil))
                    continue
                }
                if other.id == person.id {
                    diagnostics.append(.error(.selfReference, "\(person.id) names themselves as a \(kind)", at: reference.location,
                                              hint: "remove their own id"))
                    continue
                }
                guard kind != "conflict" else { continue }
                guard let theirs = other.membership(in: scheme.slug) else {
                    diagnostics.append(.error(.otherScheme, "the \(kind) ‘\(other.id)’ is not in \(scheme.slug)", at: reference.location,
                                              hint: "name someone in the same scheme"))
                    continue
                }
                if scheme.sides.count > 1, theirs.side == membership.side {
                    diagnostics.append(.error(.sameSide, "the \(kind) ‘\(other.id)’ is on the same side (\(membership.side)); \(kind)s must be on the other side",
                                              at: reference.location, hint: "name someone from the other side of \(scheme.slug)"))
                }
            }
        }
        // A conflict of interest rules a pairing out, so ranking the same person is a contradiction to settle.
        let declared = Set(membership.conflicts.map(\.id))
        for (what, preference) in membership.preferences.map({ ("ranks \($0.id) as a preference", $0) }) + requested.map({ ("asks to be paired with \($0.id)", $0) }) {
            let theirs = byID[preference.id]?.membership(in: scheme.slug)?.conflicts.contains { $0.id == person.id } ?? false
            guard declared.contains(preference.id) || theirs else { continue }
            diagnostics.append(.error(.preferenceConflict, declared.contains(preference.id)
                                        ? "\(person.id) \(what), but has declared a conflict of interest with them"
                                        : "\(person.id) \(what), but \(preference.id) has declared a conflict of interest with them",
                                      at: preference.location, hint: "remove the \(what.hasPrefix("asks") ? "request" : "preference"), or the conflict if it no longer applies"))
        }
        if let grade = person.grade, let ladderID = rules.gradeLadder, let ladder = portal.settings.ladder(id: ladderID) {
            if let rank = ladder.rank(of: grade.value) {
                if let bounds = rules.eligibleGrades[membership.side] {
                    // Bounds the scheme only prefers (`ideally: true`) warn; the person still takes part.
                    func outside(_ required: String, _ preferred: String) -> Diagnostic {
                        bounds.ideally
                            ? .warning(.gradeNotEligible, "\(grade.value) is \(preferred)", at: grade.location,
                                       hint: "a preference of the scheme, not a rule: check the grade, or go ahead")
                            : .error(.gradeNotEligible, "\(grade.value) is \(required)", at: grade.location,
                                     hint: "check the grade, or the person's side").about(.eligibleGrades(scheme.slug))
                    }
                    let place = bounds.outside(rank, on: ladder)
                    if let lowest = place.below {
                        diagnostics.append(outside("below the lowest eligible grade for this side (\(lowest))",
                                                   "below the grade this side should ideally have (\(lowest) or above)"))
                    }
                    if let highest = place.above {
                        diagnostics.append(outside("above the highest eligible grade for this side (\(highest))",
                                                   "above the grade this side should ideally have (\(highest) or below)"))
                    }
                }
            } else {
                diagnostics.append(.error(.gradeOffLadder, "the grade ‘\(grade.value)’ is not on the ladder ‘\(ladder.id)’", at: grade.location,
                                          hint: ladder.hint(for: grade.value)))
            }
        }
        return diagnostics
    }

    private func checkVocabularies(_ person: Participant) -> [Diagnostic] {
        let vocabularies = portal.settings.vocabularies
        var diagnostics: [Diagnostic] = []
        func check(_ value: LocatedText?, _ vocabulary: Vocabulary?, _ what: String) {
            guard let value, let vocabulary, vocabulary.canonical(value.value) == nil else { return }
            diagnostics.append(.error(.vocabulary, "‘\(value.value)’ is not in the portal's list of \(what)", at: value.location,
                                      hint: vocabulary.hint(for: value.value)).about(.value(value.location)))
        }
        check(person.organisation, vocabularies.organisations, "organisations")
        check(person.profession, vocabularies.professions, "professions")
        for value in person.expertiseOffered + person.expertiseSought { check(value, vocabularies.expertise, "areas of expertise") }
        return diagnostics
    }

    /// A person named by their name rather than their id (‘Dr Robin Example’, ‘Robin Example’): the id to write.
    private func namedHint(_ written: String) -> String? {
        func words(_ text: String) -> [Substring] { text.lowercased().split(whereSeparator: \.isWhitespace) }
        let wanted = words(written)
        guard wanted.count >= 2 else { return nil }
        let named = portal.people.first { person in
            let name = words(person.name)
            return name == wanted || (name.count > wanted.count && Array(name.suffix(wanted.count)) == wanted)
        }
        return named.map { "‘\(written)’ is the name of \($0.id): name people by their id, ‘\($0.id)’" }
    }
}

enum WordCount {
    /// Words as a word processor counts them: runs of letters or digits, Markdown punctuation ignored.
    static func count(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for character in text {
            let isWordCharacter = character.isLetter || character.isNumber || character == "'" || character == "’"
            if isWordCharacter && !inWord { count += 1 }
            inWord = isWordCharacter || (inWord && character == "-")
        }
        return count
    }
}
