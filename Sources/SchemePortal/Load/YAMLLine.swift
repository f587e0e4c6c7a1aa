/// One line of YAML by its shape, without parsing it: how far it is indented, whether it starts a list
/// item, and its `key:` and value when it has them. The messages that say where a YAML mistake really
/// is (libyaml notices many lines later) read lines this way, the one way.
struct YAMLLine {
    let text: Substring
    /// Spaces before the line's content.
    let indent: Int
    /// Whether the content starts with `- `.
    let isItem: Bool
    /// The content after the indentation and any `- `.
    let body: Substring
    /// `key` of `key: value` or `key:`, when the body starts with one (letters, digits, `_` and `-`).
    let key: Substring?
    /// What follows the key's `: `, spaces dropped; the whole body when there is no key.
    let value: Substring

    init<S: StringProtocol>(_ line: S) where S.SubSequence == Substring {
        text = line[...]
        indent = line.prefix { $0 == " " }.count
        let content = text.dropFirst(indent)
        isItem = content.hasPrefix("- ")
        body = isItem ? content.dropFirst(2).drop { $0 == " " } : content
        let word = body.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
        let after = body.dropFirst(word.count)
        if !word.isEmpty, after.hasPrefix(":"), after.count == 1 || after.dropFirst().first == " " {
            key = word
            value = after.dropFirst().drop { $0 == " " }
        } else {
            key = nil
            value = body
        }
    }

    init(_ line: String) { self.init(line[...]) }

    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }
    /// 0-based: where a key of this line starts (after `- ` for a list item).
    var keyColumn: Int { indent + (isItem ? 2 : 0) }

    /// The 1-based column (in Unicode scalars) where `part`, a piece of this line, starts.
    func column(of part: Substring) -> Int {
        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: part.startIndex) + 1
    }
}
