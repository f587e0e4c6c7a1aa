/// A reminder on an event (VALARM, ACTION:DISPLAY), this many minutes after the event's start
/// (negative: before it).
struct CalendarAlarm: Hashable, Sendable {
    var minutesFromStart: Int
    var description: String
}

/// When a deadline reminds its readers: a day and a week before it. A timed deadline reminds at its own
/// time; a deadline that is a whole day reminds at 09:00, since a reminder at midnight is one nobody
/// sees. Triggers count from the event's start, the one form every calendar reads (Outlook ignores
/// `RELATED=END` and keeps only the first reminder, so the day before comes first).
extension KeyDateCalendar {
    /// How many days before a deadline each reminder comes, and what it says then.
    static let reminderDays: [(days: Int, when: String)] = [(1, "Tomorrow"), (7, "In a week")]

    /// The hour an all-day deadline's reminders come at.
    static let reminderHour = 9

    static func reminders(_ keyDate: KeyDate, start: CalendarTime, end: CalendarTime, summary: String) -> [CalendarAlarm] {
        guard keyDate.kind == .deadline else { return [] }
        let startMinute = minuteNumber(start)
        let display = DateFormatting.display(keyDate.when)
        return reminderDays.map { days, when in
            let moment: Int
            if case .day(let exclusiveEnd) = end {
                // The last day of the deadline, less the days, at the reminder hour.
                moment = (CalendarMath.dayNumber(exclusiveEnd) - 1 - days) * 1440 + reminderHour * 60
            } else {
                moment = minuteNumber(end) - days * 1440
            }
            return CalendarAlarm(minutesFromStart: moment - startMinute, description: "\(when): \(summary) (\(display))")
        }
    }

    /// Minutes since the epoch of `CalendarMath.dayNumber`, read as a wall clock: the start and the end of
    /// one event are in the same zone, so their difference is what the clock shows between them.
    static func minuteNumber(_ time: CalendarTime) -> Int {
        switch time {
        case .day(let d): return CalendarMath.dayNumber(d) * 1440
        case .london(let d, let t), .utc(let d, let t): return CalendarMath.dayNumber(d) * 1440 + t.hour * 60 + t.minute
        }
    }
}
