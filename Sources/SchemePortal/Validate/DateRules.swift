/// Checks on key dates that need more than the grammar: weekdays, BST/GMT, ranges, and the
/// order of a scheme's milestones.
struct DateRules {
    func check(_ scheme: Scheme) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for keyDate in scheme.keyDates {
            diagnostics += checkWeekdays(keyDate)
            diagnostics += checkZones(keyDate)
            diagnostics += checkRange(keyDate)
        }
        diagnostics += checkOpeningBeforeDeadlines(scheme)
        return diagnostics
    }

    /// "Tuesday 11 March 2024" cannot be right: either the weekday or the date is wrong, and readers
    /// will act on one or the other.
    func checkWeekdays(_ keyDate: KeyDate) -> [Diagnostic] {
        keyDate.when.points.compactMap { point in
            guard let written = point.writtenWeekday else { return nil }
            let actual = CalendarMath.weekday(of: point.day)
            guard written != actual else { return nil }
            return diagnostic(.error, keyDate, offset: point.offset,
                              "\(Self.format(point.day)) is a \(actual.name), not a \(written.name)",
                              hint: "correct the weekday or the date")
        }
    }

    /// BST is in force from the last Sunday in March to the last Sunday in October; a December deadline
    /// "12:00 BST" is an hour out from what the author meant.
    func checkZones(_ keyDate: KeyDate) -> [Diagnostic] {
        keyDate.when.points.compactMap { point in
            guard let zone = point.zone, zone == .bst || zone == .gmt else { return nil }
            let summer = CalendarMath.isBritishSummerTime(on: point.day, at: point.time)
            if zone == .bst && !summer {
                return diagnostic(.warning, keyDate, offset: point.offset,
                                  "BST is not in force on \(Self.format(point.day)): UK clocks show GMT then",
                                  hint: "write GMT (or leave the zone out for UK time)")
            }
            if zone == .gmt && summer {
                return diagnostic(.warning, keyDate, offset: point.offset,
                                  "GMT is not UK time on \(Self.format(point.day)): UK clocks show BST then",
                                  hint: "write BST (or leave the zone out for UK time)")
            }
            return nil
        }
    }

    func checkRange(_ keyDate: KeyDate) -> [Diagnostic] {
        switch keyDate.when {
        case .range(let start, let end) where end.day < start.day || (end.day == start.day && (end.time ?? start.time ?? TimeOfDay(hour: 0, minute: 0)) < (start.time ?? TimeOfDay(hour: 0, minute: 0))):
            return [diagnostic(.error, keyDate, offset: end.offset,
                               "the range ends (\(Self.format(end.day))) before it starts (\(Self.format(start.day)))",
                               hint: "swap the two dates, or correct the year")]
        case .months(let from, let through) where through < from:
            return [diagnostic(.error, keyDate, offset: 0, "the months end before they start",
                               hint: "write the earlier month first")]
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
            diagnostics.append(diagnostic(
                .error, opening, offset: 0,
                "‘\(opening.label)’ (\(Self.format(opening.when.earliestDay))) is after ‘\(first.label)’ (\(Self.format(first.when.latestDay))) on line \(first.location.line)",
                hint: "applications must open before their deadline: correct the year or the day of one of them"))
        }
        return diagnostics
    }

    private func diagnostic(_ severity: Diagnostic.Severity, _ keyDate: KeyDate, offset: Int, _ message: String,
                            hint: String) -> Diagnostic {
        let location = SourceLocation(file: keyDate.location.file, line: keyDate.location.line,
                                      column: keyDate.location.column + offset)
        return Diagnostic(severity, at: location, message, hint: hint, sourceLine: keyDate.sourceLine)
    }

    static func format(_ day: CalendarDay) -> String { day.written }
}
