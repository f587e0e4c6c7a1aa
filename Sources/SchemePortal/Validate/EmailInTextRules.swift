/// An e-mail address inside a person's published text (a biography, a job title, …) is left out of the
/// page when the person has not consented to publishing `email`; this tells the staff who wrote it.
struct EmailInTextRules: Sendable {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let published = Set(portal.schemes.filter(\.directory).map(\.slug))
        for person in portal.people where person.consent.contains(.name) && !person.consent.contains(.email)
            && person.memberships.contains(where: { published.contains($0.scheme) }) {
            var texts: [(Participant.Field, MarkdownText)] = []
            // Where the text starts (after a quote), so that a column counted into the text lands on the address.
            func add(_ field: Participant.Field, _ value: String?, _ location: SourceLocation? = nil) {
                // Most text has no @: it is passed over before anything is made for it (every person's fields pass here).
                guard let value, value.containsByte(UInt8(ascii: "@")), person.consent.contains(field) || field == .name else { return }
                let start = location ?? person.fieldLocations[field] ?? person.location
                texts.append((field, MarkdownText(value, at: start, indent: start.column - 1)))
            }
            add(.name, person.name)
            add(.jobTitle, person.jobTitle)
            add(.grade, person.grade?.value)
            add(.organisation, person.organisation?.value)
            add(.profession, person.profession?.value)
            for item in person.expertiseOffered { add(.expertiseOffered, item.value, item.location) }
            for item in person.expertiseSought { add(.expertiseSought, item.value, item.location) }
            if let biography = person.biography, person.consent.contains(.biography), biography.source.containsByte(UInt8(ascii: "@")) {
                texts.append((.biography, biography))
            }
            for (field, text) in texts {
                for range in EmailInText.ranges(in: text.source) {
                    diagnostics.append(.warning(.emailInText, 
                        "the ‘\(field.rawValue)’ contains an e-mail address, which is left out of the page because ‘email’ is not in this person's ‘consent’",
                        at: Self.location(of: range.lowerBound, in: text),
                        hint: "remove the address, or add ‘email’ to ‘consent’ if the person agrees to publish it"))
                }
            }
        }
        return diagnostics
    }

    /// Where a place in a text is in its file: exact for one line and for a `|` block, whose lines are the file's.
    static func location(of index: String.Index, in text: MarkdownText) -> SourceLocation {
        let before = text.source.unicodeScalars[..<index]
        let lineBreaks = before.filter { $0 == "\n" }.count
        let column = before.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
        return text.fileLocation(line: lineBreaks + 1, column: column + 1)
    }
}
