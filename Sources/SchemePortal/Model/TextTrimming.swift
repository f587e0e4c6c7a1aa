/// Trimming spaces from both ends, as Foundation's `trimmingCharacters(in: .whitespaces)` and
/// `(in: .whitespacesAndNewlines)` do, without Foundation: on Linux those convert each string to UTF-16,
/// and every value of every people file is trimmed.
extension StringProtocol {
    func trimmingSpaces(andLineBreaks lineBreaks: Bool = false) -> String {
        let scalars = unicodeScalars
        // Most values start and end with a visible ASCII character and need nothing done.
        if let first = scalars.first, let last = scalars.last,
           first.value > 0x20, first.value < 0x7F, last.value > 0x20, last.value < 0x7F {
            return String(self)
        }
        guard let start = scalars.firstIndex(where: { !Self.isSpace($0, lineBreaks: lineBreaks) }),
              let end = scalars.lastIndex(where: { !Self.isSpace($0, lineBreaks: lineBreaks) }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start...end])
        return String(trimmed)
    }

    /// `CharacterSet.whitespaces` is the tab, the space separators and (in the Linux Foundation) the zero-width
    /// space; `.whitespacesAndNewlines` adds the line and paragraph separators, U+000A to U+000D and U+0085.
    static func isSpace(_ scalar: Unicode.Scalar, lineBreaks: Bool) -> Bool {
        if scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator { return true }
        guard lineBreaks else { return false }
        switch scalar.value {
        case 0x0A...0x0D, 0x85: return true
        default: return [.lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }
}
