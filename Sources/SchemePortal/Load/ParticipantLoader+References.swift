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
        return (fields.list(key, singleAllowed: true) ?? []).compactMap { item in
            let location = document.location(of: item) ?? fields.location
            if let id = item.scalar?.string.trimmingSpaces() {
                return id.isEmpty ? nil : PersonReference(id: id, location: location)
            }
            guard let detail, item.mapping != nil else {
                fields.wrongKind(item, "each item of ‘\(key)’ should be a person's id, but this is",
                                 hint: detail.map { "write the id, or ‘{id: …, \($0.key): …}’" } ?? "write the person's id after ‘- ’")
                return nil
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
            }
        }
    }
}
