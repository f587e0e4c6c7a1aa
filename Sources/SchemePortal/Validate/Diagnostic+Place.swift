extension Diagnostic {
    /// An error at a value the loader located, showing its line as written.
    static func warning(_ code: DiagnosticCode, _ message: String, at place: SourcePlace, hint: String) -> Diagnostic {
        Diagnostic(code, .warning, at: place.location, message, hint: hint, sourceLine: place.sourceLine)
    }

    static func error(_ code: DiagnosticCode, _ message: String, at place: SourcePlace, hint: String) -> Diagnostic {
        Diagnostic(code, .error, at: place.location, message, hint: hint, sourceLine: place.sourceLine)
    }
}
