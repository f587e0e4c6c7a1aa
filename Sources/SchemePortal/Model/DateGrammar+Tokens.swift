/// One word, number or punctuation mark of a date's text.
struct DateToken: Sendable {
    enum Kind: Sendable { case number, word, symbol }

    var kind: Kind
    /// Words in lower case; numbers as their digits; symbols as themselves, with every dash as "-".
    var text: String
    /// As written.
    var written: String
    /// A number's value (capped at 999 999 999: no date needs more); 0 for words and symbols.
    var value: Int
    /// Offsets into the text as written: the first scalar, and one past the last.
    var start: Int
    var end: Int
    /// Whether white space (or the start of the text) comes before it: "2nd" and "6pm" are written joined up.
    var spaceBefore: Bool

    var digits: Int { kind == .number ? end - start : 0 }
}

extension DateSource {
    func tokens() throws(DateGrammarError) -> [DateToken] {
        var tokens: [DateToken] = []
        var i = 0
        var space = true
        while i < scalars.count {
            let c = scalars[i]
            if Self.isSpace(c) {
                space = true
                i += 1
                continue
            }
            let start = i
            let kind: DateToken.Kind
            var symbol: String?
            var value = 0
            if Self.isDigit(c) {
                kind = .number
                while i < scalars.count, Self.isDigit(scalars[i]) {
                    value = value < 100_000_000 ? value * 10 + Int(scalars[i].value - 48) : 999_999_999
                    i += 1
                }
            } else if c.properties.isAlphabetic {
                kind = .word
                while i < scalars.count, Self.isLetter(scalars[i]) { i += 1 }
            } else if let s = Self.symbol(c) {
                kind = .symbol
                symbol = s
                i += 1
            } else {
                let shown = c.properties.generalCategory == .control || c.properties.generalCategory == .format
                    ? "U+" + String(c.value, radix: 16, uppercase: true) : String(c)
                throw DateGrammarError(message: "“\(shown)” cannot appear in a date",
                                       hint: examples.general, offset: base + i)
            }
            let written = String(String.UnicodeScalarView(scalars[start..<i]))
            let text = symbol ?? (kind == .word ? written.lowercased() : written)
            tokens.append(DateToken(kind: kind, text: text, written: written, value: value,
                                    start: base + start, end: base + i, spaceBefore: space))
            space = false
        }
        return tokens
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    /// A letter, or an accent combined with the letter before it ("e\u{301}").
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return c.properties.isAlphabetic && !isDigit(c)
        }
    }

    static func symbol(_ c: Unicode.Scalar) -> String? {
        switch c {
        case ":", ".", ",", "/", "+", "(", ")": return String(c)
        // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus sign: all written for ranges.
        case "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": return "-"
        default: return nil
        }
    }
}

/// The words a date may contain.
enum DateLexicon {
    static let monthNames = CalendarDay.monthNames
    static let lowerMonths = monthNames.map { $0.lowercased() }
    static let lowerWeekdays = Weekday.allCases.map { $0.name.lowercased() }

