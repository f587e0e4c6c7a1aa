/// The one gate personal data passes on its way to a page: what a person consented to publish, minus
/// anything sensitive, for schemes whose directory is published. Renderers only ever see its output.
public struct Publication: Sendable {
    public let people: [PublishedPerson]

    public init(portal: Portal) {
        // A second record with the same id is already an error; only the first can have a page.
        var seen: Set<String> = []
        let published = portal.people.filter { seen.insert($0.id).inserted && $0.consent.contains(.name) }
        let participants = Dictionary(published.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let openSchemes = Set(portal.schemes.filter(\.directory).map(\.slug))
        let vocabularies = portal.settings.vocabularies
        people = published.compactMap { person -> PublishedPerson? in
            let memberships = person.memberships.filter { openSchemes.contains($0.scheme) }.map { membership in
                PublishedMembership(scheme: membership.scheme, side: membership.side, partners: membership.partners.compactMap { reference in
                    // A pairing is shown only when both people agreed to show it and both are published.
                    guard person.consent.contains(.partners), let partner = participants[reference.id],
                          partner.consent.contains(.partners),
                          partner.membership(in: membership.scheme)?.partners.contains(where: { $0.id == person.id }) == true
                    else { return nil }
                    return partner.id
                })
            }
            guard !memberships.isEmpty else { return nil }
            func field<T>(_ field: Participant.Field, _ value: T?) -> T? { person.consent.contains(field) ? value : nil }
            // An address in free text is published only with consent to `email` (EmailInTextRules warns about it).
            let mayShowAddresses = person.consent.contains(.email)
            func text(_ value: String) -> String { mayShowAddresses ? value : EmailInText.removing(from: value) }
            func term(_ value: LocatedText?, _ vocabulary: Vocabulary?) -> String? {
                value.map { text(vocabulary?.canonical($0.value) ?? $0.value) }
            }
            return PublishedPerson(
                id: person.id,
                name: text(person.name),
                email: field(.email, person.email),
                jobTitle: field(.jobTitle, person.jobTitle.map(text)),
                grade: field(.grade, person.grade.map { text($0.value) }),
                organisation: field(.organisation, term(person.organisation, vocabularies.organisations)),
                profession: field(.profession, term(person.profession, vocabularies.professions)),
                expertiseOffered: field(.expertiseOffered, person.expertiseOffered.compactMap { term($0, vocabularies.expertise) }) ?? [],
                expertiseSought: field(.expertiseSought, person.expertiseSought.compactMap { term($0, vocabularies.expertise) }) ?? [],
                biography: field(.biography, person.biography.map { MarkdownText(text($0.source), at: $0.location) }),
                memberships: memberships)
        }.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
        self.byID = Dictionary(people.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byScheme: [String: [PublishedPerson]] = [:]
        for person in people { for membership in person.memberships { byScheme[membership.scheme, default: []].append(person) } }
        self.byScheme = byScheme
    }

    private let byID: [String: PublishedPerson]
    private let byScheme: [String: [PublishedPerson]]

    public func person(id: String) -> PublishedPerson? { byID[id] }

    /// Members of a scheme, in the directory's order (by name).
    public func members(of scheme: String) -> [PublishedPerson] { byScheme[scheme] ?? [] }
}

/// What may appear about a person on a page, in a search index or anywhere else in `Output/`.
public struct PublishedPerson: Sendable {
    public var id: String
    public var name: String
    public var email: String?
    public var jobTitle: String?
    public var grade: String?
    public var organisation: String?
    public var profession: String?
    public var expertiseOffered: [String]
    public var expertiseSought: [String]
    public var biography: MarkdownText?
    public var memberships: [PublishedMembership]

    public func membership(in scheme: String) -> PublishedMembership? { memberships.first { $0.scheme == scheme } }

    /// Field names as staff write them in `consent`, for the privacy report.
    public var publishedFields: [String] {
        var fields = ["name"]
        if email != nil { fields.append("email") }
        if jobTitle != nil { fields.append("job_title") }
        if grade != nil { fields.append("grade") }
        if organisation != nil { fields.append("organisation") }
        if profession != nil { fields.append("profession") }
        if !expertiseOffered.isEmpty { fields.append("expertise_offered") }
        if !expertiseSought.isEmpty { fields.append("expertise_sought") }
        if biography != nil { fields.append("biography") }
        if memberships.contains(where: { !$0.partners.isEmpty }) { fields.append("partners") }
        return fields
    }
}

public struct PublishedMembership: Sendable {
    public var scheme: String
    public var side: String
    /// Partner ids, only where both people consented to showing the pairing.
    public var partners: [String]
}
