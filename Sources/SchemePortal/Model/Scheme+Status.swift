extension Scheme {
    /// The status stated in the content, or one derived from the key dates on the reference day; nil for a
    /// scheme that states none and has no dated key date, whose pages then show no status rather than a guess.
    public func status(on today: CalendarDay) -> SchemeStatus? {
        if let status { return status }
        return takesApplicationsAnyTime ? .rolling : derivedStatus(on: today)
    }

    /// An opening or a deadline written as open-ended ("Applications: rolling", "ongoing"): the scheme takes
    /// applications at any time, whatever its other dates say.
    var takesApplicationsAnyTime: Bool {
        keyDates.contains { keyDate in
            (keyDate.kind == .opens || keyDate.kind == .deadline) && keyDate.when.isOngoing
        }
    }

    /// Words that mark a `period` as the programme itself ("The programme runs", "Mentoring partnerships
    /// meet once a month", "The scheme runs", "Relationships run"), rather than a stage of it such as matching.
    static let programmeWords = ["programme", "program", "scheme", "cohort", "partnership", "relationship"]

    /// The programme's period, when one is given: the first dated `period` for everyone whose label names it.
    public var programmePeriod: KeyDate? {
        keyDates.first { keyDate in
            let label = keyDate.label.lowercased()
            return keyDate.kind == .period && keyDate.side == nil && !keyDate.when.isVague
                && Self.programmeWords.contains { label.contains($0) }
        }
    }

    /// The rule of the derived status, written only here (docs/content-format.md, "Statuses"): pages carry its
    /// `statusPhases`, and `key-dates.js` looks the reader's day up in them instead of deriving it again.
    /// - open from the opening (or, without one, any day before) to the last deadline; with an opening and no
    ///   dated deadline, until the programme starts (or, without a programme period, until the last date);
    /// - upcoming before the opening;
    /// - running within the programme's period;
    /// - without an opening or a deadline: upcoming before the programme (or the first date), running
    ///   within it, closed after;
    /// - otherwise closed: applications have closed and the programme is not under way (not yet, or no longer).
    /// A scheme with intakes takes the rule over each intake's dates: open when any intake is open; else
    /// running when any is running; else upcoming when any is yet to open; else closed.
    private func derivedStatus(on today: CalendarDay) -> SchemeStatus? {
        guard !intakes.isEmpty else { return datesStatus(on: today) }
        let statuses = intakeViews.compactMap { $0.datesStatus(on: today) }
        return [SchemeStatus.open, .running, .upcoming, .closed].first(where: statuses.contains)
    }

    private func datesStatus(on today: CalendarDay) -> SchemeStatus? {
        let dated = keyDates.filter { !$0.when.isVague }
        guard let first = dated.map(\.when.earliestDay).min(), let last = dated.map(\.when.latestDay).max() else { return nil }
        let opening = dated.filter { $0.kind == .opens }.map(\.when.earliestDay).min()
        let closing = dated.filter { $0.kind == .deadline }.map(\.when.latestDay).max()
        let programme = programmePeriod.map { ($0.when.earliestDay, $0.when.latestDay) }
        if let closing, today <= closing, opening.map({ $0 <= today }) ?? true { return .open }
        // An opening with no dated deadline: open until the programme starts, or, without one, until the last date.
        if closing == nil, let opening, opening <= today, today < (programme?.0 ?? CalendarMath.adding(days: 1, to: last)) { return .open }
        if let opening, today < opening { return .upcoming }
        if let (start, end) = programme, start <= today, today <= end { return .running }
        guard opening == nil, closing == nil else { return .closed }
        let (start, end) = programme ?? (first, last)
        return today < start ? .upcoming : today <= end ? .running : .closed
    }

    /// The derived status on every day: what it is before the first change, then each day it changes and
    /// what it becomes. The rule compares a day only with key dates' first and last days, so it can change
    /// only on a key date's first day or the day after its last. Nil when there is no derived status.
    public var statusPhases: (initial: SchemeStatus, changes: [(from: CalendarDay, status: SchemeStatus)])? {
        guard !takesApplicationsAnyTime else { return nil }
        let dated = keyDates.filter { !$0.when.isVague }
        let days = Set(dated.flatMap { [$0.when.earliestDay, CalendarMath.adding(days: 1, to: $0.when.latestDay)] }).sorted()
        guard let firstDay = days.first, let initial = derivedStatus(on: CalendarMath.adding(days: -1, to: firstDay)) else { return nil }
        var current = initial
        var changes: [(from: CalendarDay, status: SchemeStatus)] = []
        for day in days {
            guard let status = derivedStatus(on: day) else { continue }
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