    /// A month written in full or cut short to three letters or more ("Sept", "Dec", "Janu"), in any case.
    static func month(_ word: String) -> Int? {
        guard word.unicodeScalars.count >= 3 else { return nil }
        return lowerMonths.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    /// A weekday in full or cut short ("Mon", "Tues", "Thurs", "Weds").
    static func weekday(_ word: String) -> Weekday? {
        if word == "weds" { return .wednesday }
        guard word.unicodeScalars.count >= 3 else { return nil }
        return lowerWeekdays.firstIndex { $0.hasPrefix(word) }.flatMap { Weekday(rawValue: $0 + 1) }
    }

    static func zone(_ word: String) -> ZoneMark? {
        switch word {
        case "z": return .utc
        default: return zoneWords.contains(word) ? ZoneMark(rawValue: word.uppercased()) : nil
        }
    }

    /// Words for a time of day, listed once: the grammar reads them, and the prose date rules know a
    /// date may end with them.
    static let noonWords: Set<String> = ["noon", "midday"]
    static let midnightWords: Set<String> = ["midnight"]
    static let clockWords = noonWords.union(midnightWords)

    /// Where a date's text says midnight, as ‘midnight’ or ‘12am’ (‘12 am’, ‘12 a.m.’, ‘12:00am’), and how long that is, in
    /// Unicode scalars (as offsets are); nil when it does not.
    static func midnightWord(in text: String) -> (offset: Int, length: Int)? {
        let scalars = Array(text.unicodeScalars)
        // Letters compared without case, one scalar for one, so the offset is the text's own.
        func folded(_ i: Int) -> Unicode.Scalar? {
            guard i < scalars.count else { return nil }
            let c = scalars[i]
            return (65...90).contains(c.value) ? Unicode.Scalar(c.value + 32) : c
        }
        func isWordPart(_ i: Int) -> Bool { DateSource.isLetter(scalars[i]) || DateSource.isDigit(scalars[i]) }
        /// The end of ‘midnight’ or ‘12am’ written from `start`, if it is.
        func end(from start: Int) -> Int? {
            let word = Array("midnight".unicodeScalars)
            if (0..<word.count).allSatisfy({ folded(start + $0) == word[$0] }) { return start + word.count }
            guard folded(start) == "1", folded(start + 1) == "2" else { return nil }
            var i = start + 2
            if folded(i) == ":" || folded(i) == ".", folded(i + 1) == "0", folded(i + 2) == "0" { i += 3 }
            if folded(i) == " " { i += 1 }
            guard folded(i) == "a" else { return nil }
            i += 1
            if folded(i) == "." { i += 1 }
            guard folded(i) == "m" else { return nil }
            i += 1
            if folded(i) == "." { i += 1 }
            return i
        }
        for start in scalars.indices where start == 0 || !(isWordPart(start - 1) || scalars[start - 1] == ":" || scalars[start - 1] == ".") {
            if let end = end(from: start), end == scalars.count || !isWordPart(end) { return (start, end - start) }
        }
        return nil
    }

    static let meridiems: Set<String> = ["am", "pm"]
    /// "a.m." and "p.m." as tokens: a letter, a full stop, then "m".
    static let dottedMeridiemLetters: Set<String> = ["a", "p"]
    /// The time words as a sentence writes them, a dotted meridiem without its last full stop ("a.m").
    static let timeWordsInProse = clockWords.union(meridiems).union(dottedMeridiemLetters.map { "\($0).m" })
    static let zoneWords: Set<String> = ["bst", "gmt", "utc"]
    /// Words that make a number in prose a time or a zone: made once, looked up for every word.
    static let timeOrZoneWordsInProse = timeWordsInProse.union(zoneWords)
    /// "am", "pm" and their dotted letters ("a", "p"): made once, looked up for every time read.
    static let meridiemWords = meridiems.union(dottedMeridiemLetters)

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
    static let rangeWords: Set<String> = ["to", "until", "till", "through", "thru"]
    static let seasons: Set<String> = ["spring", "summer", "autumn", "fall", "winter"]
    static let parts: Set<String> = ["early", "mid", "late"]
    /// "the beginning of", "the middle of", "the end of" a month or year, read as the part they name.
    static let partPhrases: [String: String] = ["beginning": "early", "start": "early", "middle": "mid", "end": "late"]
    static let terms: Set<String> = ["michaelmas", "hilary", "lent", "trinity", "easter"]
    static let undecided: Set<String> = ["tbc", "tba", "tbd"]

    static let keywords: Set<String> = ordinalSuffixes.union(rangeWords).union(seasons).union(parts)
        .union(terms).union(undecided).union(clockWords).union(meridiems).union(dottedMeridiemLetters).union(zoneWords).union([
            "m", "z", "t",
            "on", "at", "from", "between", "and", "the", "of", "term",
            "w", "c", "b", "wc", "wb", "week", "commencing", "beginning", "starting",
            "start", "middle", "end", "during", "academic", "year",
        ])

    static func isKnown(_ word: String) -> Bool {
        keywords.contains(word) || month(word) != nil || weekday(word) != nil
    }

    /// Words worth suggesting for a misspelling; short keywords are left out, or "soon" would suggest "noon".
    private static let suggestable: [(word: String, isMonth: Bool, isWeekday: Bool)] =
        monthNames.map { ($0, true, false) } + Weekday.allCases.map { ($0.name, false, true) }
        + ["midnight", "midday", "commencing", "beginning", "between", "through", "until", "spring", "summer",
           "autumn", "winter", "early", "michaelmas", "hilary", "trinity"].map { ($0, false, false) }

    /// The error for a word that is no part of any date, with a "did you mean" when one is close.
    static func unknownWord(_ token: DateToken, afterDayNumber: Bool, alone: Bool, examples: DateExamples) -> DateGrammarError {
        let word = Array(token.text.unicodeScalars)
        var best: (word: String, isMonth: Bool, isWeekday: Bool, distance: Int)?
        for candidate in suggestable {
            let target = Array(candidate.word.lowercased().unicodeScalars)
            // A slip per four letters of the longer word: ‘Wensday’ is Wednesday, but ‘during’ is not spring.
            let allowed = min(3, max(1, max(word.count, target.count) / 4))
            let d = distance(word, target)
            if d <= allowed, d < (best?.distance ?? .max) {
                best = (candidate.word, candidate.isMonth, candidate.isWeekday, d)
            }
        }
        let quoted = "“\(token.written)”"
        if let best {
            let what = best.isMonth ? "is not a month" : best.isWeekday ? "is not a weekday"
                : "is not a word I can read in a date"
            return DateGrammarError(message: "\(quoted) \(what)", hint: "did you mean “\(best.word)”?",
                                    offset: token.start)
        }
        if afterDayNumber {
            return DateGrammarError(message: "\(quoted) is not a month",
                                    hint: "write the month as a word, such as “March” or “Mar”", offset: token.start)
        }
        return DateGrammarError(message: alone ? "\(quoted) is not a date I can read"
                                    : "\(quoted) is not a word I can read in a date",
                                hint: examples.general, offset: token.start)
    }

    /// Optimal-string-alignment distance, shared with the key suggestions.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        Suggestion.editDistance(a.map(Character.init), b.map(Character.init))
    }
}
