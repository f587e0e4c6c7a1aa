/// What can be wrong with one written day and time on its own, wherever it is written: in the key dates
/// (`KeyDateRules`) or in the prose (`ProseDateRules`), which decide how serious it is and where it points.
enum DatePointRules {
    struct Problem: Equatable {
        let message: String
        let hint: String
    }

    /// "Tuesday 11 March 2024" cannot be right: either the weekday or the date is wrong, and readers
    /// will act on one or the other.
    static func wrongWeekday(_ point: DatePoint) -> Problem? {
        guard let written = point.writtenWeekday else { return nil }
        let actual = CalendarMath.weekday(of: point.day)
        guard written != actual else { return nil }
        return Problem(message: "\(point.day.written) is a \(actual.name), not a \(written.name)",
                       hint: DateCorrections.wrongWeekday(point.day, written: written))
    }

    /// BST is in force from the last Sunday in March to the last Sunday in October; a December deadline
    /// "12:00 BST" is an hour out from what the author meant.
    static func wrongZone(_ point: DatePoint) -> Problem? {
        guard let zone = point.zone, zone == .bst || zone == .gmt else { return nil }
        let summer = CalendarMath.isBritishSummerTime(on: point.day, at: point.time)
        if zone == .bst && !summer {
            return Problem(message: "BST is not in force on \(point.day.written): UK clocks show GMT then",
                           hint: "write GMT (or leave the zone out for UK time)")
        }
        if zone == .gmt && summer {
            return Problem(message: "GMT is not UK time on \(point.day.written): UK clocks show BST then",
                           hint: "write BST (or leave the zone out for UK time)")
        }
        return nil
    }
}
