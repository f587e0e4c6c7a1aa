/// A key date's text that could not be read, with where the problem starts and what to write instead.
public struct DateGrammarError: Error, Hashable, Sendable {
    /// What is wrong, e.g. "“31 February 2023” is not a day: February 2023 has 28 days".
    public var message: String
    /// What to write instead, e.g. "write a date such as “19 December 2022” or “12:00, 19 December 2022”".
    public var hint: String?
    /// 0-based offset, in Unicode scalars, into the text where the problem starts.
    public var offset: Int
    /// A day written in numbers (`03/04/2025`), which readers in different countries read as different days.
    public var isNumericDate = false

    public init(message: String, hint: String? = nil, offset: Int) {
        self.message = message
        self.hint = hint
        self.offset = offset
    }
}

/// Reads the dates that scheme documents write ("12:00 BST, 19 December 2022", "26 January – 9 February 2023",
/// "w/c 2 January 2023", "May to October 2024", "Summer 2023", ISO 8601 …) into a `DateExpression`.
///
/// It uses no `Calendar`, `DateFormatter` or time zone, so the result never depends on the machine's settings.
/// It checks what it can see in the text alone (the day exists, the time is a time, the year is there);
/// whether a written weekday matches its date, or a range ends after it starts, is left to the date rules,
/// which report those with more context.
///
/// The text is cut off at `maximumLength` scalars before it is tokenised, and every step after that is a
/// fixed number of passes over the tokens, so any input takes at most linear time.
public struct DateGrammar: Sendable {
    /// The longest date text read, in Unicode scalars, once trimmed.
    public static let maximumLength = 200

    /// The years a date may fall in. A year outside them is a slip (“0000”, “2302” for “2032”), and
    /// calendars and the BST rules are not meant for the distant past or future.
    public static let years = 1900...2200

    /// What the messages' example dates are made from (the scheme's cohort, the reference day).
    public let examples: DateExamples
    /// Where a date written without a year takes it from (an intake, the cohort); without one, a date
    /// must write its year.
    public let yearSource: YearSource?

    public init(examples: DateExamples = .standard, yearSource: YearSource? = nil) {
        self.examples = examples
        self.yearSource = yearSource
    }

    public func parse(_ text: String) -> Result<DateExpression, DateGrammarError> {
        do throws(DateGrammarError) {
            var source = try DateSource(text, limit: Self.maximumLength, examples: examples)
            source.yearSource = yearSource
            return .success(try expression(source))
        } catch {
            return .failure(error)
        }
    }
}

/// The trimmed text of a date, as Unicode scalars, with each scalar's offset in the text as written.
struct DateSource: Sendable {
    /// The text without surrounding white space or a final full stop.
    let scalars: [Unicode.Scalar]
    /// Offset of `scalars[0]` in the text as written.
    let base: Int
    let examples: DateExamples
    /// Where a missing year is taken from, if anywhere (`DateGrammar.yearSource`).
    var yearSource: YearSource?

    var text: String { String(String.UnicodeScalarView(scalars)) }

    init(scalars: [Unicode.Scalar], base: Int, examples: DateExamples) {
        self.scalars = scalars
        self.base = base
        self.examples = examples
    }

    init(_ written: String, limit: Int, examples: DateExamples = .standard) throws(DateGrammarError) {
        self.examples = examples
        // One pass, keeping at most `limit + 1` scalars, so a megabyte of junk costs a count and no more.
        var kept: [Unicode.Scalar] = []
        var lead = 0
        var position = 0
        var lastContent = -1
        for scalar in written.unicodeScalars {
            if Self.isSpace(scalar) {
                if lastContent < 0 { lead += 1 }
            } else {
                lastContent = position
            }
            if lastContent >= 0, kept.count <= limit { kept.append(scalar) }
            position += 1
        }
        guard lastContent >= 0 else {
            throw DateGrammarError(message: "the date is empty", hint: examples.general, offset: 0)
        }
        let length = lastContent - lead + 1
        guard length <= limit else {
            throw DateGrammarError(
                message: "a date should be short: this one is \(length) characters long, and at most \(limit) are read",
                hint: "write just the date, such as “\(examples.written(19, 12))”, and put the rest in the key date’s details",
                offset: lead)
        }
        kept.removeLast(kept.count - length)
        // A date written as a sentence may end with a full stop.
        if kept.last == "." {
            kept.removeLast()
            while let last = kept.last, Self.isSpace(last) { kept.removeLast() }
        }
        guard !kept.isEmpty else {
            throw DateGrammarError(message: "the date is empty", hint: examples.general, offset: lead)
        }
        scalars = kept
        base = lead
    }

    /// White space, including non-breaking and thin spaces, and the zero-width characters editors leave behind.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || scalar == "\u{200B}" || scalar == "\u{FEFF}" || scalar == "\u{2060}"
    }

    /// The text as written between two offsets (offsets into the original text).
    func written(from start: Int, to end: Int) -> String {
        let lower = max(0, min(scalars.count, start - base))
        let upper = max(lower, min(scalars.count, end - base))
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}
