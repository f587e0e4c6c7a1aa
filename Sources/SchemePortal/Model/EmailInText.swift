/// E-mail addresses written inside a person's free text (a biography, a job title). Someone who has not
/// consented to publishing `email` must not have one published this way either: the privacy gate
/// leaves them out, and a rule warns the staff who wrote them.
public enum EmailInText {
    /// What a reader sees where an address was left out.
    public static let removed = "(e-mail address removed)"

    /// Each address in `text`, together with a `mailto:` before it and the `<…>` or Markdown `(…)` around it.
    public static func ranges(in text: String) -> [Range<String.Index>] {
        // Most text has no @ at all; a byte search says so far faster than walking its scalars.
        guard text.containsByte(UInt8(ascii: "@")) else { return [] }
        let scalars = text.unicodeScalars
        var ranges: [Range<String.Index>] = []
        var searchFrom = scalars.startIndex
        while let at = scalars[searchFrom...].firstIndex(of: "@") {
            searchFrom = scalars.index(after: at)
            var start = at
            while start > scalars.startIndex, isLocal(scalars[scalars.index(before: start)]) { start = scalars.index(before: start) }
            while start < at, scalars[start] == "." { start = scalars.index(after: start) }
            var end = scalars.index(after: at)
            while end < scalars.endIndex, isDomain(scalars[end]) { end = scalars.index(after: end) }
            while end > scalars.index(after: at), [".", "-"].contains(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
            let domain = String(scalars[scalars.index(after: at)..<end])
            let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
            guard start < at, labels.count >= 2, !labels.contains(where: \.isEmpty),
                  let top = labels.last, top.count >= 2, top.allSatisfy(\.isLetter) else { continue }
            // Take in what only makes sense with the address: `mailto:`, and the brackets of `<…>` or `[…](…)`.
            let prefix = "mailto:".unicodeScalars
            if scalars.distance(from: scalars.startIndex, to: start) >= prefix.count {
                let before = scalars.index(start, offsetBy: -prefix.count)
                if String(scalars[before..<start]).lowercased() == "mailto:" { start = before }
            }
            if start > scalars.startIndex, end < scalars.endIndex {
                let before = scalars[scalars.index(before: start)], after = scalars[end]
                if (before == "<" && after == ">") || (before == "(" && after == ")") {
                    start = scalars.index(before: start)
                    end = scalars.index(after: end)
                }
            }
            if let last = ranges.last, last.overlaps(start..<end) { continue }
            ranges.append(start..<end)
            searchFrom = end
        }
        return ranges
    }

    /// `text` with every address replaced by `removed`; a Markdown link to one (`[write to me](mailto:…)`)
    /// becomes its plain text, so no broken link is left.
    public static func removing(from text: String) -> String {
        let found = ranges(in: text)
        guard !found.isEmpty else { return text }
        var result = ""
        var copied = text.startIndex
        for range in found {
            result += text[copied..<range.lowerBound]
            if text[range].hasPrefix("("), result.hasSuffix("]"), let open = result.lastIndex(of: "[") {
                result.removeLast()
                result.remove(at: open)
            } else {
                result += removed
            }
            copied = range.upperBound
        }
        return result + text[copied...]
    }

    private static func isLocal(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._%+-'".unicodeScalars.contains(scalar)
    }

    private static func isDomain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "." || scalar == "-"
    }
}
