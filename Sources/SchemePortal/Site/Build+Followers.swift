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
            let found = root(of: subject, in: unread) ?? causes[subject]
            return found == diagnostic.location ? nil : found
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
            kept[index].notes.append(note(following))
        }
        return kept
    }

    /// "2 more problems follow from this one (in A and B); they go when it is fixed"
    static func note(_ following: [Diagnostic]) -> String {
        var files: [String] = []
        for diagnostic in following.sorted(by: { $0.location < $1.location }) where !files.contains(diagnostic.location.file) {
            files.append(diagnostic.location.file)
        }
        let shown = files.count <= 3 ? files : Array(files.prefix(2)) + ["\(files.count - 2) other files"]
        let list = shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown[shown.count - 1]
        let count = following.count == 1 ? "1 more problem follows" : "\(following.count) more problems follow"
        return "\(count) from this one (in \(list)); \(following.count == 1 ? "it goes" : "they go") when it is fixed"
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
        case .sides, .eligibleGrades, .gradeGaps, .partners:
            return nil
        }
    }
}
