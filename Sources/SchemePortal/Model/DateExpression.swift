/// A day in the proleptic Gregorian calendar, with no time zone: key dates are UK civil dates.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 form, `2023-03-02`.
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

public struct TimeOfDay: Hashable, Comparable, Sendable {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { (lhs.hour, lhs.minute) < (rhs.hour, rhs.minute) }

    /// 00:00, the start of a day, which is also the end of the one before.
    public static let midnight = TimeOfDay(hour: 0, minute: 0)
    /// 23:59, the time staff write for "by the end of the day".
    public static let lastMinute = TimeOfDay(hour: 23, minute: 59)
}

/// The zone a time was written in. UK documents write "BST" or "GMT", or nothing for UK local time.
public enum ZoneMark: String, Hashable, Sendable {
    case bst = "BST"
    case gmt = "GMT"
    case utc = "UTC"
    case ukLocal = "local"
}

public enum Weekday: Int, Hashable, Sendable, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    public var name: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][rawValue - 1]
    }
}

/// One end of a date: a day, optionally with a time, and what the author wrote around it.
public struct DatePoint: Hashable, Sendable {
    public var day: CalendarDay
    public var time: TimeOfDay?
    public var zone: ZoneMark?
    /// The weekday the author wrote next to the date ("Monday 11 March 2024"), checked by the date rules.
    public var writtenWeekday: Weekday?
    /// Column offset (0-based, in Unicode scalars) of this point inside the date text, for located messages.
    public var offset: Int
    /// Where the year came from when none was written ("Tuesday 6 October" in an intake's pattern), so a
    /// weekday that does not fit is reported as a year-less date's.
    public var yearFrom: YearSource?

    public init(day: CalendarDay, time: TimeOfDay? = nil, zone: ZoneMark? = nil,
                writtenWeekday: Weekday? = nil, offset: Int = 0) {
        self.day = day
        self.time = time
        self.zone = zone
        self.writtenWeekday = writtenWeekday
        self.offset = offset
    }

    /// Whether this is the midnight that ends `day`: 00:00 on the day after. A range ending so
    /// (‘19:00–midnight, Tuesday 9 March 2027’) is on `day` alone: its reading, its words, its last day and
    /// how it moves a year on all follow from this one test.
    public func isMidnight(ending day: CalendarDay) -> Bool {
        time == .midnight && self.day == CalendarMath.adding(days: 1, to: day)
    }
}

/// What a key date's text means, as read by `DateGrammar`.
public enum DateExpression: Hashable, Sendable {
    /// A single day, with or without a time ("2 March 2023", "12:00 BST, 19 December 2022").
    case point(DatePoint)
    /// A span of days, both ends inclusive ("26 January 2023 – 9 February 2023").
    case range(DatePoint, DatePoint)
    /// The week commencing a day ("w/c 2 January 2023").
    case weekCommencing(DatePoint)
    /// Whole months, inclusive ("May to October 2024", "March 2023"); `through` is the last day of the
    /// last month, or the day written when the months end on one ("February to 24 August 2023").
    case months(from: CalendarDay, through: CalendarDay)
    /// Shown as written and never put in a calendar ("Summer 2023", "Spring 2024").
    /// The bounds are the earliest and latest days it could mean, used only for ordering.
    case vague(text: String, earliest: CalendarDay, latest: CalendarDay)
    /// Open-ended, such as applications taken all year ("ongoing", "rolling", "all year",
    /// "throughout the year"): shown as written, never in a calendar, first on a timeline.
    case ongoing(text: String)
    /// A date the scheme keeps to most years but does not promise ("usually January 2027"): shown with
    /// its qualifier, its days read as usual for ordering, and, being no commitment, never in a calendar.
    indirect case usually(DateExpression)
    /// An academic year ("academic year 2026-27", "2026/27 academic year"): 1 September to 31 August,
    /// shown as written, and in calendars as those days.
    case academicYear(text: String, from: CalendarDay, through: CalendarDay)
    /// Counted from another key date of the scheme ("6 months after ‘Relationships end’"). The grammar
    /// reads the count and the label; `resolved` is the date it comes to, filled in once the scheme's key
    /// dates are loaded (nil until then, or when the date it counts from is open-ended).
    indirect case relative(RelativeDate, resolved: DateExpression?)

    /// The first day this could mean; used to order a timeline.
    public var earliestDay: CalendarDay {
        switch self {
        case .point(let p), .range(let p, _), .weekCommencing(let p): return p.day
        case .months(let from, _): return from
        case .vague(_, let earliest, _): return earliest
        case .ongoing: return Self.openEnded.lowerBound
        case .usually(let inner): return inner.earliestDay
        case .academicYear(_, let from, _): return from
        case .relative(_, let resolved): return resolved?.earliestDay ?? Self.openEnded.lowerBound
        }
    }

    /// The last day this could mean. A range that ends at 00:00 on a later day (‘19:00–midnight’) ends with
    /// the day before: none of that day is in it, so it is past once that day begins.
    public var latestDay: CalendarDay {
        switch self {
        case .point(let p): return p.day
        case .range(let start, let end):
            return end.time == .midnight && end.day > start.day ? CalendarMath.adding(days: -1, to: end.day) : end.day
        case .weekCommencing(let p): return CalendarMath.adding(days: 6, to: p.day)
        case .months(_, let through): return through
        case .vague(_, _, let latest): return latest
        case .ongoing: return Self.openEnded.upperBound
        case .usually(let inner): return inner.latestDay
        case .academicYear(_, _, let through): return through
        case .relative(_, let resolved): return resolved?.latestDay ?? Self.openEnded.upperBound
        }
    }

    /// The days an open-ended date could mean: every day a date may be in.
    static let openEnded = CalendarDay(year: DateGrammar.years.lowerBound, month: 1, day: 1)
        ... CalendarDay(year: DateGrammar.years.upperBound, month: 12, day: 31)

    /// Shown as written, or with its qualifier, and put in no calendar: vague, open-ended and "usually"
    /// dates, and a date counted from one of those.
    public var isVague: Bool {
        switch self {
        case .vague, .ongoing, .usually: return true
        case .relative(_, let resolved): return resolved?.isVague ?? true
        case .point, .range, .weekCommencing, .months, .academicYear: return false
        }
    }

    /// Whether this is open-ended ("ongoing"), with or without a qualifier.
    public var isOngoing: Bool {
        switch self {
        case .ongoing: return true
        case .usually(let inner): return inner.isOngoing
        default: return false
        }
    }

    /// Whether the days this means are exact days (a relative date counted from it falls on a day).
    var isExactDays: Bool {
        switch self {
        case .point, .range, .weekCommencing: return true
        case .relative(_, let resolved): return resolved?.isExactDays ?? false
        case .months, .vague, .ongoing, .usually, .academicYear: return false
        }
    }

    /// Every written point, for rules that check weekdays and zones.
    public var points: [DatePoint] {
        switch self {
        case .point(let p), .weekCommencing(let p): return [p]
        case .range(let a, let b): return [a, b]
        case .usually(let inner): return inner.points
        // A relative date's day is computed, so it has nothing written to check.
        case .months, .vague, .ongoing, .academicYear, .relative: return []
        }
    }
}

extension CalendarDay {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// "19 December 2022", the form UK readers expect.
    public var written: String { "\(day) \(Self.monthNames[month - 1]) \(year)" }

    /// "December 2022".
    public var writtenMonth: String { "\(Self.monthNames[month - 1]) \(year)" }

    /// Whether this is the last day of its month, as whole months end.
    public var isLastOfItsMonth: Bool { day == CalendarMath.daysInMonth(month, year: year) }
}
