/// Text that becomes an address (a `##` section heading) or a people-directory filter (an organisation,
/// grade or area of expertise) with a Cyrillic or Greek letter that looks like a Latin one (“Оverview”):
/// a message naming the letter, so it can be retyped. In a heading it is a warning (the page reads
/// right; only its address and search differ). In a filter value it is an error: the directory would list
/// the value twice (“Cabinet Office” and “Cabinet Оffice”), each filter missing the other's people, and
/// the same-department rule would not see the two as one. Headings inside Markdown are checked where
/// they are rendered, with the other heading checks.
struct LookAlikeLetterRules {
    func check(_ portal: Portal) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for scheme in portal.schemes {
            for section in scheme.sections {
                diagnostics += Self.warnings(section.title, at: section.location, sourceLine: section.sourceLine)
            }
        }
        for person in portal.people {
            // A name is published and searched for as written; a warning, since it is the person's own.
            if let start = person.nameStart {
                diagnostics += Self.warnings(person.name, at: start, sourceLine: nil, writtenFromLocation: true)
            }
            for value in [person.organisation, person.grade].compactMap({ $0 }) + person.expertiseOffered {
                diagnostics += Self.warnings(value.value, at: value.location, sourceLine: nil).map { found in
                    var error = found
                    error.severity = .error
                    return error.causing(.value(value.location))
                }
            }
        }
        return diagnostics
    }

    /// One warning per look-alike letter: at the letter when the line it is on is known, else at `location`.
    /// The same letter in the same word makes the same warning wherever it recurs, so it is made once: a
    /// heading of the same few words repeated thousands of times took seconds, finding each one's column
    /// on the whole line and then removing the copies (a fuzzing finding, docs/fuzzing.md).
    /// `writtenFromLocation`: the text is written as it is, on one line, from `location` (a one-line name),
    /// so a letter's column is counted from there without the line.
    static func warnings(_ text: String, at location: SourceLocation, sourceLine: String?,
                         writtenFromLocation: Bool = false) -> [Diagnostic] {
        var seen: Set<Key> = []
        let lineScalars = sourceLine.map { Array($0.unicodeScalars) }
        return LookAlikeLetters.find(in: text).compactMap { finding in
            guard seen.insert(Key(letter: finding.letter, word: finding.word, offsetInWord: finding.offsetInWord)).inserted else {
                return nil
            }
            var at = location
            var span: Int?
            if let lineScalars, let column = LookAlikeLetters.column(of: finding, on: lineScalars, from: location.column) {
                at = SourceLocation(file: location.file, line: location.line, column: column)
                span = 1 // the letter itself
            } else if writtenFromLocation {
                at = SourceLocation(file: location.file, line: location.line, column: location.column + finding.offset)
                span = 1
            }
            return Diagnostic(.lookAlikeLetters, .warning, at: at, finding.message, hint: LookAlikeLetters.Finding.hint,
                              sourceLine: sourceLine, span: span)
        }
    }

    private struct Key: Hashable {
        let letter: String
        let word: String
        let offsetInWord: Int
    }
}
