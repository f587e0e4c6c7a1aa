/// A date's text moved on by editing the words that change (the day, the month, the year, a zone) where
/// they are written, so “12:00 GMT, 19 December 2022” stays in the coordinator's own form and becomes
/// “12:00 GMT, 19 December 2023”. The new text is read again by the date grammar and kept only when it
/// means what the move says; otherwise the date is written out plainly, or, failing that, not moved.
enum DateRewrite {
    /// What became of one date.
    enum Outcome: Equatable {
        /// Not a date to move: counted from another, open-ended, or without a year of its own.
        case leftAlone
        case moved(String)
        /// A date that should move but whose words could not be moved: to be changed by hand.
        case notMoved
    }

    /// `text` (read as `old`) moved by `shift`; `grammar` reads the new text as the new scheme will.
    static func move(_ text: String, read old: DateExpression, by shift: DateShift, grammar: DateGrammar) -> Outcome {
        guard let expected = shift.moved(old) else { return .leftAlone }
        guard let tokens = try? DateSource(text, limit: DateGrammar.maximumLength).tokens() else { return .notMoved }
        let writesYear = tokens.contains { $0.kind == .number && $0.digits == 4 && DateGrammar.years.contains($0.value) }
        // A day without its year, written with its weekday, follows the cohort's years but would keep last
        // year's weekday: it moves by its days, to keep the weekday true.
        let weekdayWithoutYear = !writesYear && old.points.contains { $0.writtenWeekday != nil && $0.yearFrom != nil }
        guard writesYear || weekdayWithoutYear else { return .leftAlone }
        var candidates = [edited(text, tokens: tokens, old: old, expected: expected, shift: shift)]
        if let (oldDay, newDay) = dayWrittenOnce(old, expected) {
            candidates.append(edited(text, tokens: tokens, old: oldDay, expected: newDay, shift: shift))
        }
        for candidate in candidates + [plain(expected)] {
            guard let candidate, case .success(let read) = grammar.parse(candidate) else { continue }
            if DateShift.agrees(read, expected) { return .moved(candidate) }
        }
        return .notMoved
    }

    /// Two times on one day ending at midnight (‘19:00–midnight, Tuesday 9 March 2027’) end on the next day,
    /// but the day written is the first's: the words are edited as if both ends were on it (the new text is
    /// read again all the same).
    private static func dayWrittenOnce(_ old: DateExpression, _ new: DateExpression) -> (DateExpression, DateExpression)? {
        guard case .range(let a, var b) = old, case .range(let c, var d) = new, a.time != nil, b.isMidnight(ending: a.day) else { return nil }
        b.day = a.day
        d.day = c.day
        return (.range(a, b), .range(c, d))
    }

    // MARK: Editing the words

    private struct Edit {
        var start: Int
        var end: Int
        var text: String
    }

