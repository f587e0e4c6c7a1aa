/// What is said of a file that cannot be read, in the same words whichever folder it is in (content,
/// layouts, assets) and whichever step found it.
extension Diagnostic {
    /// A device, socket or pipe where a file was expected; `link` is where a shortcut to it pointed.
    static func notRegularFile(_ kind: String, at location: SourceLocation, link: String? = nil) -> Diagnostic {
        let message = link.map { "this is not a regular file: it is a shortcut (symbolic link) to ‘\($0)’, which is \(kind), so it is not read" }
            ?? "this is not a regular file (it is \(kind)), so it is not read"
        return .error(.fileUnreadable, message, at: location, hint: "replace it with an ordinary file, or delete it")
    }

    /// The system refused (permissions, a vanished file); `reason` is its words.
    static func unreadableFile(_ reason: String, at location: SourceLocation, hint: String = "check that it exists and that you may read it") -> Diagnostic {
        .error(.fileUnreadable, "this cannot be read (\(reason))", at: location, hint: hint)
    }

    /// A name Windows cannot hold, wherever it would end up in the site.
    static func reservedName(_ name: String, at location: SourceLocation, hint: String, sourceLine: String? = nil) -> Diagnostic {
        Diagnostic(.reservedName, .error, at: location, ReservedFileName.problem(name), hint: hint, sourceLine: sourceLine)
    }
}
