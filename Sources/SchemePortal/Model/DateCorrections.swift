/// Where the mistake is itself a date, the date the author most likely meant, in words they can paste.
/// Each correction is checked against the calendar, and any weekday it shows is the day's own: a
/// correction that earned a new error would be worse than none.
enum DateCorrections {
    /// `31 June 2027`: the month's last day, or the first of the next (a day counted past the end);
    /// `0 June 2027`: the first, or the day before. With a weekday written, the candidate on that weekday
    /// if there is one. Nil for a day too far out to guess (`45 June`).
    static func impossibleDay(_ day: Int, month: Int, year: Int, weekday: Weekday?) -> String? {
        guard (1...12).contains(month) else { return nil }
        let length = CalendarMath.daysInMonth(month, year: year)
        let first = CalendarDay(year: year, month: month, day: 1)
        let last = CalendarDay(year: year, month: month, day: length)
        let candidates: [CalendarDay]
        if day == 0 {
            candidates = [first, CalendarMath.adding(days: -1, to: first)]
        } else if day > length, day <= 31 {
            candidates = [last, CalendarMath.adding(days: 1, to: last)]
        } else {
            return nil
        }
        return didYouMean(candidates, weekday: weekday)
    }

    /// `03/04/2025`: 3 April as the UK reads it, 4 March as the US does; a written weekday that fits one
    /// reading decides. Without a year, the readings fall in the cohort's year.
    static func numeric(_ first: Int, _ second: Int, year: Int?, weekday: Weekday?, examples: DateExamples) -> String {
        func reading(day: Int, month: Int) -> CalendarDay? {
            guard (1...12).contains(month) else { return nil }
            let y = year ?? examples.year(month: month, day: day)
            return CalendarMath.day(year: y, month: month, day: day)
        }
        let uk = reading(day: first, month: second), us = reading(day: second, month: first)
        var readings = [uk, us].compactMap { $0 }
        if uk == us { readings = uk.map { [$0] } ?? [] }
        if let weekday, let fitting = readings.first(where: { CalendarMath.weekday(of: $0) == weekday }) { readings = [fitting] }
        func shown(_ day: CalendarDay) -> String { weekday == nil ? day.written : DateExamples.withWeekday(day) }
        switch readings.count {
        case 0:
            return "write the month as a word, as in “\(examples.written(19, 12))”"
        case 1:
            return "write the month as a word, as in “\(shown(readings[0]))” (or “\(readings[0])”)"
        default:
            return "write the month as a word: “\(shown(readings[0]))” as the UK reads it, or “\(shown(readings[1]))” if the month came first"
        }
    }

    /// `2027-31-03`: year-day-month, when that reading is a day.
    static func isoSwapped(year: Int, _ middle: Int, _ last: Int) -> String? {
        guard let day = CalendarMath.day(year: year, month: last, day: middle) else { return nil }
        return "ISO 8601 dates are year-month-day: did you mean “\(day)” (\(day.written))?"
    }

    /// `Monday 11 March 2025` (a Tuesday): the date as the weekday leaves it, and the nearest day that is
    /// the weekday written, one of which is what the author meant.
    static func wrongWeekday(_ day: CalendarDay, written: Weekday) -> String {
        let actual = CalendarMath.weekday(of: day).rawValue
        var shift = written.rawValue - actual
        if shift > 3 { shift -= 7 }
        if shift < -3 { shift += 7 }
        let other = CalendarMath.adding(days: shift, to: day)
        return "write “\(DateExamples.withWeekday(day))”, or “\(DateExamples.withWeekday(other))” if the \(written.name) is right"
    }

    private static func didYouMean(_ candidates: [CalendarDay], weekday: Weekday?) -> String {
        var shown = candidates
        if let weekday, let fitting = candidates.first(where: { CalendarMath.weekday(of: $0) == weekday }) { shown = [fitting] }
        let words = shown.map { weekday == nil ? $0.written : DateExamples.withWeekday($0) }
        return "did you mean \(words.joined(separator: " or "))?"
    }
}
