/// The dates that date messages suggest. A fixed example year was in the past within months, and an
/// example with a weekday or a zone that does not fit its date (“12:00 BST, 19 December”) earns, once
/// copied, an error of its own. So examples fall in the scheme's cohort, or from the build's reference day,
/// and any weekday or zone they show is worked out for the day.
public struct DateExamples: Sendable, Hashable {
    /// The cohort's years, first to last: `2026-27` is [2026, 2027].
    let cohortYears: [Int]
    let today: CalendarDay?

    /// The year used when there is neither a cohort nor a reference day (a grammar made without context).
    static let fallbackYear = 2024

    public static let standard = DateExamples(cohort: nil, today: nil)

    public init(cohort: String?, today: CalendarDay?) {
        cohortYears = cohort.map(Self.years) ?? []
        self.today = today
    }

    /// `2022-23`, `2022/23`, `2022–2023`, `2024`, `Cohort 3 (2025)`: the four-digit years, and a two-digit
    /// year after one. A second year that does not follow the first is not a cohort's.
    static func years(in cohort: String) -> [Int] {
        var years: [Int] = []
        var digits = ""
        var afterYear = false
        for character in cohort + " " {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            if digits.count == 4, let year = Int(digits), DateGrammar.years.contains(year) {
                years.append(year)
                afterYear = true
            } else if digits.count == 2, afterYear, let last = years.last, let short = Int(digits) {
                years.append(last / 100 * 100 + short)
            } else if !digits.isEmpty {
                afterYear = false
            }
            digits = ""
        }
        guard let first = years.first else { return [] }
        if years.count > 1, years[1] == first + 1 { return [first, years[1]] }
        return [first]
    }

    /// The year a day in `month` is suggested in: a two-year cohort runs like an academic year, with
    /// September to December in its first year; without a cohort, the next such day from the reference day.
    public func year(month: Int, day: Int = 1) -> Int {
        if cohortYears.count == 2 { return month >= 9 ? cohortYears[0] : cohortYears[1] }
        if let year = cohortYears.first { return year }
        guard let today else { return Self.fallbackYear }
        return (month, day) < (today.month, today.day) ? today.year + 1 : today.year
    }

    /// The year written once at the end of a range without one: its start's, or across New Year its end's,
    /// so the whole range falls as the single dates would.
    public func year(from first: (month: Int, day: Int), to last: (month: Int, day: Int)) -> Int {
        last.month < first.month ? year(month: last.month, day: last.day) : year(month: first.month, day: first.day)
    }

    /// A day in a month (the day kept within the month), in the year it is suggested in.
    public func day(_ day: Int, _ month: Int) -> CalendarDay {
        let year = year(month: month, day: day)
        return CalendarDay(year: year, month: month, day: min(max(day, 1), CalendarMath.daysInMonth(month, year: year)))
    }

    /// `19 December 2026`.
    public func written(_ day: Int, _ month: Int) -> String { self.day(day, month).written }

    /// `2026-03-02`.
    public func iso(_ day: Int, _ month: Int) -> String { self.day(day, month).description }

    /// `12:00 GMT, 19 December 2026`: the zone that is in force that day, so the example can be copied.
    public var timeOnDay: String {
        let day = self.day(19, 12)
        return "12:00 \(CalendarMath.isBritishSummerTime(on: day) ? "BST" : "GMT"), \(day.written)"
    }

    /// The hint for text that is not a date at all.
    public var general: String {
        let day = written(19, 12)
        return "write a date such as “\(day)” or “12:00, \(day)”"
    }

    /// `Tuesday 11 March 2025`: a weekday is only ever shown with the day it is.
    static func withWeekday(_ day: CalendarDay) -> String {
        "\(CalendarMath.weekday(of: day).name) \(day.written)"
    }
}