    private static func edited(_ text: String, tokens: [DateToken], old: DateExpression, expected: DateExpression,
                               shift: DateShift) -> String? {
        var edits: [Edit] = []
        let oldPoints = old.points, newPoints = expected.points
        if !oldPoints.isEmpty, oldPoints.count == newPoints.count {
            // Each point owns the words from where it is written to where the next one is; words before the
            // first belong to it.
            let order = oldPoints.indices.sorted { oldPoints[$0].offset < oldPoints[$1].offset }
            for (rank, index) in order.enumerated() {
                let from = rank == 0 ? Int.min : oldPoints[index].offset
                let to = rank + 1 < order.count ? oldPoints[order[rank + 1]].offset : Int.max
                let window = tokens.indices.filter { tokens[$0].start >= from && tokens[$0].start < to }
                edits += pointEdits(window, tokens, old: oldPoints[index], new: newPoints[index])
            }
        } else {
            // Months, seasons, academic years: only the years change.
            for (i, token) in tokens.enumerated() where token.kind == .number {
                if token.digits == 4, DateGrammar.years.contains(token.value) {
                    edits.append(Edit(start: token.start, end: token.end, text: String(token.value + shift.years)))
                } else if case .academicYear = old, token.digits == 2, i >= 2, tokens[i - 2].digits == 4,
                          tokens[i - 1].text == "-" || tokens[i - 1].text == "/" {
                    edits.append(Edit(start: token.start, end: token.end, text: padded((token.value + shift.years) % 100, 2)))
                }
            }
        }
        var scalars = Array(text.unicodeScalars)
        for edit in edits.sorted(by: { $0.start > $1.start }) {
            guard edit.start >= 0, edit.end <= scalars.count, edit.start <= edit.end else { return nil }
            scalars.replaceSubrange(edit.start..<edit.end, with: Array(edit.text.unicodeScalars))
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The day, month, year and zone words of one point, among the tokens `window`.
    private static func pointEdits(_ window: [Int], _ tokens: [DateToken], old: DatePoint, new: DatePoint) -> [Edit] {
        var edits: [Edit] = []
        var sawDay = false, sawMonth = false, sawYear = false
        var skip: Set<Int> = []
        for i in window where !skip.contains(i) {
            let token = tokens[i]
            // 2023-12-19: the year, month and day together.
            if token.kind == .number, token.digits == 4, i + 4 < tokens.count, tokens[i + 1].text == "-",
               tokens[i + 2].digits == 2, tokens[i + 3].text == "-", tokens[i + 4].digits == 2 {
                edits.append(Edit(start: token.start, end: tokens[i + 4].end,
                                  text: new.day.description))
                skip.formUnion(i...(i + 4))
                sawDay = true; sawMonth = true; sawYear = true
                continue
            }
            if token.kind == .number, token.digits == 4, !sawYear {
                sawYear = true
                if new.day.year != old.day.year { edits.append(Edit(start: token.start, end: token.end, text: String(new.day.year))) }
            } else if token.kind == .number, token.digits <= 2, !sawDay, !isTime(i, tokens) {
                sawDay = true
                if new.day.day != old.day.day {
                    edits.append(Edit(start: token.start, end: token.end, text: String(new.day.day)))
                    if i + 1 < tokens.count, !tokens[i + 1].spaceBefore, DateLexicon.ordinalSuffixes.contains(tokens[i + 1].text) {
                        edits.append(Edit(start: tokens[i + 1].start, end: tokens[i + 1].end,
                                          text: styled(DateFormatting.ordinalSuffix(new.day.day), like: tokens[i + 1].written)))
                    }
                }
            } else if token.kind == .word, !sawMonth, DateLexicon.weekday(token.text) == nil, let month = DateLexicon.month(token.text) {
                sawMonth = true
                if new.day.month != month {
                    let full = CalendarDay.monthNames[new.day.month - 1]
                    let name = token.text == DateLexicon.lowerMonths[month - 1] ? full : String(full.prefix(3))
                    edits.append(Edit(start: token.start, end: token.end, text: styled(name, like: token.written)))
                }
            } else if token.kind == .word, let zone = DateLexicon.zone(token.text), zone == .bst || zone == .gmt,
                      let moved = new.zone, moved != zone {
                edits.append(Edit(start: token.start, end: token.end, text: styled(moved.rawValue, like: token.written)))
            }
        }
        return edits
    }

    /// Whether the number at `i` is part of a time (12:00, 9.30am, 6pm, 12 noon) rather than a day.
    private static func isTime(_ i: Int, _ tokens: [DateToken]) -> Bool {
        let next = i + 1 < tokens.count ? tokens[i + 1] : nil
        let previous = i > 0 ? tokens[i - 1] : nil
        if let previous, previous.kind == .symbol, previous.text == ":" || previous.text == "." { return true }
        guard let next else { return false }
        if next.kind == .symbol, next.text == ":" || next.text == "." { return i + 2 < tokens.count && tokens[i + 2].kind == .number }
        if next.kind == .word && (DateLexicon.meridiemWords.contains(next.text) || DateLexicon.clockWords.contains(next.text)) { return true }
        // The hour of ‘5-6pm’, which takes the second time's am or pm.
        return (next.text == "-" || DateLexicon.rangeWords.contains(next.text)) && i + 2 < tokens.count
            && tokens[i + 2].kind == .number && isTime(i + 2, tokens)
    }

    // MARK: Writing out plainly

    /// The moved date in one plain form, when its words could not be moved in place.
    private static func plain(_ expression: DateExpression) -> String? {
        func day(_ p: DatePoint) -> String {
            let weekday = p.writtenWeekday.map { "\($0.name) " } ?? ""
            guard let time = p.time else { return weekday + p.day.written }
            let zone = DateFormatting.writtenZone(p)
            return "\(DateFormatting.clock(time))\(zone), \(weekday)\(p.day.written)"
        }
        switch expression {
        case .point(let p): return day(p)
        case .range(let a, let b) where a.time == nil && b.time == nil: return "\(day(a)) – \(day(b))"
        case .weekCommencing(let p): return "w/c \(day(p))"
        default: return nil
        }
    }

    private static func padded(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `word` in the letter case `written` was in: “DEC”, “dec” or “Dec”.
    private static func styled(_ word: String, like written: String) -> String {
        if written.count > 1, written == written.uppercased() { return word.uppercased() }
        if let first = written.first, first.isLowercase { return word.lowercased() }
        return word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }
}
