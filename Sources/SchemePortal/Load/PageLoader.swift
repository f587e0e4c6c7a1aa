/// Reads a handbook, toolkit or stand-alone page: optional front matter (`title`, `order`, `summary`, `notice`) and Markdown.
enum PageLoader {
    static func load(_ file: SourceFile, slug: String, diagnostics: inout [Diagnostic]) -> ContentPage? {
        let frontMatter = FrontMatter(file: file, required: true)
        diagnostics += frontMatter.diagnostics
        let start = file.location(line: 1, column: 1)
        guard let document = frontMatter.yaml else { return nil }
        guard let root = document.root else {
            if document.diagnostics.isEmpty {
                diagnostics.append(FrontMatter.empty(file,
                                                   hint: "add at least ‘title: …’"))
            }
            return nil
        }
        guard var fields = YAMLFields(root, in: document, owner: "the page", diagnostics: &diagnostics,
                                      fallback: start) else { return nil }
        let title = fields.text("title", required: true)
        let order = fields.integer("order", in: -100_000...100_000)
        let summary = fields.text("summary")
        let notice = fields.text("notice")
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        guard let title else { return nil }
        return ContentPage(slug: slug, title: title, summary: summary, notice: notice, order: order, body: frontMatter.body,
                           location: start)
    }

    /// Handbook and toolkit order: by `order`, then by title, so the contents never depend on the file system.
    static func sorted(_ pages: [ContentPage]) -> [ContentPage] {
        pages.sorted { a, b in
            switch (a.order, b.order) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.title, a.slug) < (b.title, b.slug)
            }
        }
    }
}
