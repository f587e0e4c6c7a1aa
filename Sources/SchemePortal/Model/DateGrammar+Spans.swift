/// Ranges, weeks and months.
extension DateParser {
    /// Skips a leading "from" or "between"; true for "between", whose range then closes with "and".
    mutating func skipRangeOpener() -> Bool {
        if isWord(index, ["from"]) {
            index += 1
            return false
        }
        if isWord(index, ["between"]) {
            index += 1
            return true
        }
        return false
    }

    /// "2 March 2023", "26 January 2023 – 9 February 2023", "26–30 January 2023", "from … to …", "between … and …".
    mutating func parsePointOrRange() throws(DateGrammarError) -> DateExpression? {
        let start = startOffset
        let between = skipRangeOpener()
        let opened = index > 0
        if let times = try parseTimesBeforeDate(between: between) { return times }
        guard let first = try parsePoint() else { return nil }
        // ‘Tuesday 9 March 2027, 2-4pm’: a day, then two times the first of which has no am or pm.
        if first.time == nil, isSymbol(index, ",") {
            let save = index
            index += 1
            if let (from, to) = try parseHourRange(), atEnd {
                var a = try completed(first)
                a.time = from.time
                a.zone = from.zone
                return .range(a, Self.end(at: to, on: a.day, zone: to.zone))
            }
            index = save
        }
        if atEnd {
            if opened {
                expect(between ? "“and” and the end of the range" : "“to” and the end of the range")
                return nil
            }
            return .point(try completed(first))
        }
        guard consumeRangeSeparator(between: between, iso: first.date.isISO) else {
            expect(between ? "“and”" : "“to”, a dash, or the end of the date")
            return nil
        }
        if first.time != nil, let end = try parseTimeAtEnd() {
            // "2 March 2023, 10:00–12:00": both ends on the one day.
            let a = try completed(first)
            return .range(a, Self.end(at: end, on: a.day, zone: end.zone ?? a.zone))
        }
        guard let second = try parsePoint() else { return nil }
        guard atEnd else {
            expect("the end of the date")
            return nil
        }
        let (a, b) = try completed(first, second, start: start)
        return .range(a, b)
    }

    /// A time that ends the text, or nothing (and nothing read).
    mutating func parseTimeAtEnd() throws(DateGrammarError) -> WrittenTime? {
        let save = index
        if let time = try parseTime(), atEnd { return time }
        index = save
        return nil
    }

    /// "10:00–12:00, 2 March 2023", "from 6pm to 8pm on Monday 11 March 2024": two times on one day.
    /// A zone written only after the second time belongs to both.
    mutating func parseTimesBeforeDate(between: Bool) throws(DateGrammarError) -> DateExpression? {
        let save = index
        let first: WrittenTime, second: WrittenTime
        if let (a, b) = try parseHourRange(between: between) {
            (first, second) = (a, b)
        } else {
            guard let a = try parseTime(), consumeRangeSeparator(between: between, iso: false), let b = try parseTime() else {
                index = save
                return nil
            }
            (first, second) = (a, b)
        }
        if isSymbol(index, ",") { index += 1 }
        if isWord(index, ["on"]) { index += 1 }
        let dateStart = startOffset
        guard let date = try parseDate() else {
            if atEnd {
                let written = source.written(from: first.start, to: consumedEnd)
                throw DateGrammarError(message: "“\(written)” are times with no date",
                                       hint: "add the day they are on, as in “10:00–12:00, \(source.examples.written(19, 12))”",
                                       offset: first.start)
            }
            index = save
            return nil
        }
        guard atEnd else {
            expect("the end of the date")
            index = save
            return nil
        }
        let day = try completed(WrittenPoint(date: date, start: dateStart, end: consumedEnd))
        return .range(DatePoint(day: day.day, time: first.time, zone: first.zone ?? second.zone,
                                writtenWeekday: day.writtenWeekday, offset: first.start),
                      Self.end(at: second, on: day.day, zone: second.zone))
    }

    /// The end of two times on one day: the second time on that day, except midnight (‘19:00–midnight’,
    /// ‘19:00–00:00’), which can only be the midnight that ends the day, so the range ends at 00:00 on the next.
    static func end(at time: WrittenTime, on day: CalendarDay, zone: ZoneMark?) -> DatePoint {
        DatePoint(day: time.time == .midnight ? CalendarMath.adding(days: 1, to: day) : day, time: time.time, zone: zone, offset: time.start)
    }

    /// "–", "-", "to", "until", "till", "through"; "and" after "between"; "/" between ISO dates.
    mutating func consumeRangeSeparator(between: Bool, iso: Bool) -> Bool {
        let found = between ? isWord(index, ["and"])
            : isSymbol(index, "-") || isWord(index, DateLexicon.rangeWords) || (iso && isSymbol(index, "/"))
        if found { index += 1 }
        return found
    }

