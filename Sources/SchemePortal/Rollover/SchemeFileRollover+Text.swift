/// The scheme's title and the dates in its running text, moved on with its key dates: two schemes may not
/// share a title, and a sentence giving last year's deadline beside this year's key date is an error.
extension SchemeFileRollover {
    /// A date in the scheme's running text, moved with the key date it repeats, or left as written.
    struct ProseChange: Sendable, Equatable {
        /// 1-based line and column in the new file (0-based line in the old one, while it is being made).
        var line: Int
        var column: Int
        var old: String
        /// nil for a date left as written.
        var new: String?
    }

    /// The `title:` line with the old cohort replaced by the new one, or the new cohort added in brackets;
    /// nil when the title is not written on its one line.
    static func titleEdit(_ lines: [String], oldCohort: String?, cohort: String) -> (index: Int, line: String, title: String)? {
        guard lines.first.map({ $0.hasPrefix("---") }) == true else { return nil }
        let end = lines.indices.dropFirst().first { lines[$0].hasPrefix("---") } ?? lines.count
        guard let index = (1..<end).first(where: { lines[$0].hasPrefix("title:") }) else { return nil }
        let line = lines[index]
        let ending = lineEnding(line)
        let body = String(line.dropLast(ending.isEmpty ? 0 : 1))
        var value = String(body.dropFirst("title:".count).drop { $0 == " " })
        // A block (`title: >`) or a value that goes on below is left for staff, and the checklist says so.
        guard !value.isEmpty, !value.hasPrefix(">"), !value.hasPrefix("|"),
              !lines.indices.contains(index + 1) || !lines[index + 1].hasPrefix(" ") else { return nil }
        let key = String(body.dropLast(value.count))
        let quote = value.first == "\"" || value.first == "'" ? value.first : nil
        if let quote, value.last != quote { return nil }
        if let old = oldCohort, !old.isEmpty, let range = value.range(of: old) {
            value.replaceSubrange(range, with: cohort)
        } else if let quote {
            value.insert(contentsOf: " (\(cohort))", at: value.index(before: value.endIndex))
        } else {
            value += " (\(cohort))"
        }
        let title = quote == nil ? value : String(value.dropFirst().dropLast())
        return (index, key + value + ending, title)
    }

    /// The dates in the running text (`texts`, placed in the file `lines`) that repeat a key date's day or
    /// days, moved on to that key date's new days in `lines`; every other date there is left as written
    /// (history, last year's cohort) and returned with `new` nil, for staff to read. Lines `skipping` (each
    /// key date's, moved or not) are never edited: the key-date pass decided what they say.
    static func movingProse(in lines: inout [String], texts: [MarkdownText], keyDates: [(old: DateExpression, new: DateExpression)],
                            skipping: Set<Int>, shift: DateShift, grammar: DateGrammar) -> [ProseChange] {
        // Found by scanning each text as `portal check` does, then placed in the file's 0-based lines.
        var found: [(line: Int, column: Int, date: ProseDate)] = []
        for text in texts {
            for date in ProseDateFinder.find(in: text.source) {
                // The finder counts from 0, as `lines` does.
                let place = text.fileLocation(line: date.line + 1, column: date.column + 1)
                found.append((place.line - 1, place.column - 1, date))
            }
        }
        var changes: [ProseChange] = []
        // Right to left along each line, so an edit does not move the columns of those still to make.
        for (line, column, date) in found.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            var change = ProseChange(line: line, column: column + 1, old: date.written, new: nil)
            defer { changes.append(change) }
            let days = date.expression.points.map(\.day)
            guard !skipping.contains(line), line >= 0, line < lines.count, !days.isEmpty,
                  let key = keyDates.first(where: { $0.old.points.map(\.day) == days }),
                  shift.moved(date.expression)?.points.map(\.day) == key.new.points.map(\.day),
                  case .moved(let new) = DateRewrite.move(date.written, read: date.expression, by: shift, grammar: grammar)
            else { continue }
            var scalars = Array(lines[line].unicodeScalars)
            let old = Array(date.written.unicodeScalars)
            // A text the loader unfolded or unescaped is not where it was read: left as written.
            guard column >= 0, column + old.count <= scalars.count, Array(scalars[column..<(column + old.count)]) == old else { continue }
            scalars.replaceSubrange(column..<(column + old.count), with: Array(new.unicodeScalars))
            lines[line] = String(String.UnicodeScalarView(scalars))
            change.new = new
        }
        return changes.reversed()
    }
}
