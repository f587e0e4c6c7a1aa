import Foundation

/// Messages as JSON, for editors and CI annotations (`portal check --format json`): one object per
/// message, in the order they are printed. Documented in docs/messages.md.
public enum DiagnosticJSON {
    /// One message. `range` is what the carets underline: `end` is the column just after it (as in the
    /// Language Server Protocol), on the same line. `line` is the source line the message quotes, or null.
    struct Message: Encodable {
        struct Position: Encodable {
            let line: Int
            let column: Int
        }

        struct Range: Encodable {
            let start: Position
            let end: Position
        }

        let code: String
        let severity: String
        let file: String
        let range: Range
        let message: String
        let hint: String?
        /// A note, with its own place when it has one.
        struct Note: Encodable {
            let message: String
            let file: String?
            let line: Int?
            let column: Int?

            enum CodingKeys: String, CodingKey { case message, file, line, column }

            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(message, forKey: .message)
                try container.encode(file, forKey: .file)
                try container.encode(line, forKey: .line)
                try container.encode(column, forKey: .column)
            }
        }

        let notes: [Note]
        let line: String?

        init(_ diagnostic: Diagnostic) {
            code = diagnostic.code.rawValue
            severity = diagnostic.severity.rawValue
            file = diagnostic.location.file
            let position = Position(line: diagnostic.location.line, column: diagnostic.location.column)
            range = Range(start: position, end: Position(line: position.line, column: position.column + max(diagnostic.span ?? 1, 1)))
            message = diagnostic.message
            hint = diagnostic.hint
            notes = diagnostic.notes.map {
                Note(message: $0.message, file: $0.location?.file, line: $0.location?.line, column: $0.location?.column)
            }
            line = diagnostic.sourceLine
        }

        enum CodingKeys: String, CodingKey {
            case code, severity, file, range, message, hint, notes, line
        }

        // Absent hints and lines are written as null, so every object has every key.
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(code, forKey: .code)
            try container.encode(severity, forKey: .severity)
            try container.encode(file, forKey: .file)
            try container.encode(range, forKey: .range)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
            try container.encode(notes, forKey: .notes)
            try container.encode(line, forKey: .line)
        }
    }

    /// The messages as one JSON array, a message to a line, ending with a line break.
    public static func array(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let lines = diagnostics.map { diagnostic -> String in
            // Encoding plain strings and numbers cannot fail.
            String(decoding: (try? encoder.encode(Message(diagnostic))) ?? Data("{}".utf8), as: UTF8.self)
        }
        return lines.isEmpty ? "[]\n" : "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }
}
