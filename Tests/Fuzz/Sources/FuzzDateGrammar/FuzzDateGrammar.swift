import FuzzSupport
import SchemePortal

/// The date grammar's one entry point, on any text, and what the rest of the tool does with its answer:
/// the timeline's ordering days, weekdays, summer time and the ISO form written into calendars.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = FuzzInput.text(start, count)
    let scalars = text.unicodeScalars.count
    switch DateGrammar().parse(text) {
    case .failure(let error):
        FuzzPromise.require(!error.message.isEmpty, "a date error with no message: \(text.debugDescription)")
        FuzzPromise.require((0...scalars).contains(error.offset),
                            "a date error at offset \(error.offset), outside \(text.debugDescription)")
    case .success(let expression):
        for point in expression.points {
            FuzzPromise.require((0...scalars).contains(point.offset),
                                "a date point at offset \(point.offset), outside \(text.debugDescription)")
            if let time = point.time {
                FuzzPromise.require((0...24).contains(time.hour) && (0...59).contains(time.minute),
                                    "a time that is not a time: \(time) from \(text.debugDescription)")
            }
            FuzzPromise.require(CalendarMath.isValid(year: point.day.year, month: point.day.month, day: point.day.day),
                                "a day that does not exist: \(point.day) from \(text.debugDescription)")
            _ = CalendarMath.isBritishSummerTime(on: point.day, at: point.time)
            _ = CalendarMath.weekday(of: point.day)
        }
        for day in [expression.earliestDay, expression.latestDay] {
            FuzzPromise.require(CalendarMath.isValid(year: day.year, month: day.month, day: day.day),
                                "a day that does not exist: \(day) from \(text.debugDescription)")
            _ = day.description
            _ = CalendarMath.dayNumber(day)
        }
    }
    return 0
}
