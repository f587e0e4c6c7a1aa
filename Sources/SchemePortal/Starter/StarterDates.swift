/// The key dates of a starter scheme, placed from the day it is made. Every date is ahead of that day,
/// on a weekday, written in date order, with the zone UK clocks will show and the weekday it falls on, and
/// every event falls inside the scheme's months: so `portal check --strict` has nothing to say about them,
/// whatever the day (`StarterDatesTests` makes a portal on every day of two years to prove it).
public struct StarterDates: Sendable, Equatable {
    public let today: CalendarDay
    public let opens: CalendarDay
    /// At 12:00 UK time.
    public let deadline: CalendarDay
    /// A Monday: applicants hear in the week it begins.
    public let outcomeWeek: CalendarDay
    public let choicesDeadline: CalendarDay
    public let firstMeetingsFrom: CalendarDay
    public let firstMeetingsTo: CalendarDay
    /// The first day of the scheme's first month and the last day of its last (six months).
    public let runsFrom: CalendarDay
    public let runsTo: CalendarDay
    public let launch: CalendarDay
    public let ends: CalendarDay
    /// The month after the scheme ends, when the evaluation is due (written vaguely: "late March 2027").
    public let evaluationMonth: CalendarDay

    public init(today: CalendarDay) {
        self.today = today
        // Two weeks' notice before the call opens, four weeks to apply: a coordinator has time to edit
        // the text, and the home page shows the scheme as upcoming.
        opens = Self.weekday(onOrAfter: CalendarMath.adding(days: 14, to: today))
        deadline = Self.weekday(onOrAfter: CalendarMath.adding(days: 28, to: opens))
        outcomeWeek = Self.next(.monday, onOrAfter: CalendarMath.adding(days: 7, to: deadline))
        choicesDeadline = CalendarMath.adding(days: 4 + 7, to: outcomeWeek) // the Friday of the following week
        firstMeetingsFrom = CalendarMath.adding(days: 3, to: choicesDeadline) // the Monday after
        firstMeetingsTo = CalendarMath.adding(days: 11, to: firstMeetingsFrom) // the Friday a week later
        runsFrom = Self.firstDay(ofMonthAfter: firstMeetingsTo)
        runsTo = CalendarMath.adding(days: -1, to: Self.adding(months: 6, to: runsFrom))
        // The second Tuesday of the first month: inside the scheme's months, after the first meetings.
        launch = Self.next(.tuesday, onOrAfter: CalendarMath.adding(days: 7, to: runsFrom))
        ends = Self.previous(.friday, onOrBefore: runsTo)
        evaluationMonth = Self.firstDay(ofMonthAfter: runsTo)
    }

    /// "2026-27" when the scheme's months span two years, else "2026".
    public var cohort: String {
        guard runsFrom.year != runsTo.year else { return "\(runsFrom.year)" }
        let next = runsTo.year % 100
        return "\(runsFrom.year)-\(next < 10 ? "0" : "")\(next)"
    }

    /// UK clocks change on Sundays, so a weekday's noon is safely in one zone or the other.
    public var deadlineZone: String {
        CalendarMath.isBritishSummerTime(on: deadline, at: TimeOfDay(hour: 12, minute: 0)) ? "BST" : "GMT"
    }

    // The dates as a coordinator would write them, in the forms `docs/content-format.md` lists.

    public var opensText: String { Self.withWeekday(opens) }
    public var deadlineText: String { "12:00 \(deadlineZone), \(Self.withWeekday(deadline))" }
    public var outcomeWeekText: String { "w/c \(outcomeWeek.written)" }
    public var choicesDeadlineText: String { Self.withWeekday(choicesDeadline) }
    public var firstMeetingsText: String { "\(firstMeetingsFrom.written) – \(firstMeetingsTo.written)" }
    public var runsText: String { "\(runsFrom.writtenMonth) to \(runsTo.writtenMonth)" }
    public var launchText: String { "10:00–12:00, \(Self.withWeekday(launch))" }
    public var endsText: String { Self.withWeekday(ends) }
    public var evaluationText: String { "late \(evaluationMonth.writtenMonth)" }

    static func withWeekday(_ day: CalendarDay) -> String {
        "\(CalendarMath.weekday(of: day).name) \(day.written)"
    }

    static func weekday(onOrAfter day: CalendarDay) -> CalendarDay {
        var day = day
        while CalendarMath.weekday(of: day).rawValue > Weekday.friday.rawValue { day = CalendarMath.adding(days: 1, to: day) }
        return day
    }

    static func next(_ weekday: Weekday, onOrAfter day: CalendarDay) -> CalendarDay {
        let ahead = (weekday.rawValue - CalendarMath.weekday(of: day).rawValue + 7) % 7
        return CalendarMath.adding(days: ahead, to: day)
    }

    static func previous(_ weekday: Weekday, onOrBefore day: CalendarDay) -> CalendarDay {
        let back = (CalendarMath.weekday(of: day).rawValue - weekday.rawValue + 7) % 7
        return CalendarMath.adding(days: -back, to: day)
    }

    static func firstDay(ofMonthAfter day: CalendarDay) -> CalendarDay {
        adding(months: 1, to: CalendarDay(year: day.year, month: day.month, day: 1))
    }

    /// `months` months after the first day of a month.
    static func adding(months: Int, to first: CalendarDay) -> CalendarDay {
        let index = first.year * 12 + (first.month - 1) + months
        return CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)
    }
}
