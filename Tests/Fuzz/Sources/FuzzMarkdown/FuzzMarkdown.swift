import FuzzSupport
import SchemePortal

/// The Markdown guard and what it protects: every text goes through `MarkdownRenderer`, which runs the guard
/// first and hands only what it accepts to cmark-gfm. Rendered twice, as a page body and as a one-line field.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = FuzzInput.text(start, count)
    let file = SourceFile(displayPath: "Content/pages/fuzz.md", text: text)
    let markdown = MarkdownText(file.text, at: file.location(line: 1, column: 1))
    let renderer = MarkdownRenderer()
    for rendered in [renderer.render(markdown, rewriteLink: { $0 }), renderer.renderInline(markdown, rewriteLink: { $0 })] {
        FuzzPromise.check(rendered.diagnostics, in: file)
        for heading in rendered.headings {
            FuzzPromise.require(!heading.anchor.isEmpty, "a heading with an empty anchor")
        }
    }
    return 0
}
