/// Dates written in the scheme's prose (its body, summary, and each side's how to apply and eligibility)
/// checked against themselves and against the key dates: BST or GMT on the wrong date, a weekday that
/// does not match, and a deadline that the text gives differently from the key dates (the OPEN call says
/// "by 12:00 BST on 19 December 2023" where its key dates say 19 December 2022). Readers act on the
/// text as on the calendar, so where the two can be shown to disagree it is an error; a sentence that
/// may be about another date is a warning.
struct ProseDateRules {
    /// Words that make a date in a sentence a deadline ("submit … by", "closes", "deadline").
    static let deadlineWords: Set<String> = ["deadline", "deadlines", "by", "submit", "submitted", "submission",
                                             "submissions", "close", "closes", "closed", "closing", "due", "before", "until"]
    /// Words too common to tie a sentence to a key date's label.
    static let stopWords: Set<String> = ["with", "their", "from", "for", "the", "that", "this", "will", "have", "each",
                                         "and", "into", "your", "when", "which", "what", "about"]

    /// The scheme's running text, where its dates are checked (and `portal rollover` moves them).
    static func texts(of scheme: Scheme) -> [MarkdownText] {
        var texts: [MarkdownText] = [scheme.summary, scheme.introduction].compactMap { $0 }
        texts += scheme.sections.map(\.body)
        for side in scheme.sides { texts += [side.eligibility, side.howToApply].compactMap { $0 } }
        return texts
    }

