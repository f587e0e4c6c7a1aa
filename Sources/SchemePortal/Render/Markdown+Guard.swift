/// Refuses Markdown that would make cmark-gfm 0.29.0.gfm.6 take seconds or gigabytes (the patterns of
/// hostile-markdown.md: Debian's build lacks the 2023 upstream fixes), before any of it reaches C.
///
/// One pass over the bytes, linear in the size. Counts are kept per "paragraph" (lines up to a blank line,
/// a superset of what cmark parses as one unit of inlines), so they overestimate and cannot be dodged by
/// splitting a pattern over lines. The limits sit far above anything staff write (a 5,000-line handbook,
/// the seed documents) and far below where cmark slows down (measured: the quadratic cases take a few
/// milliseconds at these limits).
enum MarkdownGuard {
    enum Limit {
        static let bytes = 1_048_576
        /// Levels of block quotes and list items on one line (markers, plus leading indentation ÷ 2).
        static let depth = 64
        /// Sum over lines of the containers cmark walks for each (blank lines inside deep lists are the slow case).
        static let nestedLineWork = 2_000_000
        /// A line this long is refused when it also has this many delimiter runs, and one every 10 characters or
        /// more (the upstream pathological cases have one every 2 to 4; heavily marked-up prose about one in 15).
        static let longLine = 20_000
        static let runsInLongLine = 1_000
        static let openBrackets = 2_000
        static let unmatchedClosers = 2_000
        /// Sum, over each `]`, of the `[` still open: the cost of `![[]()` repeated.
        static let bracketWork = 1_000_000
        static let backtickLengths = 64
        /// `<?` and `<!` (processing instructions, `<![CDATA[`, declarations, comments).
        static let declarations = 1_000
        static let atSigns = 5_000
        static let columns = 200
        static let tableCells = 100_000
        /// Sum, over each line that could be a table's delimiter row (`|-|`) but has not as many cells as the line
        /// above, of the paragraph's bytes above it: cmark-gfm splits the whole paragraph into cells again for each,
        /// looking for the table's header, and the paragraph goes on when it does not match.
        static let delimiterRowWork = 2_000_000
        static let footnoteReferences = 2_000
    }

    enum Problem: Equatable, Sendable {
        case tooLarge, tooDeep, deepAndLong, longLine, brackets, backticks, declarations, atSigns, columns, tableCells,
             delimiterRows, footnotes

        var message: String {
            let text: String
            switch self {
            case .tooLarge: text = "is too large (more than 1 MB)"
            case .tooDeep: text = "is too deeply nested (more than \(Limit.depth) levels of lists or block quotes)"
            case .deepAndLong: text = "has too many lines inside deeply nested lists or block quotes"
            case .longLine: text = "has a line of more than 20,000 characters with too many brackets, emphasis or backtick marks"
            case .brackets: text = "has too many unmatched or nested brackets in one paragraph"
            case .backticks: text = "has too many different runs of backticks in one paragraph"
            case .declarations: text = "has too many “<?” or “<!” in one paragraph"
            case .atSigns: text = "has too many “@” signs in one paragraph"
            case .columns: text = "has a table row with more than \(Limit.columns) columns"
            case .tableCells: text = "has a table with more than 100,000 cells"
            case .delimiterRows: text = "has too many lines like ‘|---|’ in one long paragraph"
            case .footnotes: text = "has too many footnote references (more than 2,000)"
            }
            return "this Markdown \(text) to render safely"
        }

        var hint: String {
            switch self {
            case .tooLarge: return "split it into several pages"
            case .tooDeep, .deepAndLong: return "simplify it: use fewer levels of nested lists and block quotes"
            case .longLine: return "simplify it: break the line into paragraphs, and check for text pasted by mistake"
            case .brackets: return "simplify it: close each [ with a ], write a literal bracket as \\[, and check for text pasted by mistake"
            case .backticks: return "simplify it: mark code with ` or ```, and check for text pasted by mistake"
            case .declarations: return "simplify it: raw HTML is not allowed anyway; write a literal < as \\<"
            case .atSigns: return "simplify it: split the text into paragraphs or a list"
            case .columns, .tableCells: return "simplify it: split the table into smaller tables"
            case .delimiterRows:
                return "simplify it: put a blank line before each table, and give its header row as many cells as the ‘|---|’ row under it"
            case .footnotes: return "simplify it: use fewer footnotes, or put the notes in the text"
            }
        }
    }

