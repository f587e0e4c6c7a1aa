/// A file the build writes, by its path inside `Output/`.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}

extension OutputFile {
    /// Only plain relative paths: no `..`, no absolute paths, nothing hidden. The check step reports an
    /// address that fails this, and the write step refuses it, so both must ask the same question.
    public static func isSafe(_ path: String) -> Bool {
        // Over the bytes: every file of the site passes here, and splitting each path into strings was a
        // tenth of the end of `portal check` at 10,000 people. A part is bad when empty or starting with a dot
        // (which covers `.` and `..`), so only what starts each part needs looking at.
        var safe = true
        var partStart = true
        for byte in path.utf8 where safe {
            if partStart { safe = byte != UInt8(ascii: "/") && byte != UInt8(ascii: ".") }
            partStart = byte == UInt8(ascii: "/")
        }
        return safe && !partStart
    }
}
