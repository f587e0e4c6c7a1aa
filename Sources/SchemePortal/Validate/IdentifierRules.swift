/// Ids and headings that become parts of web addresses must make one: a side's or a person's id is
/// written as the address it becomes, and a section heading needs letters or digits to make its address.
struct IdentifierRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scheme in portal.schemes {
            for side in scheme.sides where !Slug.isValid(side.id) {
                diagnostics.append(.error(.invalidId, "the side id ‘\(side.id)’ should be lowercase letters, digits and hyphens",
                                          at: side.idPlace ?? SourcePlace(side.location), hint: "write ‘\(Slug.make(from: side.id))’").causing(.sides(scheme.slug)))
            }
            for section in scheme.unpublishedSections where section.slug.isEmpty {
                diagnostics.append(Diagnostic(.invalidId, .error, at: section.location, "this heading gives the section no address",
                                              hint: "write a heading with letters or digits", sourceLine: section.sourceLine))
            }
        }
        for person in portal.people where !Slug.isValid(person.id) {
            diagnostics.append(.error(.invalidId, "the id ‘\(person.id)’ should be lowercase letters, digits and hyphens",
                                      at: person.idPlace ?? SourcePlace(person.location), hint: "write ‘\(Slug.make(from: person.id))’"))
        }
        return diagnostics
    }
}
