import Foundation
import Yams

/// A YAML block inside a content file (a whole `.yaml` file, or a Markdown file's front matter),
/// parsed by Yams into nodes that keep their line and column.
struct YAMLDocument {
    let file: SourceFile
    /// File line of the YAML text's first line (front matter starts on line 2).
    let firstLine: Int
    let root: Node?
    let diagnostics: [Diagnostic]
    /// The text as parsed (copies of a duplicated key renamed), for finding where aliases are written
    /// (`YAMLAliases`), which Yams does not keep; only participant files need that.
    let parsedText: String

    /// Every plain value is text to Yams: the readers decide what a value means (`YAMLFields`), so Yams's
    /// default resolver, which runs regular expressions over every value and key to guess numbers, dates
    /// and booleans, was only cost (a large part of reading a people file). Keys that differ only in
    /// quoting (`1:` and `"1":`) are now the same key, and a second one is reported as a duplicate.
    static let resolver = Resolver.basic

    /// Composing makes nodes and never constructs Swift values from them, so it is given a constructor
    /// with no tables: Yams's `.default` builds its three tables of closures anew on every call.
    static func constructor() -> Constructor { Constructor([:], [:], [:]) }

    /// Keys renamed so that parsing can go on after a duplicate; readers skip them.
    static let duplicateMarker = "__schemeportal_duplicate_key_"

