/// A caption to suggest for a table that has none, made from its header row. One wording for every table
/// ("Mentor roles with examples") was copied as it stood; a caption from the table's own columns is a start
/// the author only has to sharpen, and each table's warning then says something of its own.
enum TableCaption {
    /// The most columns named; more make a caption nobody reads before the table.
    static let columnsNamed = 4

    /// ‘Date and what happens’ for `| Date | What happens |`; nil for a header row with no words.
    static func suggested(from header: [String]) -> String? {
        let cells = header.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
            .filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        guard let first = cells.first else { return nil }
        var named = [first] + cells.dropFirst().prefix(columnsNamed - 1).map(lowercasedStart)
        if cells.count > columnsNamed { named.append("more") }
        let caption = named.count == 1 ? first
            : named.dropLast().joined(separator: ", ") + " and " + named[named.count - 1]
        return caption.count <= 100 ? caption : String(caption.prefix(99)) + "…"
    }

    /// The hint for the table-without-caption warning.
    static func hint(for header: [String]) -> String {
        let caption = suggested(from: header) ?? "…"
        return "add a line ‘Table: \(caption)’ after the table, with a blank line between, and make it say what the table shows"
    }

    /// Mid-sentence a column's name loses its capital, unless the capital is part of a name or an
    /// abbreviation (‘UK grade’, ‘EoI’, ‘Civil Service grade’ keep theirs).
    private static func lowercasedStart(_ cell: String) -> String {
        let firstWord = cell.prefix { !$0.isWhitespace }
        let letters = firstWord.filter(\.isLetter)
        guard let head = letters.first, head.isUppercase, letters.dropFirst().allSatisfy(\.isLowercase) else { return cell }
        // Two capitalised words in a row ("Civil Service") are a name.
        let words = cell.split(separator: " ")
        if words.count > 1, let next = words[1].first, next.isUppercase { return cell }
        return cell.prefix(1).lowercased() + cell.dropFirst()
    }
}
