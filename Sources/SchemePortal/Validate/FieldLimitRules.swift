/// Caps on how long one person's field may be (`Limits`), so that a pasted document or a runaway export
/// in a single field is caught with a message, while a whole file may still hold thousands of people.
struct FieldLimitRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        let limits = portal.settings.limits
        var diagnostics: [Diagnostic] = []
        for person in portal.people {
            func field(_ name: String, _ value: String?, at place: SourcePlace?) {
                // A text's scalars are at most its bytes: most values are settled without counting them.
                guard let value, let place, value.utf8.count > limits.fieldCharacters else { return }
                let length = value.unicodeScalars.count
                guard length > limits.fieldCharacters else { return }
                diagnostics.append(.error(.fieldTooLong, "‘\(name)’ is \(Counted.thousands(length)) characters long, more than the \(Counted.thousands(limits.fieldCharacters)) a field may have",
                                          at: place, hint: "shorten it, or \(Limits.raise(Limits.fieldKey))"))
            }
            func long(_ name: String, _ text: MarkdownText?) {
                guard let text, text.source.utf8.count > limits.biographyCharacters else { return }
                let length = text.source.unicodeScalars.count
                guard length > limits.biographyCharacters else { return }
                diagnostics.append(.error(.fieldTooLong, "the \(name) is \(Counted.thousands(length)) characters long, more than the \(Counted.thousands(limits.biographyCharacters)) it may have",
                                          at: text.location, hint: "shorten it, or \(Limits.raise(Limits.biographyKey))"))
            }
            field("name", person.name, at: SourcePlace(person.fieldLocations[.name] ?? person.location))
            field("job_title", person.jobTitle, at: SourcePlace(person.fieldLocations[.jobTitle] ?? person.location))
            field("email", person.email, at: person.emailPlace ?? SourcePlace(person.location))
            for (name, text) in [("grade", person.grade), ("organisation", person.organisation), ("profession", person.profession)] {
                field(name, text?.value, at: text.map { SourcePlace($0.location) })
            }
            for item in person.expertiseOffered { field("expertise_offered", item.value, at: SourcePlace(item.location)) }
            for item in person.expertiseSought { field("expertise_sought", item.value, at: SourcePlace(item.location)) }
            long("biography", person.biography)
            for membership in person.memberships { long("expression of interest", membership.expressionOfInterest) }
        }
        return diagnostics
    }
}
