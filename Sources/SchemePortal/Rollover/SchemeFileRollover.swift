import Foundation

/// The next cohort's `scheme.md`, made by editing the old one's text where each date and the cohort are
/// written, so the coordinator's comments, order and layout stay as they were (the YAML is never written
/// out again from the model). Each moved date gets a `confirm:` line under it that `portal check` warns about
/// until someone has checked the date and deleted the line.
struct SchemeFileRollover {
    /// One date `portal rollover` looked at, and what became of it.
    struct DateChange: Sendable, Equatable {
        var label: String
        /// The intake it belongs to, for an intake's start or dates.
        var intake: String?
        var old: String
        /// The new text; nil for a date left as written or not moved.
        var new: String?
        /// 1-based line in the new file.
        var line: Int
        var outcome: Outcome

        enum Outcome: Sendable, Equatable {
            case moved
            /// Counted from another date, open-ended, or following the cohort or intake: left as written.
            case leftAlone
            /// Should move, but could not be edited in place (written over several lines, in a `{…}`
            /// mapping, or in words the grammar could not rewrite): to be changed by hand.
            case notMoved
        }
    }

    var text: String
    var changes: [DateChange]
    /// 1-based lines of the new file that hold a date or a `confirm:`, which are not prose.
    var dateLines: Set<Int>
    /// The new title, when it was changed (it must differ from the old scheme's).
    var title: String?
    /// The dates in the scheme's running text: moved on with the key date they repeat, or left as written.
    var prose: [ProseChange]

    init(scheme: Scheme, source: String, cohort: String, shift: DateShift) {
        var lines = Self.lines(source)
        var replaced: [Int: String] = [:]       // 0-based line → its new text
        var inserted: [Int: [String]] = [:]     // 0-based line → lines to add after it
        var removed: Set<Int> = []
        var changes: [(index: Int, change: DateChange)] = []
        let grammar = DateGrammar(examples: DateExamples(cohort: cohort, today: nil), yearSource: .cohort(cohort))
        var seen: Set<SourceLocation> = []
        for keyDate in scheme.keyDates where seen.insert(keyDate.location).inserted {
            let index = keyDate.location.line - 1
            // A date of `intake_dates` is every intake's, though it is read (and listed) with the first.
            let everyIntakes = keyDate.label != Intake.startLabel
                && scheme.intakeDates.contains { $0.label == keyDate.label && $0.text == keyDate.text }
            var change = DateChange(label: keyDate.label, intake: everyIntakes ? nil : keyDate.intake, old: keyDate.text, new: nil,
                                    line: keyDate.location.line, outcome: .leftAlone)
            // An intake's own dates and its start are read in its years; the grammar needs that intake.
            let reader = keyDate.intake.flatMap { name in
                scheme.intakes.first { $0.name == name }.map { intake in
                    DateGrammar(examples: grammar.examples,
                                yearSource: .intake(name: name, starts: shift.movedStart(intake, in: scheme)))
                }
            } ?? grammar
            let outcome = DateRewrite.move(keyDate.text, read: keyDate.when, by: shift, grammar: reader)
            if case .moved(let new) = outcome, index < lines.count, let edit = Self.replacing(keyDate, with: new, in: lines[index]) {
                let ending = Self.lineEnding(edit.line)
                replaced[index] = ending.isEmpty ? edit.line + "\n" : edit.line
                let note = "moved \(shift.years == 1 ? "a year" : "\(shift.years) years") on from \(keyDate.text) by portal rollover"
                inserted[index, default: []].append(String(repeating: " ", count: edit.keyIndent) + "confirm: " + Self.quoted(note)
                                                    + (ending.isEmpty ? "\n" : ending))
                // A date moved before and never confirmed: its old line goes, the new one says where it came from.
                if let earlier = keyDate.toConfirm { removed.insert(earlier.location.line - 1) }
                change.new = new
                change.outcome = .moved
            } else if case .leftAlone = outcome {
                change.outcome = .leftAlone
            } else {
                change.outcome = .notMoved
            }
            changes.append((index, change))
        }
        for (index, line) in replaced { lines[index] = line }
        // A key date's line says what the key-date pass made of it (moved, left, or to change by hand, as in
        // a `{ … }` mapping): the prose pass never edits it.
        let keyDateLines = Set(seen.map { $0.line - 1 })
        let movedKeyDates = scheme.keyDates.compactMap { keyDate in
            changes.contains { $0.index == keyDate.location.line - 1 && $0.change.outcome == .moved }
                ? shift.moved(keyDate.when).map { (old: keyDate.when, new: $0) } : nil
        }
        let proseChanges = Self.movingProse(in: &lines, texts: ProseDateRules.texts(of: scheme), keyDates: movedKeyDates,
                                            skipping: keyDateLines, shift: shift, grammar: grammar)
        let titleEdit = Self.titleEdit(lines, oldCohort: scheme.cohort, cohort: cohort)
        if let titleEdit { lines[titleEdit.index] = titleEdit.line }
        title = titleEdit?.title
        let cohortEdit = Self.cohortEdit(lines, cohort: cohort)
        var out: [String] = []
        var newLine: [Int: Int] = [:]
        var dateLines: Set<Int> = []
        for (index, line) in lines.enumerated() {
            if cohortEdit.insertBefore == index { out.append("cohort: \(Self.quoted(cohort, always: true))" + cohortEdit.text) }
            if removed.contains(index) { continue }
            out.append(index == cohortEdit.replace ? cohortEdit.text : line)
            newLine[index] = out.count
            if replaced[index] != nil { dateLines.insert(out.count) }
            for extra in inserted[index] ?? [] {
                out.append(extra)
                dateLines.insert(out.count)
            }
        }
        text = out.joined()
        prose = proseChanges.map { change in
            var change = change
            change.line = newLine[change.line] ?? change.line + 1
            return change
        }
        self.dateLines = dateLines
        self.changes = changes.map { entry in
            var change = entry.change
            change.line = newLine[entry.index] ?? change.line
            return change
        }
    }

