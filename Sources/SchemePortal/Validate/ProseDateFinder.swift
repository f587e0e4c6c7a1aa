/// A date found in running text ("Researchers should submit their EoI by 12:00 BST on 19 December 2023"),
/// read by the same `DateGrammar` as key dates.
struct ProseDate {
    var expression: DateExpression
    /// 0-based line of the text it is on.
    var line: Int
    /// 0-based offset, in Unicode scalars, of the date's first character in that line.
    var column: Int
    /// The date as written.
    var written: String
    /// The sentence up to the date ("Researchers should submit their EoI by "), for the rules to judge
    /// what the date is for.
    var lead: String
}

/// A day written in numbers in running text (“by 03/04/2027”), which the grammar refuses to read.
struct NumericProseDate {
    var problem: DateGrammarError
    var line: Int
    var column: Int
    var written: String
}

/// Finds dates in Markdown prose: runs of words that could belong to a date (numbers, times, months,
/// weekdays, the grammar's little words), then the longest stretch of each run that the date grammar
/// reads as a day, a time on a day, a range or a week. Vague text ("Summer 2023") and whole months are
/// left alone: they are not the kind of date that can be wrong by a day or a year.
enum ProseDateFinder {
    /// Runs longer than this are cut: no date needs more words, and the search stays cheap.
    static let maximumRun = 16

    struct Chunk {
        /// Scalar offsets in the line of the chunk's core (without surrounding punctuation or emphasis).
        var start: Int
        var end: Int
        var core: String
        /// Whether it can start or end a date (a number, month, weekday, "noon"), not just join one.
        var anchor: Bool
        /// Whether the sentence ends after it.
        var endsSentence: Bool
    }

    static func find(in text: String) -> [ProseDate] { scan(text).dates }

    /// The dates, and the days written in numbers (with a year, so `3/4` of a group is no date), in one pass.
    static func scan(_ text: String) -> (dates: [ProseDate], numeric: [NumericProseDate]) {
        var found: [ProseDate] = []
        var numeric: [NumericProseDate] = []
        for (number, scalars) in lines(text).enumerated() {
            guard scalars.contains(where: { $0.properties.numericType != nil }) else { continue }
            let (dates, numbers) = dates(in: scalars, line: number)
            found += dates
            numeric += numbers
        }
        return (found, numeric)
    }

    /// The text's lines as scalars, ended by "\n", "\r\n" or "\r": split by scalar, since "\r\n" is one
    /// Character and splitting on the Character "\n" would leave a CRLF file one long line.
    static func lines(_ text: String) -> [[Unicode.Scalar]] {
        var lines: [[Unicode.Scalar]] = [[]]
        var afterReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n", afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        return lines
    }

    static func dates(in line: [Unicode.Scalar], line number: Int) -> (dates: [ProseDate], numeric: [NumericProseDate]) {
        let grammar = DateGrammar()
        var found: [ProseDate] = []
        var numeric: [NumericProseDate] = []
        var run: [Chunk] = []
        func flush() {
            var i = 0
            while i < run.count {
                guard run[i].anchor else { i += 1; continue }
                var matched = false
                var j = min(run.count - 1, i + maximumRun - 1)
                while j >= i {
                    if run[j].anchor, let date = read(run[i].start, run[j].end) {
                        found.append(date)
                        matched = true
                        break
                    }
                    j -= 1
                }
                i = matched ? j + 1 : i + 1
            }
            run.removeAll()
        }
        func read(_ start: Int, _ end: Int) -> ProseDate? {
            let written = String(String.UnicodeScalarView(line[start..<end]))
            let expression: DateExpression
            switch grammar.parse(written) {
            case .success(let read):
                expression = read
            case .failure(let problem):
                // Kept once, from the shortest reading that starts there: the day in numbers alone.
                if problem.isNumericDate, written.unicodeScalars.filter({ $0 == "/" }).count == 2,
                   !numeric.contains(where: { $0.column == start + problem.offset }) {
                    numeric.append(NumericProseDate(problem: problem, line: number, column: start + problem.offset,
                                                    written: String(written.unicodeScalars.dropFirst(problem.offset))))
                }
                return nil
            }
            switch expression {
            case .vague, .months, .ongoing, .usually, .academicYear, .relative: return nil
            default: break
            }
            return ProseDate(expression: expression, line: number, column: start, written: written,
                             lead: sentence(before: start, in: line))
        }
        for chunk in chunks(line) {
            if let chunk {
                run.append(chunk)
                if chunk.endsSentence { flush() }
            } else {
                flush()
            }
        }
        flush()
        return (found, numeric)
    }

