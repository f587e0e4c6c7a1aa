import Yams

/// Reads `key_dates:`; each date's text goes through the one date grammar.
enum KeyDateLoader {
    static func load(_ nodes: [Node], document: YAMLDocument, fields: inout YAMLFields) -> [KeyDate] {
        var keyDates: [KeyDate] = []
        var local: [Diagnostic] = []
        let grammar = DateGrammar()
        for node in nodes {
            guard var entry = YAMLFields(node, in: document, owner: "a key date", diagnostics: &local,
                                         fallback: fields.location) else { continue }
            let label = entry.text("label", required: true)
            let text = entry.text("date", required: true)
            let kind = entry.choice("kind", of: KeyDate.Kind.self) ?? .milestone
            let side = entry.text("side")
            let details = entry.text("details")
            var parsed: DateExpression?
            let dateLocation = entry.node("date").map { document.contentLocation(of: $0) } ?? entry.location
            if let text {
                switch grammar.parse(text) {
                case .success(let expression):
                    parsed = expression
                case .failure(let error):
                    let at = SourceLocation(file: dateLocation.file, line: dateLocation.line,
                                            column: dateLocation.column + error.offset)
                    local.append(Diagnostic(.error, at: at, error.message, hint: error.hint,
                                            sourceLine: document.file.line(at.line)))
                }
            }
            entry.reportUnknownKeys()
            local += entry.diagnostics
            if let label, let text, let parsed {
                keyDates.append(KeyDate(label: label, text: text, when: parsed, kind: kind, side: side, details: details,
                                        location: dateLocation, sourceLine: document.file.line(dateLocation.line)))
            }
        }
        fields.append(local)
        return keyDates
    }
}
