import Foundation

/// Walks `Content/` and reads every file into the model, collecting every problem on the way.
public struct ContentLoader: Sendable {
    public var contentDirectory: URL
    /// How the content folder is named in messages (as the user typed it, e.g. `Content`).
    public var displayRoot: String
    /// What earlier builds read of participant files (the dev server's); nil reads everything afresh.
    public var cache: LoadCache?
    /// The build's reference day, for the example dates messages suggest; nothing else in loading uses it.
    public var today: CalendarDay?

    public init(contentDirectory: URL, displayRoot: String, cache: LoadCache? = nil, today: CalendarDay? = nil) {
        self.contentDirectory = contentDirectory
        self.displayRoot = displayRoot
        self.cache = cache
        self.today = today
    }

    /// A participant file's people, through the cache when there is one.
    private func participants(_ file: SourceFile, scheme: String?, diagnostics: inout [Diagnostic],
                              unread: inout [String: SourceLocation]) -> [Participant] {
        let read = { () -> ([Participant], [Diagnostic]) in
            var found: [Diagnostic] = []
            let people = ParticipantLoader.load(file, scheme: scheme, diagnostics: &found)
            return (people, found)
        }
        let (people, found) = cache?.participants(file, scheme: scheme, read: read) ?? read()
        diagnostics += found
        unread.merge(Self.unreadPeople(in: file, loaded: people, diagnostics: found), uniquingKeysWith: { first, _ in first })
        return people
    }

    /// The portal, or, when the content folder itself cannot be read (missing, not a folder), why not:
    /// that is a problem with the command or the machine, not a mistake in the content.
    public func load() -> (portal: Portal?, diagnostics: [Diagnostic], failure: InputFolderProblem?) {
        let folder: InputFolder
        switch InputFolder.open(contentDirectory, displayRoot: displayRoot, role: "content folder") {
        case .success(let opened): folder = opened
        case .failure(let problem): return (nil, [], problem)
        }
        cache?.startBuild()
        let (portal, diagnostics) = load(from: folder)
        return (portal, diagnostics, nil)
    }

    private func load(from folder: InputFolder) -> (portal: Portal?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var settings: PortalSettings?
        var unread = UnreadContent()
        switch folder.entry("portal.yaml") {
        case .missing:
            diagnostics.append(.error(.portalFileMissing, "there is no portal file", at: SourceLocation(file: folder.display("portal.yaml")),
                                      hint: "create portal.yaml with at least ‘title:’ and ‘organisation:’ (see docs/content-format.md)"))
        case .unusable(let problem):
            diagnostics.append(problem)
        case .file, .folder:
            if let file = read(folder, "portal.yaml", diagnostics: &diagnostics) {
                settings = PortalFileLoader.load(file, diagnostics: &diagnostics)
            }
        }
        if settings == nil { unread.settings = Self.firstError(in: diagnostics, from: 0, or: folder.display("portal.yaml")) }
        let schemes = loadSchemes(folder, diagnostics: &diagnostics, unread: &unread)
        let pages = loadPages(folder, in: "pages", as: .standalone, diagnostics: &diagnostics, unread: &unread.pages)
        // Participant files are independent, and at thousands of people reading them is most of the load:
        // they are read on every core, and their people and messages joined in the files' order.
        let peopleLimit = SourceFile.SizeLimit.people(settings?.limits ?? Limits())
        let names = entries(folder, in: "people", diagnostics: &diagnostics)
        let plain = !names.isEmpty && folder.isPlain("people")
        let regular = plain ? folder.regularFileNames(in: "people") : []
        var people: [Participant] = []
        for (batchPeople, batchDiagnostics, batchUnread) in Parallel.slices(names, size: 64, { batch in
            loadPeople(batch, in: folder, regular: regular, plain: plain, limit: peopleLimit)
        }) {
            people += batchPeople
            diagnostics += batchDiagnostics
            unread.people.merge(batchUnread, uniquingKeysWith: { first, _ in first })
        }
        // A scheme's own people file can hold thousands of people: the schemes' files are read on every core too.
        let schemeFiles = Parallel.map(schemes.map { scheme in { () -> ([Participant], [Diagnostic], [String: SourceLocation]) in
            var found: [Diagnostic] = []
            var missing: [String: SourceLocation] = [:]
            let path = "schemes/\(scheme.slug)/people.yaml"
            switch folder.entry(path) {
            case .missing:
                return ([], [], [:])
            case .unusable(let problem):
                return ([], [problem], [:])
            case .file, .folder:
                guard let file = read(folder, path, limit: peopleLimit, participants: true, diagnostics: &found) else { return ([], found, [:]) }
                let members = participants(file, scheme: scheme.slug, diagnostics: &found, unread: &missing)
                return (members, found, missing)
            }
        } })
        for (scheme, (members, found, missing)) in zip(schemes, schemeFiles) {
            people += members
            diagnostics += found
            unread.people.merge(missing, uniquingKeysWith: { first, _ in first })
            // People it names but could not read, or a file that could not be read at all.
            let unreadable = members.isEmpty ? found.filter { $0.severity == .error }.map(\.location).min() : nil
            if let root = missing.values.min() ?? unreadable { unread.schemePeople[scheme.slug] = root }
        }
        // A broken portal file must not hide the schemes' problems: go on with stand-in settings so one run
        // reports everything. The portal-file errors already stop anything from being written (so the
        // stand-in address, there only to avoid a needless sitemap warning, is never published).
        let portalFile = SourceLocation(file: folder.display("portal.yaml"))
        let usable = settings ?? PortalSettings(title: "Untitled portal", organisation: "",
                                                baseURL: WebAddress("https://portal.invalid/", key: "base_url", at: portalFile),
                                                location: portalFile)
        var portal = Portal(settings: usable, schemes: schemes, pages: pages, people: people)
        portal.unread = unread
        return (portal, diagnostics)
    }

