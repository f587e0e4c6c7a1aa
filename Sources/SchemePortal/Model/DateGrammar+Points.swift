/// Days and times: "Thursday 2 March 2023", "March 24th, 2023", "2023-03-02", "6pm", "12:00 BST", "noon".
extension DateParser {
    /// A day with a time before it ("12:00 BST, 19 December 2022", "6pm on Monday 11 March 2024") or after it
    /// ("19 December 2022 at 12:00", "2022-12-19T12:00:00Z"), or none.
    mutating func parsePoint() throws(DateGrammarError) -> WrittenPoint? {
        let save = index
        let start = startOffset
        if let time = try parseTime() {
            let timeEnd = consumedEnd
            if isSymbol(index, ",") { index += 1 }
            if isWord(index, ["on"]) { index += 1 }
            if atEnd {
                let written = source.written(from: time.start, to: timeEnd)
                throw DateGrammarError(message: "“\(written)” is a time with no date",
                                       hint: "add the day it is on, as in “\(source.examples.timeOnDay)”",
                                       offset: time.start)
            }
            guard let date = try parseDate() else {
                index = save
                return nil
            }
            return WrittenPoint(date: date, time: time.time, zone: time.zone, start: start, end: consumedEnd)
        }
        guard let date = try parseDate() else { return nil }
        var point = WrittenPoint(date: date, start: start, end: consumedEnd)
        if date.isISO, isWord(index, ["t"]), joined(index) {
            index += 1
            guard let time = try parseISOTime() else {
                expect("a time such as “12:00”")
                index = save
                return nil
            }
            point.time = time.time
            point.zone = time.zone
        } else {
            let beforeTime = index
            let saidAt = isWord(index, ["at"])
            if saidAt || isSymbol(index, ",") { index += 1 }
            if let time = try parseTime() {
                point.time = time.time
                point.zone = time.zone
            } else if saidAt {
                expect("a time such as “12:00” or “6pm”")
                index = save
                return nil
            } else {
                index = beforeTime
            }
        }
        point.end = consumedEnd
        return point
    }

    /// A day, month and year in any of the orders UK documents use, or ISO 8601. The month and year may
    /// be missing here: a range lends them from its other end, and the caller reports what is still missing.
    mutating func parseDate() throws(DateGrammarError) -> WrittenDate? {
        let start = startOffset
        guard var date = try parseDateAlone() else { return nil }
        if date.month != nil { date.span = (start, consumedEnd) }
        return date
    }

    private mutating func parseDateAlone() throws(DateGrammarError) -> WrittenDate? {
        let save = index
        try rejectNumericDate()
        if let iso = try parseISODate() { return iso }
        var weekday: Weekday?
        if let w = word(index), let found = DateLexicon.weekday(w) {
            weekday = found
            index += 1
            if isSymbol(index, ",") || isSymbol(index, ".") { index += 1 }
        }
        if isWord(index, ["the"]) { index += 1 }
        if let month = month(index) {
            // "March 24th, 2023"
            index += 1
            if isSymbol(index, "."), joined(index) { index += 1 }
            if isWord(index, ["the"]) { index += 1 }
            guard let day = parseDayNumber() else {
                expect("a day number")
                index = save
                return nil
            }
            var date = WrittenDate(day: day, month: month, weekday: weekday)
            try parseYear(into: &date)
            return date
        }
        guard let day = parseDayNumber() else {
            expect(weekday == nil ? "a date" : "a day and month")
            index = save
            return nil
        }
        // "2 March 2023", "2nd of March 2023", or just "26" at the start of "26–30 January 2023".
        var date = WrittenDate(day: day, weekday: weekday)
        if isWord(index, ["of"]), month(index + 1) != nil { index += 1 }
        if let month = month(index) {
            date.month = month
            index += 1
            if isSymbol(index, "."), joined(index) { index += 1 }
        }
        try parseYear(into: &date)
        return date
    }

    /// A day of the month, with its ordinal suffix if it has one ("24th").
    mutating func parseDayNumber() -> Int? {
        guard let day = number(index, digits: 1...2), !isTime(at: index) else { return nil }
        index += 1
        if isWord(index, DateLexicon.ordinalSuffixes), joined(index) { index += 1 }
        return day
    }

    /// A four-digit year after the day and month, perhaps after a comma. Any other number there is a
    /// year written short ("19 December 22"), which could mean more than one year.
    mutating func parseYear(into date: inout WrittenDate) throws(DateGrammarError) {
        var i = index
        if isSymbol(i, ",") { i += 1 }
        guard let t = token(i), t.kind == .number, !isTime(at: i) else { return }
        if t.digits == 4 {
            date.year = t.value
            index = i + 1
        } else if date.month != nil, month(i + 1) == nil {
            let hint = t.digits == 2 ? "write the year in full, such as “20\(t.written)”"
                : "write the year with four digits"
            throw DateGrammarError(message: "“\(t.written)” is not a year", hint: hint, offset: t.start)
        }
    }