    /// Each white-space-separated word as a chunk, or nil where a word could not be part of a date.
    static func chunks(_ line: [Unicode.Scalar]) -> [Chunk?] {
        var result: [Chunk?] = []
        var i = 0
        while i < line.count {
            while i < line.count, DateSource.isSpace(line[i]) { i += 1 }
            guard i < line.count else { break }
            var end = i
            while end < line.count, !DateSource.isSpace(line[end]) { end += 1 }
            var start = i
            var stop = end
            while start < stop, "*_\"'“”‘’([<".unicodeScalars.contains(line[start]) { start += 1 }
            var trailing = ""
            while stop > start, "*_\"'“”‘’)]>.,;:!?".unicodeScalars.contains(line[stop - 1]) {
                trailing.unicodeScalars.insert(line[stop - 1], at: trailing.startIndex)
                stop -= 1
            }
            let core = String(String.UnicodeScalarView(line[start..<stop]))
            i = end
            guard !core.isEmpty, let anchor = classify(core) else {
                result.append(nil)
                continue
            }
            // "p.m." keeps its dots; a full stop, colon, semicolon or question mark ends a sentence.
            var stopsSentence = trailing.contains { ".;!?".contains($0) }
            if core.lowercased().hasSuffix("p.m") || core.lowercased().hasSuffix("a.m") {
                if trailing.hasPrefix(".") { stop += 1 }
                stopsSentence = trailing.dropFirst().contains { ".;!?".contains($0) }
            }
            result.append(Chunk(start: start, end: stop, core: core, anchor: anchor, endsSentence: stopsSentence))
        }
        return result
    }

    /// nil when the word cannot be part of a date; true when it can start or end one.
    static func classify(_ core: String) -> Bool? {
        let lower = core.lowercased()
        if ["w/c", "w/b", "wc", "wb", "week"].contains(lower) { return true }
        if lower.unicodeScalars.allSatisfy({ "-–—".unicodeScalars.contains($0) }) { return false }
        if let first = lower.unicodeScalars.first, DateSource.isDigit(first) {
            // Numbers, times, ordinals, ISO dates, "26–30": only digits, letters and : . - – / + T Z.
            let allowed = lower.unicodeScalars.allSatisfy {
                DateSource.isDigit($0) || $0.properties.isAlphabetic || ":.-–/+".unicodeScalars.contains($0)
            }
            guard allowed, lower.unicodeScalars.filter(DateSource.isDigit).count <= 14 else { return nil }
            return true
        }
        if DateLexicon.month(lower) != nil || DateLexicon.weekday(lower) != nil { return true }
        // Words a date can end with ("12:00 BST", "6 pm", "noon"); the rest only join one.
        if DateLexicon.timeOrZoneWordsInProse.contains(lower) { return true }
        if DateLexicon.isKnown(lower) { return false }
        return nil
    }

    /// The sentence before `offset` on its line: from the last full stop, question or exclamation mark.
    static func sentence(before offset: Int, in line: [Unicode.Scalar]) -> String {
        var start = offset
        while start > 0 {
            let c = line[start - 1]
            if (c == "." || c == "!" || c == "?"), start < line.count, DateSource.isSpace(line[start]) { break }
            start -= 1
        }
        return String(String.UnicodeScalarView(line[start..<offset]))
    }
}