    /// `regular`: the names (as bytes) the folder's listing gives as regular files, which need no look of their own;
    /// empty unless the folder is `plain`. Such a file is opened without following a link, so one swapped in since
    /// the listing is refused, not read.
    private func loadPeople(_ names: ArraySlice<String>, in folder: InputFolder, regular: Set<[UInt8]>, plain: Bool,
                            limit: SourceFile.SizeLimit) -> ([Participant], [Diagnostic], [String: SourceLocation]) {
        var people: [Participant] = []
        var diagnostics: [Diagnostic] = []
        var unread: [String: SourceLocation] = [:]
        for name in names {
            let path = "people/\(name)"
            let listed = regular.contains(Array(name.utf8))
            switch listed ? .file : folder.entry(path, inPlainFolder: plain) {
            case .unusable(let problem):
                diagnostics.append(problem)
            case .file where name.hasSuffix(".yaml") || name.hasSuffix(".yml"),
                 .missing where name.hasSuffix(".yaml") || name.hasSuffix(".yml"):
                if let file = read(folder, path, limit: limit, participants: true, followingLinks: !listed, diagnostics: &diagnostics) {
                    people += participants(file, scheme: nil, diagnostics: &diagnostics, unread: &unread)
                }
            case .file where name.lowercased().contains(".yaml") || name.lowercased().contains(".yml"):
                // Participant data saved under another ending would leave its people out of the portal.
                diagnostics.append(.error(.fileNotUsed, "this looks like participant data, but only files ending in .yaml are read",
                                          at: SourceLocation(file: folder.display(path)), hint: "rename it to end in .yaml"))
            case .file, .folder, .missing:
                diagnostics.append(.warning(.fileNotUsed, "this is not a YAML file (.yaml) and is not used", at: SourceLocation(file: folder.display(path)),
                                            hint: "participant data goes in .yaml files"))
            }
        }
        return (people, diagnostics, unread)
    }

    private func loadSchemes(_ content: InputFolder, diagnostics: inout [Diagnostic], unread: inout UnreadContent) -> [Scheme] {
        var schemes: [Scheme] = []
        for folder in entries(content, in: "schemes", diagnostics: &diagnostics) {
            let relative = "schemes/\(folder)"
            switch content.entry(relative) {
            case .unusable(let problem):
                diagnostics.append(problem)
                continue
            case .file, .missing:
                diagnostics.append(.warning(.fileNotUsed, "this file is not used: each scheme is a folder holding scheme.md",
                                            at: SourceLocation(file: content.display(relative)),
                                            hint: FileToPublish.hint(for: folder) ?? "move it into a scheme's folder, or rename it to start with ‘_’"))
                continue
            case .folder:
                break
            }
            guard checkSlug(folder, at: relative, in: content, diagnostics: &diagnostics) else { continue }
            let schemeFile = "\(relative)/scheme.md"
            switch content.entry(schemeFile) {
            case .missing:
                let location = SourceLocation(file: content.display(relative))
                // `scheme.md.txt`, `Scheme.md`, `scheme.markdown`: the file is there under another name.
                let misnamed = content.names(in: relative).first { $0.lowercased().hasPrefix("scheme") && $0 != "scheme.md" }
                diagnostics.append(.error(.schemeWithoutFile, "the scheme folder has no scheme.md", at: location,
                                          hint: misnamed.map { "rename ‘\($0)’ to scheme.md" }
                                            ?? "add \(content.display(schemeFile)) with the scheme's front matter"))
                // Its people and pages name a scheme that is there, only unreadable.
                unread.schemes[folder] = location
                continue
            case .unusable(let problem):
                diagnostics.append(problem)
                continue
            case .file, .folder:
                break
            }
            let before = diagnostics.count
            guard let file = read(content, schemeFile, diagnostics: &diagnostics),
                  var scheme = SchemeLoader.load(file, slug: folder, today: today, diagnostics: &diagnostics) else {
                noteUnreadScheme(folder, in: content, diagnostics: diagnostics, from: before, unread: &unread)
                continue
            }
            scheme.handbook = loadPages(content, in: "\(relative)/handbook", as: .handbook(scheme: folder),
                                        diagnostics: &diagnostics, unread: &unread.pages)
            scheme.toolkit = loadPages(content, in: "\(relative)/toolkit", as: .toolkit(scheme: folder),
                                       diagnostics: &diagnostics, unread: &unread.pages)
            // Found to be a folder above, so not looked at again.
            for other in content.names(in: relative).filter({ !$0.hasPrefix("_") })
            where !["scheme.md", "handbook", "toolkit", "people.yaml"].contains(other) {
                // A misnamed people file would leave out a whole scheme's people and every rule on them.
                if other.lowercased().hasPrefix("people") {
                    diagnostics.append(.error(.fileNotUsed, "this looks like the scheme's participant data, but only people.yaml is read",
                                              at: SourceLocation(file: content.display("\(relative)/\(other)")),
                                              hint: "rename it to people.yaml"))
                    continue
                }
                diagnostics.append(.warning(.fileNotUsed, "this is not used by the portal", at: SourceLocation(file: content.display("\(relative)/\(other)")),
                                            hint: FileToPublish.hint(for: other)
                                                ?? "a scheme folder holds scheme.md, handbook/ and toolkit/; rename it to start with ‘_’ to keep it as a draft"))
            }
            schemes.append(scheme)
        }
        return schemes
    }

