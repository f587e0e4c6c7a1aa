import SchemePortal

/// What every fuzz target shares: turning libFuzzer's bytes into text, and the promises every
/// diagnostic must keep whatever the input. A broken promise stops the run (`fatalError`), which
/// libFuzzer records as a crash with the input that caused it.
public enum FuzzInput {
    /// The bytes as text. The tool refuses files that are not UTF-8 before any reader sees them, so
    /// malformed sequences are replaced (as an editor's "save as UTF-8" would) rather than skipped:
    /// that keeps every input useful to the readers behind.
    public static func text(_ start: UnsafeRawPointer, _ count: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    }
}

public enum FuzzPromise {
    /// Every diagnostic about `file` points at a line of it, says what to do, and prints without trouble
    /// (the printer quotes the line and puts a caret under the column, clipping long lines).
    public static func check(_ diagnostics: [Diagnostic], in file: SourceFile) {
        let printer = DiagnosticPrinter()
        // Each quoted line is compared once: many diagnostics on one long line must not make the check itself slow.
        var comparedLines = Set<Int>()
        for diagnostic in Diagnostic.ordered(diagnostics) {
            let location = diagnostic.location
            if diagnostic.message.isEmpty { fail("a diagnostic with no message", diagnostic) }
            if (diagnostic.hint ?? "").isEmpty { fail("a diagnostic that does not say what to do", diagnostic) }
            if location.file == file.displayPath {
                if location.line > max(file.lines.count, 1) { fail("a diagnostic below the last line", diagnostic) }
                if let quoted = diagnostic.sourceLine, comparedLines.insert(location.line).inserted,
                   quoted != file.line(location.line) {
                    fail("a diagnostic quoting another line than its own", diagnostic)
                }
            }
            // What `portal check` prints for it.
            _ = printer.format(diagnostic)
        }
    }

    public static func require(_ condition: Bool, _ what: @autoclosure () -> String) {
        if !condition { fail(what()) }
    }

    public static func fail(_ what: String, _ diagnostic: Diagnostic? = nil) -> Never {
        let detail = diagnostic.map { "\n" + DiagnosticPrinter().format($0) } ?? ""
        fatalError("broken promise: \(what)\(detail)")
    }
}
