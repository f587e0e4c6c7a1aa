/// Formats diagnostics the way compilers do, with the offending line and a caret under the column.
/// Only the line is ever quoted, never the whole file: content holds participants' personal data
/// and the messages end up in CI logs.
public struct DiagnosticPrinter: Sendable {
    public var showsSourceLines: Bool
    /// Colours for a terminal: the place in bold, `error` in red, `warning` in magenta, the caret in green,
    /// `note` in cyan (the words stay, so nothing depends on seeing colour).
    public var colours: Bool

    public init(showsSourceLines: Bool = true, colours: Bool = false) {
        self.showsSourceLines = showsSourceLines
        self.colours = colours
    }

    /// Whether a terminal should get colours: standard error is one, and NO_COLOR (no-color.org) is not
    /// set, and the terminal is not a dumb one.
    public static func coloursWanted(environment: [String: String], isTerminal: Bool) -> Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty && environment["TERM"] != "dumb"
    }

    private func paint(_ text: String, _ code: String) -> String {
        colours ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text: String
        if colours {
            let severity = diagnostic.severity == .error ? paint("error:", "1;31") : paint("warning:", "1;35")
            text = paint("\(diagnostic.location):", "1") + " " + severity + " " + diagnostic.message
            if let hint = diagnostic.hint { text += "; \(hint)" }
        } else {
            text = diagnostic.description
        }
        // As compilers name the warning flag, the code goes last, where it does not break the
        // `path:line:column: error: message` that editors match on.
        text += " " + paint("[\(diagnostic.code.rawValue)]", "2")
        if showsSourceLines, let line = diagnostic.sourceLine {
            let shown = Self.clipped(line, around: diagnostic.location.column)
            let room = max(1, shown.text.unicodeScalars.count - shown.caretOffset)
            let carets = String(repeating: "^", count: min(max(diagnostic.span ?? 1, 1), room))
            text += "\n    " + shown.text + "\n    " + String(repeating: " ", count: shown.caretOffset) + paint(carets, "1;32")
        }
        for note in diagnostic.notes { text += "\n    " + paint("note:", "1;36") + " " + note.description }
        return text
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    /// Said once under the messages, so staff know where the codes lead.
    public static func explainLine(for diagnostics: [Diagnostic]) -> String? {
        guard let first = diagnostics.first else { return nil }
        return "portal explain \(first.code.rawValue) (or any code in [brackets]) says more, with an example"
    }

    /// Long lines (a minified file, a 5,000-character paragraph) are cut to a window around the column.
    static func clipped(_ line: String, around column: Int, width: Int = 100) -> (text: String, caretOffset: Int) {
        // A tab is shown as an arrow: it is the mistake in "indented with a tab", and a space would hide it.
        let scalars = Array(line.unicodeScalars.map { scalar -> Unicode.Scalar in
            // Control characters are shown by their symbol (␂ for STX): invisible, they are the mistake.
            // A no-break space is shown as ⍽: it looks like a space and YAML does not count it as one.
            scalar == "\t" ? "→" : scalar == "\u{A0}" ? "⍽" : scalar.value < 0x20 ? Unicode.Scalar(0x2400 + scalar.value) ?? scalar : scalar
        })
        let caret = min(max(column - 1, 0), scalars.count)
        guard scalars.count > width else {
            return (String(String.UnicodeScalarView(scalars)), caret)
        }
        let start = max(0, min(caret - width / 2, scalars.count - width))
        let end = min(scalars.count, start + width)
        let prefix = start > 0 ? "…" : ""
        let suffix = end < scalars.count ? "…" : ""
        let body = String(String.UnicodeScalarView(scalars[start..<end]))
        return (prefix + body + suffix, caret - start + prefix.count)
    }
}
