/// One problem found in the content, templates or output. Every stage reports through this type;
/// none of them prints or exits, so the CLI and the dev server decide how to show it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// The rule that found it (`portal explain CODE` says more).
    public var code: DiagnosticCode
    public var location: SourceLocation
    /// How many columns of the line, from `location`, are what is wrong (the carets under it); nil until
    /// known, then taken from the quoted line when messages are finished (`SourceSpan`).
    public var span: Int?
    /// What is wrong, in the user's terms.
    public var message: String
    /// What to do about it ("did you mean `consent`?"); printed after a semicolon.
    public var hint: String?
    /// The offending source line, shown under the message with a caret at the column.
    public var sourceLine: String?
    /// What the message is about that the content may lack, when it is about a reference: if the file
    /// that would have defined it could not be read, the message only follows from that file's problem.
    public var subject: Subject?
    /// What the problem makes unreliable, when other messages can follow from it (a scheme's sides when one
    /// is written twice): those say so with `subject`, and are folded into this one.
    public var cause: Subject?
    /// Further lines, printed under the message (`note: …`), some with a place of their own ("the first is
    /// here"), as compilers point at a previous definition.
    public var notes: [Note] = []

    public struct Note: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }

        public init(stringLiteral value: String) { self.init(value) }

        /// `Content/people/a.yaml:3:5: the first is here`, or the words alone.
        public var description: String { location.map { "\($0): \(message)" } ?? message }
    }

    /// The same message with a note pointing at another place.
    public func noting(_ message: String, at location: SourceLocation?) -> Diagnostic {
        var copy = self
        copy.notes.append(Note(message, at: location))
        return copy
    }

    /// Something named in one place and defined in another.
    public enum Subject: Hashable, Sendable {
        case scheme(String)
        case person(String)
        /// A page, by its output path (`schemes/pilot/handbook/first-meeting/index.html`).
        case page(String)
        /// Grade ladders and vocabularies, which `portal.yaml` defines.
        case settings
        /// A scheme's sides, by its folder name: people and rules name them.
        case sides(String)
        /// A scheme's `eligible_grades`, which people's grades are checked against.
        case eligibleGrades(String)
        /// A scheme's `min_grade_gap` and `max_grade_gap`, which pairs are checked against.
        case gradeGaps(String)
        /// A person's list of partners, by their id: a mistyped id in it makes the pair look one-sided.
        case partners(String)
        /// A key date, by where it is written: a year typed wrong there makes the text disagree with it too.
        case keyDate(SourceLocation)
        /// One value, by where it is written: a look-alike letter in it is why it matches no vocabulary term.
        case value(SourceLocation)
    }

    public init(_ code: DiagnosticCode, _ severity: Severity, at location: SourceLocation, _ message: String,
                hint: String? = nil, sourceLine: String? = nil, span: Int? = nil) {
        self.code = code
        self.span = span
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                             hint: String? = nil) -> Diagnostic {
        Diagnostic(code, .error, at: location, message, hint: hint)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation,
                               hint: String? = nil) -> Diagnostic {
        Diagnostic(code, .warning, at: location, message, hint: hint)
    }

    /// The same message, said to be about `subject`.
    public func about(_ subject: Subject) -> Diagnostic {
        var copy = self
        copy.subject = subject
        return copy
    }

    /// The same message, said to make `subject` unreliable, so that messages about it follow from this one.
    public func causing(_ subject: Subject?) -> Diagnostic {
        var copy = self
        copy.cause = subject
        return copy
    }

    /// `path:line:column: error: message; hint` — the one-line form tests and editors match on.
    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += "; \(hint)" }
        return text
    }

    /// Sorting by place keeps output stable however the stages were scheduled.
    /// Repeats (the same problem found by two routes) are dropped.
    public static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        Array(Set(diagnostics)).sorted { ($0.location, $0.severity == .error ? 0 : 1, $0.message, $0.hint ?? "")
            < ($1.location, $1.severity == .error ? 0 : 1, $1.message, $1.hint ?? "") }
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
    public var errorCount: Int { filter { $0.severity == .error }.count }
    public var warningCount: Int { filter { $0.severity == .warning }.count }
}
