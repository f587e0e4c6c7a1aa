/// How `portal rollover` moves a date on to the next cohort: `years` on, a day written with its weekday to
/// the same weekday nearest the same day (Tuesday 6 June 2023 → Tuesday 4 June 2024), any other day to the
/// same day (29 February → 28 February). A range, or a time on a day, moves as a whole.
public struct DateShift: Hashable, Sendable {
    public var years: Int

    public init(years: Int) {
        self.years = years
    }

    /// The same day `years` on; a day the month lacks then (29 February) becomes its last day.
    public func sameDay(_ day: CalendarDay) -> CalendarDay {
        let year = day.year + years
        return CalendarDay(year: year, month: day.month, day: min(day.day, CalendarMath.daysInMonth(day.month, year: year)))
    }

    /// The day of the same weekday nearest the same day `years` on: never more than three days from it.
    public func sameWeekday(_ day: CalendarDay) -> CalendarDay {
        let target = sameDay(day)
        let weekday = CalendarMath.weekday(of: day)
        for distance in 0...3 {
            for candidate in [CalendarMath.adding(days: -distance, to: target), CalendarMath.adding(days: distance, to: target)]
            where CalendarMath.weekday(of: candidate) == weekday {
                return candidate
            }
        }
        return target
    }

    /// What `expression` means once moved on; nil for what is not moved (a date counted from another,
    /// an open-ended one), since those follow the dates they name.
    public func moved(_ expression: DateExpression) -> DateExpression? {
        switch expression {
        case .point(let p):
            return .point(movedPoints([p], keepingWeekday: p.writtenWeekday != nil)[0])
        case .range(let a, let b):
            let moved = movedPoints([a, b], keepingWeekday: a.writtenWeekday != nil || b.writtenWeekday != nil)
            return .range(moved[0], moved[1])
        case .weekCommencing(let p):
            // A week commencing starts on the same weekday every year (a Monday, most often).
            return .weekCommencing(movedPoints([p], keepingWeekday: true)[0])
        case .months(let from, let through):
            let last = through.isLastOfItsMonth
                ? CalendarDay(year: through.year + years, month: through.month,
                              day: CalendarMath.daysInMonth(through.month, year: through.year + years))
                : sameDay(through)
            return .months(from: sameDay(from), through: last)
        case .vague(let text, let earliest, let latest):
            return .vague(text: text, earliest: sameDay(earliest), latest: sameDay(latest))
        case .academicYear(let text, let from, let through):
            return .academicYear(text: text, from: sameDay(from), through: sameDay(through))
        case .usually(let inner):
            return moved(inner).map { .usually($0) }
        case .ongoing, .relative:
            return nil
        }
    }

    /// The points of one date moved by the same number of days, so a range keeps its length and its
    /// weekdays: by the first point's move to its weekday, or else each to its own same day.
    func movedPoints(_ points: [DatePoint], keepingWeekday: Bool) -> [DatePoint] {
        let days = keepingWeekday
            ? CalendarMath.dayNumber(sameWeekday(points[0].day)) - CalendarMath.dayNumber(points[0].day) : 0
        var moved = points.map { point in
            var moved = point
            moved.day = keepingWeekday ? CalendarMath.adding(days: days, to: point.day) : sameDay(point.day)
            return moved
        }
        // An evening to midnight ends the day after its own, whatever the new year makes of 29 February.
        if points.count == 2, points[0].time != nil, points[1].isMidnight(ending: points[0].day) {
            moved[1].day = CalendarMath.adding(days: 1, to: moved[0].day)
        }
        // Summer time starts and ends on other days next year: a zone written is the one the clocks show.
        for index in moved.indices where moved[index].zone == .bst || moved[index].zone == .gmt {
            moved[index].zone = CalendarMath.isBritishSummerTime(on: moved[index].day, at: moved[index].time) ? .bst : .gmt
        }
        return moved
    }

    /// Whether `read` (the moved text, read again) means what `expected` says: the same days, times and zones.
    static func agrees(_ read: DateExpression, _ expected: DateExpression) -> Bool {
        func points(_ e: DateExpression) -> [String] {
            e.points.map { "\($0.day) \($0.time.map { "\($0.hour):\($0.minute)" } ?? "-") \($0.zone?.rawValue ?? "-")" }
        }
        func shape(_ e: DateExpression) -> String {
            switch e {
            case .point: return "point"
            case .range: return "range"
            case .weekCommencing: return "week"
            case .months: return "months"
            case .vague: return "vague"
            case .ongoing: return "ongoing"
            case .usually(let inner): return "usually " + shape(inner)
            case .academicYear: return "academic"
            case .relative: return "relative"
            }
        }
        return shape(read) == shape(expected) && read.earliestDay == expected.earliestDay
            && read.latestDay == expected.latestDay && points(read) == points(expected)
    }
}
