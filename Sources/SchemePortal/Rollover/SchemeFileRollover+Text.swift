/// The scheme's title and the dates in its running text, moved on with its key dates: two schemes may not
/// share a title, and a sentence giving last year's deadline beside this year's key date is an error.
extension SchemeFileRollover {
    /// A date in the scheme's running text, moved with the key dates.
    struct ProseChange: Sendable, Equatable {
        /// 1-based line and column in the new file.
        var line: Int
        var column: Int
        var old: String
        var new: String
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

    /// `text` with each dated day, range or week in its running text moved on by `shift`, but for the lines
    /// `skipping` (the key dates, already moved, and their `confirm:` lines).
    static func movingProse(_ text: String, skipping: Set<Int>, shift: DateShift, grammar: DateGrammar) -> (text: String, changes: [ProseChange]) {
        var lines = self.lines(text)
        var changes: [ProseChange] = []
        let found = ProseDateFinder.find(in: text).filter { !skipping.contains($0.line + 1) && $0.line < lines.count }
        // Right to left along each line, so an edit does not move the columns of those still to make.
        for date in found.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            guard case .moved(let new) = DateRewrite.move(date.written, read: date.expression, by: shift, grammar: grammar) else { continue }
            var scalars = Array(lines[date.line].unicodeScalars)
            let old = Array(date.written.unicodeScalars)
            guard date.column + old.count <= scalars.count, Array(scalars[date.column..<(date.column + old.count)]) == old else { continue }
            scalars.replaceSubrange(date.column..<(date.column + old.count), with: Array(new.unicodeScalars))
            lines[date.line] = String(String.UnicodeScalarView(scalars))
            changes.append(ProseChange(line: date.line + 1, column: date.column + 1, old: date.written, new: new))
        }
        return (lines.joined(), changes.reversed())
    }
}
