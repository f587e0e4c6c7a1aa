/// For a data-protection officer: per person, exactly which fields the built portal publishes and where.
public struct PrivacyReport: Sendable {
    public let lines: [String]

    public init(portal: Portal) {
        let publication = Publication(portal: portal)
        var lines = ["Privacy report for \(portal.settings.title): what the built portal publishes about each person.",
                     "Sensitive fields and expressions of interest are never published.", ""]
        for person in portal.people.sorted(by: { $0.id < $1.id }) {
            guard let published = publication.person(id: person.id) else {
                let reason = person.consent.contains(.name) ? "in no published scheme directory" : "no consent to publish their name"
                lines.append("\(person.id): nothing is published (\(reason))")
                continue
            }
            let schemes = published.memberships.map(\.scheme).joined(separator: ", ")
            // Every place the fields are written: the search's files are read by anyone who opens them, as a page is.
            let partners = published.memberships.contains { !$0.partners.isEmpty } ? ", their partners' profiles" : ""
            lines.append("\(person.id): \(published.publishedFields.joined(separator: ", ")) — on people/\(person.id)/, the people/ directory and the directories of \(schemes) with their filter pages\(partners), and the site's search (search/)")
        }
        self.lines = lines
    }
}
