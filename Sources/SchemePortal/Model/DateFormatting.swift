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
        case .vague(let text, _, _), .academicYear(let text, _, _): return text
        case .ongoing(let text): return capitalised(text)
        case .usually(let inner): return "Usually \(lowerFirst(inner))"
        case .relative(let relative, let resolved): return capitalised(relativeWords(relative, resolved))
        }
    }

    /// "6 months after ‘Relationships end’ (Tuesday 28 February 2023)", "within 2 months after
    /// ‘Application deadline’ (by Sunday 19 February 2023)", "… (about March 2025)": the count as written,
    /// and the date it comes to.
    static func relativeWords(_ relative: RelativeDate, _ resolved: DateExpression?) -> String {
        let count = "\(relative.countWords) ‘\(relative.label)’"
        guard let resolved else { return count }
        let comes: String
        switch resolved {
        case .point(let p): comes = words(p)
        case .range(let a, let b): comes = relative.isBefore ? "from \(words(a))" : "by \(words(b))"
        case .vague(let text, _, _) where relative.isWithin: comes = relative.isBefore ? "from \(text)" : "by \(text)"
        default: comes = display(resolved)
        }
        return "\(count) (\(comes))"
    }

    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A date's words after "Usually", not capitalised where only the start of a sentence would be:
    /// "Usually week commencing Monday 4 January 2027", "Usually January 2027".
    static func lowerFirst(_ inner: DateExpression) -> String {
        switch inner {
        case .weekCommencing(let p): return "week commencing \(words(p))"
        case .ongoing(let text): return text
        case .relative(let relative, let resolved): return relativeWords(relative, resolved)
        default: return display(inner)
        }
    }

    /// A range's two ends in words. Two times on one day name the day once, after the second time:
    /// "14:00 to 16:00 UK time, Tuesday 6 June 2028"; the zone is said once too when both ends share it.
    /// A range from a time to the midnight that ends that day is said so: "19:00 to midnight UK time,
    /// Tuesday 6 June 2028" (the calendar ends it at 00:00 the next day).
    static func rangeWords(_ a: DatePoint, _ b: DatePoint) -> (start: String, end: String) {
        guard let first = a.time, b.time != nil else { return (words(a), words(b)) }
        let start = zoneName(a) == zoneName(b) ? clock(first) : "\(clock(first)) \(zoneName(a))"
        if a.day == b.day { return (start, words(b)) }
        if b.isMidnight(ending: a.day) {
            return (start, "midnight \(zoneName(b)), \(DateExamples.withWeekday(a.day))")
        }
        return (words(a), words(b))
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

    /// " BST", " GMT", " UTC" after a time in a suggestion, or nothing for UK time: the zone as the author wrote it.
    static func writtenZone(_ point: DatePoint) -> String {
        point.zone.flatMap { $0 == .ukLocal ? nil : " \($0.rawValue)" } ?? ""
    }

    /// "UK time" for a time written without a zone, else the zone as written ("GMT", "BST", "UTC").
    static func zoneName(_ point: DatePoint) -> String {
        point.zone.map { $0 == .ukLocal ? "UK time" : $0.rawValue } ?? "UK time"
    }

    /// "st", "nd", "rd" or "th": what follows a number written as an ordinal (1st, 12th, 22nd).
    static func ordinalSuffix(_ number: Int) -> String {
        if (11...13).contains(number % 100) { return "th" }
        switch number % 10 {
        case 1: return "st"
        case 2: return "nd"
        case 3: return "rd"
        default: return "th"
        }
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
