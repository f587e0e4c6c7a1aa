/// A heading whose anchor is made from a word with a Cyrillic or Greek look-alike letter (“Оverview”):
/// the same warnings as for a section heading (`LookAlikeLetterRules`), placed in the Markdown's file.
extension Diagnostic {
    static func markdownLookAlikes(in text: String, _ map: MarkdownSourceMap,
                                   at start: (line: Int, column: Int)) -> [Diagnostic] {
        LookAlikeLetterRules.warnings(text, at: map.location(start), sourceLine: map.sourceLine(start.line))
    }
}
