/// ‘Midnight’ on a day names two moments a day apart: the one that starts it and the one that ends it.
/// The grammar reads it as the start (00:00), as a clock does, but whoever writes "Applications close at
/// midnight, Monday 11 January" nearly always means the end of that Monday; the calendar would then put the
/// deadline a day early. So a key date at ‘midnight’ (or ‘12am’) on a day it names asks which is meant: a day
/// at midnight, or a range's end written with a day of its own (‘09:00, 1 March 2027 – midnight, 15 March
/// 2027’). Two times on one day that end at midnight (‘19:00–midnight’) are not asked about: only the end of
/// the day fits.
extension KeyDateRules {
    func checkMidnight(_ keyDate: KeyDate) -> [Diagnostic] {
        guard let written = DateLexicon.midnightWord(in: keyDate.text) else { return [] }
        let point: DatePoint
        switch keyDate.when {
        case .point(let p) where p.time == .midnight:
            point = p
        case .range(_, let end) where end.time == .midnight && written.offset >= end.offset && Self.writesTwoDays(keyDate.text):
            point = end
        default:
            return []
        }
        let zone = DateFormatting.writtenZone(point)
        let day = DateExamples.withWeekday(point.day)
        var found = diagnostic(.dateMidnight, .error, keyDate, offset: written.offset,
                               "‘midnight’ on \(day) could be the start of that day or its end, and the calendar must put it at one of them",
                               hint: "for the end of the day write ‘23:59\(zone), \(day)’; for its start, ‘00:00\(zone), \(day)’")
        found.span = written.length
        return [found]
    }

    /// Whether a range's text names two days (two months written), rather than one day with two times.
    static func writesTwoDays(_ text: String) -> Bool {
        guard let tokens = try? DateSource(text, limit: DateGrammar.maximumLength).tokens() else { return false }
        return tokens.count { $0.kind == .word && DateLexicon.month($0.text) != nil } >= 2
    }
}
