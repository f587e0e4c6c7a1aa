import FuzzSupport
import SchemePortal

/// Markdown whose cost grows faster than its size: the input is repeated until the text is about 64 KB, then
/// checked by the guard and, when accepted, rendered as a page body. Every pattern in hostile-markdown.md is a
/// short piece repeated, and at this size a quadratic cost shows as seconds (a slow unit) and a cubic one as a
/// timeout, where the plain `markdown` target's inputs are too small to notice. The guard's own limits are set
/// for 1 MB; repeating to 1 MB would make each run take a second, too slow to explore.
let stretchedBytes = 65_536

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let piece = FuzzInput.text(start, count)
    let text = String(repeating: piece, count: max(1, stretchedBytes / count))
    let file = SourceFile(displayPath: "Content/pages/fuzz.md", text: text)
    let rendered = MarkdownRenderer().render(MarkdownText(file.text, at: file.location(line: 1, column: 1)), rewriteLink: { $0 })
    FuzzPromise.check(rendered.diagnostics, in: file)
    return 0
}
