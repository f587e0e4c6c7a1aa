/// The forms read before the tokens, because what follows them is free text or another date: "usually"
/// before any date, open-ended words ("ongoing", "rolling", "all year"), and counts from another key date,
/// whose label may hold any words ("6 months after ‘Relationships end’").
extension DateGrammar {
    func expression(_ source: DateSource) throws(DateGrammarError) -> DateExpression {
        let words = source.words()
        if let first = words.first, first.text == "usually" {
            guard words.count > 1 else {
                throw DateGrammarError(message: "“\(first.written)” should come before the date it qualifies",
                                       hint: "write the date after it, as in “usually January \(examples.year(month: 1))”",
                                       offset: first.start)
            }
            return .usually(try expression(source.suffix(from: words[1].start)))
        }
        let phrase = words.map(\.text).joined(separator: " ").replacingOccurrences(of: "-", with: " ")
        if Self.ongoingPhrases.contains(phrase) { return .ongoing(text: source.text) }
        if let relative = try relative(words, in: source) { return .relative(relative, resolved: nil) }
        var parser = try DateParser(source: source)
        let expression = try parser.parseExpression()
        try parser.checkYears(of: expression)
        return expression
    }

    /// What an open-ended date may say, in lower case, hyphens as spaces.
    static let ongoingPhrases: Set<String> = [
        "ongoing", "rolling", "on a rolling basis", "all year", "all year round", "throughout the year",
    ]

    static let relativeUnits: [String: RelativeDate.Unit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week,
        "month": .month, "months": .month, "year": .year, "years": .year,
    ]

    static let numberWords: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// The most of each unit a date may be counted: ten years.
    static let relativeLimits: [RelativeDate.Unit: Int] = [.day: 3653, .week: 522, .month: 120, .year: 10]

    /// "[within] N days|weeks|months|years after|before <label>", the label in quotes or not; nil when the
    /// text is not a count.
    func relative(_ words: [DateSource.Word], in source: DateSource) throws(DateGrammarError) -> RelativeDate? {
        var i = 0
        let within = words.first?.text == "within"
        if within { i += 1 }
        guard words.count > i + 2, let unit = Self.relativeUnits[words[i + 1].text],
              ["after", "before"].contains(words[i + 2].text) else { return nil }
        let count = words[i]
        guard let amount = Int(count.text) ?? Self.numberWords[count.text] else {
            throw DateGrammarError(message: "“\(count.written)” is not a number of \(unit.rawValue)s",
                                   hint: "write the count in figures, as in “6 months after ‘Relationships end’”", offset: count.start)
        }
        let limit = Self.relativeLimits[unit] ?? 10
        guard (1...limit).contains(amount) else {
            throw DateGrammarError(message: "“\(count.written) \(words[i + 1].written)” is not a count the portal can use: a date may be counted at least 1 and at most \(limit) \(unit.rawValue)s from another",
                                   hint: "check the number", offset: count.start)
        }
        let direction = words[i + 2]
        guard i + 3 < words.count else {
            throw DateGrammarError(
                message: "“\(source.text)” does not say which key date it is counted from",
                hint: "add the other key date's label, in quotes, as in “\(count.written) \(words[i + 1].written) \(direction.written) ‘Relationships end’”",
                offset: direction.end)
        }
        var scalars = Array(source.suffix(from: words[i + 3].start).scalars)
        var start = words[i + 3].start
        let quotes: Set<Unicode.Scalar> = ["‘", "’", "'", "“", "”", "\"", "`"]
        if let first = scalars.first, quotes.contains(first) {
            scalars.removeFirst()
            start += 1
        }
        if let last = scalars.last, quotes.contains(last) { scalars.removeLast() }
        let label = String(String.UnicodeScalarView(scalars)).trimmingSpaces()
        guard !label.isEmpty else {
            throw DateGrammarError(message: "“\(source.text)” does not say which key date it is counted from",
                                   hint: "write the other key date's label between the quotes", offset: words[i + 3].start)
        }
        return RelativeDate(amount: amount, unit: unit, isBefore: direction.text == "before", isWithin: within,
                            label: label, labelOffset: start, labelLength: label.unicodeScalars.count)
    }
}

extension DateSource {
    /// A word of the text: what white space separates, in lower case, and where it was written.
    struct Word: Sendable {
        var text: String
        var written: String
        var start: Int
        var end: Int
    }

    func words() -> [Word] {
        var words: [Word] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        func close(at end: Int) {
            guard !current.isEmpty else { return }
            let written = String(String.UnicodeScalarView(current))
            words.append(Word(text: written.lowercased(), written: written, start: base + start, end: base + end))
            current = []
        }
        for (i, scalar) in scalars.enumerated() {
            if Self.isSpace(scalar) {
                close(at: i)
            } else {
                if current.isEmpty { start = i }
                current.append(scalar)
            }
        }
        close(at: scalars.count)
        return words
    }

    /// The text from an offset (into the text as written) to its end, as a date of its own.
    func suffix(from offset: Int) -> DateSource {
        let lower = max(0, min(scalars.count, offset - base))
        var source = DateSource(scalars: Array(scalars[lower...]), base: base + lower, examples: examples)
        source.yearSource = yearSource
        return source
    }
}

private extension String {
    func trimmingSpaces() -> String {
        let kept = unicodeScalars.drop { DateSource.isSpace($0) }
        var view = String.UnicodeScalarView(kept)
        while let last = view.last, DateSource.isSpace(last) { view.removeLast() }
        return String(view)
    }
}
