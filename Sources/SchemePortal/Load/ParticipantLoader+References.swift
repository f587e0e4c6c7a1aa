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
            guard var entry = YAMLFields(item, in: document, owner: "an item of ‘\(key)’", diagnostics: &local, fallback: location),
                  let id = entry.text("id", required: true, example: "ben-hartley") else { return nil }
            var reference = PersonReference(id: id, location: entry.valueLocation("id"))
            switch detail {
            case .status: reference.status = entry.choice("status", of: PairStatus.self)
            case .kind: reference.kind = entry.text("kind", example: "line manager")
            }
            entry.reportUnknownKeys()
            local += entry.diagnostics
            return reference
        }
    }
}
