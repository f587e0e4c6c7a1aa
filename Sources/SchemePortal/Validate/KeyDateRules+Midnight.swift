/// ‘Midnight’ on a day names two moments a day apart: the one that starts it and the one that ends it.
/// The grammar reads it as the start (00:00), as a clock does, but whoever writes "Applications close at
/// midnight, Monday 11 January" nearly always means the end of that Monday; the calendar would then put the
/// deadline a day early. So a key date on one day at ‘midnight’ asks which is meant. Two times on one day
/// that end at midnight (‘19:00–midnight’) are not asked about: only the end of the day fits.
extension KeyDateRules {
    func checkMidnight(_ keyDate: KeyDate) -> [Diagnostic] {
        guard case .point(let point) = keyDate.when, point.time == TimeOfDay(hour: 0, minute: 0),
              let offset = DateLexicon.midnightOffset(in: keyDate.text) else { return [] }
        let day = "\(CalendarMath.weekday(of: point.day).name) \(point.day.written)"
        var found = diagnostic(.dateMidnight, .error, keyDate, offset: offset,
                               "‘midnight’ on \(day) could be the start of that day or its end, and the calendar must put it at one of them",
                               hint: "for the end of the day write ‘23:59, \(day)’; for its start, ‘00:00, \(day)’")
        found.span = "midnight".unicodeScalars.count
        return [found]
    }
}
