/// One page as the search index holds it: its text by section, for the passage a result shows, and each of
/// its terms with a weight. Made as the page's bytes are written, on whichever thread made the page, and kept
/// with the page, so the dev server's memo keeps it too and a rebuild indexes only the pages it renders again.
struct SearchDocument: Sendable, Equatable {
    var path: String
    /// Its kind and schemes, for the filters.
    var place: SearchPlace
    var text: SearchText
    /// The page's terms, in the order first met.
    var terms: SearchTermList
    /// The weight of each term, in the same order.
    var weights: [UInt8]

    /// How much of a page's text a result's passage is chosen from; the index still holds every term of the rest.
    static let storedCharacters = 6_000

    /// A term in the title counts most, then in a heading, then each time in the text, up to a point:
    /// a long page does not win by saying a word often.
    static func weight(inTitle: Bool, headings: Int, body: Int) -> UInt8 {
        UInt8((inTitle ? 20 : 0) + 6 * min(headings, 3) + min(body, 10))
    }

    init(path: String, place: SearchPlace, text: SearchText) {
        self.path = path
        self.place = place
        var counts = Counts()
        counts.field = .title
        SearchTerms.eachTerm(in: text.title, into: &counts)
        for section in text.sections {
            counts.field = .heading
            SearchTerms.eachTerm(in: section.heading, into: &counts)
            counts.field = .body
            SearchTerms.eachTerm(in: section.text, into: &counts)
        }
        weights = (0..<counts.table.count).map {
            Self.weight(inTitle: counts.inTitle[$0], headings: Int(counts.headings[$0]), body: Int(counts.body[$0]))
        }
        terms = counts.table.terms
        self.text = Self.cut(text)
    }

    /// Where on the page each term was met, and how often.
    private struct Counts: SearchTermSink {
        enum Field { case title, heading, body }
        var field = Field.body
        var table = SearchTermTable()
        var inTitle: [Bool] = []
        var headings: [UInt16] = []
        var body: [UInt16] = []

        mutating func add(_ term: UnsafeBufferPointer<UInt8>) {
            let (number, isNew) = table.number(of: term)
            if isNew {
                inTitle.append(false)
                headings.append(0)
                body.append(0)
            }
            switch field {
            case .title: inTitle[number] = true
            case .heading: headings[number] &+= headings[number] < .max ? 1 : 0
            case .body: body[number] &+= body[number] < .max ? 1 : 0
            }
        }
    }

    /// The text kept for passages: every section, until the page has given about `storedCharacters`
    /// (counted in bytes, which is quicker and, for text that is mostly ASCII, nearly the same).
    private static func cut(_ text: SearchText) -> SearchText {
        var left = storedCharacters
        var sections: [SearchText.Section] = []
        for section in text.sections where left > 0 {
            var section = section
            if section.text.utf8.count > left {
                var kept = String(section.text.prefix(left))
                if let space = kept.lastIndex(of: " ") { kept = String(kept[..<space]) }
                section.text = kept + " …"
            }
            left -= section.text.utf8.count + section.heading.utf8.count
            sections.append(section)
        }
        return SearchText(title: text.title, sections: sections)
    }

    /// Each term with its weight.
    func forEachTerm(_ body: (ArraySlice<UInt8>, UInt8) -> Void) {
        for number in 0..<terms.count { body(terms.term(number), weights[number]) }
    }
}
