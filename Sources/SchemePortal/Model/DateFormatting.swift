/// How dates are written for readers and machines. Pages, calendar files and the messages of the date
/// rules all use these, so a date reads the same in each.
enum DateFormatting {
    /// "12:00 GMT, Monday 19 December 2022"; ranges and months in words; vague dates as written.
    static func display(_ when: DateExpression) -> String {
        switch when {
        case .point(let p): return words(p)
        case .range(let a, let b): return "\(words(a)) to \(words(b))"
        case .weekCommencing(let p): return "Week commencing \(words(p))"
        case .months(let from, let through):
            return from.year == through.year && from.month == through.month
                ? from.writtenMonth : "\(from.writtenMonth) to \(through.writtenMonth)"
        case .vague(let text, _, _): return text
        }
    }

    /// "12:00 UK time, Monday 19 December 2022", or the day alone when no time is given.
    static func words(_ point: DatePoint) -> String {
        let day = "\(CalendarMath.weekday(of: point.day).name) \(point.day.written)"
        guard let time = point.time else { return day }
        let zone = point.zone.map { $0 == .ukLocal ? "UK time" : $0.rawValue } ?? "UK time"
        return "\(clock(time)) \(zone), \(day)"
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