    struct Rejection: Equatable, Sendable {
        /// 1-based line of the Markdown where the limit was passed.
        var line: Int
        var problem: Problem

        func diagnostic(in text: MarkdownText) -> Diagnostic {
            .error(.markdownLimit, problem.message, at: text.fileLocation(line: line, column: 1), hint: problem.hint)
        }
    }

    static func check(_ text: String) -> Rejection? {
        if text.utf8.count > Limit.bytes { return Rejection(line: 1, problem: .tooLarge) }
        let bytes = Array(text.utf8)
        // Read through a buffer pointer: this pass runs over every biography of a large portal.
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner()
            var rejection: Rejection?
            MarkdownSource.forEachLine(in: bytes) { content, _ in
                guard rejection == nil else { return }
                scanner.line += 1
                if let problem = scanner.scan(buffer, content) { rejection = Rejection(line: scanner.line, problem: problem) }
            }
            return rejection
        }
    }

    private struct Scanner {
        var line = 0
        var footnoteReferences = 0
        var nestedLineWork = 0
        var openDepth = 0
        // Per paragraph:
        var openBrackets = 0, bracketWork = 0, unmatchedClosers = 0
        var backtickLengths = Set<Int>()
        var declarations = 0, atSigns = 0
        var tableColumns = 0, tableCells = 0
        var paragraphBytes = 0, delimiterRowWork = 0
        /// The previous line of the paragraph, whose cells are counted only when a delimiter row follows it.
        var previousContent: Range<Int>?

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Problem? {
            let (markers, indent, contentStart) = Self.containers(bytes, range)
            if contentStart == range.upperBound, markers == 0 {   // blank line: ends the paragraph
                openBrackets = 0; bracketWork = 0; unmatchedClosers = 0; backtickLengths = []
                declarations = 0; atSigns = 0; tableColumns = 0; tableCells = 0
                paragraphBytes = 0; delimiterRowWork = 0; previousContent = nil
                nestedLineWork += openDepth
                return nestedLineWork > Limit.nestedLineWork ? .deepAndLong : nil
            }
            let depth = markers + indent / 2
            if markers > 0 {
                if depth > Limit.depth { return .tooDeep }
                openDepth = depth
            }
            nestedLineWork += markers > 0 ? depth : min(indent / 2, openDepth)
            if nestedLineWork > Limit.nestedLineWork { return .deepAndLong }

            var characters = 0, runs = 0, pipes = 0, backtickRun = 0
            var previous: UInt8 = 0
            // Characters matter only on a line longer than the limit in bytes.
            let countsCharacters = range.count > Limit.longLine
            let marked = Self.isMarked
            for index in range {
                let byte = bytes[index]
                if countsCharacters, byte & 0xC0 != 0x80 { characters += 1 }
                // Most bytes are letters and spaces, which count for nothing more.
                guard marked[Int(byte)] else {
                    if backtickRun > 0 {
                        backtickLengths.insert(backtickRun)
                        backtickRun = 0
                    }
                    previous = byte
                    continue
                }
                if byte == UInt8(ascii: "`") {
                    backtickRun += 1
                } else if backtickRun > 0 {
                    backtickLengths.insert(backtickRun)
                    backtickRun = 0
                }
                switch byte {
                case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"):
                    if byte != previous { runs += 1 }
                case UInt8(ascii: "["):
                    runs += 1
                    openBrackets += 1
                    if openBrackets > Limit.openBrackets { return .brackets }
                case UInt8(ascii: "]"):
                    runs += 1
                    if openBrackets > 0 {
                        bracketWork += openBrackets
                        openBrackets -= 1
                        if bracketWork > Limit.bracketWork { return .brackets }
                    } else {
                        unmatchedClosers += 1
                        if unmatchedClosers > Limit.unmatchedClosers { return .brackets }
                    }
                case UInt8(ascii: "<"):
                    runs += 1
                case UInt8(ascii: "?"), UInt8(ascii: "!"):
                    if previous == UInt8(ascii: "<") {
                        declarations += 1
                        if declarations > Limit.declarations { return .declarations }
                    }
                case UInt8(ascii: "^"):
                    if previous == UInt8(ascii: "[") {
                        footnoteReferences += 1
                        if footnoteReferences > Limit.footnoteReferences { return .footnotes }
                    }
                case UInt8(ascii: "@"):
                    atSigns += 1
                    if atSigns > Limit.atSigns { return .atSigns }
                case UInt8(ascii: "|"):
                    pipes += 1
                default:
                    break
                }
                previous = byte
            }
            if backtickRun > 0 { backtickLengths.insert(backtickRun) }
            if backtickLengths.count > Limit.backtickLengths { return .backticks }
            if pipes > Limit.columns + 1 { return .columns }   // `| a | b |` has one pipe more than columns
            if characters > Limit.longLine, runs > Limit.runsInLongLine, runs * 10 > characters { return .longLine }

            let content = bytes[contentStart..<range.upperBound]
            let columns = Self.delimiterColumns(content)
            if columns > 0 {
                tableColumns = max(tableColumns, columns)
                tableCells += 2 * columns
                // Only a row that fails to start a table costs this (the paragraph goes on after it); a row of
                // dashes alone underlines a heading or is a rule, and ends the paragraph.
                let previousCells = previousContent.map { Self.cells(bytes[$0]) } ?? 0
                if columns != previousCells, content.contains(where: { $0 != UInt8(ascii: "-") && $0 != 0x20 && $0 != 0x09 }) {
                    delimiterRowWork += paragraphBytes
                    if delimiterRowWork > Limit.delimiterRowWork { return .delimiterRows }
                }
            } else {
                tableCells += tableColumns
            }
            previousContent = contentStart..<range.upperBound
            paragraphBytes += range.count + 1
            return tableCells > Limit.tableCells ? .tableCells : nil
        }

        /// The bytes the loop above does more with than count.
        static let isMarked: [Bool] = (0..<256).map { byte in "*_~`[]<?!^@|".utf8.contains(UInt8(byte)) }

        /// Block-quote and list markers at the start of the line, the indentation before the first one
        /// (in columns, a tab counting 4), and where the rest of the line starts.
        static func containers(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (markers: Int, indent: Int, content: Int) {
            var index = range.lowerBound
            var markers = 0, indent = 0
            func isBlankOrEnd(_ at: Int) -> Bool { at >= range.upperBound || bytes[at] == 0x20 || bytes[at] == 0x09 }
            while index < range.upperBound {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 {
                    if markers == 0 { indent += byte == 0x09 ? 4 : 1 }
                    index += 1
                } else if byte == UInt8(ascii: ">") {
                    markers += 1
                    index += 1
                } else if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*"), isBlankOrEnd(index + 1) {
                    markers += 1
                    index += 1
                } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                    var end = index
                    while end < range.upperBound, end - index < 10, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
                    guard end - index <= 9, end < range.upperBound,
                          bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"), isBlankOrEnd(end + 1) else { break }
                    markers += 1
                    index = end + 1
                } else {
                    break
                }
            }
            return (markers, indent, index)
        }

        /// The cells cmark-gfm would find in this line as a table's header row: one more than its pipes (those
        /// not escaped by a backslash), less a pipe at either end.
        static func cells(_ content: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
            let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
            guard let first = content.firstIndex(where: { !isBlank($0) }),
                  let last = content.lastIndex(where: { !isBlank($0) }) else { return 0 }
            var pipes = 0
            var previous: UInt8 = 0
            for byte in content[first...last] {
                if byte == UInt8(ascii: "|"), previous != UInt8(ascii: "\\") { pipes += 1 }
                previous = byte
            }
            let leading = content[first] == UInt8(ascii: "|") ? 1 : 0
            // A lone `|` is both ends, and no cell.
            let trailing = content[last] == UInt8(ascii: "|") && (last == first || content[last - 1] != UInt8(ascii: "\\")) ? 1 : 0
            return max(0, pipes + 1 - leading - trailing)
        }

        /// The number of columns if this looks like a table's delimiter row (`|---|:--:|`), else 0.
        static func delimiterColumns(_ content: Slice<UnsafeBufferPointer<UInt8>>) -> Int {
            var columns = 0
            var cellHasDash = false
            for byte in content {
                switch byte {
                case UInt8(ascii: "-"): cellHasDash = true
                case UInt8(ascii: ":"), 0x20, 0x09, 0x0B, 0x0C: break
                case UInt8(ascii: "|"):
                    if cellHasDash { columns += 1 }
                    cellHasDash = false
                default: return 0
                }
            }
            return columns + (cellHasDash ? 1 : 0)
        }
    }
}
