/// A date written as a count from another key date of the same scheme: "6 months after ‘Relationships end’",
/// "2 weeks before ‘Application deadline’", "within 2 months after ‘Application deadline’".
public struct RelativeDate: Hashable, Sendable {
    public enum Unit: String, Hashable, Sendable {
        case day, week, month, year
    }

    public var amount: Int
    public var unit: Unit
    public var isBefore: Bool
    /// "within …": any day from the other date up to the one counted (or from the one counted up to it).
    public var isWithin: Bool
    /// The other key date's label, as written, without quotes.
    public var label: String
    /// Where the label starts in the date's text (0-based, in Unicode scalars), and how long it is, so a
    /// message about it underlines the label.
    public var labelOffset: Int
    public var labelLength: Int

    public init(amount: Int, unit: Unit, isBefore: Bool, isWithin: Bool = false, label: String,
                labelOffset: Int = 0, labelLength: Int = 0) {
        self.amount = amount
        self.unit = unit
        self.isBefore = isBefore
        self.isWithin = isWithin
        self.label = label
        self.labelOffset = labelOffset
        self.labelLength = labelLength
    }

    /// "6 months after", "within 2 weeks before": the count in words, without the label.
    public var countWords: String {
        let units = amount == 1 ? unit.rawValue : unit.rawValue + "s"
        return "\(isWithin ? "within " : "")\(amount) \(units) \(isBefore ? "before" : "after")"
    }

    /// The day this count reaches from `day`. A month or year from a day its target month lacks
    /// ("1 month after 31 January") falls on that month's last day.
    public func counted(from day: CalendarDay) -> CalendarDay {
        let sign = isBefore ? -1 : 1
        switch unit {
        case .day: return CalendarMath.adding(days: sign * amount, to: day)
        case .week: return CalendarMath.adding(days: sign * amount * 7, to: day)
        case .month, .year:
            let months = sign * amount * (unit == .year ? 12 : 1)
            let index = day.year * 12 + (day.month - 1) + months
            let year = index >= 0 ? index / 12 : (index - 11) / 12
            let month = index - year * 12 + 1
            return CalendarDay(year: year, month: month, day: min(day.day, CalendarMath.daysInMonth(month, year: year)))
        }
    }

    /// What this comes to when counted from `base`, the date its label names: a day (or, "within", the
    /// days up to it) when the base is exact days; otherwise the month it falls in, shown as "about …" and
    /// put in no calendar; nil from an open-ended date. "After" counts from the base's last day, "before"
    /// from its first.
    public func resolved(from base: DateExpression) -> DateExpression? {
        guard !base.isOngoing else { return nil }
        if base.isExactDays {
            let from = isBefore ? base.earliestDay : base.latestDay
            let day = counted(from: from)
            guard isWithin else { return .point(DatePoint(day: day)) }
            return isBefore ? .range(DatePoint(day: day), DatePoint(day: from)) : .range(DatePoint(day: from), DatePoint(day: day))
        }
        // Counted from a date that is no particular day, it comes to a month, "about" which.
        let from = isBefore ? base.earliestDay : base.latestDay
        let day = counted(from: from)
        let first = CalendarDay(year: day.year, month: day.month, day: 1)
        let last = CalendarDay(year: day.year, month: day.month, day: CalendarMath.daysInMonth(day.month, year: day.year))
        let earliest = isWithin && !isBefore ? from : first
        let latest = isWithin && isBefore ? from : last
        let months = first.writtenMonth
        return .vague(text: "about \(months)", earliest: earliest, latest: latest)
    }
}
