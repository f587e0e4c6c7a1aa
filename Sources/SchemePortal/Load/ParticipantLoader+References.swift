/// The people a membership names: `preferences`, `conflicts`, `partners` and `requested_partner`. Each item is
/// an id, or (for partners and conflicts) a mapping with the id and what more there is to say of it:
/// `{id: ben-hartley, status: proposed}`, `{id: dan-price, kind: line manager}`.
extension ParticipantLoader {
    enum ReferenceDetail {
        /// A partner's `status`.
        case status
        /// A conflict's `kind`.
        case kind

        var key: String { self == .status ? "status" : "kind" }
    }

    static func references(_ key: String, in fields: inout YAMLFields, detail: ReferenceDetail?) -> [PersonReference] {
        let document = fields.document
        return (fields.list(key, singleAllowed: true) ?? []).flatMap { item -> [PersonReference] in
            let location = document.location(of: item) ?? fields.location
            if let id = item.scalar?.string.trimmingSpaces() {
                // ‘preferences: ada, ben’ is one piece of text, and no id has a comma: said once, here, and read as
                // the list it was meant to be, so no rule reports ‘ada, ben’ as nobody.
                let ids = id.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
                if ids.count > 1 {
                    fields.wrongKind(item, "‘\(key)’ names several people, with commas, so it should be a list, but it is",
                                     hint: "write them as a list in square brackets: ‘\(key): [\(ids.joined(separator: ", "))]’")
                }
                return ids.map { PersonReference(id: $0, location: location) }
            }
            guard let detail, item.mapping != nil else {
                fields.wrongKind(item, "each item of ‘\(key)’ should be a person's id, but this is",
                                 hint: detail.map { "write the id, or ‘{id: …, \($0.key): …}’" } ?? "write the person's id after ‘- ’")
                return []
            }
            var local: [Diagnostic] = []
            defer { fields.append(local) }
            // readMapping reports a missing `id` and a misspelt key even when the item gives nothing usable.
            return document.readMapping(item, owner: "an item of ‘\(key)’", fallback: location, diagnostics: &local) { entry in
                // The detail is read first, so that it is a known key even when the id is missing.
                let status = detail == .status ? entry.choice("status", of: PairStatus.self) : nil
                let kind = detail == .kind ? entry.text("kind", example: "line manager") : nil
                guard let id = entry.text("id", required: true, example: "ben-hartley") else { return nil }
                return PersonReference(id: id, location: entry.valueLocation("id"), status: status, kind: kind)
            }.map { [$0] } ?? []
        }
    }
}
