import FuzzSupport
import SchemePortal

/// The participant loader, YAML parsing included: the bytes as a scheme's `people.yaml` (a `people:` list
/// whose records carry that scheme's membership) and as a file in `Content/people/` (one person or a list).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = FuzzInput.text(start, count)
    for (path, scheme) in [("Content/schemes/fuzz/people.yaml", "fuzz" as String?), ("Content/people/fuzz.yaml", nil)] {
        let file = SourceFile(displayPath: path, text: text)
        var diagnostics: [Diagnostic] = []
        let people = ParticipantLoader.load(file, scheme: scheme, diagnostics: &diagnostics)
        FuzzPromise.check(diagnostics, in: file)
        for person in people {
            FuzzPromise.require(person.location.line <= max(file.lines.count, 1), "a person located below the file")
        }
    }
    return 0
}
