/// One page as the search index holds it: its text by section, for the passage a result shows, and each of
/// its terms with a weight. Made as the page's bytes are written, on whichever thread made the page, and kept
/// with the page, so the dev server's memo keeps it too and a rebuild indexes only the pages it renders again.
struct SearchDocument: Sendable, Equatable {
    var path: String
    var text: SearchText
    /// The page's terms, one after another, in the order first met: small enough to keep for 10,000 pages.
    var termBytes: [UInt8]
    /// Where each term starts in `termBytes`.
    var termStarts: [Int32]
    /// The weight of each term, in the same order.
    var weights: [UInt8]

    /// How much of a page's text a result's passage is chosen from; the index still holds every term of the rest.
    static let storedCharacters = 6_000

    /// A term in the title counts most, then in a heading, then each time in the text, up to a point:
    /// a long page does not win by saying a word often.
    static func weight(inTitle: Bool, headings: Int, body: Int) -> UInt8 {
        UInt8((inTitle ? 20 : 0) + 6 * min(headings, 3) + min(body, 10))
    }

    init(path: String, text: SearchText) {
        self.path = path
        var table = SearchTermTable()
        var inTitle: [Bool] = [], headings: [Int] = [], body: [Int] = []
        func add(_ term: UnsafeBufferPointer<UInt8>) -> Int {
            let (number, isNew) = table.number(of: term)
            if isNew {
                inTitle.append(false)
                headings.append(0)
                body.append(0)
            }
            return number
        }
        SearchTerms.eachTerm(in: text.title) { inTitle[add($0)] = true }
        for section in text.sections {
            SearchTerms.eachTerm(in: section.heading) { headings[add($0)] += 1 }
            SearchTerms.eachTerm(in: section.text) { body[add($0)] += 1 }
        }
        weights = (0..<table.count).map { Self.weight(inTitle: inTitle[$0], headings: headings[$0], body: body[$0]) }
        termBytes = table.bytes
        termStarts = table.starts
        self.text = Self.cut(text)
    }

    /// The text kept for passages: every section, until the page has given `storedCharacters`.
    private static func cut(_ text: SearchText) -> SearchText {
        var left = storedCharacters
        var sections: [SearchText.Section] = []
        for section in text.sections where left > 0 {
            var section = section
            if section.text.count > left {
                var kept = String(section.text.prefix(left))
                if let space = kept.lastIndex(of: " ") { kept = String(kept[..<space]) }
                section.text = kept + " …"
            }
            left -= section.text.count + section.heading.count
            sections.append(section)
        }
        return SearchText(title: text.title, sections: sections)
    }

    /// Each term with its weight.
    func forEachTerm(_ body: (ArraySlice<UInt8>, UInt8) -> Void) {
        for (number, start) in termStarts.enumerated() {
            let end = number + 1 < termStarts.count ? Int(termStarts[number + 1]) : termBytes.count
            body(termBytes[Int(start)..<end], weights[number])
        }
    }
}
