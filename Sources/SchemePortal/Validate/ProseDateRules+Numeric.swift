/// A date written in numbers in running text (“should have met by 03/04/2027”): the same warning key
/// dates get as an error, since a reader in another country takes it for another day. A warning here:
/// the text is the only place it is written, so nothing disagrees with it.
extension ProseDateRules {
    func numericDates(in text: MarkdownText, examples: DateExamples) -> [Diagnostic] {
        let grammar = DateGrammar(examples: examples)
        var diagnostics: [Diagnostic] = []
        let lines = text.source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let scalars = Array(line.unicodeScalars)
            for (start, length) in Self.numericDates(in: scalars) {
                let written = String(String.UnicodeScalarView(scalars[start..<(start + length)]))
                guard case .failure(let problem) = grammar.parse(written) else { continue }
                let place = Place(text: text, line: index, column: start)
                var found = place.diagnostic(.warning, offset: 0, problem.message, hint: problem.hint ?? "write the month as a word")
                found.span = length
                diagnostics.append(found)
            }
        }
        return diagnostics
    }

    /// Where `d/m/y` shapes are (one or two digits, one or two, then two or four), not inside a longer
    /// run of digits and slashes (an address, a fraction of a fraction).
    static func numericDates(in scalars: [Unicode.Scalar]) -> [(start: Int, length: Int)] {
        func isDigit(_ index: Int) -> Bool { index >= 0 && index < scalars.count && ("0"..."9").contains(scalars[index]) }
        func isSlash(_ index: Int) -> Bool { index >= 0 && index < scalars.count && scalars[index] == "/" }
        func digits(from index: Int) -> Int {
            var end = index
            while isDigit(end) { end += 1 }
            return end - index
        }
        var found: [(Int, Int)] = []
        var index = 0
        while index < scalars.count {
            guard isDigit(index), !isDigit(index - 1), !isSlash(index - 1) else {
                index += 1
                continue
            }
            let first = digits(from: index)
            let second = isSlash(index + first) ? digits(from: index + first + 1) : 0
            let thirdStart = index + first + 1 + second + 1
            let third = second > 0 && isSlash(thirdStart - 1) ? digits(from: thirdStart) : 0
            let end = thirdStart + third
            if (1...2).contains(first), (1...2).contains(second), third == 2 || third == 4, !isSlash(end),
               !(scalars.indices.contains(end) && scalars[end].properties.isAlphabetic) {
                found.append((index, end - index))
                index = end
            } else {
                index += max(first, 1)
            }
        }
        return found
    }
}
