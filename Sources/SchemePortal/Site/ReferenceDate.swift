import Foundation

/// The build's "today": given with --today, taken from SOURCE_DATE_EPOCH for reproducible builds, or the
/// current date. Read once at the edge and passed down, so nothing else looks at a clock.
public enum ReferenceDate {
    public static func parse(_ text: String) -> CalendarDay? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        return CalendarMath.day(year: y, month: m, day: d)
    }

    /// The day SOURCE_DATE_EPOCH names, the current day when it is unset, or nil when it is not a whole
    /// number of seconds in a sensible range (the reproducible-builds specification allows nothing else).
    public static func fromEnvironment(_ environment: [String: String], now: Double = currentEpochSeconds()) -> CalendarDay? {
        guard let text = environment["SOURCE_DATE_EPOCH"] else {
            return CalendarMath.day(fromNumber: Int((now / 86_400).rounded(.down)))
        }
        guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)), (0...253_402_300_799).contains(seconds) else { return nil }
        return CalendarMath.day(fromNumber: seconds / 86_400)
    }

    public static func currentEpochSeconds() -> Double {
        Double(time(nil))
    }
}
