import Foundation
import Yams

/// Where a YAML mistake is, when libyaml notices it somewhere else: it finds an unclosed bracket at the
/// next line's first key and a missing `:` at the line after the one that lacks it, but says where the
/// thing it was reading began; and it counts a bad character's place in bytes.
extension YAMLDocument {
    /// The mark to report a parse problem at: where what libyaml was reading began, for the problems
    /// that are noticed only after it.
    static func place(of problem: String, mark: Mark, context: YamlError.Context?) -> Mark {
        guard let context else { return mark }
        let beganEarlier = problem.contains("did not find expected ',' or ']'")
            || problem.contains("did not find expected ',' or '}'")
            || problem.contains("could not find expected ':'")
        return beganEarlier && context.mark.line <= mark.line ? context.mark : mark
    }

    /// The line and column (Unicode scalars) of the byte at `offset` of `text`, both from 1.
    static func position(ofByte offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var index = text.utf8.startIndex
        var seen = 0
        for scalar in text.unicodeScalars {
            let size = String(scalar).utf8.count
            if seen + size > offset { break }
            seen += size
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = text.utf8.index(index, offsetBy: size)
        }
        return (line, column)
    }

    /// A line of text with no `key:` under a `key: value` line, not indented: the rest of a long value
    /// that an editor wrapped or a paste broke, which YAML takes for a key without its colon.
    static func isUnindentedContinuation(_ line: Int, in file: SourceFile) -> Bool {
        guard line > 1, let current = file.line(line).map(YAMLLine.init), let above = file.line(line - 1).map(YAMLLine.init) else { return false }
        let content = current.text.dropFirst(current.indent)
        guard !content.isEmpty, !content.hasPrefix("-"), !content.hasPrefix("#"), !content.contains(": "), !content.hasSuffix(":") else { return false }
        return above.key != nil && current.indent <= above.indent && !above.value.isEmpty
            && !above.value.hasPrefix("|") && !above.value.hasPrefix(">")
    }

    /// The first value from `first` to `last` that opens a quote and does not close it on its line, outside
    /// block text: libyaml reads on to the next quote mark, often a later value's, and complains there.
    static func unclosedQuote(from first: Int, to last: Int, in file: SourceFile) -> (line: Int, column: Int)? {
        var blockIndent: Int?
        for number in first...max(first, last) {
            guard let line = file.line(number).map(YAMLLine.init) else { continue }
            if let owner = blockIndent {
                if line.body.isEmpty || line.indent > owner { continue }
                blockIndent = nil
            }
            let value = line.value
            if value.hasPrefix("|") || value.hasPrefix(">") {
                blockIndent = line.indent
                continue
            }
            guard let quote = value.first, quote == "\"" || quote == "'", !isClosed(value) else { continue }
            return (number, line.column(of: value))
        }
        return nil
    }

    /// Whether the quote `value` starts with is closed on its line (`\"` and `''` are quote marks inside).
    static func isClosed(_ value: Substring) -> Bool {
        guard let quote = value.first else { return true }
        var index = value.index(after: value.startIndex)
        while index < value.endIndex {
            let character = value[index]
            let next = value.index(after: index)
            if quote == "\"", character == "\\" {
                index = next < value.endIndex ? value.index(after: next) : next
                continue
            }
            if character == quote {
                guard quote == "'", next < value.endIndex, value[next] == "'" else { return true }
                index = value.index(after: next)
                continue
            }
            index = next
        }
        return false
    }

    /// A key indented less than the key it belongs with, or a list item not lined up with the items above
    /// it: libyaml says it expected a key or a `-`, and the fix is a number of spaces, which this names.
    static func underIndented(at line: Int, in file: SourceFile, from first: Int) -> (line: Int, column: Int, message: String, hint: String)? {
        for candidate in [line, line - 1] where candidate > first {
            guard let current = file.line(candidate).map(YAMLLine.init), !current.isBlank else { continue }
            var above = candidate - 1
            while above >= first, file.line(above)?.allSatisfy(\.isWhitespace) ?? false { above -= 1 }
            guard above >= first, let previous = file.line(above).map(YAMLLine.init) else { continue }
            if current.isItem, previous.isItem, current.indent != previous.indent, abs(current.indent - previous.indent) <= 2 {
                return (candidate, current.indent + 1, "this list item is not lined up with the item above it, so YAML cannot tell which list it is in",
                        "indent it \(previous.indent) spaces, like the item on line \(above)")
            }
            if !current.isItem, previous.isItem, let key = previous.key,
               current.indent > previous.indent, current.indent < previous.keyColumn {
                return (candidate, current.indent + 1, "this key is indented less than ‘\(key)’ above it, so YAML cannot tell where it belongs",
                        "indent it \(previous.keyColumn) spaces, like ‘\(key)’ on line \(above)")
            }
        }
        return nil
    }

    /// `- scheme: pilot, side: mentee`: a second `key: value` after a comma, as one writes a list of
    /// settings in a sentence. The column of the second key, the pair, and the first key to line it up with.
    static func secondPairOnLine(_ line: Int, in file: SourceFile) -> (column: Int, pair: String, above: String)? {
        guard let written = file.line(line).map(YAMLLine.init), let key = written.key,
              let comma = written.value.range(of: ", ") else { return nil }
        let rest = written.value[comma.upperBound...]
        guard YAMLLine(rest).key != nil else { return nil }
        return (written.column(of: rest), String(rest).trimmingCharacters(in: .whitespaces), String(key))
    }

    /// A `key: value` line indented deeper than the `key: value` line above it (not a parent ending in `:`):
    /// the commonest cause of "mapping values are not allowed", which otherwise reads as a quoting problem.
    static func misalignedKey(at line: Int, in file: SourceFile) -> (column: Int, above: String)? {
        guard let current = file.line(line).map(YAMLLine.init), current.key != nil else { return nil }
        var previous = line - 1
        while previous >= 1, let text = file.line(previous), text.trimmingCharacters(in: .whitespaces).isEmpty { previous -= 1 }
        guard let above = file.line(previous).map(YAMLLine.init), let key = above.key, !above.value.isEmpty,
              current.keyColumn > above.keyColumn else { return nil }
        return (above.keyColumn + 1, String(key))
    }
}
