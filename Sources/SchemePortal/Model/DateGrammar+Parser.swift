/// A day as written, before a range lends a missing month or year from its other end.
struct WrittenDate: Sendable {
    var day: Int
    var month: Int?
    var year: Int?
    var weekday: Weekday?
    var isISO = false
    /// The year was not written but taken from the intake or cohort (`DateGrammar.yearSource`).
    var yearLent = false
    /// Where the day, with its month, was written; a day lent its month by a range has none.
    var span: (start: Int, end: Int)?
}

/// A day with the time written beside it, and where it was written.
struct WrittenPoint: Sendable {
    var date: WrittenDate
    var time: TimeOfDay?
    var zone: ZoneMark?
    var start: Int
    var end: Int
}

struct WrittenTime: Sendable {
    var time: TimeOfDay
    var zone: ZoneMark?
    var start: Int
}

/// A recursive-descent reader over a date's tokens. Each alternative either succeeds, or notes what it
/// expected and gives way (`nil`); mistakes that no other reading could mend (an impossible day, a bad
/// time, a missing year) are thrown at once. When nothing succeeds, the expectation that got furthest
/// into the text is reported.
struct DateParser {
    let source: DateSource
    let tokens: [DateToken]
    var index = 0
    private var furthest: (index: Int, expected: String)?

    init(source: DateSource) throws(DateGrammarError) {
        self.source = source
        tokens = try source.tokens()
        for (i, token) in tokens.enumerated() where token.kind == .word && !DateLexicon.isKnown(token.text) {
            let afterDay = i > 0 && tokens[i - 1].kind == .number && tokens[i - 1].digits <= 2
            throw DateLexicon.unknownWord(token, afterDayNumber: afterDay, alone: tokens.count == 1, examples: source.examples)
        }
    }

    mutating func parseExpression() throws(DateGrammarError) -> DateExpression {
        if let expression = try parseWeekCommencing() { return expression }
        index = 0
        if let expression = try parseAcademicYear() { return expression }
        index = 0
        if let expression = try parseVague() { return expression }
        index = 0
        if let expression = try parseMonths() { return expression }
        index = 0
        if let expression = try parsePointOrRange() { return expression }
        throw failure()
    }

    // MARK: Looking at tokens

    var atEnd: Bool { index >= tokens.count }

    func token(_ i: Int) -> DateToken? { i >= 0 && i < tokens.count ? tokens[i] : nil }

    func word(_ i: Int) -> String? {
        guard let t = token(i), t.kind == .word else { return nil }
        return t.text
    }

    func isWord(_ i: Int, _ options: Set<String>) -> Bool { word(i).map(options.contains) ?? false }

    func isSymbol(_ i: Int, _ symbol: String) -> Bool {
        guard let t = token(i), t.kind == .symbol else { return false }
        return t.text == symbol
    }

    /// Whether token `i` is written joined to the one before it.
    func joined(_ i: Int) -> Bool { token(i).map { !$0.spaceBefore } ?? false }

    func number(_ i: Int, digits: ClosedRange<Int>) -> Int? {
        guard let t = token(i), t.kind == .number, digits.contains(t.digits) else { return nil }
        return t.value
    }

    func month(_ i: Int) -> Int? { word(i).flatMap(DateLexicon.month) }

    /// A four-digit year at token `i`.
    func year(_ i: Int) -> Int? { number(i, digits: 4...4) }

    /// Where the tokens read so far end.
    var consumedEnd: Int { token(index - 1)?.end ?? source.base }

    var startOffset: Int { token(index)?.start ?? consumedEnd }

    // MARK: Failing

    /// Notes what the reader wanted at the current token, keeping the expectation that got furthest.
    mutating func expect(_ what: String) {
        if furthest == nil || index > furthest!.index { furthest = (index, what) }
    }

    func failure() -> DateGrammarError {
        let (at, expected) = furthest ?? (0, "a date")
        if let t = token(at) {
            // A whole date followed by words ("4 December 2026 (noon)"): the words belong in the details.
            let from = max(0, min(source.scalars.count, t.start - source.base))
            let rest = String(String.UnicodeScalarView(source.scalars[from...]))
            let hint = expected.contains("the end of the date")
                ? "write just the date here, and put “\(rest)” in the key date's ‘details:’"
                : source.examples.general
            return DateGrammarError(message: "expected \(expected), but found “\(t.written)”", hint: hint, offset: t.start)
        }
        let last = tokens[tokens.count - 1]
        return DateGrammarError(message: "“\(source.text)” stops short: \(expected) should follow “\(last.written)”",
                                hint: source.examples.general, offset: last.end)
    }

    /// The year a day written without one falls in, from the intake or cohort; nil when there is neither.
    func lentYear(month: Int, day: Int) -> Int? {
        source.yearSource?.year(month: month, day: day)
    }

    func missingYear(_ written: String, example: String, offset: Int) -> DateGrammarError {
        DateGrammarError(
            message: "“\(written)” has no year: a key date must be unambiguous, so it needs its year",
            hint: "add the year, as in “\(example)”", offset: offset)
    }

