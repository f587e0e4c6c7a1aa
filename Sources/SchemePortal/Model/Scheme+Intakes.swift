/// A scheme with intakes holds every intake's dates in `keyDates`; what is worked out from dates taken
/// together (the status, the order of the dates) is worked out intake by intake, on a view of the scheme
/// holding one intake's dates.
extension Scheme {
    /// The scheme as each intake sees it: its `keyDates` that intake's dates alone, in the order of `intakes`.
    public var intakeViews: [Scheme] {
        intakes.map { intake in
            var view = self
            view.keyDates = keyDates.filter { $0.intake == intake.name }
            view.intakes = []
            return view
        }
    }

    /// The scheme with its ordinary key dates alone, without any intake's.
    public var withoutIntakes: Scheme {
        var view = self
        view.keyDates = keyDates.filter { $0.intake == nil }
        view.intakes = []
        return view
    }

    /// The key dates taken together by the order rules: all of them, or each intake's apart and the
    /// ordinary ones apart.
    public var dateGroups: [Scheme] {
        intakes.isEmpty ? [self] : [withoutIntakes] + intakeViews
    }

    /// One intake's dates, its start first.
    public func intakeDates(of intake: Intake) -> [KeyDate] {
        keyDates.filter { $0.intake == intake.name }
    }

    /// The intakes in the order the key-dates page shows them: the next intake (the first whose last
    /// dated day is not yet past), the later ones, then those already over.
    public func intakesInPageOrder(on today: CalendarDay) -> (current: [Intake], past: [Intake]) {
        let byStart = intakes.enumerated().sorted { ($0.element.starts, $0.offset) < ($1.element.starts, $1.offset) }.map(\.element)
        func last(_ intake: Intake) -> CalendarDay {
            intakeDates(of: intake).filter { !$0.when.isVague }.map(\.when.latestDay).max() ?? intake.starts
        }
        return (byStart.filter { last($0) >= today }, byStart.filter { last($0) < today })
    }
}
