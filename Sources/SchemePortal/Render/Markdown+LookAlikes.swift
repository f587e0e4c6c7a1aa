/// A heading whose anchor is made from a word with a Cyrillic or Greek look-alike letter (“Оverview”).
extension Diagnostic {
    /// One warning per look-alike letter in the heading's text, at the letter when it can be found on the line.
    static func markdownLookAlikes(in text: String, _ map: MarkdownSourceMap,
                                   at start: (line: Int, column: Int)) -> [Diagnostic] {
        let findings = LookAlikeLetters.find(in: text)
        guard !findings.isEmpty else { return [] }
        let heading = map.location(start)
        let line = map.sourceLine(start.line)
        return findings.map { finding in
            var at = heading
            if let line, let column = LookAlikeLetters.column(of: finding, on: line, from: heading.column) {
                at = SourceLocation(file: heading.file, line: heading.line, column: column)
            }
            return Diagnostic(.warning, at: at, finding.message, hint: LookAlikeLetters.Finding.hint, sourceLine: line)
        }
    }
}