    /// Every day the date means falls in `DateGrammar.years`; the error points at the year as written,
    /// or, for a year worked out from the other end of a range, at the start of the date.
    func checkYears(of expression: DateExpression) throws(DateGrammarError) {
        let range = DateGrammar.years
        let days = [expression.earliestDay, expression.latestDay] + expression.points.map(\.day)
        guard let outside = days.first(where: { !range.contains($0.year) }) else { return }
        let years = "\(range.lowerBound) to \(range.upperBound)"
        if let written = tokens.first(where: { $0.kind == .number && $0.digits == 4 && !range.contains($0.value) }) {
            throw DateGrammarError(message: "“\(written.written)” is outside the years a date can be in (\(years))",
                                   hint: "check the year", offset: written.start)
        }
        throw DateGrammarError(message: "“\(source.text)” would fall in \(outside.year), outside the years a date can be in (\(years))",
                               hint: "check the years at both ends", offset: source.base)
    }

    // MARK: Building points

    /// A checked day: the month exists and has that many days. `written` is the day as the author wrote it,
    /// for the message to quote.
    func calendarDay(day: Int, month: Int, year: Int, offset: Int,
                     written: String? = nil, weekday: Weekday? = nil) throws(DateGrammarError) -> CalendarDay {
        if CalendarMath.isValid(year: year, month: month, day: day) {
            return CalendarDay(year: year, month: month, day: day)
        }
        let name = DateLexicon.monthNames[month - 1]
        let length = CalendarMath.daysInMonth(month, year: year)
        let why = day < 1 ? "days are numbered from 1" : "\(name) \(year) has \(length) days"
        throw DateGrammarError(message: "“\(written ?? "\(day) \(name) \(year)")” is not a day: \(why)",
                               hint: DateCorrections.impossibleDay(day, month: month, year: year, weekday: weekday)
                                   ?? "check the day: \(name) \(year) runs from 1 to \(length) \(name) \(year)",
                               offset: offset)
    }

    /// A point whose month and year are known (written, or lent by the other end of a range).
    func datePoint(_ p: WrittenPoint) throws(DateGrammarError) -> DatePoint {
        guard let month = p.date.month, let year = p.date.year else {
            preconditionFailure("datePoint called before the month and year were filled in")
        }
        let written = p.date.span.map { source.written(from: $0.start, to: $0.end) }
        let day = try calendarDay(day: p.date.day, month: month, year: year, offset: p.start,
                                  written: written, weekday: p.date.weekday)
        var point = DatePoint(day: day, time: p.time, zone: p.zone, writtenWeekday: p.date.weekday, offset: p.start)
        if p.date.yearLent { point.yearFrom = source.yearSource }
        return point
    }

    func noMonth(_ p: WrittenPoint) -> DateGrammarError {
        let written = source.written(from: p.start, to: p.end)
        return DateGrammarError(message: "“\(written)” has no month",
                                hint: "write the month as a word, as in “\(source.examples.written(p.date.day, 3))”", offset: p.start)
    }

    /// A single point, which must have written its own month and year.
    func completed(_ p: WrittenPoint) throws(DateGrammarError) -> DatePoint {
        guard let month = p.date.month else { throw noMonth(p) }
        var p = p
        if p.date.year == nil, let lent = lentYear(month: month, day: p.date.day) {
            p.date.year = lent
            p.date.yearLent = true
        }
        guard p.date.year != nil else {
            let example = source.examples.written(p.date.day, month)
            throw missingYear(source.written(from: p.start, to: p.end), example: example, offset: p.start)
        }
        return try datePoint(p)
    }

    /// The ends of a range; an end may leave out what the other end says ("26–30 January 2023",
    /// "26 January – 9 February 2023", "March 24 – 26, 2023"). A year lent backwards across New Year
    /// ("28 December – 3 January 2024") goes back a year; an end before its start is left for the rules.
    func completed(_ first: WrittenPoint, _ second: WrittenPoint, start: Int) throws(DateGrammarError)
        -> (DatePoint, DatePoint) {
        var a = first, b = second
        if b.date.month == nil { b.date.month = a.date.month }
        if a.date.month == nil { a.date.month = b.date.month }
        guard let m1 = a.date.month else { throw noMonth(a) }
        guard let m2 = b.date.month else { throw noMonth(b) }
        // Neither end writes a year: the first end takes the intake's or cohort's, and the second follows it.
        if a.date.year == nil, b.date.year == nil, let lent = lentYear(month: m1, day: a.date.day) {
            a.date.year = lent
            a.date.yearLent = true
            b.date.yearLent = true
        }
        if a.date.year == nil, let y = b.date.year { a.date.year = m1 > m2 ? y - 1 : y }
        if b.date.year == nil, let y = a.date.year { b.date.year = m2 < m1 ? y + 1 : y }
        guard a.date.year != nil else {
            let example = "\(b.date.day) \(DateLexicon.monthNames[m2 - 1]) \(source.examples.year(from: (m1, a.date.day), to: (m2, b.date.day)))"
            throw missingYear(source.written(from: start, to: b.end), example: example, offset: start)
        }
        return (try datePoint(a), try datePoint(b))
    }
}
