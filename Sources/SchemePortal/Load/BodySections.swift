import Foundation

/// Splits a scheme's body at its `##` headings: the text before the first is the introduction,
/// each heading and what follows it is a section page. A heading whose text makes no address, or
/// an address an earlier section has, gets no page: it is kept in `unpublished` for the rules to report.
struct BodySections {
    let introduction: MarkdownText?
    let sections: [SchemeSection]
    let unpublished: [SchemeSection]

    init(body: MarkdownText, file: SourceFile) {
        var introduction: MarkdownText?
        var sections: [SchemeSection] = []
        var unpublished: [SchemeSection] = []
        var slugs: Set<String> = []
        let lines = body.source.split(separator: "\n", omittingEmptySubsequences: false)
        let firstLine = body.location.line
        var fence: Substring?
        var current: (title: String, line: Int, bodyStart: Int)?
        var buffer: [Substring] = []

        func flush(endingBefore index: Int) {
            let text = buffer.joined(separator: "\n")
            if let heading = current {
                let slug = Slug.make(from: heading.title)
                let section = SchemeSection(
                    slug: slug, title: heading.title,
                    body: MarkdownText(text, at: file.location(line: heading.bodyStart, column: 1)),
                    location: file.location(line: heading.line, column: 1), sourceLine: file.line(heading.line))
                if slug.isEmpty || !slugs.insert(slug).inserted {
                    unpublished.append(section)
                } else {
                    sections.append(section)
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
        self.unpublished = unpublished
    }

    /// Heading text without the optional closing `#`s.
    static func headingText(_ raw: Substring) -> String {
        var text = raw.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
