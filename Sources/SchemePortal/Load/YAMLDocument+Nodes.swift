import Foundation
import Yams

extension YAMLDocument {
    func location(of node: Node) -> SourceLocation? {
        guard let mark = node.mark else { return nil }
        return file.location(line: mark.line + firstLine - 1, column: mark.column)
    }

    /// Where item `index` of a list is written: for an alias (`*name`), the alias rather than its anchor.
    /// Finding an alias may parse the document again, so ask only for a place a message will show.
    func location(ofItem index: Int, in list: Node, aliases: inout YAMLAliases) -> SourceLocation? {
        guard list.sequence.map({ index < $0.count }) == true else { return list.scalar == nil ? nil : location(of: list) }
        if let mark = aliases.mark(in: list, at: index) { return location(of: mark) }
        return list.sequence.flatMap { location(of: $0[index]) }
    }

    func location(of mark: Mark) -> SourceLocation {
        file.location(line: mark.line + firstLine - 1, column: mark.column)
    }

    func diagnostic(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, at node: Node, _ message: String,
                    hint: String? = nil) -> Diagnostic {
        let location = self.location(of: node) ?? file.location(line: firstLine, column: 1)
        return Diagnostic(code, severity, at: location, message, hint: hint, sourceLine: file.line(location.line))
    }

    /// Where the text of a scalar starts in the file: for a `|` or `>` block, the first line below it.
    func contentLocation(of node: Node) -> SourceLocation {
        let location = self.location(of: node) ?? file.location(line: firstLine, column: 1)
        guard let style = node.scalar?.style, style == .literal || style == .folded else {
            if let style = node.scalar?.style, style == .singleQuoted || style == .doubleQuoted {
                return SourceLocation(file: location.file, line: location.line, column: location.column + 1)
            }
            return location
        }
        var line = location.line + 1
        while let text = file.line(line), text.allSatisfy(\.isWhitespace), line < file.lineCount { line += 1 }
        let indent = (file.line(line) ?? "").prefix { $0 == " " }.count
        return file.location(line: line, column: indent + 1)
    }

    /// A value of another kind than the key takes (a list where text goes): every loader's one message for it.
    /// `expected` says what should be there, ending where the kind found follows ("‘title’ should be text, but it is").
    func wrongKind(_ node: Node, _ expected: String, hint: String?) -> Diagnostic {
        diagnostic(.wrongKind, .error, at: node, "\(expected) \(Self.describe(node))", hint: hint)
    }

    func markdown(_ node: Node, key: String, diagnostics: inout [Diagnostic]) -> MarkdownText? {
        guard let scalar = node.scalar else {
            diagnostics.append(wrongKind(node, "‘\(key)’ should be Markdown text, but it is",
                                         hint: "for several paragraphs write ‘\(key): |’ and the text indented on the lines below"))
            return nil
        }
        guard !scalar.string.allSatisfy(\.isWhitespace) else { return nil }
        var location = contentLocation(of: node)
        guard scalar.style == .literal else { return MarkdownText(scalar.string, at: location) }
        // A literal block's lines are each indented as its first is (a folded one's are joined, so none maps), and
        // its blank lines before the first are in its text: it starts that many lines up.
        let blank = scalar.string.prefix { $0 == "\n" }.count
        location = SourceLocation(file: location.file, line: location.line - blank, column: location.column)
        return MarkdownText(scalar.string, at: location, indent: location.column - 1)
    }

    func choice<T: RawRepresentable>(_ node: Node, key: String, of type: T.Type,
                                      diagnostics: inout [Diagnostic]) -> T?
        where T: CaseIterable, T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard let word = node.scalar?.string.trimmingCharacters(in: .whitespaces) else {
            diagnostics.append(diagnostic(.unknownValue, .error, at: node, "‘\(key)’ should be one of \(Self.list(allowed)), but it is \(Self.describe(node))"))
            return nil
        }
        if let value = T(rawValue: word) ?? T(rawValue: word.lowercased()) { return value }
        let hint = NearMatch.didYouMean(word, in: allowed) ?? "write one of \(Self.list(allowed))"
        diagnostics.append(diagnostic(.unknownValue, .error, at: node, "‘\(word)’ is not a known value for ‘\(key)’", hint: hint))
        return nil
    }

    static func list(_ words: [String]) -> String {
        words.map { "‘\($0)’" }.joined(separator: ", ")
    }

    /// A short description of what was written, never the value itself (it may be personal data).
    static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a set of ‘key: value’ lines"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.string.isEmpty { return "empty" }
            if scalar.style != .plain { return "text" }
            if ["true", "false", "yes", "no", "on", "off"].contains(scalar.string.lowercased()) { return "‘\(scalar.string)’" }
            if scalar.string.count <= 24 { return "‘\(scalar.string)’" }
            return "text"
        }
    }
}
