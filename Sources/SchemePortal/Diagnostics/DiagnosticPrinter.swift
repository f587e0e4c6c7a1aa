/// Formats diagnostics the way compilers do, with the offending line and a caret under the column.
/// Only the line is ever quoted, never the whole file: content holds participants' personal data
/// and the messages end up in CI logs.
public struct DiagnosticPrinter: Sendable {
    public var showsSourceLines: Bool

    public init(showsSourceLines: Bool = true) {
        self.showsSourceLines = showsSourceLines
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description
        if showsSourceLines, let line = diagnostic.sourceLine {
            let shown = Self.clipped(line, around: diagnostic.location.column)
            text += "\n    " + shown.text + "\n    " + String(repeating: " ", count: shown.caretOffset) + "^"
        }
        for note in diagnostic.notes { text += "\n    note: " + note }
        return text
    }

    public func format(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(format).joined(separator: "\n")
    }

    /// Long lines (a minified file, a 5,000-character paragraph) are cut to a window around the column.
    static func clipped(_ line: String, around column: Int, width: Int = 100) -> (text: String, caretOffset: Int) {
        let scalars = Array(line.unicodeScalars.map { $0 == "\t" ? " " : $0 })
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
