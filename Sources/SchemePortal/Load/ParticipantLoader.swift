import Foundation
import Yams

/// Reads participant data: a scheme's `people.yaml` (a `people:` list whose records carry that scheme's
/// membership at the top) or a file in `Content/people/` (one person, or a `people:` list).
/// Public so that the fuzz targets (Tests/Fuzz) can reach it without `@testable`.
public enum ParticipantLoader {
    public static func load(_ file: SourceFile, scheme: String?, diagnostics: inout [Diagnostic]) -> [Participant] {
        let document = YAMLDocument(file: file, text: file.text, firstLine: 1)
        diagnostics += document.diagnostics
        guard let root = document.root else { return [] }
        let start = file.location(line: 1, column: 1)
        guard var top = YAMLFields(root, in: document, owner: "the participant file", diagnostics: &diagnostics,
                                   fallback: start) else { return [] }
        var records: [Node] = []
        if scheme == nil, !top.entries.contains(where: { $0.key == "people" }) {
            records = [root]
        } else {
            records = top.list("people", required: true) ?? []
            top.reportUnknownKeys()
            diagnostics += top.diagnostics
        }
        return records.compactMap { loadPerson($0, document: document, scheme: scheme, diagnostics: &diagnostics) }
    }

    static let membershipKeys = ["side", "capacity", "preferences", "conflicts", "partners", "expression_of_interest"]

    static func loadPerson(_ node: Node, document: YAMLDocument, scheme: String?,
                           diagnostics: inout [Diagnostic]) -> Participant? {
        guard var fields = YAMLFields(node, in: document, owner: "a person", diagnostics: &diagnostics,
                                      fallback: document.file.location(line: 1, column: 1)) else { return nil }
        func located(_ key: String) -> LocatedText? {
            guard let text = fields.text(key) else { return nil }
            return LocatedText(text, at: fields.valueLocation(key))
        }
        func locatedList(_ key: String) -> [LocatedText] {
            (fields.list(key, singleAllowed: true) ?? []).compactMap { item in
                guard let text = item.scalar?.string.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
                return LocatedText(text, at: document.location(of: item) ?? fields.location)
            }
        }
        let id = fields.text("id", required: true)
        let name = fields.text("name", required: true)
        let email = fields.text("email")
        let jobTitle = fields.text("job_title")
        let grade = located("grade")
        let organisation = located("organisation")
        let profession = located("profession")
        let offered = locatedList("expertise_offered")
        let sought = locatedList("expertise_sought")
        let biography = fields.markdown("biography")
        let consent = loadConsent(&fields)
        let sensitive = loadSensitive(&fields)
        var memberships: [Membership] = []
        if let scheme {
            if let membership = loadMembership(&fields, scheme: scheme) { memberships.append(membership) }
        }
        for item in fields.list("schemes") ?? [] {
            var local: [Diagnostic] = []
            if var entry = YAMLFields(item, in: document, owner: "a scheme membership", diagnostics: &local, fallback: fields.location),
               let schemeName = entry.text("scheme", required: true) {
                if let membership = loadMembership(&entry, scheme: schemeName) { memberships.append(membership) }
                entry.reportUnknownKeys()
                local += entry.diagnostics
            }
            fields.append(local)
        }
        if let email, !EmailAddress.isPlausible(email) {
            fields.report(.error, at: fields.node("email")!, "‘email’ is not an e-mail address",
                          hint: "write an address such as ‘name@example.org’")
        }
        if let id, !Slug.isValid(id) {
            fields.report(.error, at: fields.node("id")!, "the id ‘\(id)’ should be lowercase letters, digits and hyphens",
                          hint: "write ‘\(Slug.make(from: id))’")
        }
        if memberships.isEmpty {
            fields.append([.warning("this person is in no scheme", at: fields.location,
                                    hint: "add ‘schemes:’ with ‘- scheme: <name>’ and ‘side: <side id>’")])
        }
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        guard let id, let name else { return nil }
        return Participant(id: id, name: name, email: email, jobTitle: jobTitle, grade: grade, organisation: organisation,
                           profession: profession, expertiseOffered: offered, expertiseSought: sought, biography: biography,
                           consent: consent, sensitive: sensitive, memberships: memberships, location: fields.location)
    }

    /// `consent` is required: leaving it out must not mean "publish everything", nor silently "nothing".
    static func loadConsent(_ fields: inout YAMLFields) -> Set<Participant.Field> {
        guard let items = fields.list("consent", required: true, singleAllowed: true, emptyAllowed: true) else { return [] }
        var consent: Set<Participant.Field> = []
        let allowed = Participant.Field.allCases.map(\.rawValue)
        for item in items {
            guard let word = item.scalar?.string.trimmingCharacters(in: .whitespaces) else { continue }
            if let field = Participant.Field(rawValue: word) {
                consent.insert(field)
            } else if ParticipantLoader.membershipKeys.contains(word) || word == "sensitive" || word == "expression_of_interest" {
                fields.report(.error, at: item, "‘\(word)’ can never be published, so it cannot be consented to",
                              hint: "remove it from ‘consent’")
            } else {
                fields.report(.error, at: item, "‘\(word)’ is not a field that can be published",
                              hint: Suggestion.didYouMean(word, in: allowed) ?? "use any of \(allowed.joined(separator: ", "))")
            }
        }
        return consent
    }

    static func loadSensitive(_ fields: inout YAMLFields) -> [String: [String]] {
        guard let node = fields.node("sensitive") else { return [:] }
        var local: [Diagnostic] = []
        defer { fields.append(local) }
        // Any keys are allowed here: `sensitive` holds whatever a scheme keeps for its rules and reports.
        guard let sensitiveFields = YAMLFields(node, in: fields.document, owner: "‘sensitive’", diagnostics: &local,
                                               fallback: fields.location) else { return [:] }
        var result: [String: [String]] = [:]
        for (name, _, value) in sensitiveFields.entries {
            if let scalar = value.scalar { result[name] = [scalar.string] }
            else if let sequence = value.sequence { result[name] = sequence.compactMap { $0.scalar?.string } }
        }
        return result
    }

    static func loadMembership(_ fields: inout YAMLFields, scheme: String) -> Membership? {
        func references(_ key: String) -> [PersonReference] {
            (fields.list(key, singleAllowed: true) ?? []).compactMap { item in
                guard let id = item.scalar?.string.trimmingCharacters(in: .whitespaces), !id.isEmpty else { return nil }
                return PersonReference(id: id, location: fields.document.location(of: item) ?? fields.location)
            }
        }
        let side = fields.text("side", required: true)
        let capacity = fields.integer("capacity", in: 0...100)
        let preferences = references("preferences")
        let conflicts = references("conflicts")
        let partners = references("partners")
        let eoi = fields.markdown("expression_of_interest")
        guard let side else { return nil }
        let named = fields.entries.contains { $0.key == "scheme" }
        return Membership(scheme: scheme, side: side, capacity: capacity, preferences: preferences, conflicts: conflicts,
                          partners: partners, expressionOfInterest: eoi, location: fields.valueLocation("side"),
                          schemeLocation: named ? fields.valueLocation("scheme") : nil,
                          capacityLocation: capacity == nil ? nil : fields.valueLocation("capacity"))
    }
}
