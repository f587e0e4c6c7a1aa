import Foundation
import Mustache

/// The Mustache templates and static assets a build uses: the built-in theme, with any file of the
/// same name in the portal's `Layouts/` folder taking its place.
public struct Templates: Sendable {
    /// Templates every build needs; a missing one is reported before anything renders, because
    /// Mustache would otherwise quietly render nothing.
    public static let required = ["base", "home", "scheme", "section", "objectives", "eligibility", "key-dates",
                                  "contacts", "handbook-index", "toolkit-index", "document", "accessibility", "404",
                                  "people", "person"]

    let library: MustacheLibrary
    /// Assets by output path (`assets/style.css`), with their bytes.
    public let assets: [String: Data]

    /// Loads the theme; problems (a template that does not parse, a missing one) come back as diagnostics.
    /// A layouts folder that exists but cannot be read as a folder comes back as a failure: a problem
    /// with the command or the machine, not with a template.
    public static func load(layoutsDirectory: URL?, displayRoot: String) -> (Templates?, [Diagnostic], InputFolderProblem?) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: (text: String, display: String)] = [:]
        var assets: [String: Data] = [:]
        if let builtIn = Bundle.module.url(forResource: "Theme", withExtension: nil),
           case .success(let theme) = InputFolder.open(builtIn, displayRoot: "(built-in theme)", role: "built-in theme") {
            collect(from: theme, into: &sources, assets: &assets, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("the built-in theme is missing from this installation", at: SourceLocation(file: "portal"),
                                      hint: "reinstall the tool"))
        }
        // Layouts/ is optional: only a folder that is there (even as a broken link) is opened.
        if let layoutsDirectory, FileStatus(path: layoutsDirectory.path, followingLinks: false) != nil {
            switch InputFolder.open(layoutsDirectory, displayRoot: displayRoot, role: "layouts folder") {
            case .success(let layouts): collect(from: layouts, into: &sources, assets: &assets, diagnostics: &diagnostics)
            case .failure(let problem): return (nil, diagnostics, problem)
            }
        }
        var library = MustacheLibrary()
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(.error, at: SourceLocation(file: source.display, line: error.context.lineNumber,
                                                                          column: error.context.columnNumber),
                                              "the template cannot be read: \(describe(error.error))",
                                              hint: "check that every {{#section}} has a matching {{/section}}",
                                              sourceLine: error.context.line))
            } catch {
                diagnostics.append(.error("the template cannot be read", at: SourceLocation(file: source.display)))
            }
        }
        for name in required where sources[name] == nil {
            diagnostics.append(.error("the template ‘\(name)’ is missing", at: SourceLocation(file: "\(displayRoot)/templates/\(name).mustache"),
                                      hint: "restore it, or delete your copy to use the built-in one"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, nil) }
        return (Templates(library: library, assets: assets), diagnostics, nil)
    }

    /// Renders a page; the templates were checked at load time, so a nil here means a template is missing.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Every file under the folder, reached only through links that stay inside it. A link back to a
    /// folder on the way down is reported (at the link itself, however it was reached) and not entered;
    /// links between folders could still make the walk very long, so it stops after `maximumFolders`.
    private static func collect(from folder: InputFolder, into sources: inout [String: (text: String, display: String)],
                                assets: inout [String: Data], diagnostics: inout [Diagnostic]) {
        var pending: [(relative: String, holders: [String])] = [("", [folder.resolvedRoot])]
        var walked = 0
        while let (directory, holders) = pending.popLast() {
            walked += 1
            guard walked <= maximumFolders else {
                diagnostics.append(.error("there are more than \(maximumFolders) folders here, counting every way into a folder through a shortcut (symbolic link)",
                                          at: SourceLocation(file: folder.display("")),
                                          hint: "remove the shortcuts between folders, and copy the files instead"))
                return
            }
            for name in folder.names(in: directory) {
                let relative = directory.isEmpty ? name : "\(directory)/\(name)"
                switch folder.entry(relative) {
                case .missing:
                    continue
                case .unusable(let problem):
                    diagnostics.append(problem)
                case .folder:
                    guard let resolved = folder.resolvedPath(relative) else { continue }
                    guard !holders.contains(resolved) else {
                        diagnostics.append(folder.loopsBack(folder.realRelative(directory).map { $0.isEmpty ? name : "\($0)/\(name)" } ?? relative))
                        continue
                    }
                    pending.append((relative, holders + [resolved]))
                case .file:
                    collect(file: relative, in: folder, into: &sources, assets: &assets, diagnostics: &diagnostics)
                }
            }
        }
    }

    /// More folders than this are taken for shortcuts that lead round and round; a theme has a handful.
    static let maximumFolders = 1_000

    private static func collect(file relative: String, in folder: InputFolder,
                                into sources: inout [String: (text: String, display: String)],
                                assets: inout [String: Data], diagnostics: inout [Diagnostic]) {
        let shown = folder.display(relative)
        if relative.hasPrefix("templates/"), relative.hasSuffix(".mustache") {
            let name = String(relative.dropFirst("templates/".count).dropLast(".mustache".count))
            switch SourceFile.read(folder.url(relative), displayPath: shown) {
            case .success(let file): sources[name] = (file.text, shown)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        } else if relative.hasPrefix("assets/") {
            if let reserved = relative.split(separator: "/").map(String.init).first(where: ReservedFileName.isReserved) {
                diagnostics.append(.error(ReservedFileName.problem(reserved), at: SourceLocation(file: shown),
                                          hint: "rename the file or folder"))
                return
            }
            switch FileStatus.readRegularFile(folder.url(relative).path, limit: nil) {
            case .success(let data):
                assets[relative] = data
            case .failure(.notRegular(let kind)):
                diagnostics.append(.error("this is not a regular file (it is \(kind.name)), so it is not read",
                                          at: SourceLocation(file: shown), hint: "replace it with an ordinary file, or delete it"))
            case .failure(.cannotOpen(let reason)):
                diagnostics.append(.error("the file cannot be read (\(reason))", at: SourceLocation(file: shown),
                                          hint: "check that it exists and that you may read it"))
            case .failure(.tooLarge):
                break // assets are read without a size limit
            }
        } else if relative != "README.md" {
            diagnostics.append(.warning("this file is not used: layouts hold templates/*.mustache and assets/",
                                        at: SourceLocation(file: shown), hint: "move it under templates/ or assets/"))
        }
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with the wrong name"
        case .unfinishedName?: return "a tag is not finished (missing }})"
        case .expectedSectionEnd?: return "a section is not closed"
        case .invalidSetDelimiter?: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            return "only {{$block}} sections may appear inside {{<parent}}"
        default: return "\(error)"
        }
    }
}
