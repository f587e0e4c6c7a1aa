import Foundation

/// The build's "today": given with --today, taken from SOURCE_DATE_EPOCH for reproducible builds, or the
/// current date. Read once at the edge and passed down, so nothing else looks at a clock.
public enum ReferenceDate {
    public static func parse(_ text: String) -> CalendarDay? {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              CalendarMath.isValid(year: y, month: m, day: d) else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    public static func fromEnvironment(_ environment: [String: String], now: Double = currentEpochSeconds()) -> CalendarDay {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? now
        return CalendarMath.day(fromNumber: Int((seconds / 86_400).rounded(.down)))
    }

    public static func currentEpochSeconds() -> Double {
        Double(time(nil))
    }
}
