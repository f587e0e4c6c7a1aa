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
        guard line > 1, let text = file.line(line), let above = file.line(line - 1) else { return false }
        let indent = text.prefix { $0 == " " }.count
        let aboveIndent = above.prefix { $0 == " " }.count
        let body = text.dropFirst(indent)
        guard !body.isEmpty, !body.hasPrefix("-"), !body.hasPrefix("#"), !body.contains(": "), !body.hasSuffix(":") else { return false }
        let aboveBody = above.dropFirst(aboveIndent)
        guard let colon = aboveBody.range(of: ": ") else { return false }
        let value = aboveBody[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        return indent <= aboveIndent && !value.isEmpty && !value.hasPrefix("|") && !value.hasPrefix(">")
    }

    /// The first value from `first` to `last` that opens a quote and does not close it on its line, outside
    /// block text: libyaml reads on to the next quote mark, often a later value's, and complains there.
    static func unclosedQuote(from first: Int, to last: Int, in file: SourceFile) -> (line: Int, column: Int)? {
        var blockIndent: Int?
        for number in first...max(first, last) {
            guard let text = file.line(number) else { continue }
            let indent = text.prefix { $0 == " " }.count
            let body = text.dropFirst(indent)
            if let owner = blockIndent {
                if body.isEmpty || indent > owner { continue }
                blockIndent = nil
            }
            var value = body
            if value.hasPrefix("- ") { value = value.dropFirst(2).drop { $0 == " " } }
            if let colon = value.range(of: ": ") {
                value = value[colon.upperBound...].drop { $0 == " " }
            } else if value.hasSuffix(":") {
                continue
            }
            if value.hasPrefix("|") || value.hasPrefix(">") {
                blockIndent = indent
                continue
            }
            guard let quote = value.first, quote == "\"" || quote == "'" else { continue }
            var closed = false
            var index = value.index(after: value.startIndex)
            while index < value.endIndex {
                let character = value[index]
                if quote == "\"", character == "\\" {
                    index = value.index(after: index)
                    if index < value.endIndex { index = value.index(after: index) }
                    continue
                }
                if character == quote {
                    let next = value.index(after: index)
                    // '' inside single quotes is a quote mark, not the end.
                    if quote == "'", next < value.endIndex, value[next] == "'" {
                        index = value.index(after: next)
                        continue
                    }
                    closed = true
                    break
                }
                index = value.index(after: index)
            }
            if !closed {
                let column = text.unicodeScalars.count - String(value).unicodeScalars.count + 1
                return (number, column)
            }
        }
        return nil
    }

    /// A key indented less than the key it belongs with, or a list item not lined up with the items above
    /// it: libyaml says it expected a key or a `-`, and the fix is a number of spaces, which this names.
    static func underIndented(at line: Int, in file: SourceFile, from first: Int) -> (line: Int, column: Int, message: String, hint: String)? {
        for candidate in [line, line - 1] where candidate > first {
            guard let text = file.line(candidate), !text.allSatisfy(\.isWhitespace) else { continue }
            var above = candidate - 1
            while above >= first, file.line(above)?.allSatisfy(\.isWhitespace) ?? false { above -= 1 }
            guard above >= first, let previous = file.line(above) else { continue }
            let indent = text.prefix { $0 == " " }.count
            let previousIndent = previous.prefix { $0 == " " }.count
            let isItem = text.dropFirst(indent).hasPrefix("- ")
            let previousIsItem = previous.dropFirst(previousIndent).hasPrefix("- ")
            let previousKey = previous.dropFirst(previousIndent + (previousIsItem ? 2 : 0)).prefix { $0 != ":" }
            if isItem, previousIsItem, indent != previousIndent, abs(indent - previousIndent) <= 2 {
                return (candidate, indent + 1, "this list item is not lined up with the item above it, so YAML cannot tell which list it is in",
                        "indent it \(previousIndent) spaces, like the item on line \(above)")
            }
            let keyColumn = previousIndent + (previousIsItem ? 2 : 0)
            if !isItem, previousIsItem, indent > previousIndent, indent < keyColumn, !previousKey.isEmpty {
                return (candidate, indent + 1, "this key is indented less than ‘\(previousKey)’ above it, so YAML cannot tell where it belongs",
                        "indent it \(keyColumn) spaces, like ‘\(previousKey)’ on line \(above)")
            }
        }
        return nil
    }

    /// `- scheme: pilot, side: mentee`: a second `key: value` after a comma, as one writes a list of
    /// settings in a sentence. The column of the second key, the pair, and the first key to line it up with.
    static func secondPairOnLine(_ line: Int, in file: SourceFile) -> (column: Int, pair: String, above: String)? {
        guard let text = file.line(line) else { return nil }
        var body = Substring(text).drop { $0 == " " }
        if body.hasPrefix("- ") { body = body.dropFirst(2) }
        guard let firstColon = body.range(of: ": ") else { return nil }
        let firstKey = body[..<firstColon.lowerBound]
        guard !firstKey.isEmpty, !firstKey.contains(" "), let comma = body[firstColon.upperBound...].range(of: ", ") else { return nil }
        let rest = body[comma.upperBound...]
        guard let secondColon = rest.range(of: ": "), !rest[..<secondColon.lowerBound].contains(" "),
              !rest[..<secondColon.lowerBound].isEmpty else { return nil }
        let column = text.unicodeScalars.count - String(rest).unicodeScalars.count + 1
        return (column, String(rest).trimmingCharacters(in: .whitespaces), String(firstKey))
    }
}
