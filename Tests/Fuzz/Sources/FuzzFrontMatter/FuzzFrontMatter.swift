import FuzzSupport
import SchemePortal

/// The front-matter splitter: the bytes as a scheme document or a page (`---`, YAML, `---`, Markdown),
/// with the front matter required (scheme.md, pages) and optional. The YAML between the lines is parsed
/// with locations, so this reaches YAMLDocument and libyaml too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let file = SourceFile(displayPath: "Content/schemes/fuzz/scheme.md", text: FuzzInput.text(start, count))
    for required in [true, false] {
        let split = FrontMatter(file: file, required: required)
        FuzzPromise.check(split.diagnostics, in: file)
        // The body starts on a line of the file, or just below its last line when it is empty.
        FuzzPromise.require(split.body.location.line <= file.lines.count + 1, "a body that starts below the file")
        // A body is the file's lines from where it starts, exactly: this checks its text and its line at once.
        FuzzPromise.require(split.body.source.isEmpty
                                || file.lines.dropFirst(split.body.location.line - 1).joined(separator: "\n") == split.body.source,
                            "a body that is not the file's text from the line it says it starts on")
    }
    return 0
}