    func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for text in Self.texts(of: scheme) {
            let found = ProseDateFinder.scan(text.source)
            // A day in numbers is a warning here: the text is the only place it is written, so nothing
            // disagrees with it; in the key dates, which calendars are made from, it is an error.
            for date in found.numeric {
                let place = Place(text: text, line: date.line, column: date.column)
                diagnostics.append(place.diagnostic(.warning, offset: 0, span: date.written.unicodeScalars.count,
                                                    date.problem.message, hint: date.problem.hint ?? "write the month as a word"))
            }
            for date in found.dates {
                let place = Place(text: text, line: date.line, column: date.column)
                diagnostics += checkPoints(date, at: place)
                diagnostics += checkDeadline(date, at: place, in: scheme)
            }
        }
        return diagnostics
    }

    /// Where in the file a prose date is: Markdown lines keep the text's indentation (a `|` block's or none).
    struct Place {
        let text: MarkdownText
        let line: Int
        let column: Int

        /// At `offset` scalars into the date, underlining `span` of them; the line is quoted as the file has it
        /// (filled in with the others), not as the Markdown text holds it.
        func diagnostic(_ severity: Diagnostic.Severity, offset: Int, span: Int? = nil, _ message: String, hint: String) -> Diagnostic {
            // The finder counts lines and columns from 0.
            Diagnostic(.proseDate, severity, at: text.fileLocation(line: line + 1, column: column + offset + 1), message, hint: hint, span: span)
        }
    }

    /// The same checks the key dates get, and errors as there: BST or GMT on the wrong date, a wrong weekday.
    /// Readers act on the text as on the calendar, and the check is arithmetic, never a guess.
    func checkPoints(_ date: ProseDate, at place: Place) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for point in date.expression.points {
            for problem in [DatePointRules.wrongZone(point), DatePointRules.wrongWeekday(point)].compactMap({ $0 }) {
                diagnostics.append(place.diagnostic(.error, offset: point.offset, span: date.written.unicodeScalars.count - point.offset,
                                                    problem.message, hint: problem.hint))
            }
        }
        return diagnostics
    }

    /// A date in a sentence about a deadline that is no deadline in the key dates, but has the day and
    /// month of one (a year typed wrong), or the right day with a different time, is an error: the page
    /// would say one thing and the calendar and timeline another. A different day in a sentence that only
    /// names a deadline's label is a warning, since the sentence may be about another one (next year's).
    func checkDeadline(_ date: ProseDate, at place: Place, in scheme: Scheme) -> [Diagnostic] {
        let leadWords = Self.words(date.lead)
        guard !leadWords.isDisjoint(with: Self.deadlineWords) else { return [] }
        let prose: DatePoint
        // The day whose end a midnight in the sentence may be: ‘by midnight on 4 December’, ‘09:00–midnight on 4 December’.
        var midnightEnds: CalendarDay?
        switch date.expression {
        case .point(let p):
            prose = p
            if p.time == .midnight, DateLexicon.midnightWord(in: date.written) != nil { midnightEnds = p.day }
        case .range(let start, let end):
            prose = end
            if end.isMidnight(ending: start.day) { midnightEnds = start.day }
        default: return []
        }
        let deadlines: [(keyDate: KeyDate, point: DatePoint)] = scheme.keyDates.compactMap { keyDate in
            guard keyDate.kind == .deadline else { return nil }
            switch keyDate.when {
            case .point(let p), .range(_, let p): return (keyDate, p)
            default: return nil
            }
        }
        let offset = Self.dayOffset(of: prose, in: date.written)
        // It agrees with a key date that says which midnight is meant: 23:59 that day, or 00:00 the next
        // (KeyDateRules asks the key date to say).
        if let midnightEnds, deadlines.contains(where: { Self.endsDay($0.point, midnightEnds) }) { return [] }
        if let same = deadlines.first(where: { $0.point.day == prose.day }) {
            guard let proseTime = prose.time, let keyTime = same.point.time, proseTime != keyTime else { return [] }
            return [place.diagnostic(.error, offset: prose.offset, span: date.written.unicodeScalars.count - prose.offset,
                "the text gives \(DateFormatting.clock(proseTime)) on \(prose.day.written) for ‘\(same.keyDate.label)’, but the key dates say \(DateFormatting.clock(keyTime))",
                hint: "make the text and the key dates agree").about(.keyDate(same.keyDate.location))
                .noting("the key date is here", at: same.keyDate.location)]
        }
        // A range to midnight is on the day it was written with, not the one its end falls on.
        let day = date.expression.latestDay
        let sameDayOfYear = deadlines.first {
            $0.point.day.month == day.month && $0.point.day.day == day.day
        }
        let named = deadlines.first { Self.sentence(leadWords, names: $0.keyDate.label) }
        guard let match = sameDayOfYear ?? named else { return [] }
        return [place.diagnostic(sameDayOfYear != nil ? .error : .warning, offset: offset, span: date.written.unicodeScalars.count - offset,
            "the text gives \(day.written) for ‘\(match.keyDate.label)’, but the key dates say \(match.point.day.written)",
            hint: "make the text and the key dates agree").about(.keyDate(match.keyDate.location))
            .noting("the key date is here", at: match.keyDate.location)]
    }

    /// Whether a point is the end of `day`: 23:59 on it, or 00:00 on the next.
    static func endsDay(_ point: DatePoint, _ day: CalendarDay) -> Bool {
        (point.day == day && point.time == .lastMinute) || point.isMidnight(ending: day)
    }

    /// Where the day itself starts in the written date ("19" in "12:00 BST on 19 December 2023").
    static func dayOffset(of point: DatePoint, in written: String) -> Int {
        let scalars = Array(written.unicodeScalars)
        var i = point.offset
        while i < scalars.count {
            if DateSource.isDigit(scalars[i]) {
                var j = i
                var value = 0
                while j < scalars.count, DateSource.isDigit(scalars[j]) {
                    value = value * 10 + Int(scalars[j].value - 48)
                    j += 1
                }
                let rest = String(String.UnicodeScalarView(scalars[j...])).lowercased().drop { $0 == " " }
                let isTime = rest.hasPrefix(":") || (rest.hasPrefix(".") && rest.dropFirst().first?.isNumber == true)
                    || DateLexicon.timeWordsInProse.contains { rest.hasPrefix($0) }
                if value == point.day.day, !isTime { return i }
                i = j
            } else {
                i += 1
            }
        }
        return point.offset
    }

    /// Whether a sentence names a label: every telling word of the label (four letters or more, not a
    /// stop word) starts, by its first five letters, some word of the sentence ("applications" names
    /// "Application deadline" with "deadline").
    static func sentence(_ words: Set<String>, names label: String) -> Bool {
        let telling = Self.words(label).filter { $0.count >= 4 && !stopWords.contains($0) }
        guard !telling.isEmpty else { return false }
        return telling.allSatisfy { word in
            let stem = String(word.prefix(5))
            return words.contains { $0.hasPrefix(stem) }
        }
    }

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter }.map(String.init))
    }
}
