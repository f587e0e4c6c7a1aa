extension Scheme {
    /// The status stated in the content, or one derived from the key dates on the reference day:
    /// open between an `opens` date and the last deadline, upcoming before anything, closed after everything.
    public func status(on today: CalendarDay) -> SchemeStatus {
        if let status { return status }
        return derivedStatus(on: today)
    }

    /// The rule of the derived status, written only here: pages carry its `statusPhases`, and
    /// `key-dates.js` looks the reader's day up in them instead of deriving the status again.
    private func derivedStatus(on today: CalendarDay) -> SchemeStatus {
        let dated = keyDates.filter { !$0.when.isVague }
        guard let first = dated.map(\.when.earliestDay).min(), let last = dated.map(\.when.latestDay).max() else {
            return .upcoming
        }
        let opening = dated.filter { $0.kind == .opens }.map(\.when.earliestDay).min()
        let closing = dated.filter { $0.kind == .deadline }.map(\.when.latestDay).max()
        if let opening, let closing, opening <= today, today <= closing { return .open }
        if today < first { return .upcoming }
        if today > last { return .closed }
        if let closing, today <= closing { return opening == nil ? .open : .upcoming }
        return .running
    }

    /// The derived status on every day: what it is before the first change, then each day it changes and
    /// what it becomes. The rule compares a day only with key dates' first and last days, so it can change
    /// only on a key date's first day or the day after its last.
    public var statusPhases: (initial: SchemeStatus, changes: [(from: CalendarDay, status: SchemeStatus)]) {
        let dated = keyDates.filter { !$0.when.isVague }
        let days = Set(dated.flatMap { [$0.when.earliestDay, CalendarMath.adding(days: 1, to: $0.when.latestDay)] }).sorted()
        // Without a dated key date the rule gives one status on every day.
        let before = days.first.map { CalendarMath.adding(days: -1, to: $0) } ?? CalendarDay(year: 2000, month: 1, day: 1)
        let initial = derivedStatus(on: before)
        var current = initial
        var changes: [(from: CalendarDay, status: SchemeStatus)] = []
        for day in days {
            let status = derivedStatus(on: day)
            if status != current { changes.append((day, status)) }
            current = status
        }
        return (initial, changes)
    }

    /// Key dates in timeline order: by first day, then by the order they were written.
    public var timeline: [KeyDate] {
        timelineOrder.map { keyDates[$0] }
    }

    /// The places in `keyDates` in timeline order, for what is named by a key date's place (its calendar
    /// identity): the timeline, the key-dates page and the calendar files all list dates in this order.
    public var timelineOrder: [Int] {
        keyDates.indices.sorted { (keyDates[$0].when.earliestDay, $0) < (keyDates[$1].when.earliestDay, $1) }
    }

    /// The dated key dates not yet over on the reference day, in timeline order; the first is the next.
    public func upcomingKeyDates(on today: CalendarDay) -> [KeyDate] {
        timeline.filter { !$0.when.isVague && $0.when.latestDay >= today }
    }

    /// The first dated key date that has not yet passed on the reference day.
    public func nextKeyDate(on today: CalendarDay) -> KeyDate? {
        upcomingKeyDates(on: today).first
    }
}
