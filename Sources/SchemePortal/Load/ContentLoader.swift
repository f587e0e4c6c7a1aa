import Foundation

/// Walks `Content/` and reads every file into the model, collecting every problem on the way.
public struct ContentLoader: Sendable {
    public var contentDirectory: URL
    /// How the content folder is named in messages (as the user typed it, e.g. `Content`).
    public var displayRoot: String

    public init(contentDirectory: URL, displayRoot: String) {
        self.contentDirectory = contentDirectory
        self.displayRoot = displayRoot
    }

    public func load() -> (portal: Portal?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let portalURL = contentDirectory.appendingPathComponent("portal.yaml")
        guard FileManager.default.fileExists(atPath: contentDirectory.path) else {
            return (nil, [.error("the content folder does not exist", at: SourceLocation(file: displayRoot),
                                 hint: "run the command in the portal's folder, or pass --content DIR to name the folder that holds portal.yaml")])
        }
        var settings: PortalSettings?
        if FileManager.default.fileExists(atPath: portalURL.path) {
            if let file = read(portalURL, diagnostics: &diagnostics) {
                settings = PortalFileLoader.load(file, diagnostics: &diagnostics)
            }
        } else {
            diagnostics.append(.error("there is no portal file", at: SourceLocation(file: display("portal.yaml")),
                                      hint: "create portal.yaml with at least ‘title:’ and ‘organisation:’ (see docs/content-format.md)"))
        }
        let schemes = loadSchemes(diagnostics: &diagnostics)
        let pages = loadPages(in: "pages", diagnostics: &diagnostics)
        var people: [Participant] = []
        for name in entries(in: "people", diagnostics: &diagnostics) {
            let path = "people/\(name)"
            guard name.hasSuffix(".yaml") || name.hasSuffix(".yml"), !isDirectory(path) else {
                diagnostics.append(.warning("this is not a YAML file (.yaml) and is not used", at: SourceLocation(file: display(path)),
                                            hint: "participant data goes in .yaml files"))
                continue
            }
            if let file = read(url(path), diagnostics: &diagnostics) {
                people += ParticipantLoader.load(file, scheme: nil, diagnostics: &diagnostics)
            }
        }
        for scheme in schemes {
            let path = "schemes/\(scheme.slug)/people.yaml"
            guard FileManager.default.fileExists(atPath: url(path).path),
                  let file = read(url(path), diagnostics: &diagnostics) else { continue }
            people += ParticipantLoader.load(file, scheme: scheme.slug, diagnostics: &diagnostics)
        }
        // A broken portal file must not hide the schemes' problems: go on with stand-in settings so one run
        // reports everything. The portal-file errors already stop anything from being written (so the
        // stand-in address, there only to avoid a needless sitemap warning, is never published).
        let portalFile = SourceLocation(file: display("portal.yaml"))
        let usable = settings ?? PortalSettings(title: "Untitled portal", organisation: "",
                                                baseURL: WebAddress("https://portal.invalid/", key: "base_url", at: portalFile),
                                                location: portalFile)
        return (Portal(settings: usable, schemes: schemes, pages: pages, people: people), diagnostics)
    }

    private func loadSchemes(diagnostics: inout [Diagnostic]) -> [Scheme] {
        var schemes: [Scheme] = []
        for folder in entries(in: "schemes", diagnostics: &diagnostics) {
            let relative = "schemes/\(folder)"
            guard isDirectory(relative) else {
                diagnostics.append(.warning("this file is not used: each scheme is a folder holding scheme.md",
                                            at: SourceLocation(file: display(relative)),
                                            hint: "move it into a scheme's folder, or rename it to start with ‘_’"))
                continue
            }
            guard checkSlug(folder, at: relative, diagnostics: &diagnostics) else { continue }
            let schemeFile = "\(relative)/scheme.md"
            guard FileManager.default.fileExists(atPath: url(schemeFile).path) else {
                diagnostics.append(.error("the scheme folder has no scheme.md", at: SourceLocation(file: display(relative)),
                                          hint: "add \(display(schemeFile)) with the scheme's front matter"))
                continue
            }
            guard let file = read(url(schemeFile), diagnostics: &diagnostics),
                  var scheme = SchemeLoader.load(file, slug: folder, diagnostics: &diagnostics) else { continue }
            scheme.handbook = loadPages(in: "\(relative)/handbook", diagnostics: &diagnostics)
            scheme.toolkit = loadPages(in: "\(relative)/toolkit", diagnostics: &diagnostics)
            for other in entries(in: relative, diagnostics: &diagnostics)
            where !["scheme.md", "handbook", "toolkit", "people.yaml"].contains(other) {
                diagnostics.append(.warning("this is not used by the portal", at: SourceLocation(file: display("\(relative)/\(other)")),
                                            hint: "a scheme folder holds scheme.md, handbook/ and toolkit/; rename it to start with ‘_’ to keep it as a draft"))
            }
            schemes.append(scheme)
        }
        return schemes
    }

    private func loadPages(in relative: String, diagnostics: inout [Diagnostic]) -> [ContentPage] {
        var pages: [ContentPage] = []
        for name in entries(in: relative, diagnostics: &diagnostics) {
            let path = "\(relative)/\(name)"
            guard name.hasSuffix(".md"), !isDirectory(path) else {
                diagnostics.append(.warning("this is not a Markdown page (.md) and is not used",
                                            at: SourceLocation(file: display(path)),
                                            hint: "pages are .md files; rename it to start with ‘_’ to keep it here unused"))
                continue
            }
            let slug = String(name.dropLast(3))
            guard checkSlug(slug, at: path, diagnostics: &diagnostics),
                  let file = read(url(path), diagnostics: &diagnostics),
                  let page = PageLoader.load(file, slug: slug, diagnostics: &diagnostics) else { continue }
            pages.append(page)
        }
        return PageLoader.sorted(pages)
    }

    // MARK: Files

    /// Names in a folder, sorted so that output and messages never depend on the file system's order.
    private func entries(in relative: String, diagnostics: inout [Diagnostic]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url(relative).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("_") }.sorted()
    }

    private func checkSlug(_ slug: String, at relative: String, diagnostics: inout [Diagnostic]) -> Bool {
        guard Slug.isValid(slug) else {
            let suggestion = Slug.make(from: slug)
            diagnostics.append(.error("‘\(slug)’ cannot be used in a web address", at: SourceLocation(file: display(relative)),
                                      hint: suggestion.isEmpty ? "use lowercase letters, digits and hyphens"
                                                               : "rename it ‘\(suggestion)’"))
            return false
        }
        return true
    }

    private func read(_ url: URL, diagnostics: inout [Diagnostic]) -> SourceFile? {
        let relative = String(url.path.dropFirst(contentDirectory.path.count + 1))
        switch SourceFile.read(url, displayPath: display(relative)) {
        case .success(let file): return file
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
    }

    private func url(_ relative: String) -> URL { contentDirectory.appendingPathComponent(relative) }

    private func isDirectory(_ relative: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url(relative).path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func display(_ relative: String) -> String {
        displayRoot.isEmpty ? relative : "\(displayRoot)/\(relative)"
    }
}
