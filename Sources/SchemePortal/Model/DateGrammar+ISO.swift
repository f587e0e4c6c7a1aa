/// ISO 8601: "2023-03-02", "2022-12-19T12:00", "2022-12-19T12:00:00Z", "2022-12-19T12:00+01:00",
/// "2023-01-26/2023-02-09" (the range is read by `parsePointOrRange`), and "2023-03" for a whole month.
extension DateParser {
    /// "2023-03-02".
    mutating func parseISODate() throws(DateGrammarError) -> WrittenDate? {
        guard let year = year(index), isSymbol(index + 1, "-"), joined(index + 1),
              let month = number(index + 2, digits: 1...2), joined(index + 2),
              isSymbol(index + 3, "-"), joined(index + 3),
              let day = number(index + 4, digits: 1...2), joined(index + 4) else { return nil }
        guard (1...12).contains(month) else {
            let written = source.written(from: tokens[index].start, to: tokens[index + 4].end)
            throw DateGrammarError(message: "“\(written)” is not a date: there is no month \(month)",
                                   hint: DateCorrections.isoSwapped(year: year, month, day) ?? "ISO 8601 dates are year-month-day, such as “\(source.examples.iso(2, 3))”",
                                   offset: tokens[index].start)
        }
        index += 5
        return WrittenDate(day: day, month: month, year: year, isISO: true)
    }

    /// The time after the "T": "12:00", "12:00:00", "12:00:00.000", then "Z", "+01:00", "+0100" or nothing.
    /// A UK date needs only two offsets: "+00:00" is read as GMT and "+01:00" as BST (both the same
    /// instants as written); "Z" is UTC. Any other offset is not UK time and is an error.
    mutating func parseISOTime() throws(DateGrammarError) -> WrittenTime? {
        let start = startOffset
        guard let hour = number(index, digits: 1...2), isSymbol(index + 1, ":"), joined(index + 1),
              let minute = number(index + 2, digits: 2...2), joined(index + 2) else { return nil }
        index += 3
        var second = 0
        if isSymbol(index, ":"), joined(index), let s = number(index + 1, digits: 2...2), joined(index + 1) {
            second = s
            index += 2
            if isSymbol(index, "."), joined(index), number(index + 1, digits: 1...9) != nil, joined(index + 1) {
                index += 2
            }
        }
        let time = try clock(hour: hour, minute: minute, second: second, pm: nil, start: start)
        if isWord(index, ["z"]), joined(index) {
            index += 1
            return WrittenTime(time: time, zone: .utc, start: start)
        }
        if let zone = try parseISOOffset() { return WrittenTime(time: time, zone: zone, start: start) }
        return WrittenTime(time: time, zone: parseZone(), start: start)
    }

    /// "+01:00", "+0100", "+01", "-00:00" joined to the time.
    mutating func parseISOOffset() throws(DateGrammarError) -> ZoneMark? {
        guard isSymbol(index, "+") || isSymbol(index, "-"), joined(index), joined(index + 1) else { return nil }
        let sign = tokens[index]
        var hours: Int
        var minutes = 0
        var last = index + 1
        if let h = number(index + 1, digits: 2...2) {
            hours = h
            if isSymbol(index + 2, ":"), joined(index + 2),
               let m = number(index + 3, digits: 2...2), joined(index + 3) {
                minutes = m
                last = index + 3
            }
        } else if let hm = number(index + 1, digits: 4...4), !(isSymbol(index + 2, "-") && joined(index + 2)) {
            // "+0100"; but "…T12:00-2023-01-27" is the end of a range, not an offset.
            hours = hm / 100
            minutes = hm % 100
        } else {
            return nil
        }
        let written = source.written(from: sign.start, to: tokens[last].end)
        let total = (sign.text == "-" ? -1 : 1) * (hours * 60 + minutes)
        switch total {
        case 0: index = last + 1; return .gmt
        case 60: index = last + 1; return .bst
        default:
            throw DateGrammarError(message: "“\(written)” is not a UK time offset",
                                   hint: "write UK time, with “Z”, “+00:00” (GMT) or “+01:00” (BST)",
                                   offset: sign.start)
        }
    }
}
