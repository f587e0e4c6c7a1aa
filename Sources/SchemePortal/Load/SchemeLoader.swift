import Foundation
import Yams

/// Reads `schemes/<slug>/scheme.md`: the front matter into the model, the body into sections.
enum SchemeLoader {
    /// `today` is the build's reference day, which the example dates of messages fall after when the
    /// scheme names no cohort.
    static func load(_ file: SourceFile, slug: String, today: CalendarDay? = nil, diagnostics: inout [Diagnostic]) -> Scheme? {
        let frontMatter = FrontMatter(file: file, required: true)
        diagnostics += frontMatter.diagnostics
        let start = file.location(line: 1, column: 1)
        guard let document = frontMatter.yaml, let root = document.root else {
            if frontMatter.yaml != nil, frontMatter.diagnostics.isEmpty {
                diagnostics.append(FrontMatter.empty(file,
                                                   hint: "add the scheme's ‘title’, ‘organisers’, ‘summary’, ‘model’ and ‘sides’"))
            }
            return nil
        }
        guard var fields = YAMLFields(root, in: document, owner: "the scheme", diagnostics: &diagnostics,
                                      fallback: start) else { return nil }
        let title = fields.text("title", required: true)
        let shortTitle = fields.text("short_title")
        let organisers = fields.textList("organisers", required: true) ?? []
        let cohort = fields.text("cohort")
        let status = fields.choice("status", of: SchemeStatus.self)
        let summary = fields.markdown("summary", required: true)
        let models = (fields.list("model", required: true, singleAllowed: true) ?? []).compactMap { node -> MentoringModel? in
            var local: [Diagnostic] = []
            defer { fields.append(local) }
            return document.choice(node, key: "model", of: MentoringModel.self, diagnostics: &local)
        }
        let sidesFrom = fields.diagnostics.count
        let sideNodes = fields.list("sides", required: true) ?? []
        let sides = fields.mappings(sideNodes, owner: "a side", loadSide)
        // A side that cannot be read makes every person and rule that names a side doubtful.
        fields.markCauses(from: sidesFrom, .sides(slug))
        let objectives = (fields.list("objectives") ?? []).compactMap { node -> MarkdownText? in
            var local: [Diagnostic] = []
            defer { fields.append(local) }
            return document.markdown(node, key: "objectives", diagnostics: &local)
        }
        let timeCommitment = fields.markdown("time_commitment")
        let examples = DateExamples(cohort: cohort, today: today)
        var keyDates = KeyDateLoader.load(&fields, examples: examples, yearSource: .cohort(cohort))
        let intakes = KeyDateLoader.loadIntakes(&fields, examples: examples)
        keyDates += intakes.keyDates
        let contacts = fields.mappingList("contacts", owner: "a contact", loadContact)
        let links = fields.mappingList("links", owner: "a link", loadLink)
        let rules = fields.mapping("rules", owner: "the rules", RulesLoader.load) ?? SchemeRules()
        let directory = fields.boolean("directory") ?? true
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics

        let body = BodySections(body: frontMatter.body, file: file)
        guard let title else { return nil }
        var scheme = Scheme(slug: slug, title: title, shortTitle: shortTitle, organisers: organisers, cohort: cohort,
                      status: status, summary: summary, models: models, sides: sides, objectives: objectives,
                      timeCommitment: timeCommitment, keyDates: keyDates, contacts: contacts, rules: rules,
                      links: links, introduction: body.introduction, sections: body.sections, location: start)
        scheme.directory = directory
        scheme.intakes = intakes.intakes
        scheme.intakeDates = intakes.pattern
        scheme.unpublishedSections = body.unpublished
        scheme.sidesWritten = sideNodes.count
        scheme.sidesLocation = fields.valueLocation("sides")
        scheme.titlePlace = fields.valuePlace("title")
        return scheme
    }

    static func loadSide(_ side: inout YAMLFields) -> Side? {
        let id = side.text("id", required: true)
        let name = side.text("name", required: true)
        let plural = side.text("plural")
        let description = side.markdown("description")
        let eligibility = side.markdown("eligibility")
        let howToApply = side.markdown("how_to_apply")
        guard let id, let name else { return nil }
        var result = Side(id: id, name: name, plural: plural ?? NameForms.plural(name), description: description,
                          eligibility: eligibility, howToApply: howToApply, location: side.location)
        result.idPlace = side.valuePlace("id")
        return result
    }

    static func loadContact(_ contact: inout YAMLFields) -> Contact? {
        let role = contact.text("role", required: true)
        let email = contact.text("email")
        let phone = contact.text("phone")
        let url = contact.address("url")
        let side = contact.text("side")
        guard let role else { return nil }
        var result = Contact(role: role, email: email, phone: phone, url: url, side: side, location: contact.location)
        result.emailPlace = contact.valuePlace("email")
        return result
    }

    static func loadLink(_ link: inout YAMLFields) -> ExternalLink? {
        let title = link.text("title", required: true)
        let url = link.address("url", required: true)
        let description = link.text("description")
        guard let title, let url else { return nil }
        return ExternalLink(title: title, url: url, description: description, location: link.location)
    }
}