    init(file: SourceFile, text: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
        var diagnostics: [Diagnostic] = []
        var yaml = text
        var root: Node?
        // Yams hashes every key to find duplicates; an alias used as a key (the "billion laughs" shape)
        // makes that hash walk an exponentially large tree, so such keys are refused before parsing.
        if let (line, column) = Self.aliasUsedAsKey(in: text) {
            diagnostics.append(file.diagnostic(.yamlSyntax, .error, line: line + firstLine - 1, column: column,
                                               "an alias (*name) cannot be used as a key",
                                               hint: "write the key out as plain text"))
            self.root = nil
            self.diagnostics = diagnostics
            self.parsedText = ""
            return
        }
        // Characters pasted from a word processor where YAML needs plain ones: named for what they are,
        // at their place, rather than as the YAML problem they cause somewhere below.
        let pasted = PastedCharacters.problems(in: text)
        if !pasted.isEmpty {
            self.root = nil
            self.diagnostics = pasted.map { problem in
                var found = file.diagnostic(.pastedCharacter, .error, line: problem.line + firstLine - 1, column: problem.column,
                                            problem.message, hint: problem.hint)
                // The character itself, except a key in curly quotes, which is underlined whole.
                if !problem.message.contains("curly quotes") { found.span = 1 }
                return found
            }
            self.parsedText = ""
            return
        }
        // Yams stops at the first duplicate key and points at the first copy. Each round renames the
        // later copies (reporting each at its own line) and parses again, so every duplicate is reported.
        for _ in 0..<50 {
            do {
                if case .composed(let composed) = YAMLComposer.compose(yaml) {
                    root = composed
                } else {
                    root = try Yams.compose(yaml: yaml, Self.resolver, Self.constructor(), .utf8)
                }
                break
            } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
                let (renamed, found) = Self.renameDuplicates(of: duplicates, after: context.mark, in: yaml)
                for (line, column, key) in found {
                    diagnostics.append(file.diagnostic(.duplicateKey, .error, line: line + firstLine - 1, column: column,
                                                       "the key ‘\(key)’ is given twice in the same place", hint: "keep one of them")
                        .noting("the first is here", at: file.location(line: context.mark.line + firstLine - 1, column: context.mark.column)))
                }
                guard !found.isEmpty, renamed != yaml else { break }
                yaml = renamed
            } catch let error as YamlError {
                let lastLine = firstLine + yaml.utf8.count { $0 == UInt8(ascii: "\n") }
                var found = Self.diagnostic(for: error, file: file, firstLine: firstLine, lastLine: lastLine)
                // libyaml names a place, not a value: one caret, but a whole key where indentation is the matter.
                if found.span == nil, found.code != .yamlIndentation { found.span = 1 }
                diagnostics.append(found)
                break
            } catch {
                diagnostics.append(file.diagnostic(.yamlSyntax, .error, line: firstLine, column: 1, "the YAML cannot be read",
                                                   hint: "check its indentation and punctuation"))
                break
            }
        }
        self.root = root
        self.diagnostics = diagnostics
        self.parsedText = yaml
    }

    /// Turns a Yams error into a located message. Yams's own description quotes the whole document,
    /// which would copy participants' personal data into logs, so only the problem text is used.
    static func diagnostic(for error: YamlError, file: SourceFile, firstLine: Int, lastLine: Int) -> Diagnostic {
        func isBlank(_ line: Int) -> Bool { file.line(line)?.allSatisfy(\.isWhitespace) ?? true }
        func at(_ mark: Mark, _ problem: String) -> Diagnostic {
            var line = mark.line + firstLine - 1
            // libyaml puts the end of the text on a line of its own, below the last line when the text does not end
            // with a line break. A problem found there (an unclosed bracket or quote) is shown after the last thing
            // written, on a line the file has (a fuzzing finding, docs/fuzzing.md).
            if line > lastLine || (line...lastLine).allSatisfy(isBlank) {
                line = min(line, lastLine)
                while line > firstLine, isBlank(line) { line -= 1 }
                let (code, message, hint) = explain(problem)
                return file.diagnostic(code, .error, line: line, column: (file.line(line)?.unicodeScalars.count ?? 0) + 1,
                                       message, hint: hint)
            }
            if problem.contains("mapping values are not allowed"), let second = secondPairOnLine(line, in: file) {
                return file.diagnostic(.yamlIndentation, .error, line: line, column: second.column,
                                       "this line holds two ‘key: value’ pairs, and YAML takes one to a line",
                                       hint: "put ‘\(second.pair)’ on a line of its own, lined up with ‘\(second.above)’")
            }
            if problem.contains("mapping values are not allowed"), let misaligned = misalignedKey(at: line, in: file) {
                return file.diagnostic(.yamlIndentation, .error, line: line, column: misaligned.column,
                                       "this key is indented more than the key above it, so YAML cannot tell where it belongs",
                                       hint: "line it up with ‘\(misaligned.above)’ (" + (misaligned.column == 1 ? "at the start of the line" : "\(misaligned.column - 1) spaces from the left") + ")")
            }
            // Name the character: a tab is indentation (explained below), anything else starts a value YAML reserves.
            if problem.contains("found character that cannot start any token"), let text = file.line(line) {
                let scalars = Array(text.unicodeScalars)
                let index = mark.column - 1
                if index >= 0, index < scalars.count, scalars[index] != "\t" {
                    return file.diagnostic(.yamlSyntax, .error, line: line, column: mark.column,
                                           "YAML does not let a value start with ‘\(scalars[index])’",
                                           hint: "put the whole value in double quotes")
                }
            }
            if problem.contains("did not find expected key") || problem.contains("did not find expected '-' indicator"),
               let wrong = underIndented(at: line, in: file, from: firstLine) {
                return file.diagnostic(.yamlIndentation, .error, line: wrong.line, column: wrong.column, wrong.message, hint: wrong.hint)
            }
            if problem.contains("could not find expected ':'"), isUnindentedContinuation(line, in: file) {
                return file.diagnostic(.yamlIndentation, .error, line: line, column: 1,
                                       "this line carries on the value above, but is not indented, so YAML reads it as a new key",
                                       hint: "indent it under the value, or join it to the line above")
            }
            let (code, message, hint) = explain(problem)
            return file.diagnostic(code, .error, line: line, column: mark.column, message, hint: hint)
        }
        let unclosed = "this quote is never closed, so YAML reads everything after it as one value"
        let closeIt = "end the value with the same quote mark on this line, or remove the quote"
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _):
            // Whatever libyaml says, an unclosed quote above where it stopped is the mistake.
            if let quote = unclosedQuote(from: firstLine, to: min(mark.line + firstLine - 1, lastLine), in: file) {
                var found = file.diagnostic(.yamlUnclosedQuote, .error, line: quote.line, column: quote.column, unclosed, hint: closeIt)
                found.span = 1
                return found
            }
        default:
            break
        }
        switch error {
        case let .scanner(context?, _, _, _) where context.text.contains("quoted scalar"):
            // libyaml finds an unclosed quote only where the text it swallowed ends, often at the end of the
            // file; the mistake is the quote itself.
            let line = context.mark.line + firstLine - 1
            return file.diagnostic(.yamlUnclosedQuote, .error, line: line, column: context.mark.column,
                                   "this quote is never closed, so YAML reads everything after it as one value",
                                   hint: "end the value with the same quote mark on this line, or remove the quote")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return at(place(of: problem, mark: mark, context: context), problem)
        case let .reader(problem, offset, _, yaml):
            let (line, column) = offset.map { position(ofByte: $0, in: yaml) } ?? (1, 1)
            var found = file.diagnostic(.yamlSyntax, .error, line: line + firstLine - 1, column: column,
                                        "the YAML contains a character it cannot hold (\(problem))",
                                        hint: "remove control characters; save the file as UTF-8")
            found.span = 1
            return found
        default:
            return file.diagnostic(.yamlSyntax, .error, line: firstLine, column: 1, "the YAML cannot be read",
                                   hint: "check its indentation and punctuation")
        }
    }

    /// libyaml's problem texts, put in words staff can act on.
    static func explain(_ problem: String) -> (DiagnosticCode, String, String) {
        switch problem {
        case let p where p.contains("found a tab character") || p.contains("found character that cannot start any token"):
            return (.yamlTab, "this line is indented with a tab, which YAML does not accept",
                    "indent with spaces, not tabs: as many spaces as the lines around it")
        case let p where p.contains("Maximum nesting level"):
            return (.yamlSyntax, "the YAML is nested too deeply to read safely", "flatten the lists and mappings; content never needs this depth")
        case let p where p.contains("mapping values are not allowed"):
            return (.yamlSyntax, "a value contains ‘: ’, which YAML reads as a new key",
                    "put the whole value in double quotes, or use a block: ‘key: |’ and the text on the next lines")
        case let p where p.contains("did not find expected key"):
            return (.yamlIndentation, "YAML expected another key at this indentation",
                    "line the key up with the keys above it, or start a list item with ‘- ’")
        case let p where p.contains("did not find expected '-' indicator"):
            return (.yamlIndentation, "YAML expected another list item (‘- ’) at this indentation",
                    "line the item up with the items above it")
        case let p where p.contains("found undefined alias") || p.contains("found undefined anchor"):
            // Mostly Markdown emphasis at the start of a value (`summary: *New for 2027* …`).
            return (.yamlSyntax, "a value that starts with ‘*’ is read by YAML as a reference to another value",
                    "put the whole value in double quotes, or start it with a word")
        case let p where p.contains("did not find expected node content"):
            return (.yamlSyntax, "YAML expected a value here (an empty item in a list, or nothing after ‘- ’)",
                    "remove the extra comma, or write the value")
        case let p where p.contains("could not find expected ':'"):
            return (.yamlSyntax, "YAML expected ‘:’ after a key", "write the key, a colon and a space, then the value; or quote the text")
        case let p where p.contains("did not find expected ',' or ']'"):
            return (.yamlSyntax, "a list in [brackets] is not closed", "end the list with ‘]’, or write each item on its own line after ‘- ’")
        case let p where p.contains("did not find expected ',' or '}'"):
            return (.yamlSyntax, "a mapping in {braces} is not closed", "end it with ‘}’, or write each ‘key: value’ on its own line")
        case let p where p.contains("found unexpected end of stream"):
            return (.yamlSyntax, "the YAML ends in the middle of a value (an unclosed quote or bracket?)", "close the quote or bracket")
        case let p where p.contains("block sequence entries are not allowed"):
            return (.yamlIndentation, "a list item (‘- ’) is not allowed here", "put the list on the lines below its key, indented")
        default:
            return (.yamlSyntax, "YAML syntax error: \(problem)", "check the indentation and punctuation of this line and the one above")
        }
    }

    /// Finds, for each duplicated key, the copies after the first one at the same indentation and
    /// renames them. Returns the new text and the (line, column, key) of each renamed copy.
    static func renameDuplicates(of keys: [String], after first: Mark, in yaml: String)
        -> (String, [(Int, Int, String)]) {
        var lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found: [(Int, Int, String)] = []
        let indent = first.column - 1
        for key in keys {
            var seen = false
            var endOfMapping = false
            for index in (first.line - 1)..<lines.count where !endOfMapping {
                let line = lines[index]
                let leading = line.prefix { $0 == " " }.count
                let content = line.dropFirst(leading)
                if index > first.line - 1, leading < indent, !content.isEmpty, !content.hasPrefix("#") {
                    endOfMapping = true
                    continue
                }
                guard leading == indent || (index == first.line - 1) else { continue }
                let afterIndent = index == first.line - 1 ? String(line.dropFirst(indent)) : String(content)
                guard Self.startsWithKey(key, afterIndent) else { continue }
                if seen {
                    let column = (index == first.line - 1 ? indent : leading) + 1
                    var scalars = Array(line.unicodeScalars)
                    let keyStart = column - 1 + (afterIndent.hasPrefix("\"") || afterIndent.hasPrefix("'") ? 1 : 0)
                    let replacement = Array((duplicateMarker + "\(found.count)-").unicodeScalars)
                    scalars.insert(contentsOf: replacement, at: min(keyStart, scalars.count))
                    lines[index] = String(String.UnicodeScalarView(scalars))
                    found.append((index + 1, column, key))
                } else {
                    seen = true
                }
            }
        }
        return (lines.joined(separator: "\n"), found)
    }

    /// The first place where `*name` stands as a mapping key (`*a: x`, `? *a`, `{*a: x}`), ignoring quoted text.
    static func aliasUsedAsKey(in yaml: String) -> (line: Int, column: Int)? {
        guard yaml.containsByte(UInt8(ascii: "*")) else { return nil }
        for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            var quote: Unicode.Scalar?
            var previous: Unicode.Scalar = " "
            var i = 0
            while i < scalars.count {
                let c = scalars[i]
                if let open = quote {
                    if c == open { quote = nil }
                } else if c == "\"" || c == "'" {
                    quote = c
                } else if c == "#" && (previous == " " || i == 0) {
                    break
                } else if c == "*", " \t{,?-[".unicodeScalars.contains(previous) || i == 0 {
                    var j = i + 1
                    while j < scalars.count, !" \t,[]{}:".unicodeScalars.contains(scalars[j]) { j += 1 }
                    let explicitKey = scalars[..<i].drop { $0 == " " || $0 == "-" }.first == "?"
                    while j < scalars.count, scalars[j] == " " { j += 1 }
                    if j > i + 1, explicitKey || (j < scalars.count && scalars[j] == ":") {
                        return (index + 1, i + 1)
                    }
                }
                previous = c
                i += 1
            }
        }
        return nil
    }

    private static func startsWithKey(_ key: String, _ text: String) -> Bool {
        for candidate in [key, "\"\(key)\"", "'\(key)'"] where text.hasPrefix(candidate) {
            let rest = text.dropFirst(candidate.count).drop { $0 == " " }
            if rest.hasPrefix(":") { return true }
        }
        return false
    }
}
