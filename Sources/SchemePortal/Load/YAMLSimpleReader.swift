import Yams

/// Reads the plain YAML most content files are written in straight from its bytes into Yams's nodes: block
/// mappings and sequences of one-line values (plain, quoted without escapes, `[a, b]`) and `|` blocks. At
/// 10,000 people libyaml's scanning and our composing of its events were a fifth of `portal check`; this reads
/// a person's file in a fraction of that. Anything else (comments after a value, escapes, folded or indented
/// blocks, values over several lines, empty values, anchors, tags, flow mappings, tabs, document markers, a
/// key given twice, what libyaml refuses for its size) gives nil, and `YAMLComposer` reads the text with
/// libyaml as before, so every message is what it was. The nodes are those `YAMLComposer` makes, place for place (YAMLSimpleReaderTests compares
/// them on every YAML text of the repository and on generated ones).
enum YAMLSimpleReader {
    static func read(_ text: String) -> Node? {
        guard Mark.canBeMade else { return nil }
        var text = text
        return text.withUTF8 { bytes in
            guard var reader = Reader(bytes) else { return nil }
            return reader.document()
        }
    }

    /// A set of ASCII bytes as a table: asked about every byte that starts a value.
    struct ByteSet: Sendable {
        private let members: [Bool]
        init(_ bytes: String) { members = (0..<256).map { bytes.utf8.contains(UInt8($0)) } }
        func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }
    }

    struct Line {
        let start: Int, end: Int
        /// Spaces before the first other byte.
        let indent: Int
        /// Only spaces, or a comment.
        let isBlank: Bool, isComment: Bool
    }

    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var lines: [Line] = []
        let strTag: Tag, seqTag: Tag, mapTag: Tag

        /// nil for text with a byte the reader leaves to libyaml: tabs, carriage returns, control characters,
        /// a byte order mark, YAML 1.1's other line breaks, characters YAML refuses; or no final line break.
        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let last = bytes.last, last == 0x0A else { return nil }
            self.bytes = bytes
            var start = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x20, byte < 0x7F {
                    index += 1
                    continue
                }
                if byte == 0x0A {
                    var indent = start
                    while indent < index, bytes[indent] == 0x20 { indent += 1 }
                    lines.append(Line(start: start, end: index, indent: indent - start, isBlank: indent == index,
                                      isComment: indent < index && bytes[indent] == UInt8(ascii: "#")))
                    start = index + 1
                } else if byte < 0x20 || byte == 0x7F {
                    return nil
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] >= 0x80, bytes[index + 1] <= 0x9F {
                    return nil   // C1 controls, and NEL, a line break to YAML 1.1
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] & 0xFE == 0xA8 {
                    return nil   // line and paragraph separators
                } else if byte == 0xEF, index + 2 < bytes.count,
                          (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE) {
                    return nil   // a byte order mark, U+FFFE, U+FFFF
                }
                index += 1
            }
            let constructor = YAMLDocument.constructor()
            (strTag, seqTag, mapTag) = (Tag(.str, .basic, constructor), Tag(.seq, .basic, constructor), Tag(.map, .basic, constructor))
        }

        func document() -> Node? {
            guard let first = meaningful(from: 0) else { return nil }
            let line = lines[first]
            // A directive, or a root that is not a mapping at the left edge.
            guard line.indent == 0, bytes[line.start] != UInt8(ascii: "%") else { return nil }
            // A document marker on any line (`... c: d` ends the document for libyaml, which then finds no
            // `---` to start another), and nesting near libyaml's limit of 1,000 levels (each level takes at
            // least a column in the block style this reader reads).
            for line in lines where starts(line, with: "---") || starts(line, with: "...") || line.indent >= Self.deepestIndent {
                return nil
            }
            guard let (root, next) = mapping(first, keyAt: line.start) else { return nil }
            return meaningful(from: next) == nil ? root : nil
        }

        // MARK: Lines

        static let deepestIndent = 500
        /// libyaml refuses a key longer than 1,024 characters; counted in bytes here, which are never fewer.
        static let longestKey = 1024
        /// Beyond this many keys in one mapping, or items in one `[…]`, the reader's linear searches would
        /// cost more than libyaml's reading.
        static let mostEntries = 256

        /// The first line from `index` that is not blank or a comment.
        func meaningful(from index: Int) -> Int? {
            var index = index
            while index < lines.count {
                if !lines[index].isBlank, !lines[index].isComment { return index }
                index += 1
            }
            return nil
        }

        func starts(_ line: Line, with prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard line.end - line.start >= count else { return false }
            return (0..<count).allSatisfy { bytes[line.start + $0] == prefix.utf8Start[$0] }
        }

        /// The place libyaml gives the byte at `offset` of line `number`: 1-based, columns in characters.
        func mark(_ number: Int, _ offset: Int) -> Mark {
            var column = 1
            for index in lines[number].start..<offset where bytes[index] & 0xC0 != 0x80 { column += 1 }
            return Mark.made(line: number + 1, column: column)
        }

        func string(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }

        func scalar(_ value: String, _ style: Node.Scalar.Style, _ mark: Mark) -> Node {
            .scalar(Node.Scalar(value, strTag, style, mark))
        }

        // MARK: Collections

        /// A block mapping whose first key starts at byte `keyStart` of line `first`, the others at its column.
        func mapping(_ first: Int, keyAt keyStart: Int) -> (Node, next: Int)? {
            let column = keyStart - lines[first].start
            var pairs: [(Node, Node)] = []
            var names: [String] = []
            var number = first
            var keyStart = keyStart
            while true {
                guard names.count < Self.mostEntries, let (key, name, valueStart) = key(number, at: keyStart), !names.contains(name)
                else { return nil }
                names.append(name)
                guard let (value, next) = value(number, from: valueStart, parentIndent: column) else { return nil }
                pairs.append((key, value))
                guard let following = meaningful(from: next) else { return (mappingNode(pairs, first, column), lines.count) }
                let line = lines[following]
                if line.indent < column { return (mappingNode(pairs, first, column), following) }
                // More indented is a value over several lines or a mistake; at the column, another key.
                guard line.indent == column else { return nil }
                if bytes[line.start + column] == UInt8(ascii: "-") { return nil }
                number = following
                keyStart = line.start + column
            }
        }

        func mappingNode(_ pairs: [(Node, Node)], _ first: Int, _ column: Int) -> Node {
            .mapping(Node.Mapping(pairs, mapTag, .any, mark(first, lines[first].start + column)))
        }

        /// A block sequence of `- ` items at `column`, starting at line `first`.
        func sequence(_ first: Int, column: Int) -> (Node, next: Int)? {
            var items: [Node] = []
            var number = first
            while true {
                let line = lines[number]
                let dash = line.start + column
                guard dash + 1 < line.end, bytes[dash] == UInt8(ascii: "-"), bytes[dash + 1] == 0x20 else { return nil }
                var content = dash + 1
                while content < line.end, bytes[content] == 0x20 { content += 1 }
                guard content < line.end else { return nil }
                let item: Node
                var next: Int
                if let (_, _, _) = key(number, at: content) {
                    guard let (mapping, after) = mapping(number, keyAt: content) else { return nil }
                    (item, next) = (mapping, after)
                } else {
                    guard let (value, after) = value(number, from: content, parentIndent: column, inSequence: true) else { return nil }
                    (item, next) = (value, after)
                }
                items.append(item)
                guard let following = meaningful(from: next) else {
                    return (.sequence(Node.Sequence(items, seqTag, .any, mark(first, lines[first].start + column))), lines.count)
                }
                if lines[following].indent < column ||
                    (lines[following].indent == column && bytes[lines[following].start + column] != UInt8(ascii: "-")) {
                    return (.sequence(Node.Sequence(items, seqTag, .any, mark(first, lines[first].start + column))), following)
                }
                guard lines[following].indent == column else { return nil }
                number = following
            }
        }

        // MARK: Keys and values

        /// A plain key at `start` followed by `:` and a space or the line's end: its node, its text, and where
        /// its value may start.
        func key(_ number: Int, at start: Int) -> (Node, String, Int)? {
            let end = lines[number].end
            guard start < end, !Self.indicators.contains(bytes[start]) else { return nil }
            var index = start
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: ":") {
                    guard index + 1 == end || bytes[index + 1] == 0x20, index - start <= Self.longestKey else { return nil }
                    guard bytes[index - 1] != 0x20 else { return nil }
                    let name = string(start, index)
                    return (scalar(name, .plain, mark(number, start)), name, index + 1)
                }
                if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 { return nil }
                index += 1
            }
            return nil
        }

        /// The value after a key (or a sequence's dash) on line `number` from byte `start`: on the line, a block
        /// after it, or a collection on the lines below. Returns the line after everything the value took.
        func value(_ number: Int, from start: Int, parentIndent: Int, inSequence: Bool = false) -> (Node, next: Int)? {
            let line = lines[number]
            var index = start
            while index < line.end, bytes[index] == 0x20 { index += 1 }
            guard index < line.end else {
                guard !inSequence, let below = meaningful(from: number + 1) else { return nil }
                let next = lines[below]
                if next.indent > parentIndent {
                    return bytes[next.start + next.indent] == UInt8(ascii: "-") ? sequence(below, column: next.indent)
                                                                                 : mapping(below, keyAt: next.start + next.indent)
                }
                // `key:` with its list at the key's own column.
                if next.indent == parentIndent, bytes[next.start + next.indent] == UInt8(ascii: "-") { return sequence(below, column: parentIndent) }
                return nil   // an empty value: libyaml places it
            }
            let node: Node
            switch bytes[index] {
            case UInt8(ascii: "|"):
                guard !inSequence else { return nil }
                return literal(number, at: index, parentIndent: parentIndent)
            case UInt8(ascii: "\""):
                guard let (text, end) = quoted(line, from: index, quote: UInt8(ascii: "\"")), restIsBlank(line, from: end) else { return nil }
                node = scalar(text, .doubleQuoted, mark(number, index))
            case UInt8(ascii: "'"):
                guard let (text, end) = quoted(line, from: index, quote: UInt8(ascii: "'")), restIsBlank(line, from: end) else { return nil }
                node = scalar(text, .singleQuoted, mark(number, index))
            case UInt8(ascii: "["):
                guard let (items, end) = flowSequence(number, from: index), restIsBlank(line, from: end) else { return nil }
                node = .sequence(Node.Sequence(items, seqTag, .any, mark(number, index)))
            default:
                guard let text = plain(line, from: index) else { return nil }
                node = scalar(text, .plain, mark(number, index))
            }
            // A value that goes on over the lines below is libyaml's to fold: the mapping or sequence that holds
            // this one gives up at a line more indented than itself.
            return (node, number + 1)
        }
    }
}
