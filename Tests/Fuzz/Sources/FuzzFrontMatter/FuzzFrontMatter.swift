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
        FuzzPromise.require(split.body.source.isEmpty || file.text.contains(split.body.source),
                            "a body that is not text of the file")
    }
    return 0
}
