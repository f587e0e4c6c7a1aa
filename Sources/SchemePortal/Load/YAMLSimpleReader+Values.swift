import Yams

/// The values `YAMLSimpleReader` reads on one line (plain, quoted, `[a, b]`) and its `|` blocks.
extension YAMLSimpleReader.Reader {
    /// The bytes that may not start a plain value or key here (those that start something else, or are reserved).
    static let indicators = YAMLSimpleReader.ByteSet("-?:,[]{}#&*!|>'\"%@`")

    /// A plain value running to the line's end, without `: ` or ` #` in it.
    func plain(_ line: YAMLSimpleReader.Line, from start: Int) -> String? {
        guard !Self.indicators.contains(bytes[start]) else { return nil }
        var end = line.end
        while end > start, bytes[end - 1] == 0x20 { end -= 1 }
        for index in start..<end {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":"), index + 1 == end || bytes[index + 1] == 0x20 { return nil }
            if byte == UInt8(ascii: "#"), bytes[index - 1] == 0x20 { return nil }
        }
        return string(start, end)
    }

    /// A quoted value closed on its line: no escapes in double quotes; `''` is a quote in single ones.
    func quoted(_ line: YAMLSimpleReader.Line, from start: Int, quote: UInt8) -> (String, end: Int)? {
        var index = start + 1
        var text: [UInt8] = []
        while index < line.end {
            let byte = bytes[index]
            if byte == quote {
                if quote == UInt8(ascii: "'"), index + 1 < line.end, bytes[index + 1] == quote {
                    text.append(quote)
                    index += 2
                    continue
                }
                return (String(decoding: text, as: UTF8.self), index + 1)
            }
            if byte == UInt8(ascii: "\\"), quote == UInt8(ascii: "\"") { return nil }
            text.append(byte)
            index += 1
        }
        return nil
    }

    /// `[a, b]` on one line, of plain items.
    func flowSequence(_ number: Int, from start: Int) -> ([Node], end: Int)? {
        let line = lines[number]
        var items: [Node] = []
        var index = start + 1
        while index < line.end, bytes[index] == 0x20 { index += 1 }
        if index < line.end, bytes[index] == UInt8(ascii: "]") { return ([], index + 1) }
        // Each item's column counted on from the last one's, not from the line's start again.
        var counted = line.start
        var column = 1
        while index < line.end, items.count < Self.mostEntries {
            while index < line.end, bytes[index] == 0x20 { index += 1 }
            let itemStart = index
            guard index < line.end, !Self.indicators.contains(bytes[index]) else { return nil }
            while index < line.end, bytes[index] != UInt8(ascii: ","), bytes[index] != UInt8(ascii: "]") {
                if Self.flowStoppers.contains(bytes[index]) { return nil }
                index += 1
            }
            guard index < line.end else { return nil }
            var itemEnd = index
            while itemEnd > itemStart, bytes[itemEnd - 1] == 0x20 { itemEnd -= 1 }
            for byte in counted..<itemStart where bytes[byte] & 0xC0 != 0x80 { column += 1 }
            counted = itemStart
            items.append(scalar(string(itemStart, itemEnd), .plain, Mark.made(line: number + 1, column: column)))
            if bytes[index] == UInt8(ascii: "]") { return (items, index + 1) }
            index += 1
        }
        return nil
    }

    /// What ends or complicates a plain item in brackets: left to libyaml.
    static let flowStoppers = YAMLSimpleReader.ByteSet("[]{}#:'\"")

    func restIsBlank(_ line: YAMLSimpleReader.Line, from index: Int) -> Bool {
        (index..<line.end).allSatisfy { bytes[$0] == 0x20 }
    }

    /// A `|` block (`|-` strips the last line break, `|+` keeps the blank lines after it) whose first line
    /// has text: its lines without their indentation.
    func literal(_ number: Int, at bar: Int, parentIndent: Int) -> (Node, next: Int)? {
        let header = lines[number]
        var chomping: UInt8 = 0
        var index = bar + 1
        if index < header.end, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            chomping = bytes[index]
            index += 1
        }
        guard restIsBlank(header, from: index), number + 1 < lines.count else { return nil }
        let indent = lines[number + 1].indent
        guard !lines[number + 1].isBlank, indent > parentIndent else { return nil }
        var text: [UInt8] = []
        var blanks = 0
        var next = number + 1
        while next < lines.count {
            let line = lines[next]
            if line.end - line.start <= indent, line.isBlank {
                blanks += 1
            } else if line.isBlank {
                return nil   // spaces beyond the indentation on an otherwise empty line
            } else if line.indent >= indent {
                if !text.isEmpty || blanks > 0 { text.append(contentsOf: repeatElement(0x0A, count: blanks + 1)) }
                blanks = 0
                text.append(contentsOf: bytes[(line.start + indent)..<line.end])
            } else {
                guard line.indent <= parentIndent else { return nil }
                break
            }
            next += 1
        }
        switch chomping {
        case UInt8(ascii: "-"): break
        case UInt8(ascii: "+"): text.append(contentsOf: repeatElement(0x0A, count: blanks + 1))
        default: text.append(0x0A)
        }
        return (scalar(String(decoding: text, as: UTF8.self), .literal, mark(number, bar)), next - blanks)
    }
}
