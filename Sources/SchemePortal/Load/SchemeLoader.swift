import Foundation
import Yams

/// Reads `schemes/<slug>/scheme.md`: the front matter into the model, the body into sections.
enum SchemeLoader {
    static func load(_ file: SourceFile, slug: String, diagnostics: inout [Diagnostic]) -> Scheme? {
        let frontMatter = FrontMatter(file: file, required: true)
        diagnostics += frontMatter.diagnostics
        let start = file.location(line: 1, column: 1)
        guard let document = frontMatter.yaml, let root = document.root else {
            if frontMatter.yaml != nil, frontMatter.diagnostics.isEmpty {
                diagnostics.append(file.diagnostic(.error, line: 1, column: 1, "the front matter is empty",
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
        let sides = loadSides(fields.list("sides", required: true) ?? [], document: document, fields: &fields)
        let objectives = (fields.list("objectives") ?? []).compactMap { node -> MarkdownText? in
            var local: [Diagnostic] = []
            defer { fields.append(local) }
            return document.markdown(node, key: "objectives", diagnostics: &local)
        }
        let timeCommitment = fields.markdown("time_commitment")
        let keyDates = KeyDateLoader.load(fields.list("key_dates") ?? [], document: document, fields: &fields)
        let contacts = loadContacts(fields.list("contacts") ?? [], document: document, fields: &fields)
        let links = loadLinks(fields.list("links") ?? [], document: document, fields: &fields)
        let rules = RulesLoader.load(fields.mapping("rules", owner: "the rules"), fields: &fields)
        let directory = fields.boolean("directory") ?? true
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics

        let body = BodySections(body: frontMatter.body, file: file)
        diagnostics += body.diagnostics

        guard let title else { return nil }
        var scheme = Scheme(slug: slug, title: title, shortTitle: shortTitle, organisers: organisers, cohort: cohort,
                      status: status, summary: summary, models: models, sides: sides, objectives: objectives,
                      timeCommitment: timeCommitment, keyDates: keyDates, contacts: contacts, rules: rules,
                      links: links, introduction: body.introduction, sections: body.sections, location: start)
        scheme.directory = directory
        return scheme
    }

    static func loadSides(_ nodes: [Node], document: YAMLDocument, fields: inout YAMLFields) -> [Side] {
        var sides: [Side] = []
        var local: [Diagnostic] = []
        for node in nodes {
            guard var side = YAMLFields(node, in: document, owner: "a side", diagnostics: &local,
                                        fallback: fields.location) else { continue }
            let id = side.text("id", required: true)
            let name = side.text("name", required: true)
            let plural = side.text("plural")
            let description = side.markdown("description")
            let eligibility = side.markdown("eligibility")
            let howToApply = side.markdown("how_to_apply")
            if let id, !Slug.isValid(id) {
                side.report(.error, at: side.node("id")!, "the side id ‘\(id)’ should be lowercase letters, digits and hyphens",
                            hint: "write ‘\(Slug.make(from: id))’")
            }
            if let id, sides.contains(where: { $0.id == id }) {
                side.report(.error, at: side.node("id")!, "a second side with the id ‘\(id)’", hint: "give each side its own id")
            }
            side.reportUnknownKeys()
            local += side.diagnostics
            if let id, let name {
                sides.append(Side(id: id, name: name, plural: plural ?? name + "s", description: description,
                                  eligibility: eligibility, howToApply: howToApply, location: side.location))
            }
        }
        if nodes.count > 2 {
            local.append(.error("a scheme has one or two sides, but this one lists \(nodes.count)", at: fields.valueLocation("sides"),
                                hint: "describe the two sides (e.g. mentor and mentee); peers in a circle are one side"))
        }
        fields.append(local)
        return sides
    }

    static func loadContacts(_ nodes: [Node], document: YAMLDocument, fields: inout YAMLFields) -> [Contact] {
        var contacts: [Contact] = []
        var local: [Diagnostic] = []
        for node in nodes {
            guard var contact = YAMLFields(node, in: document, owner: "a contact", diagnostics: &local,
                                           fallback: fields.location) else { continue }
            let role = contact.text("role", required: true)
            let email = contact.text("email")
            let phone = contact.text("phone")
            let url = contact.address("url")
            let side = contact.text("side")
            if let email, !EmailAddress.isPlausible(email) {
                contact.report(.error, at: contact.node("email")!, "‘\(email)’ is not an e-mail address",
                               hint: "write an address such as ‘mentoring@example.org’")
            }
            if email == nil, phone == nil, url == nil {
                local.append(.error("this contact has no ‘email’, ‘phone’ or ‘url’", at: contact.location,
                                    hint: "add at least one way to reach the role"))
            }
            contact.reportUnknownKeys()
            local += contact.diagnostics
            if let role {
                contacts.append(Contact(role: role, email: email, phone: phone, url: url, side: side,
                                        location: contact.location))
            }
        }
        fields.append(local)
        return contacts
    }

    static func loadLinks(_ nodes: [Node], document: YAMLDocument, fields: inout YAMLFields) -> [ExternalLink] {
        var links: [ExternalLink] = []
        var local: [Diagnostic] = []
        for node in nodes {
            guard var link = YAMLFields(node, in: document, owner: "a link", diagnostics: &local,
                                        fallback: fields.location) else { continue }
            let title = link.text("title", required: true)
            let url = link.address("url", required: true)
            let description = link.text("description")
            link.reportUnknownKeys()
            local += link.diagnostics
            if let title, let url {
                links.append(ExternalLink(title: title, url: url, description: description, location: link.location))
            }
        }
        fields.append(local)
        return links
    }
}
