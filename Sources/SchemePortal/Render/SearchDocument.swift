/// One page as the search index holds it: its text by section, for the passage a result shows, and each of
/// its terms with a weight. Made as the page's bytes are written, on whichever thread made the page, and kept
/// with the page, so the dev server's memo keeps it too and a rebuild indexes only the pages it renders again.
struct SearchDocument: Sendable, Equatable {
    var path: String
    var text: SearchText
    /// The page's terms, each followed by a 0 byte, in the order first met: small enough to keep for 10,000 pages.
    var terms: [UInt8]
    /// The weight of each term of `terms`, in the same order.
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
        var counts: [String: (title: Bool, headings: Int, body: Int)] = [:]
        var order: [String] = []
        func add(_ term: String, _ change: (inout (title: Bool, headings: Int, body: Int)) -> Void) {
            if counts[term] == nil { order.append(term) }
            change(&counts[term, default: (false, 0, 0)])
        }
        SearchTerms.each(in: text.title) { add($0) { $0.title = true } }
        for section in text.sections {
            SearchTerms.each(in: section.heading) { add($0) { $0.headings += 1 } }
            SearchTerms.each(in: section.text) { add($0) { $0.body += 1 } }
        }
        var terms: [UInt8] = []
        var weights: [UInt8] = []
        terms.reserveCapacity(order.count * 8)
        weights.reserveCapacity(order.count)
        for term in order {
            guard let count = counts[term] else { continue }
            terms.append(contentsOf: term.utf8)
            terms.append(0)
            weights.append(Self.weight(inTitle: count.title, headings: count.headings, body: count.body))
        }
        self.terms = terms
        self.weights = weights
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
        var start = 0
        var index = 0
        for (position, byte) in terms.enumerated() where byte == 0 {
            body(terms[start..<position], weights[index])
            index += 1
            start = position + 1
        }
    }
}
