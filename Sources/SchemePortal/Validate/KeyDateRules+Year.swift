/// Which of two dates that cannot both be right (applications opening after their deadline) carries the
/// wrong year: the one whose year, put right, leaves the key dates in the order they are written, and
/// else the one whose corrected year is in the scheme's cohort. The message goes there, at the line to
/// change, rather than at the date that was right.
extension KeyDateRules {
    enum Culprit {
        case opening(year: Int)
        case deadline(year: Int)
    }

    static func culprit(opening: KeyDate, deadline: KeyDate, in scheme: Scheme) -> Culprit {
        let openingDay = opening.when.earliestDay
        let deadlineDay = deadline.when.latestDay
        // Key dates are ordered by their first day; one of the two moved to the other's year.
        func inversions(moving keyDate: KeyDate, to year: Int) -> Int {
            guard let day = moved(keyDate.when.earliestDay, to: year) else { return Int.max }
            let days = scheme.keyDates.filter { !$0.when.isVague }.map { $0.location == keyDate.location ? day : $0.when.earliestDay }
            return zip(days, days.dropFirst()).filter { $0.0 > $0.1 }.count
        }
        let ifOpening = inversions(moving: opening, to: deadlineDay.year)
        let ifDeadline = inversions(moving: deadline, to: openingDay.year)
        if ifDeadline != ifOpening {
            return ifDeadline < ifOpening ? .deadline(year: openingDay.year) : .opening(year: deadlineDay.year)
        }
        let cohort = Set(scheme.cohort.map(DateExamples.years) ?? [])
        if cohort.contains(openingDay.year), !cohort.contains(deadlineDay.year) { return .deadline(year: openingDay.year) }
        return .opening(year: deadlineDay.year)
    }

    /// The same day and month in `year`, when that is a day (29 February is not, most years).
    static func moved(_ day: CalendarDay, to year: Int) -> CalendarDay? {
        CalendarMath.day(year: year, month: day.month, day: day.day)
    }
}
