import Foundation

/// Splits a scheme's body at its `##` headings: the text before the first is the introduction,
/// each heading and what follows it is a section page.
struct BodySections {
    let introduction: MarkdownText?
    let sections: [SchemeSection]
    let diagnostics: [Diagnostic]

    init(body: MarkdownText, file: SourceFile) {
        var introduction: MarkdownText?
        var sections: [SchemeSection] = []
        var diagnostics: [Diagnostic] = []
        let lines = body.source.split(separator: "\n", omittingEmptySubsequences: false)
        let firstLine = body.location.line
        var fence: Substring?
        var current: (title: String, line: Int, bodyStart: Int)?
        var buffer: [Substring] = []

        func flush(endingBefore index: Int) {
            let text = buffer.joined(separator: "\n")
            if let heading = current {
                let slug = Slug.make(from: heading.title)
                let location = file.location(line: heading.line, column: 1)
                if slug.isEmpty {
                    diagnostics.append(file.diagnostic(.error, line: heading.line, column: 1,
                        "this heading gives the section no address", hint: "write a heading with letters or digits"))
                } else if let earlier = sections.first(where: { $0.slug == slug }) {
                    diagnostics.append(file.diagnostic(.error, line: heading.line, column: 1,
                        "a second section with the address ‘\(slug)’ (the first is on line \(earlier.location.line))",
                        hint: "merge the two sections or give this one another heading"))
                } else {
                    sections.append(SchemeSection(
                        slug: slug, title: heading.title,
                        body: MarkdownText(text, at: file.location(line: heading.bodyStart, column: 1)),
                        location: location, sourceLine: file.line(heading.line)))
                }
            } else if !text.allSatisfy(\.isWhitespace) {
                introduction = MarkdownText(text, at: body.location)
            }
            buffer = []
        }

        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
            } else if line.hasPrefix("## ") || line == "##" {
                flush(endingBefore: index)
                let title = Self.headingText(line.dropFirst(2))
                current = (title, firstLine + index, firstLine + index + 1)
                continue
            }
            buffer.append(line)
        }
        flush(endingBefore: lines.count)
        self.introduction = introduction
        self.sections = sections
        self.diagnostics = diagnostics
    }

    /// Heading text without the optional closing `#`s.
    static func headingText(_ raw: Substring) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
