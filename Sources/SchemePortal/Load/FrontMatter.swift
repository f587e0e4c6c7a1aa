/// A Markdown file split into its YAML front matter (between `---` lines) and its body.
/// Public so that the fuzz targets (Tests/Fuzz) can reach it without `@testable`.
public struct FrontMatter {
    let yaml: YAMLDocument?
    public let body: MarkdownText
    public let diagnostics: [Diagnostic]

    /// Front matter with nothing between its `---` lines; `hint` names what the kind of file needs.
    static func empty(_ file: SourceFile, hint: String) -> Diagnostic {
        file.diagnostic(.frontMatterEmpty, .error, line: 1, column: 1, "the front matter is empty", hint: hint)
    }

    public init(file: SourceFile, required: Bool) {
        var diagnostics: [Diagnostic] = []
        let lines = file.lines
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            if required {
                diagnostics.append(file.diagnostic(.frontMatterMissing, .error, line: 1, column: 1, "the file has no front matter",
                                                   hint: "start it with a line ‘---’, the keys (such as ‘title: …’), and another ‘---’"))
            }
            yaml = nil
            body = MarkdownText(file.text, at: file.location(line: 1, column: 1))
            self.diagnostics = diagnostics
            return
        }
        guard let closing = lines.indices.dropFirst().first(where: {
            let line = lines[$0].trimmingTrailingSpaces
            return line == "---" || line == "..."
        }) else {
            diagnostics.append(file.diagnostic(.frontMatterUnclosed, .error, line: 1, column: 1, "the front matter is not closed",
                                               hint: "add a line ‘---’ after its last key, before the text"))
            yaml = nil
            body = MarkdownText("", at: file.location(line: lines.count, column: 1))
            self.diagnostics = diagnostics
            return
        }
        let yamlText = lines[1..<closing].joined(separator: "\n")
        let document = YAMLDocument(file: file, text: yamlText, firstLine: 2)
        if document.diagnostics.hasErrors, let prose = Self.firstTextLine(lines, before: closing) {
            // The `---` that ended it is a rule in the text below: the front matter was never closed, and the
            // text is being read as settings. That is the one thing to say.
            var lastKey = prose - 1
            while lastKey > 1, lines[lastKey - 1].allSatisfy(\.isWhitespace) { lastKey -= 1 }
            diagnostics.append(file.diagnostic(.frontMatterUnclosed, .error, line: 1, column: 1,
                                               "the front matter is not closed before the text on line \(prose + 1), so the text up to the ‘---’ on line \(closing + 1) is read as settings",
                                               hint: "add a line ‘---’ after its last key (line \(lastKey))"))
            yaml = nil
            body = MarkdownText("", at: file.location(line: lines.count, column: 1))
            self.diagnostics = diagnostics
            return
        }
        diagnostics += document.diagnostics
        yaml = document
        let bodyText = lines[(closing + 1)...].joined(separator: "\n")
        body = MarkdownText(bodyText, at: file.location(line: closing + 2, column: 1))
        self.diagnostics = diagnostics
    }
}

extension FrontMatter {
    /// The 0-based index of the first line between the opening `---` and `closing` that is running text, not
    /// settings: it starts at the margin with a word and has no `key:` (a sentence of the page's text).
    static func firstTextLine(_ lines: [Substring], before closing: Int) -> Int? {
        guard closing > 1 else { return nil }
        func isKey(_ line: Substring) -> Bool { YAMLLine(line).key != nil }
        for index in 1..<closing {
            let line = lines[index]
            guard let first = line.first, first.isLetter, !isKey(line), line.split(separator: " ").count >= 4 else { continue }
            // Settings that resume below it make it a value carried on to the next line, not the page's text.
            if lines[(index + 1)..<closing].contains(where: isKey) { return nil }
            return index
        }
        return nil
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s.removeLast() }
        return s
    }
}
