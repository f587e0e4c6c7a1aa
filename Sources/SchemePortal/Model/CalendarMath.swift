/// Calendar arithmetic on civil dates, without Foundation's time zones, so the results never depend
/// on the machine's settings.
public enum CalendarMath {
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(_ month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The day, when it is one (not 31 June, nor 29 February in most years).
    public static func day(year: Int, month: Int, day: Int) -> CalendarDay? {
        isValid(year: year, month: month, day: day) ? CalendarDay(year: year, month: month, day: day) : nil
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= daysInMonth(month, year: year)
    }

    /// Days since 1970-01-01 (negative before it).
    public static func dayNumber(_ d: CalendarDay) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = d.month <= 2 ? d.year - 1 : d.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (d.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + d.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public static func day(fromNumber z0: Int) -> CalendarDay {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return CalendarDay(year: m <= 2 ? y + 1 : y, month: m, day: d)
    }

    public static func adding(days: Int, to d: CalendarDay) -> CalendarDay {
        day(fromNumber: dayNumber(d) + days)
    }

    public static func weekday(of d: CalendarDay) -> Weekday {
        // 1970-01-01 was a Thursday.
        let n = ((dayNumber(d) % 7) + 7 + 3) % 7
        return Weekday(rawValue: n + 1)!
    }

    /// The last Sunday of a month: UK summer time starts on March's and ends on October's.
    public static func lastSunday(ofMonth month: Int, year: Int) -> CalendarDay {
        let last = CalendarDay(year: year, month: month, day: daysInMonth(month, year: year))
        let back = (weekday(of: last).rawValue % 7)
        return adding(days: -back, to: last)
    }

    /// Whether British Summer Time is in force at `time` on `day` (UK local clock), per the rules in
    /// force since 1996: from 01:00 GMT on the last Sunday of March to 01:00 GMT on the last Sunday of October.
    public static func isBritishSummerTime(on day: CalendarDay, at time: TimeOfDay? = nil) -> Bool {
        let start = lastSunday(ofMonth: 3, year: day.year)
        let end = lastSunday(ofMonth: 10, year: day.year)
        let t = time ?? TimeOfDay(hour: 12, minute: 0)
        if day == start { return t >= TimeOfDay(hour: 2, minute: 0) }
        if day == end { return t < TimeOfDay(hour: 2, minute: 0) }
        return day > start && day < end
    }
}
