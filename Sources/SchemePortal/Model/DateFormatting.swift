/// How dates are written for readers and machines. Pages, calendar files and the messages of the date
/// rules all use these, so a date reads the same in each.
enum DateFormatting {
    /// "12:00 GMT, Monday 19 December 2022"; ranges and months in words; vague dates as written.
    static func display(_ when: DateExpression) -> String {
        switch when {
        case .point(let p): return words(p)
        case .range(let a, let b):
            let (start, end) = rangeWords(a, b)
            return "\(start) to \(end)"
        case .weekCommencing(let p): return "Week commencing \(words(p))"
        case .months(let from, let through):
            if through.isLastOfItsMonth, from.year == through.year, from.month == through.month { return from.writtenMonth }
            return "\(from.writtenMonth) to \(monthsEnd(through))"
        case .vague(let text, _, _): return text
        }
    }

    /// A range's two ends in words. Two times on one day name the day once, after the second time:
    /// "14:00 to 16:00 UK time, Tuesday 6 June 2028"; the zone is said once too when both ends share it.
    static func rangeWords(_ a: DatePoint, _ b: DatePoint) -> (start: String, end: String) {
        guard a.day == b.day, let first = a.time, b.time != nil else { return (words(a), words(b)) }
        return (zoneName(a) == zoneName(b) ? clock(first) : "\(clock(first)) \(zoneName(a))", words(b))
    }

    /// The end of months in words: the month ("August 2023"), or the day when one is stated
    /// ("Thursday 24 August 2023", from "February to 24 August 2023").
    static func monthsEnd(_ through: CalendarDay) -> String {
        through.isLastOfItsMonth ? through.writtenMonth : words(DatePoint(day: through))
    }

    /// "12:00 UK time, Monday 19 December 2022", or the day alone when no time is given.
    static func words(_ point: DatePoint) -> String {
        let day = "\(CalendarMath.weekday(of: point.day).name) \(point.day.written)"
        guard let time = point.time else { return day }
        return "\(clock(time)) \(zoneName(point)), \(day)"
    }

    /// "UK time" for a time written without a zone, else the zone as written ("GMT", "BST", "UTC").
    static func zoneName(_ point: DatePoint) -> String {
        point.zone.map { $0 == .ukLocal ? "UK time" : $0.rawValue } ?? "UK time"
    }

    /// "09:05": the 24-hour clock, as UK government style writes times.
    static func clock(_ time: TimeOfDay) -> String {
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        let hour = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
        return "\(hour):\(minute)"
    }

    /// "2022-12-19T12:00Z" or "2022-06-19T12:00+01:00": a time without a zone is UK time on that date.
    static func machine(_ point: DatePoint) -> String {
        guard let time = point.time else { return point.day.description }
        let offset: String
        switch point.zone {
        case .bst?: offset = "+01:00"
        case .gmt?, .utc?: offset = "Z"
        default: offset = CalendarMath.isBritishSummerTime(on: point.day, at: time) ? "+01:00" : "Z"
        }
        return "\(point.day.description)T\(clock(time))\(offset)"
    }

    /// "Deadline", "Opens": the word a page and a calendar entry put before a key date.
    static func kindLabel(_ kind: KeyDate.Kind) -> String {
        switch kind {
        case .opens: return "Opens"
        case .deadline: return "Deadline"
        case .event: return "Event"
        case .period: return "Period"
        case .milestone: return "Milestone"
        }
    }
}
