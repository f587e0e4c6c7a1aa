/// Maps cmark's positions (1-based line, 1-based *byte* column in the text it was given) to places in the
/// content file: line 1 of the Markdown is `origin.line`, and `origin.column` shifts the first line only.
/// Columns count Unicode scalars, like `SourceLocation`.
struct MarkdownSourceMap {
    /// The text as written, whose `fileLocation` places a line and column in the file.
    let place: MarkdownText
    var origin: SourceLocation { place.location }
    private let table: Table
    private var bytes: [UInt8] { table.bytes }
    private var lines: [Range<Int>] { table.lines }
    /// For inline rendering, the changes made to each line (by 1-based line) before cmark saw it.
    var edits: [Int: MarkdownLineEdit] = [:]

    /// `text` is what cmark reads: `place`'s source, NUL characters replaced.
    init(text: String, placing place: MarkdownText) {
        self.place = place
        table = Table(text)
    }

    /// The text's lines and scalar counts, made when a first place is asked for: most Markdown (a biography of
    /// plain paragraphs) has no link, heading or problem to place, and making them for every text of a large
    /// portal was a fiftieth of `portal check`. One render uses a map, on one thread.
    private final class Table {
        let text: String
        init(_ text: String) { self.text = text }

        lazy var bytes: [UInt8] = Array(text.utf8)
        lazy var lines: [Range<Int>] = {
            var lines: [Range<Int>] = []
            MarkdownSource.forEachLine(in: bytes) { content, _ in lines.append(content) }
            return lines.isEmpty ? [0..<0] : lines
        }()
        /// The number of scalars before every 64th byte, so that finding a column takes at most 64 steps however
        /// long its line is (counting from the start of the line made a long line of links quadratic; a fuzzing
        /// finding, docs/fuzzing.md).
        lazy var checkpoints: [Int] = {
            var checkpoints: [Int] = []
            checkpoints.reserveCapacity(bytes.count / MarkdownSourceMap.checkpointSpacing + 2)
            var scalars = 0
            for (index, byte) in bytes.enumerated() {
                if index % MarkdownSourceMap.checkpointSpacing == 0 { checkpoints.append(scalars) }
                if byte & 0xC0 != 0x80 { scalars += 1 }
            }
            checkpoints.append(scalars)
            return checkpoints
        }()
    }

    fileprivate static let checkpointSpacing = 64

    /// The number of scalars that start before byte `offset` of the text.
    private func scalarCount(before offset: Int) -> Int {
        let block = offset / Self.checkpointSpacing
        return table.checkpoints[block] + bytes[(block * Self.checkpointSpacing)..<offset].count { $0 & 0xC0 != 0x80 }
    }

    func location(_ start: (line: Int, column: Int)) -> SourceLocation {
        let line = min(max(start.line, 1), lines.count)
        var index = max(start.column - 1, 0)
        if let edit = edits[line] { index = edit.originalIndex(of: index) }
        let range = lines[line - 1]
        let end = min(range.lowerBound + index, range.upperBound)
        let scalars = scalarCount(before: end) - scalarCount(before: range.lowerBound)
        return place.fileLocation(line: line, column: scalars + 1)
    }

    /// cmark-gfm 0.29 misplaces some autolinks: `<https://…>` inside a list or quote by the width of the
    /// container markers, `www.…` by one. When the byte at `start` cannot open the node, the start is moved to
    /// the next byte along the line (within 32) that can.
    func settled(_ start: (line: Int, column: Int), openers: Set<UInt8>) -> (line: Int, column: Int) {
        guard start.line >= 1, start.line <= lines.count else { return start }
        let range = lines[start.line - 1]
        var index = max(start.column - 1, 0)
        if let edit = edits[start.line] { index = edit.originalIndex(of: index) }
        for offset in 0..<32 {
            let position = range.lowerBound + index + offset
            guard position < range.upperBound else { break }
            if openers.contains(bytes[position]) { return (start.line, start.column + offset) }
        }
        return start
    }

    /// The file line the Markdown line is on: the line with the indentation YAML took off it, except a first
    /// line that starts after a key (`summary: …`), which is not the whole file line.
    func sourceLine(_ line: Int) -> String? {
        let indent = place.indent
        guard line >= 1, line <= lines.count, line > 1 || origin.column == 1 || origin.column - 1 == indent else { return nil }
        return String(repeating: " ", count: line == 1 ? origin.column - 1 : indent) + String(decoding: bytes[lines[line - 1]], as: UTF8.self)
    }

