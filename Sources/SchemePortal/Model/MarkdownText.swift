/// Markdown written by staff, with where it starts so that problems inside it can be located.
public struct MarkdownText: Hashable, Sendable {
    public var source: String
    /// Location of the first character of `source` in its file.
    public var location: SourceLocation
    /// Columns before each line after the first in the file: a YAML literal block's indentation (`biography: |`
    /// and lines indented under it), which YAML takes off every line; 0 for a Markdown file's own text.
    public var indent: Int

    public init(_ source: String, at location: SourceLocation, indent: Int = 0) {
        self.source = source
        self.location = location
        self.indent = indent
    }

    public var isBlank: Bool { source.allSatisfy(\.isWhitespace) }

    /// Where `line` and `column` of the source (1-based, in Unicode scalars) are in its file: every rule that
    /// places something found in the text asks this.
    public func fileLocation(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: location.file, line: location.line + line - 1, column: column + (line == 1 ? location.column - 1 : indent))
    }
}
