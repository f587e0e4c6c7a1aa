/// The one gate personal data passes on its way to a page: what a person consented to publish, minus
/// anything sensitive, for schemes whose directory is published. Renderers only ever see its output.
public struct Publication: Sendable {
    public let people: [PublishedPerson]

    public init(portal: Portal) {
        // A second record with the same id is already an error; only the first can have a page.
        // People are referred to by position, not copied: at thousands of people, copying each record (and
        // retaining every field of it) was most of the gate's time.
        let everyone = portal.people
        var seen: Set<String> = []
        let published = everyone.indices.filter { seen.insert(everyone[$0].id).inserted && everyone[$0].consent.contains(.name) }
        let participants = Dictionary(published.map { (everyone[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        let openSchemes = Set(portal.schemes.filter(\.directory).map(\.slug))
        let vocabularies = portal.settings.vocabularies
        let sources = SourceFiles(portal)
        let ladders = GradeNames(portal)
        // Each person passes the gate on their own, so the gate runs on every core (at 10,000 people it was
        // a tenth of `portal check`, on one core); each is sorted by a key made beside them, not copied about.
        let gated = Parallel.slices(published, size: 256) { chunk -> [(key: String, person: PublishedPerson)] in
            chunk.compactMap { index in
                let person = everyone[index]
                let memberships = person.memberships.filter { openSchemes.contains($0.scheme) }
                guard !memberships.isEmpty else { return nil }
                var result = PublishedPerson(id: person.id, memberships: memberships.map {
                    PublishedMembership(scheme: $0.scheme, side: $0.side, partners: [])
                })
                result.sources = sources.files(of: person)
                let gate = FieldGate(person: person, vocabularies: vocabularies, grades: ladders, everyone: everyone, participants: participants)
                // Consent is applied here and only here: a field the person did not consent to is never looked at.
                for field in Participant.Field.allCases where person.consent.contains(field) {
                    if gate.publish(field, into: &result) { result.fields.append(field) }
                }
                return (key: result.name.lowercased(), person: result)
            }
        }.flatMap { $0 }
        // By name, then id; compared from arrays of their own, without making a tuple of two strings per comparison.
        let keys = gated.map(\.key), ids = gated.map(\.person.id)
        let order = keys.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : ids[$0] < ids[$1] }
        let people = order.map { gated[$0].person }
        self.people = people
        self.byID = Dictionary(people.indices.map { (people[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        var byScheme: [String: [PublishedPerson]] = [:]
        for person in people { for membership in person.memberships { byScheme[membership.scheme, default: []].append(person) } }
        self.byScheme = byScheme
    }

    /// Where in `people` each is.
    private let byID: [String: Int]
    private let byScheme: [String: [PublishedPerson]]

    public func person(id: String) -> PublishedPerson? { byID[id].map { people[$0] } }

    /// Members of a scheme, in the directory's order (by name).
    public func members(of scheme: String) -> [PublishedPerson] { byScheme[scheme] ?? [] }
}

/// Where what the gate decides about a person is written, so that a page showing them can record the
/// files it depends on: their own record, the records of everyone they name as a partner (whose
/// consent decides whether the pairing shows) and the scheme files of every scheme they belong to
/// (whose `directory` decides whether the membership shows), published or not.
private struct SourceFiles {
    let records: [String: [String]]
    let schemes: [String: String]

    init(_ portal: Portal) {
        var records: [String: [String]] = [:]
        for index in portal.people.indices { records[portal.people[index].id, default: []].append(portal.people[index].location.file) }
        self.records = records
        schemes = Dictionary(portal.schemes.map { ($0.slug, $0.location.file) }, uniquingKeysWith: { first, _ in first })
    }

    func files(of person: Participant) -> [String] {
        var files: Set<String> = [person.location.file]
        for membership in person.memberships {
            if let scheme = schemes[membership.scheme] { files.insert(scheme) }
            for partner in membership.partners { files.formUnion(records[partner.id] ?? []) }
        }
        return files.sorted()
    }
}

/// How each field a person consented to is published. The switch has no `default`, so a field added to
/// `Participant.Field` does not compile until someone decides here whether and how it may be published.
struct FieldGate {
    let person: Participant
    let vocabularies: Vocabularies
    let grades: GradeNames
    let everyone: [Participant]
    /// Where in `everyone` each person who may be published (consent to `name`) is, by id, for deciding
    /// which pairings to show.
    let participants: [String: Int]

    /// Copies what `field` may show into `published`; true when that put anything on the pages.
    func publish(_ field: Participant.Field, into published: inout PublishedPerson) -> Bool {
        switch field {
        case .name:
            published.name = text(person.name)
            return true
        case .email:
            published.email = person.email
            return published.email != nil
        case .jobTitle:
            published.jobTitle = person.jobTitle.map(text)
            return published.jobTitle != nil
        case .grade:
            published.grade = person.grade.map { text(grades.name(of: $0.value, for: person)) }
            return published.grade != nil
        case .organisation:
            published.organisation = term(person.organisation, vocabularies.organisations)
            return published.organisation != nil
        case .profession:
            published.profession = term(person.profession, vocabularies.professions)
            return published.profession != nil
        case .expertiseOffered:
            published.expertiseOffered = person.expertiseOffered.compactMap { term($0, vocabularies.expertise) }
            return !published.expertiseOffered.isEmpty
        case .expertiseSought:
            published.expertiseSought = person.expertiseSought.compactMap { term($0, vocabularies.expertise) }
            return !published.expertiseSought.isEmpty
        case .biography:
            published.biography = person.biography.map { MarkdownText(text($0.source), at: $0.location, indent: $0.indent) }
            return published.biography != nil
        case .partners:
            for index in published.memberships.indices {
                published.memberships[index].partners = partners(in: published.memberships[index].scheme)
            }
            return published.memberships.contains { !$0.partners.isEmpty }
        }
    }

    /// A pairing is shown only when both people accepted it (a proposed, declined or ended one is not), agreed to
    /// show it, and are published.
    private func partners(in scheme: String) -> [String] {
        (person.membership(in: scheme)?.partners ?? []).compactMap { reference in
            guard reference.pairStatus == .accepted,
                  let partner = participants[reference.id], everyone[partner].consent.contains(.partners),
                  everyone[partner].membership(in: scheme)?.partners.contains(where: { $0.id == person.id && $0.pairStatus == .accepted }) == true
            else { return nil }
            return everyone[partner].id
        }
    }

    /// An address in free text is published only with consent to `email` (EmailInTextRules warns about it).
    private func text(_ value: String) -> String {
        person.consent.contains(.email) ? value : EmailInText.removing(from: value)
    }

    private func term(_ value: LocatedText?, _ vocabulary: Vocabulary?) -> String? {
        value.map { text(vocabulary?.canonical($0.value) ?? $0.value) }
    }
}
