/// The parser's reading of text, names and delimiters, Character by Character as swift-mustache reads
/// them (its matching of a closing delimiter in a comment is naive, and so is this one).
extension TemplateParser {
    static let nameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")
    static let plainNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    static let partialNameCharacters = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()/")

    mutating func read(while accepts: (Character) -> Bool) -> String {
        var text = ""
        while at < chars.count, accepts(chars[at]) {
            text.append(chars[at])
            at += 1
        }
        return text
    }

    mutating func readBlanks() -> String { read { $0 == " " || $0 == "\t" } }

    mutating func skipWhitespace() { _ = read { $0.isWhitespace } }

    /// Whether `delimiter` is next; if it is, it is read. Fewer characters left than it has is an error
    /// in swift-mustache, not a mismatch.
    mutating func readDelimiter(_ delimiter: [Character]) throws -> Bool {
        guard chars.count - at >= delimiter.count else { throw Failure.malformed }
        guard chars[at..<at + delimiter.count].elementsEqual(delimiter) else { return false }
        at += delimiter.count
        return true
    }

    /// Text up to a line end or an opening delimiter; the delimiter is read, the line end is not.
    mutating func readText(_ scope: Scope) throws -> String {
        guard let first = scope.open.first else { return "" }
        var text = ""
        while at < chars.count {
            text += read { $0 != "\n" && $0 != "\r\n" && $0 != first }
            if current.isNewline { break }
            if current == first {
                if try readDelimiter(scope.open) { break }
                text.append(first)
                at += 1
            }
        }
        return text
    }

    /// Whether the rest of the line is blank; if so the rest and its line end are read.
    mutating func isStandalone(_ scope: Scope) -> Bool {
        guard scope.newLine else { return false }
        guard at < chars.count else { return true }
        var end = at
        while end < chars.count, chars[end] == " " || chars[end] == "\t" { end += 1 }
        guard end < chars.count, chars[end].isNewline else { return false }
        at = end + 1
        return true
    }

    /// A tag's name up to the closing delimiter, split into the name and the transforms around it:
    /// `a(b(c))` is `c` with the transforms `[a, b]`.
    mutating func readName(_ scope: Scope) throws -> (String, [String]) {
        skipWhitespace()
        let text = read { Self.nameCharacters.contains($0) }
        skipWhitespace()
        guard try readDelimiter(scope.close) else { throw Failure.malformed }
        var inner = TemplateParser(Array(text))
        let outer = inner.read { Self.plainNameCharacters.contains($0) }
        guard inner.at < inner.chars.count else { return (text, []) }
        guard inner.current == "(" else { throw Failure.malformed }
        inner.at += 1
        var transforms = [outer]
        while true {
            let name = inner.read { Self.plainNameCharacters.contains($0) }
            switch inner.current {
            case ")":
                inner.at += 1
                let closing = inner.read { $0 == ")" }.count
                guard closing + 1 == transforms.count, inner.at == inner.chars.count else { throw Failure.malformed }
                return (name, transforms)
            case "(":
                inner.at += 1
                transforms.append(name)
            default:
                throw Failure.malformed
            }
        }
    }

    mutating func readPartialName(_ scope: Scope) throws -> String {
        skipWhitespace()
        let name = read { Self.partialNameCharacters.contains($0) }
        skipWhitespace()
        guard try readDelimiter(scope.close) else { throw Failure.malformed }
        return name
    }

    /// Skips to just after the closing delimiter. Like swift-mustache, a partial match does not restart
    /// at the character that broke it.
    mutating func skipComment(_ scope: Scope) throws {
        var matched = 0
        while at < chars.count {
            if chars[at] == scope.close[matched] {
                matched += 1
                if matched == scope.close.count {
                    at += 1
                    return
                }
            } else {
                matched = 0
            }
            at += 1
        }
        throw Failure.malformed
    }

    /// `{{=<% %>=}}`: the new opening and closing delimiters.
    mutating func setDelimiters(_ scope: inout Scope) throws {
        skipWhitespace()
        let open = try readUntil { $0.isWhitespace }
        skipWhitespace()
        let close = try readUntil { $0 == "=" || $0.isWhitespace }
        skipWhitespace()
        guard at < chars.count, current == "=" else { throw Failure.malformed }
        at += 1
        guard try readDelimiter(scope.close), !open.isEmpty, !close.isEmpty else { throw Failure.malformed }
        scope.open = Array(open)
        scope.close = Array(close)
        scope.atParentTop = false
    }

    /// Text up to a character `stops` accepts, which must come before the end.
    private mutating func readUntil(_ stops: (Character) -> Bool) throws -> String {
        let text = read { !stops($0) }
        guard at < chars.count else { throw Failure.malformed }
        return text
    }

    /// `{{% CONTENT_TYPE: TEXT }}`: whether `{{name}}` escapes HTML from here on.
    mutating func readContentType(_ scope: Scope) throws -> Bool {
        skipWhitespace()
        let variable = read { Self.plainNameCharacters.contains($0) }
        skipWhitespace()
        guard at < chars.count, current == ":" else { throw Failure.malformed }
        at += 1
        skipWhitespace()
        let value = read { Self.plainNameCharacters.contains($0) }
        skipWhitespace()
        guard try readDelimiter(scope.close), variable == "CONTENT_TYPE" else { throw Failure.malformed }
        switch value {
        case "HTML": return true
        case "TEXT": return false
        default: throw Failure.malformed
        }
    }
}