    /// A problem at cmark's position. Its line is quoted by `quoting`, once the problems to list are chosen.
    func diagnostic(_ code: DiagnosticCode, _ severity: Diagnostic.Severity, at start: (line: Int, column: Int),
                    _ message: String, hint: String) -> Diagnostic {
        Diagnostic(code, severity, at: location(start), message, hint: hint)
    }

    /// The diagnostic with its Markdown line quoted under it.
    func quoting(_ diagnostic: Diagnostic) -> Diagnostic {
        var quoted = diagnostic
        quoted.sourceLine = sourceLine(diagnostic.location.line - origin.line + 1)
        return quoted
    }
}

/// What `MarkdownSource.inlineOnly` did to one line: leading blanks removed, and perhaps one backslash inserted.
struct MarkdownLineEdit: Equatable {
    var removedLeading: Int
    /// 0-based byte index of the inserted backslash in the edited line.
    var insertedAt: Int?

    func originalIndex(of index: Int) -> Int {
        var index = index
        if let insertedAt, index > insertedAt { index -= 1 }
        return index + removedLeading
    }
}

enum MarkdownSource {
    static func replacingNUL(in text: String) -> String {
        guard text.containsByte(0) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\0" ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    /// Calls `body` with each line's content and its end ("\n", "\r\n" or "\r", as cmark splits them).
    static func forEachLine(in bytes: [UInt8], _ body: (Range<Int>, Range<Int>) -> Void) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                let endLength = (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                body(start..<index, index..<(index + endLength))
                index += endLength
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count || bytes.isEmpty { body(start..<bytes.count, bytes.count..<bytes.count) }
    }

    /// Text for inline rendering: anything that would start a block (`# `, `- `, `1. `, `> `, a fence, a table
    /// delimiter row, a `[label]:` definition, indentation) is escaped or dropped, so it shows as typed and the
    /// whole text stays one paragraph. The edits are returned so positions still point into the original.
    static func inlineOnly(_ text: String) -> (text: String, edits: [Int: MarkdownLineEdit]) {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        var edits: [Int: MarkdownLineEdit] = [:]
        var number = 0
        forEachLine(in: bytes) { content, end in
            number += 1
            var start = content.lowerBound
            while start < content.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            let line = bytes[start..<content.upperBound]
            let escape = blockMarkerOffset(line)
            if start > content.lowerBound || escape != nil {
                edits[number] = MarkdownLineEdit(removedLeading: start - content.lowerBound, insertedAt: escape)
            }
            if let escape {
                output += line.prefix(escape)
                output.append(UInt8(ascii: "\\"))
                output += line.dropFirst(escape)
            } else {
                output += line
            }
            output += bytes[end]
        }
        return (String(decoding: output, as: UTF8.self), edits)
    }

    /// Where to put a backslash so that this line (already without leading blanks) cannot open a block.
    static func blockMarkerOffset(_ line: ArraySlice<UInt8>) -> Int? {
        guard let first = line.first else { return nil }
        let bytes = Array(line)
        func isBlankOrEnd(_ index: Int) -> Bool { index >= bytes.count || bytes[index] == 0x20 || bytes[index] == 0x09 }
        switch first {
        case UInt8(ascii: "#"), UInt8(ascii: ">"):
            return 0
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "*"):
            if isBlankOrEnd(1) { return 0 }
        case UInt8(ascii: "`"), UInt8(ascii: "~"):
            if bytes.count >= 3, bytes[1] == first, bytes[2] == first { return 0 }
        case UInt8(ascii: "["):
            if let close = bytes.firstIndex(of: UInt8(ascii: "]")), close + 1 < bytes.count,
               bytes[close + 1] == UInt8(ascii: ":") { return 0 }
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = bytes.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            if digits <= 9, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
               isBlankOrEnd(digits + 1) { return digits }
        default:
            break
        }
        // Whole-line markers: thematic breaks, setext underlines and table delimiter rows.
        let marks = bytes.filter { $0 != 0x20 && $0 != 0x09 }
        guard let mark = marks.first else { return nil }
        if marks.allSatisfy({ $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") }),
           marks.contains(UInt8(ascii: "-")) { return 0 }
        if marks.allSatisfy({ $0 == UInt8(ascii: "=") }) { return 0 }
        if marks.count >= 3, [UInt8(ascii: "*"), UInt8(ascii: "_")].contains(mark), marks.allSatisfy({ $0 == mark }) { return 0 }
        return nil
    }
}
