import Foundation
import Yams

/// Reads participant data: a scheme's `people.yaml` (a `people:` list whose records carry that scheme's
/// membership at the top) or a file in `Content/people/` (one person, or a `people:` list).
/// Public so that the fuzz targets (Tests/Fuzz) can reach it without `@testable`.
public enum ParticipantLoader {
    public static func load(_ file: SourceFile, scheme: String?, diagnostics: inout [Diagnostic]) -> [Participant] {
        read(file, scheme: scheme, diagnostics: &diagnostics).people
    }

    /// As `load`, handing back the file's aliases too, so that tests can see how often it was parsed to locate them.
    static func read(_ file: SourceFile, scheme: String?, diagnostics: inout [Diagnostic])
        -> (people: [Participant], aliases: YAMLAliases) {
        let document = YAMLDocument(file: file, text: file.text, firstLine: 1)
        diagnostics += document.diagnostics
        // Only participant files look for aliases: to refuse those of private values, and to place errors.
        var aliases = YAMLAliases(root: document.root, yaml: document.parsedText)
        let (cleaned, refusals, folded) = SensitiveAliases.refuse(in: document, aliases: &aliases)
        guard let root = cleaned else { return ([], aliases) }
        // What an alias taken out leaves behind (an empty required field) is part of its error, not another.
        var local: [Diagnostic] = []
        defer { diagnostics += refusals + local.filter { !folded.contains($0.location) } }
        let start = file.location(line: 1, column: 1)
        guard var top = YAMLFields(root, in: document, owner: "the participant file", diagnostics: &local, fallback: start,
                                   listHint: "start the file with a line ‘people:’ and indent the list under it by two spaces")
        else { return ([], aliases) }
        var records: [Node] = []
        if scheme == nil, !top.keys.contains("people") {
            records = [root]
        } else {
            records = top.list("people", required: true) ?? []
            top.reportUnknownKeys()
            local += top.diagnostics
        }
        let people = document.readMappings(records, owner: "a person", fallback: start, diagnostics: &local) {
            loadPerson(&$0, scheme: scheme, aliases: &aliases)
        }
        return (people, aliases)
    }

    static let membershipKeys = ["side", "capacity", "preferences", "conflicts", "partners", "requested_partner", "expression_of_interest"]

