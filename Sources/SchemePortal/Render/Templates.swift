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
    public static func load(layoutsDirectory: URL?, displayRoot: String) -> (Templates?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var sources: [String: (text: String, display: String)] = [:]
        var assets: [String: Data] = [:]
        if let builtIn = Bundle.module.url(forResource: "Theme", withExtension: nil) {
            collect(from: builtIn, display: "(built-in theme)", into: &sources, assets: &assets, diagnostics: &diagnostics)
        } else {
            diagnostics.append(.error("the built-in theme is missing from this installation", at: SourceLocation(file: "portal"),
                                      hint: "reinstall the tool"))
        }
        if let layoutsDirectory, FileManager.default.fileExists(atPath: layoutsDirectory.path) {
            collect(from: layoutsDirectory, display: displayRoot, into: &sources, assets: &assets, diagnostics: &diagnostics)
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
        guard !diagnostics.hasErrors else { return (nil, diagnostics) }
        return (Templates(library: library, assets: assets), diagnostics)
    }

    /// Renders a page; the templates were checked at load time, so a nil here means a template is missing.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    private static func collect(from root: URL, display: String, into sources: inout [String: (text: String, display: String)],
                                assets: inout [String: Data], diagnostics: inout [Diagnostic]) {
        let fileManager = FileManager.default
        guard let enumerator = fileManager.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey]) else { return }
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let path = url.standardizedFileURL.path
            guard path.count > rootPath.count + 1 else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true { continue }
            let shown = "\(display)/\(relative)"
            if relative.hasPrefix("templates/"), relative.hasSuffix(".mustache") {
                let name = String(relative.dropFirst("templates/".count).dropLast(".mustache".count))
                switch SourceFile.read(url, displayPath: shown) {
                case .success(let file): sources[name] = (file.text, shown)
                case .failure(let diagnostic): diagnostics.append(diagnostic)
                }
            } else if relative.hasPrefix("assets/") {
                if let data = try? Data(contentsOf: url) { assets[relative] = data }
            } else if relative != "README.md" {
                diagnostics.append(.warning("this file is not used: layouts hold templates/*.mustache and assets/",
                                            at: SourceLocation(file: shown), hint: "move it under templates/ or assets/"))
            }
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
