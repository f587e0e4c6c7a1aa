import Foundation
import Yams

/// Reads `Content/portal.yaml`.
enum PortalFileLoader {
    static func load(_ file: SourceFile, diagnostics: inout [Diagnostic]) -> PortalSettings? {
        let document = YAMLDocument(file: file, text: file.text, firstLine: 1)
        diagnostics += document.diagnostics
        let start = file.location(line: 1, column: 1)
        guard let root = document.root else {
            if document.diagnostics.isEmpty {
                diagnostics.append(.error("the portal file is empty", at: start, hint: "add at least ‘title:’ and ‘organisation:’"))
            }
            return nil
        }
        guard var fields = YAMLFields(root, in: document, owner: "the portal file", diagnostics: &diagnostics,
                                      fallback: start) else { return nil }
        let title = fields.text("title", required: true)
        let organisation = fields.text("organisation", required: true)
        let description = fields.text("description")
        let baseURL = fields.address("base_url")
        let timeZone = fields.text("time_zone") ?? "Europe/London"
        let language = fields.text("language") ?? "en-GB"
        let contactEmail = fields.text("contact_email")
        let footer = fields.text("footer")
        let ladders = loadLadders(fields.list("grade_ladders") ?? [], document: document, diagnostics: &diagnostics)
        let vocabularies = loadVocabularies(fields.mapping("vocabularies", owner: "‘vocabularies’"), fields: &fields)
        var indexProfiles = false
        if var people = fields.mapping("people", owner: "‘people’") {
            indexProfiles = people.boolean("index_profiles") ?? false
            people.reportUnknownKeys()
            fields.append(people.diagnostics)
        }
        if timeZone != "Europe/London" {
            fields.report(.error, at: fields.node("time_zone")!, "time zone ‘\(timeZone)’ is not supported",
                          hint: "write ‘Europe/London’ (UK schemes) or leave the key out")
        }
        if let contactEmail, !EmailAddress.isPlausible(contactEmail) {
            fields.report(.error, at: fields.node("contact_email")!, "‘\(contactEmail)’ is not an e-mail address",
                          hint: "write an address such as ‘mentoring@example.org’")
        }
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        guard let title, let organisation else { return nil }
        return PortalSettings(title: title, organisation: organisation, description: description, baseURL: baseURL,
                              timeZone: timeZone, language: language, gradeLadders: ladders,
                              contactEmail: contactEmail, footer: footer, vocabularies: vocabularies,
                              indexProfiles: indexProfiles, location: start)
    }

    static func loadLadders(_ nodes: [Node], document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [GradeLadder] {
        var ladders: [GradeLadder] = []
        for node in nodes {
            guard var fields = YAMLFields(node, in: document, owner: "a grade ladder", diagnostics: &diagnostics,
                                          fallback: document.file.location(line: 1, column: 1)) else { continue }
            let id = fields.text("id", required: true)
            let name = fields.text("name", required: true)
            var grades: [GradeLadder.Grade] = []
            for gradeNode in fields.list("grades", required: true) ?? [] {
                if let scalar = gradeNode.scalar {
                    grades.append(.init(name: scalar.string.trimmingCharacters(in: .whitespaces)))
                } else if var gradeFields = YAMLFields(gradeNode, in: document, owner: "a grade", diagnostics: &diagnostics,
                                                       fallback: fields.location) {
                    let gradeName = gradeFields.text("name", required: true)
                    let aliases = gradeFields.textList("aliases") ?? []
                    gradeFields.reportUnknownKeys()
                    fields.append(gradeFields.diagnostics)
                    if let gradeName { grades.append(.init(name: gradeName, aliases: aliases)) }
                }
            }
            var seen: Set<String> = []
            for grade in grades {
                for written in [grade.name] + grade.aliases where !seen.insert(written.lowercased()).inserted {
                    diagnostics.append(.error("the grade ‘\(written)’ appears twice on the ladder", at: fields.location,
                                              hint: "each grade and alias may appear once"))
                }
            }
            if let id, ladders.contains(where: { $0.id == id }) {
                fields.report(.error, at: fields.node("id")!, "a second grade ladder with the id ‘\(id)’",
                              hint: "give each ladder its own id")
            }
            fields.reportUnknownKeys()
            diagnostics += fields.diagnostics
            if let id, let name {
                ladders.append(GradeLadder(id: id, name: name, grades: grades, location: fields.location))
            }
        }
        return ladders
    }
}

extension PortalFileLoader {
    static func loadVocabularies(_ fields: YAMLFields?, fields parent: inout YAMLFields) -> Vocabularies {
        guard var fields else { return Vocabularies() }
        func vocabulary(_ key: String) -> Vocabulary? {
            guard let items = fields.list(key) else { return nil }
            var terms: [Vocabulary.Term] = []
            var seen: [String: SourceLocation] = [:]
            for item in items {
                var term: Vocabulary.Term?
                if let scalar = item.scalar {
                    term = .init(name: scalar.string.trimmingCharacters(in: .whitespaces))
                } else {
                    var local: [Diagnostic] = []
                    if var entry = YAMLFields(item, in: fields.document, owner: "a term of ‘\(key)’", diagnostics: &local,
                                              fallback: fields.location) {
                        if let name = entry.text("name", required: true) {
                            term = .init(name: name, synonyms: entry.textList("synonyms") ?? [])
                        }
                        entry.reportUnknownKeys()
                        local += entry.diagnostics
                    }
                    fields.append(local)
                }
                guard let term else { continue }
                for spelling in [term.name] + term.synonyms {
                    let location = fields.document.location(of: item) ?? fields.location
                    if let first = seen[spelling.lowercased()] {
                        fields.append([.error("‘\(spelling)’ appears twice in ‘\(key)’ (first on line \(first.line))", at: location,
                                              hint: "list each term and synonym once")])
                    } else {
                        seen[spelling.lowercased()] = location
                    }
                }
                terms.append(term)
            }
            return Vocabulary(terms: terms)
        }
        let result = Vocabularies(expertise: vocabulary("expertise"), organisations: vocabulary("organisations"),
                                  professions: vocabulary("professions"))
        fields.reportUnknownKeys()
        parent.append(fields.diagnostics)
        return result
    }
}

enum EmailAddress {
    /// Deliberately loose: catches a name or a URL written where an address belongs, not every RFC 5322 corner.
    static func isPlausible(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix(".") else { return false }
        return !text.contains(where: { $0.isWhitespace || "<>(),;:\"[]".contains($0) })
    }
}
