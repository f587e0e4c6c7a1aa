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
                diagnostics.append(.error(.portalFileEmpty, "the portal file is empty", at: start, hint: "add at least ‘title:’ and ‘organisation:’"))
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
        let vocabularies = fields.mapping("vocabularies", owner: "‘vocabularies’", loadVocabularies) ?? Vocabularies()
        var pageSize: Int?
        let indexProfiles = fields.mapping("people", owner: "‘people’") { people -> Bool? in
            pageSize = people.integer("page_size", in: 1...10_000)
            return people.boolean("index_profiles")
        } ?? false
        let limits = fields.mapping("limits", owner: "‘limits’", loadLimits) ?? Limits()
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        guard let title, let organisation else { return nil }
        var settings = PortalSettings(title: title, organisation: organisation, description: description, baseURL: baseURL,
                                      timeZone: timeZone, language: language, gradeLadders: ladders,
                                      contactEmail: contactEmail, footer: footer, vocabularies: vocabularies,
                                      indexProfiles: indexProfiles, location: start)
        settings.limits = limits
        if let pageSize { settings.directoryPageSize = pageSize }
        settings.timeZonePlace = fields.valuePlace("time_zone")
        settings.contactEmailPlace = fields.valuePlace("contact_email")
        return settings
    }

    static func loadLadders(_ nodes: [Node], document: YAMLDocument, diagnostics: inout [Diagnostic]) -> [GradeLadder] {
        document.readMappings(nodes, owner: "a grade ladder", fallback: document.file.location(line: 1, column: 1),
                              diagnostics: &diagnostics) { fields in
            let id = fields.text("id", required: true)
            let name = fields.text("name", required: true)
            let document = fields.document
            let grades = fields.mappingList("grades", required: true, owner: "a grade", text: { scalar, item in
                var grade = GradeLadder.Grade(name: scalar.string.trimmingCharacters(in: .whitespaces))
                grade.locations = [document.location(of: item)].compactMap { $0 }
                return grade
            }) { grade -> GradeLadder.Grade? in
                let gradeName = grade.text("name", required: true)
                let aliases = grade.textList("aliases") ?? []
                guard let gradeName else { return nil }
                var result = GradeLadder.Grade(name: gradeName, aliases: aliases)
                result.locations = [grade.valuePlace("name")?.location].compactMap { $0 } + grade.itemLocations("aliases")
                return result
            }
            guard let id, let name else { return nil }
            var ladder = GradeLadder(id: id, name: name, grades: grades, location: fields.location)
            ladder.idPlace = fields.valuePlace("id")
            return ladder
        }
    }
}

extension PortalFileLoader {
    static func loadLimits(_ fields: inout YAMLFields) -> Limits {
        var limits = Limits()
        if let value = fields.integer(Limits.peopleFileKey, in: Limits.peopleFileRange) { limits.peopleFileMegabytes = value }
        if let value = fields.integer(Limits.biographyKey, in: Limits.biographyRange) { limits.biographyCharacters = value }
        if let value = fields.integer(Limits.fieldKey, in: Limits.fieldRange) { limits.fieldCharacters = value }
        return limits
    }

    static func loadVocabularies(_ fields: inout YAMLFields) -> Vocabularies {
        func vocabulary(_ key: String) -> Vocabulary? {
            guard let items = fields.list(key) else { return nil }
            let (document, fallback) = (fields.document, fields.location)
            return Vocabulary(terms: fields.mappings(items, owner: "a term of ‘\(key)’", text: { scalar, item in
                Vocabulary.Term(name: scalar.string.trimmingCharacters(in: .whitespaces),
                                location: document.location(of: item) ?? fallback)
            }) { entry -> Vocabulary.Term? in
                guard let name = entry.text("name", required: true) else { return nil }
                var term = Vocabulary.Term(name: name, synonyms: entry.textList("synonyms") ?? [], location: entry.location)
                term.synonymLocations = entry.itemLocations("synonyms")
                return term
            })
        }
        return Vocabularies(expertise: vocabulary("expertise"), organisations: vocabulary("organisations"),
                            professions: vocabulary("professions"))
    }
}
