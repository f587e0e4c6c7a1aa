/// Characters that text pasted from Word or a web page brings into YAML where YAML needs plain ones: a
/// non-breaking space in the indentation, a bullet (‘•’) where a list item needs ‘- ’, a key in curly
/// quotes (“name”:). libyaml reads each as something else and reports a problem lines away, in words
/// about YAML; these are named for what they are, at their place, and the file is not read further.
enum PastedCharacters {
    struct Problem {
        let line: Int
        let column: Int
        let message: String
        let hint: String
    }

    /// Unicode spaces YAML does not count as indentation (no-break, en, em, thin, narrow no-break,
    /// ideographic…).
    static let spaces: Set<Character> = ["\u{A0}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}",
                                         "\u{2006}", "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{3000}"]
    /// Bullets a word processor puts for a hyphen; dashes are left alone, since a line of running text
    /// continued from the line above may start with one.
    static let bullets: Set<Character> = ["•", "◦", "▪", "‣", "●", "○", "■"]
    static let openingQuotes: [Character: Character] = ["“": "”", "‘": "’", "„": "“", "«": "»"]

    /// The first such problem on each line, outside block text (`key: |` and the lines indented under it).
    static func problems(in text: String) -> [Problem] {
        // Every character named here is outside ASCII, at the start of a line's content: most files have
        // none, and are passed over in one pass over their bytes (people files are read by the thousand).
        guard mayHaveProblems(text) else { return [] }
        var found: [Problem] = []
        var blockOwnerIndent: Int?
        var listIndents: Set<Int> = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(indent)
            if let owner = blockOwnerIndent {
                if rest.allSatisfy(\.isWhitespace) || indent > owner { continue }
                blockOwnerIndent = nil
            }
            if rest.hasPrefix("- ") { listIndents.insert(indent) }
            if let problem = problem(in: rest, line: index + 1, column: indent + 1, inList: listIndents.contains(indent)) {
                found.append(problem)
            }
            let trimmed = rest.trimmingCharacters(in: .whitespaces)
            if trimmed.hasSuffix("|") || trimmed.hasSuffix(">") || trimmed.hasSuffix("|-") || trimmed.hasSuffix("|+")
                || trimmed.hasSuffix(">-") || trimmed.hasSuffix(">+") {
                blockOwnerIndent = indent
            }
        }
        return found
    }

    /// Whether some line's content (after its spaces, and after `- `) starts with a byte outside ASCII.
    static func mayHaveProblems(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                while index < bytes.count, bytes[index] == 0x20 { index += 1 }
                if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == 0x20 { index += 2 }
                if index < bytes.count, bytes[index] >= 0x80 { return true }
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
                index += 1
            }
            return false
        }
    }

    private static func problem(in rest: Substring, line: Int, column: Int, inList: Bool) -> Problem? {
        guard let first = rest.first, !first.isASCII else {
            // A list item's key can be in curly quotes too: `- “name”: …`.
            if rest.hasPrefix("- "), let quoted = curlyKey(rest.dropFirst(2)) {
                return Problem(line: line, column: column + 2, message: quoted.message, hint: quoted.hint)
            }
            return nil
        }
        if spaces.contains(first) {
            return Problem(line: line, column: column,
                           message: "this line is indented with a no-break space (often pasted from Word or a web page), which YAML does not count as a space",
                           hint: "delete the spaces at the start of the line and type them again")
        }
        // A bullet where a list item is, or where a key follows it (`• scheme: pilot`).
        // Word also turns `- ` into an en or em dash; at the indentation of a list, that is what it was.
        let isDash = first == "–" || first == "—"
        if bullets.contains(first) || isDash, rest.dropFirst().first == " ",
           inList || (!isDash && (rest.contains(": ") || rest.hasSuffix(":"))) || (isDash && rest.contains(": ")) {
            return Problem(line: line, column: column,
                           message: "this line starts with ‘\(first)’, but a list item in YAML starts with a hyphen (‘- ’)",
                           hint: "replace ‘\(first)’ with ‘-’ (often pasted from Word, which turns hyphens into \(isDash ? "dashes" : "bullets"))")
        }
        if let quoted = curlyKey(rest) {
            return Problem(line: line, column: column, message: quoted.message, hint: quoted.hint)
        }
        return nil
    }

    /// “key”: at the start of `text`.
    private static func curlyKey(_ text: Substring) -> (message: String, hint: String)? {
        guard let open = text.first, let close = openingQuotes[open],
              let end = text.dropFirst().firstIndex(where: { $0 == close || $0 == "”" || $0 == "’" }) else { return nil }
        let key = text[text.index(after: text.startIndex)..<end]
        guard !key.isEmpty, !key.contains(" "), text[text.index(after: end)...].hasPrefix(":") else { return nil }
        return ("the key ‘\(key)’ is in curly quotes (\(open)…\(text[end])), which YAML reads as part of its name",
                "write it without quotes: ‘\(key):’ (word processors turn straight quotes into curly ones)")
    }
}