    /// "19/12/2022" reads as 19 December in the UK and is nonsense in the US; "3/4/2023" is worse.
    func rejectNumericDate() throws(DateGrammarError) {
        // "Tuesday 03/04/2025": the weekday is read here, to tell which reading was meant.
        var index = self.index
        let weekday = word(index).flatMap(DateLexicon.weekday)
        if weekday != nil { index += isSymbol(index + 1, ",") ? 2 : 1 }
        guard let first = number(index, digits: 1...2), isSymbol(index + 1, "/"), joined(index + 1),
              let second = number(index + 2, digits: 1...2), joined(index + 2) else { return }
        var last = index + 2
        var year: Int?
        if isSymbol(index + 3, "/"), joined(index + 3), let written = self.year(index + 4), joined(index + 4) {
            last = index + 4
            year = written
        }
        let written = source.written(from: tokens[index].start, to: tokens[last].end)
        var error = DateGrammarError(
            message: "“\(written)” writes the month as a number, which readers in different countries read differently",
            hint: DateCorrections.numeric(first, second, year: year, weekday: weekday, examples: source.examples),
            offset: tokens[index].start)
        error.isNumericDate = true
        throw error
    }

    /// Whether a clock time starts at token `i`: "12:00", "9.30", "6pm", "5 p.m.", "12 noon".
    func isTime(at i: Int) -> Bool {
        guard let hour = number(i, digits: 1...2) else { return false }
        if (isSymbol(i + 1, ":") || isSymbol(i + 1, ".")) && joined(i + 1)
            && number(i + 2, digits: 2...2) != nil && joined(i + 2) { return true }
        if isWord(i + 1, DateLexicon.meridiems) { return true }
        if isWord(i + 1, DateLexicon.dottedMeridiemLetters) && isSymbol(i + 2, ".") && isWord(i + 3, ["m"]) { return true }
        return hour == 12 && isWord(i + 1, DateLexicon.clockWords)
    }

    /// "12:00 BST", "17:00 GMT", "6pm", "9.30am", "5:30 pm", "noon", "midnight" (the start of the day: 00:00).
    mutating func parseTime() throws(DateGrammarError) -> WrittenTime? {
        let start = startOffset
        var time: TimeOfDay
        if isWord(index, DateLexicon.noonWords) {
            index += 1
            time = TimeOfDay(hour: 12, minute: 0)
        } else if isWord(index, DateLexicon.midnightWords) {
            index += 1
            time = TimeOfDay(hour: 0, minute: 0)
        } else if isTime(at: index), let hour = number(index, digits: 1...2) {
            index += 1
            var minute = 0
            var second = 0
            if !isWord(index, DateLexicon.clockWords), !isWord(index, DateLexicon.meridiemWords) {
                minute = tokens[index + 1].value
                index += 2
                if isSymbol(index, ":"), joined(index), let s = number(index + 1, digits: 2...2), joined(index + 1) {
                    second = s
                    index += 2
                }
            }
            if let pm = parseMeridiem() {
                time = try clock(hour: hour, minute: minute, second: second, pm: pm, start: start)
            } else if hour == 12, minute == 0, isWord(index, DateLexicon.noonWords) {
                index += 1
                time = TimeOfDay(hour: 12, minute: 0)
            } else if hour == 12, minute == 0, isWord(index, DateLexicon.midnightWords) {
                index += 1
                time = TimeOfDay(hour: 0, minute: 0)
            } else {
                time = try clock(hour: hour, minute: minute, second: second, pm: nil, start: start)
            }
        } else {
            return nil
        }
        return WrittenTime(time: time, zone: parseZone(), start: start)
    }

    /// "am", "pm", "a.m.", "p.m.": true for pm.
    mutating func parseMeridiem() -> Bool? {
        if let w = word(index), DateLexicon.meridiems.contains(w) {
            index += 1
            return w == "pm"
        }
        guard let w = word(index), DateLexicon.dottedMeridiemLetters.contains(w), isSymbol(index + 1, "."), isWord(index + 2, ["m"]) else {
            return nil
        }
        index += 3
        if isSymbol(index, "."), joined(index) { index += 1 }
        return w == "p"
    }

    /// "BST", "GMT", "UTC", "(BST)"; nothing means UK local time.
    mutating func parseZone() -> ZoneMark? {
        if let w = word(index), w != "z" || joined(index), let zone = DateLexicon.zone(w) {
            index += 1
            return zone
        }
        if isSymbol(index, "("), let w = word(index + 1), let zone = DateLexicon.zone(w), isSymbol(index + 2, ")") {
            index += 3
            return zone
        }
        return nil
    }

    func clock(hour: Int, minute: Int, second: Int, pm: Bool?, start: Int) throws(DateGrammarError) -> TimeOfDay {
        let written = source.written(from: start, to: consumedEnd)
        let hint = "write a 24-hour time such as “17:00”, or a 12-hour time such as “5pm”"
        if let pm {
            guard (1...12).contains(hour) else {
                throw DateGrammarError(message: "“\(written)” is not a time: with am or pm the hour runs from 1 to 12",
                                       hint: hint, offset: start)
            }
            guard minute < 60 else {
                throw DateGrammarError(message: "“\(written)” is not a time: minutes run from 00 to 59",
                                       hint: hint, offset: start)
            }
            return TimeOfDay(hour: hour % 12 + (pm ? 12 : 0), minute: minute)
        }
        guard hour < 24 else {
            // 24:00 is how some write the end of a day.
            let endOfDay = hour == 24 && minute == 0 && second == 0
            throw DateGrammarError(message: "“\(written)” is not a time: hours run from 00 to 23",
                                   hint: endOfDay ? "for the end of the day write ‘midnight’ after another time on the day (‘19:00–midnight’), or 23:59" : hint,
                                   offset: start)
        }
        guard minute < 60, second < 60 else {
            throw DateGrammarError(message: "“\(written)” is not a time: minutes and seconds run from 00 to 59",
                                   hint: hint, offset: start)
        }
        return TimeOfDay(hour: hour, minute: minute)
    }
}
