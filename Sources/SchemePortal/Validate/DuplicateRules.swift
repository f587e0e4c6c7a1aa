/// Everything in the content that must be written once: schemes' titles, people's ids and memberships,
/// sides, intakes' names, section addresses, grade ladders and their grades, vocabulary terms. (Two pages at one output
/// address are found after rendering, with the other address checks.)
struct DuplicateRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics = checkSettings(portal.settings)
        var titles: [String: Scheme] = [:]
        for scheme in portal.schemes {
            if let earlier = titles[scheme.title.lowercased()] {
                diagnostics.append(.error(.duplicate, "two schemes are called ‘\(scheme.title)’",
                                          at: scheme.titlePlace ?? SourcePlace(scheme.location), hint: "give each scheme its own title, e.g. with its cohort")
                    .noting("the other is here", at: earlier.titlePlace?.location ?? earlier.location))
            } else {
                titles[scheme.title.lowercased()] = scheme
            }
            diagnostics += check(scheme)
        }
        let byID = PeopleByID(portal.people)
        for (order, person) in portal.people.enumerated() {
            if let position = byID.position(of: person.id), position != order {
                let first = portal.people[position]
                diagnostics.append(.error(.duplicate, "a second person with the id ‘\(person.id)’",
                                          at: person.idPlace ?? SourcePlace(person.location), hint: "give each person their own id; one person in several schemes is one record with several memberships")
                    .noting("the first is here", at: first.idPlace?.location ?? first.location))
            }
            let schemes = person.memberships.map(\.scheme)
            for (index, scheme) in schemes.enumerated() where schemes[..<index].contains(scheme) {
                diagnostics.append(.error(.duplicate, "\(person.id) is listed twice in the scheme ‘\(scheme)’", at: person.memberships[index].schemeLocation,
                                          hint: "keep one membership per scheme"))
            }
        }
        return diagnostics
    }

    private func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, side) in scheme.sides.enumerated() where scheme.sides[..<index].contains(where: { $0.id == side.id }) {
            let first = scheme.sides[..<index].first { $0.id == side.id }
            diagnostics.append(.error(.duplicate, "a second side with the id ‘\(side.id)’", at: side.idPlace ?? SourcePlace(side.location),
                                      hint: "give each side its own id").causing(.sides(scheme.slug))
                .noting("the first is here", at: first?.idPlace?.location ?? first?.location))
        }
        // Intakes are told apart by name, on the page, in calendars and in the addresses made from the name.
        var intakes: [String: Intake] = [:]
        for intake in scheme.intakes {
            let key = Slug.make(from: intake.name)
            if let first = intakes[key] {
                diagnostics.append(.error(.duplicate, "a second intake called ‘\(intake.name)’" + (first.name == intake.name ? "" : " (‘\(first.name)’ as an address)"),
                                          at: SourcePlace(intake.location),
                                          hint: "give each intake its own name, such as the month and year it starts (this one starts ‘\(intake.startsText)’)")
                    .noting("the first starts here", at: first.location))
            } else {
                intakes[key] = intake
            }
        }
        let published = Dictionary(scheme.sections.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
        for section in scheme.unpublishedSections {
            guard let first = published[section.slug] else { continue }
            diagnostics.append(Diagnostic(.duplicate, .error, at: section.location,
                                          "a second section with the address ‘\(section.slug)’",
                                          hint: "merge the two sections or give this one another heading", sourceLine: section.sourceLine)
                .noting("the first is here", at: first.location))
        }
        return diagnostics
    }

    private func checkSettings(_ settings: PortalSettings) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (index, ladder) in settings.gradeLadders.enumerated() {
            var seen: [String: SourceLocation] = [:]
            for grade in ladder.grades {
                let spellings = [grade.name] + grade.aliases
                for (index, written) in spellings.enumerated() {
                    let location = grade.locations.count == spellings.count ? grade.locations[index] : ladder.location
                    guard let first = seen[written.lowercased()] else {
                        seen[written.lowercased()] = location
                        continue
                    }
                    diagnostics.append(.error(.duplicate, "the grade ‘\(written)’ appears twice on the ladder",
                                              at: location, hint: "each grade and alias may appear once").noting("the first is here", at: first))
                }
            }
            if settings.gradeLadders[..<index].contains(where: { $0.id == ladder.id }) {
                diagnostics.append(.error(.duplicate, "a second grade ladder with the id ‘\(ladder.id)’",
                                          at: ladder.idPlace ?? SourcePlace(ladder.location), hint: "give each ladder its own id"))
            }
        }
        let vocabularies = settings.vocabularies
        for (key, vocabulary) in [("expertise", vocabularies.expertise), ("organisations", vocabularies.organisations),
                                  ("professions", vocabularies.professions)] {
            var seen: [String: SourceLocation] = [:]
            for term in vocabulary?.terms ?? [] {
                let spellings = [term.name] + term.synonyms
                let locations = [term.location ?? settings.location]
                    + (term.synonymLocations.count == term.synonyms.count ? term.synonymLocations : term.synonyms.map { _ in term.location ?? settings.location })
                for (spelling, location) in zip(spellings, locations) {
                    if let first = seen[spelling.lowercased()] {
                        diagnostics.append(.error(.duplicate, "‘\(spelling)’ appears twice in ‘\(key)’", at: location,
                                                  hint: "list each term and synonym once").noting("the first is here", at: first))
                    } else {
                        seen[spelling.lowercased()] = location
                    }
                }
            }
        }
        return diagnostics
    }
}
