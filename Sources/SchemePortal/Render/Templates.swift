import Foundation
import Mustache

/// The Mustache templates and static assets a build uses: the built-in theme, with any file of the
/// same name in the portal's `Layouts/` folder taking its place.
public struct Templates: Sendable {
    /// Templates every build needs; a missing one is reported before anything renders, because
    /// Mustache would otherwise quietly render nothing.
    public static let required = ["base", "home", "scheme", "section", "objectives", "eligibility", "key-dates",
                                  "contacts", "handbook-index", "handbook-all", "toolkit-index", "document", "accessibility", "404",
                                  "people", "person"]

    /// Which engine renders pages: ours (`TemplateRenderer`), or swift-mustache, which also checks every
    /// template when it loads, and renders when ours cannot (see `compiled`).
    enum Engine: Sendable {
        case compiled
        /// Ours with no fallback: a page ours cannot render comes out empty (for tests that must know
        /// ours rendered every page).
        case compiledOnly
        case swiftMustache
    }

    let mustache: MustacheFallback
    /// Every template compiled by `TemplateParser`, or nil when any of them uses something only
    /// swift-mustache renders (`unsupported` says what); swift-mustache then renders every page, since a
    /// template reaches others by name at render time.
    let compiled: [String: CompiledTemplate]?
    let unsupported: String?
    let engine: Engine
    /// How messages name each template's file.
    let displays: [String: String]
    /// Assets by output path (`assets/style.css`), with their bytes.
    public let assets: [String: Data]
    /// For each template, every template its rendering may use (TemplateIncludes), itself included.
    let reach: [String: Set<String>]
    /// Each template's text, by name, so that a rebuild can tell which templates changed.
    let sources: [String: String]
    /// How the templates can include each other in a loop, if they can (`TemplateIncludes.loop`).
    let loop: String?

    /// How messages name the built-in theme's files: `(built-in theme)/templates/base.mustache`.
    static let builtInDisplay = "(built-in theme)"

    /// Loads the theme; problems (a template that does not parse, a missing one) come back as diagnostics.
    /// A layouts folder that exists but cannot be read as a folder comes back as a failure: a problem
    /// with the command or the machine, not with a template.
    public static func load(layoutsDirectory: URL?, displayRoot: String) -> (Templates?, [Diagnostic], InputFolderProblem?) {
        load(layoutsDirectory: layoutsDirectory, displayRoot: displayRoot, engine: .compiled)
    }

