/// Two times whose first leaves out its am or pm (‘5-6pm’, ‘10–11.30am’, ‘11-1pm’), as UK notices write them:
/// the first takes the second's, unless that would put it after the second (‘11-1pm’ is 11:00 to 13:00). Read
/// as a day range before, ‘5-6pm, Tuesday 9 March’ became 5 March to 18:00 on 9 March, without a word.
extension DateParser {
    /// ‘5-6pm’ at the current token, with what follows it unread; nil (and nothing read) when it is not there.
    mutating func parseHourRange(between: Bool = false) throws(DateGrammarError) -> (WrittenTime, WrittenTime)? {
        let save = index
        let start = startOffset
        guard let hour = number(index, digits: 1...2), (1...12).contains(hour), !isTime(at: index) else { return nil }
        var minute = 0
        index += 1
        // ‘10.15–11am’: the first with its minutes but no am or pm.
        if (isSymbol(index, ".") || isSymbol(index, ":")) && joined(index), let m = number(index + 1, digits: 2...2), joined(index + 1), m < 60 {
            minute = m
            index += 2
        }
        guard consumeRangeSeparator(between: between, iso: false), meridiemFollows(at: index),
              let second = try parseTime() else {
            index = save
            return nil
        }
        let pm = second.time.hour >= 12
        var first = TimeOfDay(hour: hour % 12 + (pm ? 12 : 0), minute: minute)
        if second.time <= first { first = TimeOfDay(hour: hour % 12, minute: minute) }
        return (WrittenTime(time: first, zone: second.zone, start: start), second)
    }

    /// Whether the time at `i` is written with am or pm (‘6pm’, ‘11.30 am’, ‘4 p.m.’).
    func meridiemFollows(at i: Int) -> Bool {
        guard number(i, digits: 1...2) != nil else { return false }
        var j = i + 1
        if (isSymbol(j, ".") || isSymbol(j, ":")) && joined(j) && number(j + 1, digits: 2...2) != nil { j += 2 }
        return isWord(j, DateLexicon.meridiems) || (isWord(j, DateLexicon.dottedMeridiemLetters) && isSymbol(j + 1, "."))
    }
}
