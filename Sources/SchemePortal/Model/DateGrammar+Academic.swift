/// Academic years: "academic year 2026-27", "during the academic year 2026-27", "2026/27 academic year".
extension DateParser {
    /// An academic year runs from 1 September to 31 August (docs/content-format.md). The text is kept as written.
    mutating func parseAcademicYear() throws(DateGrammarError) -> DateExpression? {
        if isWord(index, ["during"]) { index += 1 }
        if isWord(index, ["the"]) { index += 1 }
        let years: (first: Int, second: DateToken)
        if isWord(index, ["academic"]), isWord(index + 1, ["year"]) {
            index += 2
            guard let written = academicYears() else {
                expect("an academic year such as “\(source.examples.year(month: 9))-\(Self.twoDigits(source.examples.year(month: 9) + 1))”")
                return nil
            }
            years = written
        } else if let written = academicYears(), isWord(index, ["academic"]), isWord(index + 1, ["year"]) {
            index += 2
            years = written
        } else {
            return nil
        }
        guard atEnd else {
            expect("the end of the date")
            return nil
        }
        let next = years.second.digits == 2 ? (years.first + 1) % 100 : years.first + 1
        guard years.second.value == next else {
            let written = years.second.digits == 2 ? Self.twoDigits(next) : String(next)
            throw DateGrammarError(
                message: "“\(years.first)-\(years.second.written)” is not an academic year: one runs from September \(years.first) to August \(years.first + 1)",
                hint: "write “\(years.first)-\(written)”, or check the first year", offset: years.second.start)
        }
        return .academicYear(text: source.text, from: CalendarDay(year: years.first, month: 9, day: 1),
                             through: CalendarDay(year: years.first + 1, month: 8, day: 31))
    }

    /// "2026-27", "2026/27", "2026–2027": the first year and the second as written; checked by the caller
    /// once the words say it is an academic year (ISO months, "2026-03", are written the same way).
    private mutating func academicYears() -> (first: Int, second: DateToken)? {
        guard let first = year(index), isSymbol(index + 1, "-") || isSymbol(index + 1, "/"),
              let second = token(index + 2), second.kind == .number, second.digits == 2 || second.digits == 4 else { return nil }
        index += 3
        return (first, second)
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
