/// Names that must refer to something: sides, grade ladders and grades, and section addresses that
/// would collide with the pages the portal builds itself.
struct SchemeReferenceRules {
    let settings: PortalSettings

    /// Section addresses the portal uses for its own pages under a scheme.
    static let reservedSections = ["handbook", "toolkit", "people", "calendar", "assets"]

    func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let sideIDs = scheme.sides.map(\.id)
        func checkSide(_ side: String?, at location: SourceLocation, what: String) {
            guard let side, !sideIDs.contains(side) else { return }
            diagnostics.append(.error(.ruleSideUnknown, "\(what) names the side ‘\(side)’, which the scheme does not have", at: location,
                                      hint: Suggestion.didYouMean(side, in: sideIDs) ?? "use one of \(sideIDs.map { "‘\($0)’" }.joined(separator: ", "))")
                .about(.sides(scheme.slug)))
        }
        for keyDate in scheme.keyDates { checkSide(keyDate.side, at: keyDate.sideLocation ?? keyDate.location, what: "the key date ‘\(keyDate.label)’") }
        for contact in scheme.contacts { checkSide(contact.side, at: contact.location, what: "the contact ‘\(contact.role)’") }
        checkSide(scheme.rules.seniorSide, at: scheme.rules.seniorSideLocation ?? scheme.location, what: "‘senior_side’")

        for section in scheme.sections where Self.reservedSections.contains(section.slug) {
            diagnostics.append(.error(.sectionAddressTaken, "the section ‘\(section.title)’ would take the address of the scheme's \(section.slug) pages",
                                      at: section.location, hint: "give the section another heading"))
        }
        diagnostics += checkRules(scheme, sideIDs: sideIDs)
        return diagnostics
    }

    private func checkRules(_ scheme: Scheme, sideIDs: [String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let rules = scheme.rules
        var ladder: GradeLadder?
        if let id = rules.gradeLadder {
            ladder = settings.ladder(id: id)
            if ladder == nil {
                let known = settings.gradeLadders.map(\.id)
                diagnostics.append(.error(.gradeLadderUnknown, "the grade ladder ‘\(id)’ is not defined in portal.yaml", at: rules.gradeLadderLocation ?? scheme.location,
                                          hint: Suggestion.didYouMean(id, in: known)
                                            ?? (known.isEmpty ? "add it under ‘grade_ladders’ in portal.yaml" : "use one of \(known.map { "‘\($0)’" }.joined(separator: ", "))"))
                                    .about(.settings))
            }
        }
        for (side, bounds) in rules.eligibleGrades.sorted(by: { $0.key < $1.key }) {
            if !sideIDs.contains(side) {
                diagnostics.append(.error(.ruleSideUnknown, "‘eligible_grades’ names the side ‘\(side)’, which the scheme does not have",
                                          at: bounds.location, hint: Suggestion.didYouMean(side, in: sideIDs) ?? "use a side id")
                    .about(.sides(scheme.slug)))
            }
            guard ladder != nil || rules.gradeLadder != nil else { continue }
            guard let ladder else { continue }
            for (grade, place) in [(bounds.lowest, bounds.lowestLocation), (bounds.highest, bounds.highestLocation)]
            where grade.map({ ladder.rank(of: $0) == nil }) ?? false {
                guard let grade else { continue }
                diagnostics.append(.error(.eligibleGradeOffLadder, "the grade ‘\(grade)’ is not on the ladder ‘\(ladder.id)’", at: place ?? bounds.location,
                                          hint: ladder.hint(for: grade)))
            }
            if let low = bounds.lowest.flatMap(ladder.rank(of:)), let high = bounds.highest.flatMap(ladder.rank(of:)), low > high {
                diagnostics.append(.error(.gradeRangeReversed, "the lowest eligible grade is above the highest", at: bounds.location,
                                          hint: "swap ‘lowest’ and ‘highest’").causing(.eligibleGrades(scheme.slug)))
            }
        }
        // One message for all that needs a ladder: one line, `grade_ladder:`, is missing.
        if rules.gradeLadder == nil {
            var needing: [(what: String, at: SourceLocation)] = []
            if rules.minGradeGap != nil || rules.maxGradeGap != nil { needing.append(("grade gaps", rules.gradeGapLocation ?? scheme.location)) }
            if let first = rules.eligibleGrades.values.map(\.location).min() { needing.append(("‘eligible_grades’", first)) }
            if let first = needing.min(by: { $0.at < $1.at }) {
                let what = needing.sorted { $0.at < $1.at }.map(\.what)
                diagnostics.append(.error(.gradeLadderNeeded, "\(what.joined(separator: " and ")) need\(what.count == 1 && what[0] != "grade gaps" ? "s" : "") a ‘grade_ladder’ to compare grades on",
                                          at: first.at, hint: "add ‘grade_ladder: …’ to the rules, naming a ladder in portal.yaml"))
            }
        }
        return diagnostics
    }
}
