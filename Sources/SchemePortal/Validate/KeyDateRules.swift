/// The rules over a scheme's key dates that need more than the grammar: weekdays, BST/GMT, ranges, the
/// order of its milestones, and dates in the prose that disagree with them.
struct KeyDateRules {
    func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for keyDate in scheme.keyDates {
            diagnostics += checkWeekdays(keyDate, in: scheme)
            diagnostics += checkZones(keyDate)
            diagnostics += checkMidnight(keyDate)
            diagnostics += checkRange(keyDate)
        }
        // Each intake's dates are in order among themselves, not with another intake's.
        for group in scheme.dateGroups {
            let openingErrors = checkOpeningBeforeDeadlines(group)
            diagnostics += openingErrors
            // A date outside the programme is most likely the one out of order too: one message about it.
            let outside = checkProgrammePeriod(group)
            // An intake's dates are placed in its years by the tool, so their order is not the author's to keep.
            if group.keyDates.allSatisfy({ $0.intake == nil }) {
                diagnostics += checkWrittenOrder(group, alreadyReported: Set((openingErrors + outside).map(\.location.line)))
            }
            diagnostics += outside
        }
        diagnostics += ProseDateRules().check(scheme)
        return Self.oncePerPlace(diagnostics)
    }

    /// An intake date is written once and read for every intake: a mistake in it is reported once, for the
    /// first intake it shows in.
    static func oncePerPlace(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen: Set<String> = []
        return diagnostics.filter { seen.insert("\($0.code.rawValue) \($0.location)").inserted }
    }

    /// The timeline is shown in date order whatever order the dates are written in; a date written
    /// before an earlier one is often a wrong year. Reported once, at the first date out of order,
    /// unless an opening-after-deadline error already points at one of the two.
    func checkWrittenOrder(_ scheme: Scheme, alreadyReported: Set<Int>) -> [Diagnostic] {
        var latest: KeyDate?
        for keyDate in scheme.keyDates where !keyDate.when.isVague {
            if let previous = latest, Self.isBefore(keyDate.when, previous.when) {
                if alreadyReported.contains(keyDate.location.line) || alreadyReported.contains(previous.location.line) { return [] }
                return [diagnostic(.dateOrder, .warning, keyDate, offset: 0,
                                   "‘\(keyDate.label)’ (\(Self.format(keyDate.when.earliestDay))) is written after ‘\(previous.label)’ (\(Self.format(previous.when.earliestDay))) on line \(previous.location.line), which is later",
                                   hint: "write the key dates in date order, or correct the year or day of one of them")
                            // Mostly the later date's year is the slip: when a rule has said so, this follows from it.
                            .about(.keyDate(previous.location))]
            }
            if !(latest.map { Self.isBefore(keyDate.when, $0.when) } ?? false) { latest = keyDate }
        }
        return []
    }

    /// Whether `a` starts before `b`; whole months ("March to May 2023") are compared by month, so they
    /// are not before a day in their first month ("24 March 2023").
    static func isBefore(_ a: DateExpression, _ b: DateExpression) -> Bool {
        let x = a.earliestDay, y = b.earliestDay
        var wholeMonths = false
        if case .months = a { wholeMonths = true }
        if case .months = b { wholeMonths = true }
        return wholeMonths ? (x.year, x.month) < (y.year, y.month) : x < y
    }

    /// Meetings and events fall within the programme's period; one outside it has usually a wrong year.
    func checkProgrammePeriod(_ scheme: Scheme) -> [Diagnostic] {
        guard let period = scheme.programmePeriod else { return [] }
        let from = period.when.earliestDay, through = period.when.latestDay
        return scheme.keyDates.compactMap { keyDate in
            guard keyDate.kind == .event else { return nil }
            let start = keyDate.when.earliestDay, end = keyDate.when.latestDay
            // A vague date warns only when it cannot fall inside at all.
            let outside = keyDate.when.isVague ? (end < from || start > through) : (start < from || end > through)
            guard outside else { return nil }
            let when = keyDate.when.isVague ? keyDate.text : Self.format(start)
            return diagnostic(.dateOrder, .warning, keyDate, offset: 0,
                              "‘\(keyDate.label)’ (\(when)) falls outside ‘\(period.label)’ (\(Self.format(from)) to \(Self.format(through))) on line \(period.location.line)",
                              hint: "check the year; an event meant to fall outside the programme can be ‘kind: milestone’")
                // A period that is itself wrong (ending before it starts) puts everything outside it.
                .about(.keyDate(period.location))
        }
    }

    /// A weekday that does not match its date is an error: readers act on one or the other.
    /// When the weekday fits the same day in a year of the cohort, the year is what was mistyped (a date
    /// copied from last year's call): that year is asked about, and the text's disagreement follows from it.
    func checkWeekdays(_ keyDate: KeyDate, in scheme: Scheme) -> [Diagnostic] {
        keyDate.when.points.compactMap { point in
            if let yearless = yearlessWeekday(point, of: keyDate) { return yearless }
            guard let problem = DatePointRules.wrongWeekday(point) else { return nil }
            if let meant = Self.yearFittingWeekday(point, of: keyDate, in: scheme) {
                return diagnostic(.dateWeekday, .error, keyDate, offset: point.offset, problem.message,
                                  hint: "is the year \(meant.year)? (\(DateExamples.withWeekday(meant)))")
                    .causing(.keyDate(keyDate.location))
            }
            return diagnostic(.dateWeekday, .error, keyDate, offset: point.offset, problem.message, hint: problem.hint)
        }
    }

    /// The same day a year either side, when the weekday written fits it and the scheme's cohort or its
    /// other key dates are in that year.
    static func yearFittingWeekday(_ point: DatePoint, of keyDate: KeyDate, in scheme: Scheme) -> CalendarDay? {
        guard let written = point.writtenWeekday else { return nil }
        let others = scheme.keyDates.filter { $0.location != keyDate.location && !$0.when.isVague }
        let years = Set(scheme.cohort.map(DateExamples.years) ?? []).union(others.map { $0.when.earliestDay.year })
        for year in [point.day.year - 1, point.day.year + 1] where years.contains(year) {
            if let day = Self.moved(point.day, to: year), CalendarMath.weekday(of: day) == written { return day }
        }
        return nil
    }

    /// BST or GMT on a date when UK clocks show the other is an error: the calendar takes the zone at its
    /// word (12:00 BST in December is 11:00 there) while the page says 12:00, so the two disagree.
    func checkZones(_ keyDate: KeyDate) -> [Diagnostic] {
        keyDate.when.points.compactMap { point in
            DatePointRules.wrongZone(point).map { diagnostic(.dateZone, .error, keyDate, offset: point.offset, $0.message, hint: $0.hint) }
        }
    }

    func checkRange(_ keyDate: KeyDate) -> [Diagnostic] {
        switch keyDate.when {
        case .range(let start, let end) where end.day == start.day && (end.time ?? start.time ?? .midnight) < (start.time ?? .midnight):
            // Two times on one day, the second earlier (the only way one day can run backwards): the day is not
            // the slip, so the message names the times.
            guard let first = start.time, let second = end.time else { return [] }
            let from = DateFormatting.clock(first), to = DateFormatting.clock(second)
            let next = CalendarMath.adding(days: 1, to: start.day)
            return [diagnostic(.dateOrder, .error, keyDate, offset: end.offset,
                               "the times run backwards: \(to) is before \(from) on \(Self.format(start.day))",
                               hint: "if it runs past midnight, give the day it ends on too (‘\(from), \(Self.format(start.day)) – \(to), \(Self.format(next))’); otherwise correct the times")
                    .causing(.keyDate(keyDate.location))]
        case .range(let start, let end) where end.day < start.day:
            return [diagnostic(.dateOrder, .error, keyDate, offset: end.offset,
                               "the range ends (\(Self.format(end.day))) before it starts (\(Self.format(start.day)))",
                               hint: "swap the two dates, or correct the year").causing(.keyDate(keyDate.location))]
        case .months(let from, let through) where through < from:
            let hint = from.year == through.year ? "write the earlier month first"
                : "check the years: as written, \(through.writtenMonth) comes before \(from.writtenMonth)"
            return [diagnostic(.dateOrder, .error, keyDate, offset: 0, "the months end before they start", hint: hint)
                .causing(.keyDate(keyDate.location))]
        default:
            return []
        }
    }

    /// Applications cannot close before they open: one of the two dates is wrong (in the OPEN 2022-23
    /// call, the call "opens" a year after the deadline).
    func checkOpeningBeforeDeadlines(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let openings = scheme.keyDates.filter { $0.kind == .opens && !$0.when.isVague }
        let deadlines = scheme.keyDates.filter { $0.kind == .deadline && !$0.when.isVague }
        for opening in openings {
            let later = deadlines.filter { deadline in
                (opening.side == nil || deadline.side == nil || opening.side == deadline.side)
                    && deadline.when.latestDay < opening.when.earliestDay
            }
            guard let first = later.min(by: { $0.when.latestDay < $1.when.latestDay }) else { continue }
            switch Self.culprit(opening: opening, deadline: first, in: scheme) {
            case .opening(let year):
                diagnostics.append(diagnostic(.dateOrder, .error, opening, offset: 0,
                    "‘\(opening.label)’ (\(Self.format(opening.when.earliestDay))) is after ‘\(first.label)’ (\(Self.format(first.when.latestDay)))",
                    hint: "applications must open before their deadline: is the year \(year)?").causing(.keyDate(opening.location))
                    .noting("‘\(first.label)’ is here", at: first.location))
            case .deadline(let year):
                diagnostics.append(diagnostic(.dateOrder, .error, first, offset: 0,
                    "‘\(first.label)’ (\(Self.format(first.when.latestDay))) is before ‘\(opening.label)’ (\(Self.format(opening.when.earliestDay)))",
                    hint: "applications must open before their deadline: is the year \(year)?").causing(.keyDate(first.location))
                    .noting("‘\(opening.label)’ is here", at: opening.location))
            }
        }
        return diagnostics
    }

    func diagnostic(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ keyDate: KeyDate, offset: Int,
                            _ message: String, hint: String) -> Diagnostic {
        let location = SourceLocation(file: keyDate.location.file, line: keyDate.location.line,
                                      column: keyDate.location.column + offset)
        // The date from the point meant to the end of what was written: the part to correct.
        let span = max(1, keyDate.text.unicodeScalars.count - offset)
        return Diagnostic(code, severity, at: location, message, hint: hint, sourceLine: keyDate.sourceLine, span: span)
    }

    static func format(_ day: CalendarDay) -> String { day.written }
}
