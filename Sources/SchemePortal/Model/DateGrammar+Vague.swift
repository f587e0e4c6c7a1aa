/// Periods shown as written: seasons, terms, parts of a year or month, a year alone.
extension DateParser {
    /// "Summer 2023", "Spring term 2024", "early 2024", "mid-2024", "late March 2024", "Michaelmas term 2023",
    /// "TBC 2024", "2024". The text is kept as written; the bounds only order the timeline.
    mutating func parseVague() throws(DateGrammarError) -> DateExpression? {
        let start = startOffset
        if let year = year(index) {
            // "2024", "2024 TBC", "2024 (TBC)"
            index += 1
            if isWord(index, DateLexicon.undecided) {
                index += 1
            } else if isSymbol(index, "("), isWord(index + 1, DateLexicon.undecided), isSymbol(index + 2, ")") {
                index += 3
            }
            guard atEnd else {
                expect("the end of the date")
                return nil
            }
            return vague((1, 1), (12, 31), year)
        }
        if isWord(index, ["the"]), isWord(index + 1, DateLexicon.seasons.union(DateLexicon.partPhrases.keys)) { index += 1 }
        guard var w = word(index) else {
            expect("a date")
            return nil
        }
        var bounds: (from: (Int, Int), to: (Int, Int), spansNewYear: Bool)
        var monthPart: Int?
        index += 1
        // "the beginning of March 2027" reads as "early March 2027"; "the end of March 2027" as "late …".
        if let part = DateLexicon.partPhrases[w], isWord(index, ["of"]) {
            index += 1
            w = part
        }
        if DateLexicon.seasons.contains(w) {
            if isWord(index, ["term"]) {
                // UK school terms.
                index += 1
                switch w {
                case "autumn", "fall": bounds = ((9, 1), (12, 31), false)
                case "spring": bounds = ((1, 1), (4, 30), false)
                case "summer": bounds = ((4, 1), (7, 31), false)
                default: bounds = ((1, 1), (3, 31), false)
                }
            } else {
                switch w {
                case "spring": bounds = ((3, 1), (5, 31), false)
                case "summer": bounds = ((6, 1), (8, 31), false)
                case "autumn", "fall": bounds = ((9, 1), (11, 30), false)
                default: bounds = ((12, 1), (2, 0), true)
                }
            }
            if isWord(index, ["of"]) { index += 1 }
        } else if DateLexicon.parts.contains(w) {
            if isSymbol(index, "-"), joined(index) { index += 1 }
            if let m = month(index) {
                // "early March 2024": the first ten days, the middle ten, the rest (docs/content-format.md).
                index += 1
                monthPart = m
                bounds = w == "early" ? ((m, 1), (m, 10), false) : w == "mid" ? ((m, 11), (m, 20), false)
                    : ((m, 21), (m, 0), false)
            } else {
                bounds = w == "early" ? ((1, 1), (4, 30), false) : w == "mid" ? ((5, 1), (8, 31), false)
                    : ((9, 1), (12, 31), false)
            }
        } else if DateLexicon.terms.contains(w), w != "easter" || isWord(index, ["term"]) {
            // Oxford and Cambridge terms.
            if isWord(index, ["term"]) { index += 1 }
            switch w {
            case "michaelmas": bounds = ((10, 1), (12, 31), false)
            case "hilary", "lent": bounds = ((1, 1), (3, 31), false)
            default: bounds = ((4, 1), (6, 30), false)
            }
        } else if DateLexicon.undecided.contains(w) {
            bounds = ((1, 1), (12, 31), false)
        } else {
            index -= 1
            expect("a date")
            return nil
        }
        let writtenYear = year(index)
        guard let year = writtenYear ?? (atEnd ? lentYear(month: bounds.from.0, day: bounds.from.1) : nil) else {
            if atEnd {
                let example = source.written(from: start, to: consumedEnd) + " \(source.examples.year(month: bounds.from.0, day: bounds.from.1))"
                throw missingYear(source.written(from: start, to: consumedEnd), example: example, offset: start)
            }
            if let t = token(index), t.kind == .number, t.digits < 4, monthPart == nil || t.digits > 2 {
                throw DateGrammarError(message: "“\(t.written)” is not a year",
                                       hint: "write the year with four digits, such as “\(t.digits == 2 ? "20" + t.written : String(source.examples.year(month: bounds.from.0)))”", offset: t.start)
            }
            expect("a year")
            return nil
        }
        if writtenYear != nil { index += 1 }
        guard atEnd else {
            expect("the end of the date")
            return nil
        }
        return vague(bounds.from, bounds.to, year, spansNewYear: bounds.spansNewYear)
    }

    /// A day of 0 in `to` means the month's last day.
    func vague(_ from: (Int, Int), _ to: (Int, Int), _ year: Int, spansNewYear: Bool = false) -> DateExpression {
        let endYear = spansNewYear ? year + 1 : year
        let endDay = to.1 == 0 ? CalendarMath.daysInMonth(to.0, year: endYear) : to.1
        return .vague(text: source.text,
                      earliest: CalendarDay(year: year, month: from.0, day: from.1),
                      latest: CalendarDay(year: endYear, month: to.0, day: endDay))
    }
}
