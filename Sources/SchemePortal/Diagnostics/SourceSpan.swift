/// How much of the quoted line a message is about, so the carets underline the whole of it (`UE11`, a
/// quoted value, `[partners, …]`, a Markdown link), not only its first character. Rules that know their
/// span set `Diagnostic.span`; for the rest it is read off the line, as a reader would see the value
/// that starts at the column.
enum SourceSpan {
    /// Spans read off the line for every message that has a line and no span yet.
    static func measured(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            guard diagnostic.span == nil, let line = diagnostic.sourceLine else { return diagnostic }
            var measured = diagnostic
            measured.span = guess(line, column: diagnostic.location.column, file: diagnostic.location.file)
            return measured
        }
    }

    static let closing: [Character: Character] = ["\"": "\"", "'": "'", "“": "”", "‘": "’", "[": "]", "{": "}", "(": ")"]

    /// The columns (Unicode scalars, like `SourceLocation.column`) from `column` that make one value.
    static func guess(_ line: String, column: Int, file: String) -> Int {
        let characters = Array(line.unicodeScalars).map(Character.init)
        let start = column - 1
        guard start >= 0, start < characters.count else { return 1 }
        let first = characters[start]
        if first == " " { return 1 }
        if first == "\t" {
            return characters[start...].prefix { $0 == "\t" }.count
        }
        if first == "-" || first == "*" || first == ">", start + 1 < characters.count, characters[start + 1] == " " {
            return 1 // a list item or quote marker: the item as a whole is meant
        }
        if let close = closing[first] {
            // A quoted value or bracketed list, with a Markdown link's `(address)` after its `[text]`.
            guard let end = matching(close, for: first, in: characters, from: start) else { return 1 }
            if first == "[", end + 1 < characters.count, characters[end + 1] == "(",
               let address = matching(")", for: "(", in: characters, from: end + 1) {
                return address - start + 1
            }
            return end - start + 1
        }
        if first == "#" {
            return trimmedEnd(characters) - start
        }
        // An HTML tag or an autolink in Markdown (`<b>`, `</p>`, `<!-- … -->`, `<https://…>`), up to its `>`.
        if first == "<", start + 1 < characters.count, characters[start + 1].isLetter || "/!".contains(characters[start + 1]),
           let end = characters[start...].firstIndex(of: ">") {
            return end - start + 1
        }
        let isYAML = file.hasSuffix(".yaml") || file.hasSuffix(".yml") || isFrontMatterLine(characters)
        let inFlow = depth(characters[..<start]) > 0
        var end = start
        while end < characters.count {
            let character = characters[end]
            if inFlow, character == "," || character == "]" || character == "}" { break }
            if isYAML {
                // A key ends at its colon; a comment is not part of the value.
                if character == ":", end + 1 == characters.count || characters[end + 1] == " " { break }
                if character == "#", end > start, characters[end - 1] == " " { break }
            } else if character.isWhitespace || ",;)".contains(character) {
                break
            }
            end += 1
        }
        while end > start + 1, characters[end - 1].isWhitespace { end -= 1 }
        return max(1, end - start)
    }

    /// A `key: value` line (or `- key: value`) as front matter has them: in a Markdown file, its values are
    /// YAML's, whole to the end of the line, not words of running text.
    static func isFrontMatterLine(_ characters: [Character]) -> Bool {
        var index = characters.prefix { $0 == " " }.count
        if index + 1 < characters.count, characters[index] == "-", characters[index + 1] == " " { index += 2 }
        let keyStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isLetter || characters[index].isNumber || characters[index] == "_" {
            index += 1
        }
        guard index > keyStart, index < characters.count, characters[index] == ":" else { return false }
        return index + 1 == characters.count || characters[index + 1] == " "
    }

    private static func matching(_ close: Character, for open: Character, in characters: [Character], from start: Int) -> Int? {
        var level = 0
        var index = start + 1
        while index < characters.count {
            let character = characters[index]
            if character == close, level == 0 { return index }
            if open != close, character == open { level += 1 } else if open != close, character == close { level -= 1 }
            index += 1
        }
        return nil
    }

    private static func depth(_ characters: ArraySlice<Character>) -> Int {
        characters.reduce(0) { level, character in
            character == "[" || character == "{" ? level + 1 : character == "]" || character == "}" ? max(0, level - 1) : level
        }
    }

    private static func trimmedEnd(_ characters: [Character]) -> Int {
        var end = characters.count
        while end > 0, characters[end - 1].isWhitespace { end -= 1 }
        return end
    }
}