    private func loadPages(_ folder: InputFolder, in relative: String, as place: UnreadPage.Place,
                           diagnostics: inout [Diagnostic], unread: inout [UnreadPage]) -> [ContentPage] {
        var pages: [ContentPage] = []
        for name in entries(folder, in: relative, diagnostics: &diagnostics) {
            let path = "\(relative)/\(name)"
            switch folder.entry(path) {
            case .unusable(let problem):
                diagnostics.append(problem)
                continue
            case .file where name.hasSuffix(".md"), .missing where name.hasSuffix(".md"):
                break
            case .folder where folder.names(in: path).contains(where: FileToPublish.isOne):
                // A folder of pictures or forms beside the pages that show them.
                diagnostics.append(.warning(.fileNotUsed, "this folder is not used: pages are .md files",
                                            at: SourceLocation(file: folder.display(path)), hint: FileToPublish.hint(forFolder: name)))
                continue
            case .file, .folder, .missing:
                diagnostics.append(.warning(.fileNotUsed, "this is not a Markdown page (.md) and is not used",
                                            at: SourceLocation(file: folder.display(path)),
                                            hint: FileToPublish.hint(for: name) ?? "pages are .md files; rename it to start with ‘_’ to keep it here unused"))
                continue
            }
            let slug = String(name.dropLast(3))
            guard checkSlug(slug, at: path, in: folder, diagnostics: &diagnostics) else { continue }
            let before = diagnostics.count
            guard let file = read(folder, path, diagnostics: &diagnostics),
                  let page = PageLoader.load(file, slug: slug, diagnostics: &diagnostics) else {
                unread.append(UnreadPage(place: place, slug: slug,
                                         location: Self.firstError(in: diagnostics, from: before, or: folder.display(path))))
                continue
            }
            pages.append(page)
        }
        return PageLoader.sorted(pages)
    }

    // MARK: Files

    /// Names in a folder, sorted so that output and messages never depend on the file system's order;
    /// none when the folder is missing, or is a link that must not be followed (reported here, once).
    private func entries(_ folder: InputFolder, in relative: String, diagnostics: inout [Diagnostic]) -> [String] {
        switch folder.entry(relative) {
        case .folder:
            return folder.names(in: relative).filter { !$0.hasPrefix("_") }
        case .unusable(let problem):
            diagnostics.append(problem)
            return []
        case .file, .missing:
            return []
        }
    }

    /// A file or folder whose name cannot be an address is refused here, not by a rule: it is not read
    /// at all, so no problem inside it can follow from its name.
    private func checkSlug(_ slug: String, at relative: String, in folder: InputFolder, diagnostics: inout [Diagnostic]) -> Bool {
        guard Slug.isValid(slug) else {
            let suggestion = Slug.make(from: slug)
            diagnostics.append(.error(.nameNotAddressable, "‘\(slug)’ cannot be used in a web address", at: SourceLocation(file: folder.display(relative)),
                                      hint: suggestion.isEmpty || ReservedFileName.isReserved(suggestion)
                                                               ? "use lowercase letters, digits and hyphens"
                                                               : "rename it ‘\(suggestion)’"))
            return false
        }
        return true
    }

    /// A file already looked at with `entry`; an unreadable one is reported here.
    private func read(_ folder: InputFolder, _ relative: String, limit: SourceFile.SizeLimit = .content,
                      participants: Bool = false, followingLinks: Bool = true, diagnostics: inout [Diagnostic]) -> SourceFile? {
        switch SourceFile.read(path: folder.path(relative), displayPath: folder.display(relative), limit: limit,
                               followingLinks: followingLinks) {
        case .success(let file):
            cache?.noteRead(file.displayPath, text: file.text, participants: participants)
            return file
        case .failure(let diagnostic):
            cache?.noteRead(folder.display(relative), text: nil, participants: participants)
            diagnostics.append(diagnostic)
            return nil
        }
    }
}