    /// A date's line with its text replaced, and the indentation of its key (`date:`, `starts:`), for the
    /// `confirm:` line; nil when the date is not written whole on that line after its key (a `{…}` mapping,
    /// a block over several lines, a quoted date with escapes).
    static func replacing(_ keyDate: KeyDate, with new: String, in line: String) -> (line: String, keyIndent: Int)? {
        var scalars = Array(line.unicodeScalars)
        let ending = Self.lineEnding(line).unicodeScalars.count
        let start = keyDate.location.column - 1
        let old = Array(keyDate.text.unicodeScalars)
        guard start >= 0, start + old.count <= scalars.count - ending, Array(scalars[start..<(start + old.count)]) == old else { return nil }
        let before = String(String.UnicodeScalarView(scalars[..<start]))
        let indent = before.prefix { $0 == " " }.count
        var key = before.dropFirst(indent)
        var keyIndent = indent
        if key.hasPrefix("- ") {
            key = key.dropFirst(2).drop { $0 == " " }
            keyIndent = before.count - key.count
        }
        let name = key.prefix { $0 != ":" }
        let rest = key.dropFirst(name.count)
        guard name == "date" || name == "starts", rest.hasPrefix(":"),
              rest.dropFirst().allSatisfy({ $0 == " " || $0 == "\"" || $0 == "'" }) else { return nil }
        // A double-quoted date must stay readable as written: no quote or backslash to escape.
        if rest.contains("\""), new.contains(where: { $0 == "\"" || $0 == "\\" }) { return nil }
        if rest.contains("'"), new.contains("'") { return nil }
        scalars.replaceSubrange(start..<(start + old.count), with: Array(new.unicodeScalars))
        return (String(String.UnicodeScalarView(scalars)), keyIndent)
    }

    /// `cohort:` in the front matter: the line whose value is replaced, or the line to add it before.
    static func cohortEdit(_ lines: [String], cohort: String) -> (replace: Int?, insertBefore: Int?, text: String) {
        guard lines.first.map({ $0.hasPrefix("---") }) == true else { return (nil, nil, "") }
        let end = lines.indices.dropFirst().first { lines[$0].hasPrefix("---") } ?? lines.count
        let ending = lines.indices.contains(1) ? lineEnding(lines[0]) : "\n"
        if let index = (1..<end).first(where: { lines[$0].hasPrefix("cohort:") }) {
            let line = lines[index]
            let lineEnding = lineEnding(line)
            let value = line.dropFirst("cohort:".count).dropLast(lineEnding.isEmpty ? 0 : 1).drop { $0 == " " }
            // What follows the value (the spaces and a comment) stays as it was.
            let written = value.range(of: " #").map { value[..<$0.lowerBound] } ?? value
            var core = written
            while core.last == " " { core.removeLast() }
            let comment = value.dropFirst(core.count)
            let quote = value.first == "'" ? "'" : value.first == "\"" ? "\"" : ""
            let new = quote.isEmpty ? quoted(cohort) : quote + cohort + quote
            return (index, nil, "cohort: \(new)\(comment)\(lineEnding)")
        }
        // Beside the scheme's other facts: before its summary, or else at the end of the front matter.
        let summary = (1..<end).first { lines[$0].hasPrefix("summary:") } ?? end
        return (nil, summary, ending)
    }

    /// A value as YAML text that reads back as itself: plain when it can be, else in double quotes.
    static func quoted(_ value: String, always: Bool = false) -> String {
        let plainSafe = !always && !value.isEmpty && !value.contains(": ") && !value.contains(" #")
            && !value.hasSuffix(":") && value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0 != "\u{7F}" })
            && !(value.unicodeScalars.first.map { "-?:,[]{}#&*!|>'\"%@`".unicodeScalars.contains($0) } ?? true)
            && value.trimmingSpaces() == value
        return plainSafe ? value : YAMLText.doubleQuoted(value)
    }

    /// A line's ending: "\r\n", "\n", or none at the end of the file.
    static func lineEnding(_ line: String) -> String {
        let scalars = line.unicodeScalars
        if scalars.last == "\n" { return scalars.dropLast().last == "\r" ? "\r\n" : "\n" }
        return scalars.last == "\r" ? "\r" : ""
    }

    /// The text's lines, each with its line ending.
    static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

extension DateShift {
    /// Where an intake starts once moved, so the dates read in its years are read in its new ones.
    func movedStart(_ intake: Intake, in scheme: Scheme) -> CalendarDay {
        let start = scheme.keyDates.first { $0.intake == intake.name && $0.label == Intake.startLabel }
        guard let start, let moved = moved(start.when) else { return sameDay(intake.starts) }
        return moved.earliestDay
    }
}