    /// "w/c 2 January 2023", "week commencing 2 January 2023", "w/b …", "week beginning …", "week of …".
    mutating func parseWeekCommencing() throws(DateGrammarError) -> DateExpression? {
        if isWord(index, ["w"]), isSymbol(index + 1, "/"), isWord(index + 2, ["c", "b"]) {
            index += 3
        } else if isWord(index, ["wc", "wb"]) {
            index += 1
        } else {
            if isWord(index, ["the"]), isWord(index + 1, ["week"]) { index += 1 }
            guard isWord(index, ["week"]), isWord(index + 1, ["commencing", "beginning", "starting", "of"]) else {
                return nil
            }
            index += 2
        }
        if isSymbol(index, ".") || isSymbol(index, ",") || isSymbol(index, ":") { index += 1 }
        guard let point = try parsePoint() else { return nil }
        guard atEnd else {
            expect("the end of the date")
            return nil
        }
        return .weekCommencing(try completed(point))
    }

    /// "March 2023", "May to October 2024", "May – October 2024", "December 2023 to February 2024", "2023-03".
    mutating func parseMonths() throws(DateGrammarError) -> DateExpression? {
        let start = startOffset
        if let year = year(index), isSymbol(index + 1, "-"), joined(index + 1),
           let month = number(index + 2, digits: 2...2), joined(index + 2), index + 3 == tokens.count,
           (1...12).contains(month) {
            index += 3
            return wholeMonths(month, year, month, year)
        }
        let between = skipRangeOpener()
        let opened = index > 0
        guard let m1 = month(index) else {
            expect("a month")
            return nil
        }
        index += 1
        let y1 = year(index)
        if y1 != nil { index += 1 }
        if atEnd, !opened {
            guard let y1 = y1 ?? lentYear(month: m1, day: 1) else {
                throw missingYear(source.written(from: start, to: consumedEnd),
                                  example: "\(DateLexicon.monthNames[m1 - 1]) \(source.examples.year(month: m1))", offset: start)
            }
            return wholeMonths(m1, y1, m1, y1)
        }
        guard consumeRangeSeparator(between: between, iso: false) else {
            expect(y1 == nil ? "a year" : "“to” or the end of the date")
            return nil
        }
        guard let m2 = month(index) else {
            if let ending = try monthsEndingOnADay(m1, y1, start: start) { return ending }
            expect("a month")
            return nil
        }
        index += 1
        let y2 = year(index)
        if y2 != nil { index += 1 }
        guard atEnd else {
            expect(y2 == nil ? "a year" : "the end of the date")
            return nil
        }
        // A year written once belongs to both ends; "December to February 2024" starts in December 2023.
        let y1Lent = y1 ?? (y2 == nil ? lentYear(month: m1, day: 1) : nil)
        guard let to = y2 ?? y1Lent.map({ m2 < m1 ? $0 + 1 : $0 }) else {
            throw missingYear(source.written(from: start, to: consumedEnd),
                              example: "\(DateLexicon.monthNames[m1 - 1]) to \(DateLexicon.monthNames[m2 - 1]) \(source.examples.year(from: (m1, 1), to: (m2, 1)))",
                              offset: start)
        }
        let from = y1Lent ?? (m1 > m2 ? to - 1 : to)
        return wholeMonths(m1, from, m2, to)
    }

    /// "February to 24 August 2023", "February 2023 – Thursday 24 August 2023": months that end on the
    /// day written, not at the end of the last month. Nothing read when the end is no such day.
    mutating func monthsEndingOnADay(_ m1: Int, _ y1: Int?, start: Int) throws(DateGrammarError) -> DateExpression? {
        let save = index
        let endStart = startOffset
        guard let date = try parseDate(), let m2 = date.month, atEnd else {
            index = save
            return nil
        }
        let y1 = y1 ?? (date.year == nil ? lentYear(month: m1, day: 1) : nil)
        guard let to = date.year ?? y1.map({ m2 < m1 ? $0 + 1 : $0 }) else {
            throw missingYear(source.written(from: start, to: consumedEnd),
                              example: "\(DateLexicon.monthNames[m1 - 1]) to \(date.day) \(DateLexicon.monthNames[m2 - 1]) \(source.examples.year(from: (m1, 1), to: (m2, date.day)))",
                              offset: start)
        }
        let through = try calendarDay(day: date.day, month: m2, year: to, offset: endStart,
                                      written: date.span.map { source.written(from: $0.start, to: $0.end) }, weekday: date.weekday)
        // The rules check weekdays only at points, and whole months have none: the weekday is checked here.
        if let written = date.weekday, written != CalendarMath.weekday(of: through) {
            throw DateGrammarError(message: "\(through.written) is a \(CalendarMath.weekday(of: through).name), not a \(written.name)",
                                   hint: DateCorrections.wrongWeekday(through, written: written), offset: endStart)
        }
        let from = y1 ?? (m1 > m2 ? to - 1 : to)
        return .months(from: CalendarDay(year: from, month: m1, day: 1), through: through)
    }

    func wholeMonths(_ m1: Int, _ y1: Int, _ m2: Int, _ y2: Int) -> DateExpression {
        .months(from: CalendarDay(year: y1, month: m1, day: 1),
                through: CalendarDay(year: y2, month: m2, day: CalendarMath.daysInMonth(m2, year: y2)))
    }
}
