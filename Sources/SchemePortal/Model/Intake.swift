/// One intake of a scheme that takes people in more than once ("January 2027", "July 2027"): its name
/// and the day its relationships start. Its dates are the scheme's `intake_dates` placed in its years.
public struct Intake: Sendable {
    public var name: String
    public var starts: CalendarDay
    /// `starts:` as written, shown on the page and in the "Intake starts" key date.
    public var startsText: String
    public var location: SourceLocation

    public init(name: String, starts: CalendarDay, startsText: String, location: SourceLocation) {
        self.name = name
        self.starts = starts
        self.startsText = startsText
        self.location = location
    }

    /// The label of the key date each intake gets for its start, which `intake_dates` may count from
    /// ("6 months after ‘Intake starts’").
    public static let startLabel = "Intake starts"

    /// "the July 2027 intake", for messages and calendar entries.
    public var described: String { "the \(name) intake" }
}

/// A date of the intake pattern, as written (without a year): one row of the pattern's table.
public struct IntakeDate: Sendable {
    public var label: String
    public var text: String
    public var kind: KeyDate.Kind
    public var side: String?

    public init(label: String, text: String, kind: KeyDate.Kind, side: String? = nil) {
        self.label = label
        self.text = text
        self.kind = kind
        self.side = side
    }
}

/// Where a date written without a year takes its year from: an intake's start, or the scheme's cohort.
public enum YearSource: Hashable, Sendable {
    /// The year that puts the day nearest the intake's start; at a tie (the day falls exactly as far
    /// before as after), the year before the start, since an intake's dates mostly lead up to it.
    case intake(name: String, starts: CalendarDay)
    /// A cohort's years: `2026-27` puts September to December in 2026 and January to August in 2027,
    /// as an academic year runs; `2027` puts every month in 2027.
    case cohort(name: String, years: [Int])

    /// The cohort's year source, when its name gives a year.
    public static func cohort(_ cohort: String?) -> YearSource? {
        guard let cohort else { return nil }
        let years = DateExamples.years(in: cohort)
        return years.isEmpty ? nil : .cohort(name: cohort, years: years)
    }

    /// The year a day of `month` falls in.
    public func year(month: Int, day: Int) -> Int {
        switch self {
        case .cohort(_, let years):
            if years.count == 2 { return month >= 9 ? years[0] : years[1] }
            return years[0]
        case .intake(_, let starts):
            let start = CalendarMath.dayNumber(starts)
            func distance(_ year: Int) -> Int {
                // 29 February in a year without one counts as 28 February here; the grammar then reports it.
                let clamped = min(max(day, 1), CalendarMath.daysInMonth(month, year: year))
                return abs(CalendarMath.dayNumber(CalendarDay(year: year, month: month, day: clamped)) - start)
            }
            // The earlier year first, so it wins a tie.
            return [starts.year - 1, starts.year, starts.year + 1].min { distance($0) < distance($1) } ?? starts.year
        }
    }

    /// "the July 2027 intake’s year", "the 2026-27 cohort’s years": what the year was taken from, for messages.
    public var described: String {
        switch self {
        case .intake(let name, _): return "the \(name) intake’s year"
        case .cohort(let name, _): return "the year from ‘cohort: \(name)’"
        }
    }
}