    static func load(layoutsDirectory: URL?, displayRoot: String, engine: Engine) -> (Templates?, [Diagnostic], InputFolderProblem?) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: (text: String, display: String)] = [:]
        var assets: [String: Data] = [:]
        if let builtIn = Bundle.module.url(forResource: "Theme", withExtension: nil),
           case .success(let theme) = InputFolder.open(builtIn, displayRoot: builtInDisplay, role: "built-in theme") {
            collect(from: theme, into: &sources, assets: &assets, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error(.theme, "the built-in theme is missing from this installation", at: SourceLocation(file: "portal"),
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
        var compiled: [String: CompiledTemplate] = [:]
        var unsupported: [String] = []
        // The built-in theme's templates wait for swift-mustache until a page needs it (MustacheFallback).
        var builtInsForMustache: [(String, String)] = []
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            switch TemplateParser.compile(source.text) {
            case .compiled(let template): compiled[name] = template
            case .unsupported(let what): unsupported.append("\(source.display) uses \(what)")
            // swift-mustache reports it below, or, if it takes it, renders it: ours reads it differently.
            case .malformed: unsupported.append("\(source.display) is read differently by the two parsers")
            case .tooDeep:
                // swift-mustache's parser is never given it: it recurses once per level, and could crash.
                diagnostics.append(.error(.templateSyntax, "the template cannot be read: sections are nested more than \(TemplateParser.maximumDepth) deep",
                                          at: SourceLocation(file: source.display),
                                          hint: "check that every {{#section}} has a matching {{/section}}"))
                continue
            }
            if engine != .swiftMustache, source.display.hasPrefix(builtInDisplay), compiled[name] != nil {
                builtInsForMustache.append((name, source.text))
                continue
            }
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(Diagnostic(.templateSyntax, .error, at: SourceLocation(file: source.display, line: error.context.lineNumber,
                                                                          column: error.context.columnNumber),
                                              "the template cannot be read: \(describe(error.error))",
                                              hint: "check that every {{#section}} has a matching {{/section}}",
                                              sourceLine: error.context.line))
            } catch {
                diagnostics.append(.error(.templateSyntax, "the template cannot be read", at: SourceLocation(file: source.display)))
            }
        }
        for name in required where sources[name] == nil {
            diagnostics.append(.error(.templateMissing, "the template ‘\(name)’ is missing", at: SourceLocation(file: "\(displayRoot)/templates/\(name).mustache"),
                                      hint: "restore it, or delete your copy to use the built-in one"))
        }
        let texts = sources.mapValues(\.text)
        let loop = TemplateIncludes.loop(texts, trusted: Set(sources.filter { $0.value.display.hasPrefix(builtInDisplay) }.keys))
        if let first = unsupported.first, let loop {
            // swift-mustache would render every page, and it cannot stop a loop of partials: refused here,
            // once, rather than at every page (or by the build running out of stack).
            let culprit = loop.components(separatedBy: " → ").first { !(sources[$0]?.display.hasPrefix(builtInDisplay) ?? true) }
            diagnostics.append(.error(.templateLoop, "these templates can include each other in a loop (\(loop)), and swift-mustache, which would render "
                                      + "every page because \(first), cannot stop such a loop",
                                      at: SourceLocation(file: culprit.flatMap { sources[$0]?.display } ?? displayRoot),
                                      hint: "name each partial in full (‘{{> partials/…}}’), and make sure no partial includes itself"))
        }
        guard !diagnostics.hasErrors else { return (nil, diagnostics, nil) }
        let mustache = MustacheFallback(library: library, waiting: Dictionary(uniqueKeysWithValues: builtInsForMustache))
        return (Templates(mustache: mustache, compiled: unsupported.isEmpty ? compiled : nil, unsupported: unsupported.first,
                          engine: engine, displays: sources.mapValues(\.display), assets: assets,
                          reach: TemplateIncludes.reach(texts), sources: texts, loop: loop),
                diagnostics, nil)
    }

    /// The same templates rendered by another engine (tests compare the two).
    func using(_ engine: Engine) -> Templates {
        Templates(mustache: mustache, compiled: compiled, unsupported: unsupported, engine: engine, displays: displays,
                  assets: assets, reach: reach, sources: sources, loop: loop)
    }

    /// Renders a page; the templates were checked at load time, so an empty page means a template is missing.
    func render(_ name: String, _ context: [String: Any]) -> String {
        String(decoding: rendering(name, context).bytes, as: UTF8.self)
    }

    /// A page's bytes, and why its rendering stopped short when a template made it too large or too deep.
    func rendering(_ name: String, _ context: [String: Any]) -> (bytes: [UInt8], stopped: String?) {
        if engine != .swiftMustache, let compiled {
            switch TemplateRenderer.render(name, in: compiled, context: context) {
            case .rendered(let bytes)?: return (bytes, nil)
            case .stopped(let bytes, let reason)?: return (bytes, reason)
            case nil: return ([], nil)
            case .unsupported?: if engine == .compiledOnly { return ([], nil) }
            }
        }
        // swift-mustache has no limit on how deep partials nest: a loop that does not end would crash the
        // build, so templates that can loop are never given to it.
        if let loop, engine != .swiftMustache || compiled == nil {
            return ([], "it needs swift-mustache (\(unsupported ?? "the page's data is more than the portal's own renderer takes")), "
                        + "which has no limit on how deep partials nest, and the templates can include each other in a loop (\(loop))")
        }
        return (Array((mustache.complete.render(PreparedValue.originals(in: context), withTemplate: name) ?? "").utf8), nil)
    }

    /// The error for a page whose rendering stopped.
    func stoppedRendering(_ name: String, page path: String, because reason: String) -> Diagnostic {
        .error(.templateStopped, "rendering \(path) with this template stopped: \(reason)", at: SourceLocation(file: displays[name] ?? name),
               hint: "look for a partial that includes itself, or sections over a list inside sections over the same list")
    }

    /// The templates a render of `name` may use, for the page's recorded inputs.
    func used(by name: String) -> Set<String> {
        reach[name] ?? [name]
    }

    /// Whether the template and every one it may use are the built-in theme's, none replaced in `Layouts/`.
    func isBuiltIn(_ name: String) -> Bool {
        used(by: name).allSatisfy { displays[$0]?.hasPrefix(Self.builtInDisplay) ?? true }
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
                diagnostics.append(.error(.tooManyFolders, "there are more than \(maximumFolders) folders here, counting every way into a folder through a shortcut (symbolic link)",
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
                diagnostics.append(.reservedName(reserved, at: SourceLocation(file: shown),
                                          hint: "rename the file or folder"))
                return
            }
            switch FileStatus.readRegularFile(folder.url(relative).path, limit: nil) {
            case .success(let data):
                assets[relative] = data
            case .failure(.notRegular(let kind)):
                diagnostics.append(.notRegularFile(kind.name, at: SourceLocation(file: shown)))
            case .failure(.cannotOpen(let reason)):
                diagnostics.append(.unreadableFile(reason, at: SourceLocation(file: shown)))
            case .failure(.tooLarge):
                break // assets are read without a size limit
            }
        } else if relative != "README.md" {
            diagnostics.append(.warning(.layoutFileNotUsed, "this file is not used: layouts hold templates/*.mustache and assets/",
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
