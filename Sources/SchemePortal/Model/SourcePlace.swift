/// Where a value is written, with its line as written, so that a rule judging the value can point at it
/// and show the line with a caret, exactly as a message from reading the file would.
public struct SourcePlace: Hashable, Sendable {
    public var location: SourceLocation
    public var sourceLine: String?

    public init(_ location: SourceLocation, sourceLine: String? = nil) {
        self.location = location
        self.sourceLine = sourceLine
    }
}
