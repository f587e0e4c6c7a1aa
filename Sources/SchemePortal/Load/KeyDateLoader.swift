import Yams

/// Reads `key_dates:`; each date's text goes through the one date grammar.
enum KeyDateLoader {
    /// A key date as written, before its date is read: the pattern of `intake_dates` is read once per intake.
    struct Entry {
        var label: String
        var text: String
        var kind: KeyDate.Kind
        var side: String?
        var sideLocation: SourceLocation?
        var details: String?
        var venue: String?
        var location: SourceLocation
        var sourceLine: String?
        var file: SourceFile
        var toConfirm: (text: String, location: SourceLocation)?

        func keyDate(_ when: DateExpression) -> KeyDate {
            var keyDate = KeyDate(label: label, text: text, when: when, kind: kind, side: side, details: details,
                                  location: location, sourceLine: sourceLine)
            keyDate.venue = venue
            keyDate.sideLocation = sideLocation
            keyDate.toConfirm = toConfirm
            return keyDate
        }
    }

    static func load(_ fields: inout YAMLFields, examples: DateExamples = .standard,
                     yearSource: YearSource? = nil) -> [KeyDate] {
        var unreadable: Set<String> = []
        let written = entries(&fields, "key_dates", owner: "a key date", examples: examples, unreadable: &unreadable)
        let parsed = read(written, with: DateGrammar(examples: examples, yearSource: yearSource), unreadable: unreadable)
        fields.append(parsed.diagnostics)
        return parsed.keyDates
    }

    /// `entries` read by `grammar` after the dates `before`, with each date counted from another worked out:
    /// the key dates and every problem, in order. `unreadable` names the labels already known to have no date.
    static func read(_ entries: [Entry], with grammar: DateGrammar, before: [KeyDate] = [],
                     unreadable: Set<String>) -> (keyDates: [KeyDate], diagnostics: [Diagnostic]) {
        var unreadable = unreadable
        var diagnostics: [Diagnostic] = []
        var keyDates = before
        for entry in entries {
            let (when, problem) = read(entry.text, with: grammar, at: entry.location, in: entry.file)
            diagnostics += problem.map { [$0] } ?? []
            guard let when else {
                unreadable.insert(entry.label)
                continue
            }
            keyDates.append(entry.keyDate(when))
        }
        let counted = resolveRelative(keyDates, unreadable: unreadable)
        return (counted.keyDates, diagnostics + counted.diagnostics)
    }

    /// A date's `confirm:` note (as `portal rollover` writes under each date it moves) and where it is.
    /// `confirm:` with nothing after it still marks the date: the line is what staff delete.
    static func confirmation(_ entry: inout YAMLFields) -> (text: String, location: SourceLocation)? {
        (entry.text("confirm") ?? (entry.node("confirm")?.scalar != nil ? "" : nil)).map { ($0, entry.valueLocation("confirm")) }
    }

    /// The entries of a list of key dates; `unreadable` gains the labels of those with no date to read.
    static func entries(_ fields: inout YAMLFields, _ key: String, owner: String, examples: DateExamples,
                        unreadable: inout Set<String>) -> [Entry] {
        var missing: Set<String> = []
        let entries: [Entry] = fields.mappingList(key, owner: owner) { entry -> Entry? in
            let document = entry.document
            let label = entry.text("label", required: true)
            let text = entry.text("date", required: true, example: examples.written(19, 12))
            let kind = entry.choice("kind", of: KeyDate.Kind.self) ?? .milestone
            let side = entry.text("side")
            let details = entry.text("details")
            let venue = entry.text("location")
            let confirm = confirmation(&entry)
            let dateLocation = entry.node("date").map { document.contentLocation(of: $0) } ?? entry.location
            guard let label, let text else {
                if let label { missing.insert(label) }
                return nil
            }
            return Entry(label: label, text: text, kind: kind, side: side,
                         sideLocation: side != nil ? entry.valueLocation("side") : nil, details: details, venue: venue,
                         location: dateLocation, sourceLine: document.file.line(dateLocation.line), file: document.file,
                         toConfirm: confirm)
        }
        unreadable.formUnion(missing)
        return entries
    }

    /// A date's text read by the grammar, or the message saying why it cannot be. `dayNeeded` names what
    /// must be a single day (an intake's start), so a span or a vague date there is reported too.
    static func read(_ text: String, with grammar: DateGrammar, at dateLocation: SourceLocation, in file: SourceFile,
                     dayNeeded: String? = nil) -> (DateExpression?, Diagnostic?) {
        switch grammar.parse(text) {
        case .success(let expression):
            guard let dayNeeded else { return (expression, nil) }
            if case .point = expression { return (expression, nil) }
            return (nil, Diagnostic(.dateUnreadable, .error, at: dateLocation,
                                    "“\(text)” is not a single day: \(dayNeeded) is one day",
                                    hint: "write the day, such as “\(grammar.examples.written(11, 1))”",
                                    sourceLine: file.line(dateLocation.line), span: max(1, text.unicodeScalars.count)))
        case .failure(let error):
            let at = SourceLocation(file: dateLocation.file, line: dateLocation.line,
                                    column: dateLocation.column + error.offset)
            // The word the grammar stopped at ("Jully"), not the rest of the date; a problem with the date
            // as a whole ("15 July" has no year) underlines all of it.
            let word = error.offset == 0 ? text.unicodeScalars.count
                : text.unicodeScalars.dropFirst(error.offset).prefix { !$0.properties.isWhitespace && $0 != "," }.count
            return (nil, Diagnostic(.dateUnreadable, .error, at: at, error.message, hint: error.hint,
                                    sourceLine: file.line(at.line), span: max(1, word)))
        }
    }
}
