/// Markdown written by staff, with where it starts so that problems inside it can be located.
public struct MarkdownText: Hashable, Sendable {
    public var source: String
    /// Location of the first character of `source` in its file.
    public var location: SourceLocation

    public init(_ source: String, at location: SourceLocation) {
        self.source = source
        self.location = location
    }

    public var isBlank: Bool { source.allSatisfy(\.isWhitespace) }
}