    static func loadPerson(_ fields: inout YAMLFields, scheme: String?, aliases: inout YAMLAliases) -> Participant? {
        let document = fields.document
        func located(_ key: String) -> LocatedText? {
            guard let text = fields.text(key) else { return nil }
            return LocatedText(text, at: fields.valueLocation(key))
        }
        func locatedList(_ key: String) -> [LocatedText] {
            (fields.list(key, singleAllowed: true) ?? []).compactMap { item in
                guard let scalar = item.scalar else {
                    // `- Public engagement: advanced` is a key and a value to YAML: the area would vanish.
                    fields.wrongKind(item, "each item of ‘\(key)’ should be text, but this is",
                                     hint: item.mapping != nil ? "write just the area after ‘- ’; a ‘: ’ makes the rest a value, which is not read"
                                                               : "write each area as text after ‘- ’")
                    return nil
                }
                let text = scalar.string.trimmingSpaces()
                guard !text.isEmpty else { return nil }
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
        let consent = loadConsent(&fields, aliases: &aliases)
        let sensitive = loadSensitive(&fields)
        var memberships: [Membership] = []
        if let scheme {
            if let membership = loadMembership(&fields, scheme: scheme) { memberships.append(membership) }
        }
        memberships += fields.mappingList("schemes", owner: "a scheme membership") { entry in
            let schemeName = entry.text("scheme", required: true)
            // Read on without the scheme, so its other keys are neither lost nor reported as unknown.
            let membership = loadMembership(&entry, scheme: schemeName ?? "")
            return schemeName == nil ? nil : membership
        }
        guard let id, let name else { return nil }
        var person = Participant(id: id, name: name, email: email, jobTitle: jobTitle, grade: grade, organisation: organisation,
                                 profession: profession, expertiseOffered: offered, expertiseSought: sought, biography: biography,
                                 consent: consent, sensitive: sensitive, memberships: memberships, location: fields.location)
        for (index, key) in fields.keys.enumerated() {
            if let key, let field = Participant.Field(rawValue: key) { person.fieldLocations[field] = document.contentLocation(of: fields.pairs[index].value) }
        }
        person.idPlace = fields.valuePlace("id")
        person.nameStart = fields.node("name").map(document.contentLocation(of:))
        person.emailPlace = fields.valuePlace("email")
        return person
    }

    /// The fields `consent` may name, and the hint that lists them: made once, not for every person's file.
    private static let publishable = Participant.Field.allCases.map(\.rawValue)
    private static let publishableNames = "the fields that can be published are \(YAMLDocument.list(publishable))"

    /// `consent` is required: leaving it out must not mean "publish everything", nor silently "nothing".
    /// Every item must be a field name written as text: anything else is an error at the item, never
    /// silently dropped, so staff learn why a field they expected is missing. Reading the names into
    /// fields is reading a type (as `choice` does), so these errors belong to loading.
    static func loadConsent(_ fields: inout YAMLFields, aliases: inout YAMLAliases) -> Set<Participant.Field> {
        guard let items = fields.list("consent", required: true, singleAllowed: true, emptyAllowed: true),
              let list = fields.node("consent") else { return [] }
        var consent: Set<Participant.Field> = []
        for (index, item) in items.enumerated() {
            func report(_ message: String, hint: String) {
                // Looked for only here: placing an alias item may mean parsing the file again.
                let location = fields.document.location(ofItem: index, in: list, aliases: &aliases) ?? fields.valueLocation("consent")
                fields.append([Diagnostic(.consentField, .error, at: location, message, hint: hint,
                                          sourceLine: fields.document.file.line(location.line))])
            }
            guard let scalar = item.scalar else {
                report("each item of ‘consent’ should be a field name written as text, but this is \(YAMLDocument.describe(item))",
                       hint: "list the field names one after another, e.g. ‘consent: [name, job_title]’; \(publishableNames)")
                continue
            }
            let word = scalar.string.trimmingSpaces()
            // A field's name first: it is what nearly every item is (and no field is called ‘null’).
            if let field = Participant.Field(rawValue: word) {
                consent.insert(field)
            } else if word.isEmpty || (scalar.style == .plain && ["~", "null"].contains(word.lowercased())) {
                report("an item of ‘consent’ is empty", hint: "write a field name, or remove the item; \(publishableNames)")
            } else if ParticipantLoader.membershipKeys.contains(word) || word == "sensitive" || word == "expression_of_interest" {
                report("‘\(word)’ can never be published, so it cannot be consented to", hint: "remove it from ‘consent’")
            } else if word.contains(",") {
                report("‘\(word)’ is several field names written as one", hint: "write them as a list: ‘consent: [\(word)]’")
            } else {
                report("‘\(word)’ is not a field that can be published",
                       hint: Suggestion.didYouMean(word, in: publishable) ?? "use any of \(publishable.joined(separator: ", "))")
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
        let side = fields.text("side", required: true)
        let capacity = fields.integer("capacity", in: 0...100)
        let preferences = references("preferences", in: &fields, detail: nil)
        let conflicts = references("conflicts", in: &fields, detail: .kind)
        let partners = references("partners", in: &fields, detail: .status)
        let requested = references("requested_partner", in: &fields, detail: nil)
        let eoi = fields.markdown("expression_of_interest")
        guard let side else { return nil }
        let named = fields.keys.contains("scheme")
        var membership = Membership(scheme: scheme, side: side, capacity: capacity, preferences: preferences, conflicts: conflicts,
                                    partners: partners, expressionOfInterest: eoi, location: fields.valueLocation("side"),
                                    schemeLocation: named ? fields.valueLocation("scheme") : nil,
                                    capacityLocation: capacity == nil ? nil : fields.valueLocation("capacity"))
        membership.requestedPartner = requested.first
        if requested.count > 1, let node = fields.node("requested_partner") {
            fields.wrongKind(node, "‘requested_partner’ names one person, but this is",
                             hint: "keep the one person asked for; list others under ‘preferences’")
        }
        return membership
    }
}
