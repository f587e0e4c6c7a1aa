import Yams

/// Reads `key_dates:`; each date's text goes through the one date grammar.
enum KeyDateLoader {
    static func load(_ fields: inout YAMLFields, examples: DateExamples = .standard) -> [KeyDate] {
        let grammar = DateGrammar(examples: examples)
        var unreadable: Set<String> = []
        let keyDates: [KeyDate] = fields.mappingList("key_dates", owner: "a key date") { entry -> KeyDate? in
            let document = entry.document
            let label = entry.text("label", required: true)
            let text = entry.text("date", required: true, example: examples.written(19, 12))
            let kind = entry.choice("kind", of: KeyDate.Kind.self) ?? .milestone
            let side = entry.text("side")
            let details = entry.text("details")
            let venue = entry.text("location")
            var parsed: DateExpression?
            let dateLocation = entry.node("date").map { document.contentLocation(of: $0) } ?? entry.location
            if let text {
                switch grammar.parse(text) {
                case .success(let expression):
                    parsed = expression
                case .failure(let error):
                    let at = SourceLocation(file: dateLocation.file, line: dateLocation.line,
                                            column: dateLocation.column + error.offset)
                    // The word the grammar stopped at ("Jully"), not the rest of the date; a problem with the date
                    // as a whole ("15 July" has no year) underlines all of it.
                    let word = error.offset == 0 ? text.unicodeScalars.count
                        : text.unicodeScalars.dropFirst(error.offset).prefix { !$0.properties.isWhitespace && $0 != "," }.count
                    entry.append([Diagnostic(.dateUnreadable, .error, at: at, error.message, hint: error.hint,
                                             sourceLine: document.file.line(at.line), span: max(1, word))])
                }
            }
            guard let label, let text, let parsed else {
                if let label { unreadable.insert(label) }
                return nil
            }
            var keyDate = KeyDate(label: label, text: text, when: parsed, kind: kind, side: side, details: details,
                                  location: dateLocation, sourceLine: document.file.line(dateLocation.line))
            keyDate.venue = venue
            if side != nil { keyDate.sideLocation = entry.valueLocation("side") }
            return keyDate
        }
        let counted = resolveRelative(keyDates, unreadable: unreadable)
        fields.append(counted.diagnostics)
        return counted.keyDates
    }
}
