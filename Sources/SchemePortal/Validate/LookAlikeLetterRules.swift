/// Text that becomes an address (a `##` section heading) or a people-directory filter (an organisation,
/// grade or area of expertise) with a Cyrillic or Greek letter that looks like a Latin one (“Оverview”):
/// a warning naming the letter, so it can be retyped. Headings inside Markdown are checked where they
/// are rendered, with the other heading checks.
struct LookAlikeLetterRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scheme in portal.schemes {
            for section in scheme.sections {
                diagnostics += Self.warnings(section.title, at: section.location, sourceLine: section.sourceLine)
            }
        }
        for person in portal.people {
            for value in [person.organisation, person.grade].compactMap({ $0 }) + person.expertiseOffered {
                diagnostics += Self.warnings(value.value, at: value.location, sourceLine: nil)
            }
        }
        return diagnostics
    }

    /// One warning per look-alike letter: at the letter when the line it is on is known, else at `location`.
    static func warnings(_ text: String, at location: SourceLocation, sourceLine: String?) -> [Diagnostic] {
        LookAlikeLetters.find(in: text).map { finding in
            var at = location
            if let sourceLine, let column = LookAlikeLetters.column(of: finding, on: sourceLine, from: location.column) {
                at = SourceLocation(file: location.file, line: location.line, column: column)
            }
            return Diagnostic(.warning, at: at, finding.message, hint: LookAlikeLetters.Finding.hint, sourceLine: sourceLine)
        }
    }
}
