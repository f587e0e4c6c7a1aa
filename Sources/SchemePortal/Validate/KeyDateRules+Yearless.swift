/// A weekday written with a date that has no year ("Tuesday 6 October" in an intake's pattern) is checked
/// in the year the date was given (the intake's, or the cohort's). Either the weekday is wrong, or the
/// date belongs to another year: the message names the years where that day does fall on that weekday.
extension KeyDateRules {
    func yearlessWeekday(_ point: DatePoint, of keyDate: KeyDate) -> Diagnostic? {
        guard let source = point.yearFrom, let written = point.writtenWeekday else { return nil }
        let actual = CalendarMath.weekday(of: point.day)
        guard written != actual else { return nil }
        let dayMonth = "\(point.day.day) \(CalendarDay.monthNames[point.day.month - 1])"
        let years = Self.yearsFitting(point.day, weekday: written)
        let elsewhere = years.isEmpty ? ""
            : "; \(dayMonth) is a \(written.name) in \(years.map(String.init).joined(separator: " and "))"
        return diagnostic(.dateYearlessWeekday, .error, keyDate, offset: point.offset,
                          "\(written.name) \(dayMonth) is a \(actual.name) in \(point.day.year) (\(source.described))\(elsewhere)",
                          hint: "correct the weekday, or write the year")
    }

    /// The two years nearest `day`'s in which its day and month fall on `weekday` (the earlier at a tie),
    /// in order; each day and month has its weekday at least every eleven years, 29 February aside.
    static func yearsFitting(_ day: CalendarDay, weekday: Weekday) -> [Int] {
        let candidates = (1...28).flatMap { [day.year - $0, day.year + $0] }.filter { year in
            DateGrammar.years.contains(year)
                && CalendarMath.day(year: year, month: day.month, day: day.day).map { CalendarMath.weekday(of: $0) == weekday } ?? false
        }
        return Array(candidates.prefix(2)).sorted()
    }
}
