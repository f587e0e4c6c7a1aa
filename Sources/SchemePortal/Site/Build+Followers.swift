/// Root cause first: a message about a reference to something the load could not read (a scheme whose
/// file does not parse, a page without a title, a person in a file with a mistake, a broken portal
/// file) only follows from the message that says why it could not be read. Such messages are left out,
/// and the message they follow from says how many there were and where, so fixing it is the one thing
/// to do.
extension Build {
    static func foldingFollowers(_ diagnostics: [Diagnostic], unread: UnreadContent) -> [Diagnostic] {
        // Errors that make something unreliable (a side written twice), by what they make so; the first in
        // place order is the root, whichever order the rules ran in.
        var causes: [Diagnostic.Subject: SourceLocation] = [:]
        for diagnostic in diagnostics.sorted(by: { $0.location < $1.location }) where diagnostic.severity == .error {
            if let cause = diagnostic.cause, causes[cause] == nil { causes[cause] = diagnostic.location }
        }
        guard !unread.isEmpty || !causes.isEmpty else { return diagnostics }
        func directRoot(_ diagnostic: Diagnostic) -> SourceLocation? {
            guard let subject = diagnostic.subject else { return nil }
            guard diagnostic.cause != subject else { return nil }
            return root(of: subject, in: unread) ?? causes[subject]
        }
        // A root may follow from another (a mistyped partner in a file that could not be read): its followers
        // go to the first message that follows from nothing.
        var folded: [SourceLocation: SourceLocation] = [:]
        for diagnostic in diagnostics where diagnostic.cause != nil {
            if let root = directRoot(diagnostic) { folded[diagnostic.location] = root }
        }
        func finalRoot(_ location: SourceLocation) -> SourceLocation {
            var current = location
            for _ in 0..<8 {
                guard let next = folded[current] else { break }
                current = next
            }
            return current
        }
        var kept: [Diagnostic] = []
        var followers: [SourceLocation: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            if let root = directRoot(diagnostic) {
                followers[finalRoot(root), default: []].append(diagnostic)
            } else {
                kept.append(diagnostic)
            }
        }
        for (root, following) in followers.sorted(by: { $0.key < $1.key }) {
            guard let index = kept.firstIndex(where: { $0.location == root && $0.severity == .error }) else {
                // Nothing says why the thing could not be read: the followers are all there is to show.
                kept += following
                continue
            }
            kept[index].notes.append(Diagnostic.Note(note(following, root: root)))
        }
        return kept
    }

    /// "2 more problems follow from this one (in A and B); they go when it is fixed"
    static func note(_ following: [Diagnostic], root: SourceLocation? = nil) -> String {
        var files: [String] = []
        var lines: [Int] = []
        for diagnostic in following.sorted(by: { $0.location < $1.location }) {
            // In the root's own file, by line: that file is the one the reader is looking at.
            if diagnostic.location.file == root?.file {
                if !lines.contains(diagnostic.location.line) { lines.append(diagnostic.location.line) }
            } else if !files.contains(diagnostic.location.file) {
                files.append(diagnostic.location.file)
            }
        }
        func listed(_ items: [String]) -> String {
            items.count == 1 ? items[0] : items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
        let shown = files.count <= 3 ? files : Array(files.prefix(2)) + ["\(files.count - 2) other files"]
        var places: [String] = []
        if !lines.isEmpty { places.append((lines.count == 1 ? "on line " : "on lines ") + listed(lines.map(String.init))) }
        if !shown.isEmpty { places.append("in " + listed(shown)) }
        let count = following.count == 1 ? "1 more problem follows" : "\(following.count) more problems follow"
        return "\(count) from this one (\(places.joined(separator: "; "))); \(following.count == 1 ? "it goes" : "they go") when it is fixed"
    }

    /// Where the message is that explains why `subject` is missing, when the load could not read it.
    static func root(of subject: Diagnostic.Subject, in unread: UnreadContent) -> SourceLocation? {
        switch subject {
        case .scheme(let slug):
            return unread.schemes[slug]
        case .person(let id):
            return unread.people[id]
        case .settings:
            return unread.settings
        case .page(let path):
            for (slug, location) in unread.schemes where path.hasPrefix("schemes/\(slug)/") { return location }
            if let location = peopleRoot(of: path, in: unread) { return location }
            for page in unread.pages {
                let address: String
                switch page.place {
                case .standalone: address = SitePaths.page(page.slug)
                case .handbook(let scheme): address = SitePaths.handbookPage(scheme, page.slug)
                case .toolkit(let scheme): address = SitePaths.toolkitPage(scheme, page.slug)
                }
                if path == address { return page.location }
            }
            return nil
        case .sides, .eligibleGrades, .gradeGaps, .partners, .keyDate, .value:
            return nil
        }
    }

    /// Where the message is that explains why a people page is missing: the profile of a person whose file could
    /// not be read, or the first page of a directory whose people could not all be read (a scheme's own people
    /// file for its directory, any people file for the portal's). A later page of a list, or a facet's page, is
    /// not counted: it may be missing for a reason of its own (too few people, a misspelt value), which that
    /// file's fix would not cure, and the note says the followers go when it is fixed.
    static func peopleRoot(of path: String, in unread: UnreadContent) -> SourceLocation? {
        for (id, location) in unread.people where SitePaths.person(id) == path { return location }
        for (slug, location) in unread.schemePeople where SitePaths.directory(slug) == path { return location }
        return path == SitePaths.directory(nil) ? unread.people.values.min() : nil
    }
}
