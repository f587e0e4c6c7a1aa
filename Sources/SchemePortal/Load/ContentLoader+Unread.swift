/// What the load could not read, for `UnreadContent`: where the message that says why is, and which
/// people a file that could not be read in full would have held.
extension ContentLoader {
    /// The place of the first error added since `start`, or the start of `file` when there is none.
    static func firstError(in diagnostics: [Diagnostic], from start: Int, or file: String) -> SourceLocation {
        diagnostics[start...].first { $0.severity == .error }?.location ?? SourceLocation(file: file)
    }

    /// The people a participant file names but did not give (a mistake in the file, or in their record),
    /// with the place of the file's first error.
    static func unreadPeople(in file: SourceFile, loaded: [Participant], diagnostics: [Diagnostic]) -> [String: SourceLocation] {
        guard let root = diagnostics.first(where: { $0.severity == .error && $0.location.file == file.displayPath })?.location
        else { return [:] }
        let given = Set(loaded.map(\.id))
        var missing: [String: SourceLocation] = [:]
        for id in UnreadContent.ids(in: file.text) where !given.contains(id) && missing[id] == nil { missing[id] = root }
        return missing
    }

    /// A scheme whose `scheme.md` could not be read: its own people file, never loaded, is read for the
    /// ids it names, since references to them follow from the scheme's problem.
    func noteUnreadScheme(_ slug: String, in folder: InputFolder, diagnostics: [Diagnostic], from start: Int,
                          unread: inout UnreadContent) {
        let root = Self.firstError(in: diagnostics, from: start, or: folder.display("schemes/\(slug)/scheme.md"))
        unread.schemes[slug] = root
        let people = "schemes/\(slug)/people.yaml"
        guard folder.entry(people) == .file,
              case .success(let file) = SourceFile.read(path: folder.path(people), displayPath: folder.display(people),
                                                         limit: .people(Limits())) else { return }
        for id in UnreadContent.ids(in: file.text) where unread.people[id] == nil { unread.people[id] = root }
    }
}
