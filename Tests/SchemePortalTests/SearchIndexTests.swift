import XCTest
@testable import SchemePortal

/// The index's files: documents numbered by place, so each filter's pages are one run of numbers;
/// postings delta-encoded; shards cut by size; words in most pages listed, not stored.
final class SearchIndexTests: XCTestCase {
    private func document(_ path: String, title: String, text: String, _ place: SearchPlace) -> SearchDocument {
        SearchDocument(path: path, place: place, text: SearchText(title: title, sections: [.init(anchor: "", heading: "", text: text)]))
    }

    private func json(_ files: [OutputFile], _ path: String) throws -> Any {
        let file = try XCTUnwrap(files.first { $0.path == path }, path)
        return try JSONSerialization.jsonObject(with: Data(file.contents))
    }

    func test_documents_are_numbered_by_place_and_each_place_is_one_group() throws {
        let person = SearchPlace(kind: .person, schemes: [0, 1])
        let handbook = SearchPlace(kind: .handbook, schemes: [1])
        let overview = SearchPlace(kind: .scheme, schemes: [0])
        let index = SearchIndex(documents: [
            document("people/ada/index.html", title: "Ada", text: "rivers", person),
            document("schemes/b/handbook/x/index.html", title: "Matching", text: "rivers and hills", handbook),
            document("schemes/a/index.html", title: "A", text: "hills", overview),
            document("people/ben/index.html", title: "Ben", text: "hills", person),
        ], schemes: [("a", "Scheme A"), ("b", "Scheme B")])
        let files = index.files(sink: nil).files
        let meta = try XCTUnwrap(json(files, SearchIndex.meta) as? [String: Any])
        XCTAssertEqual(meta["docs"] as? Int, 4)
        XCTAssertEqual(meta["groups"] as? NSArray, [[0, 1, 0, [0]], [1, 1, 1, [1]], [2, 2, 4, [0, 1]]] as NSArray)
        XCTAssertEqual(meta["schemes"] as? NSArray, [["a", "Scheme A"], ["b", "Scheme B"]] as NSArray)
        // Within a place, pages keep the site's order: Ada before Ben.
        let chunks = try (0..<2).map { try XCTUnwrap(json(files, "search/d\($0).json") as? [[Any]]) }
        XCTAssertEqual(chunks.joined().map { $0[0] as? String }, ["schemes/a/index.html", "schemes/b/handbook/x/index.html",
                                                                  "people/ada/index.html", "people/ben/index.html"])
        // "hills" is in documents 0, 1 and 3: written 0, +1, +2, each with its weight.
        let shard = try XCTUnwrap(json(files, "search/t0.json") as? [String: [Int]])
        XCTAssertEqual(shard["hills"], [0, 1, 1, 1, 2, 1])
        XCTAssertEqual(shard["rivers"], [1, 1, 1, 1])
    }

    func test_a_word_in_more_than_a_quarter_of_many_pages_is_common_and_only_its_best_pages_are_stored() throws {
        let place = SearchPlace(kind: .portal, schemes: [])
        let documents = (0..<SearchIndex.commonFrom).map { number in
            document("p\(number)/index.html", title: "Page", text: number % 5 == 0 ? "mentoring rare" : "mentoring", place)
        }
        let files = SearchIndex(documents: documents, schemes: []).files(sink: nil).files
        let meta = try XCTUnwrap(json(files, SearchIndex.meta) as? [String: Any])
        XCTAssertEqual(meta["common"] as? [String], ["mentoring", "page"], "in every page; “rare” is in a fifth")
        let shard = try XCTUnwrap(json(files, "search/t0.json") as? [String: [Int]])
        XCTAssertEqual(shard["rare"]?.count, 2 * SearchIndex.commonFrom / 5)
        XCTAssertEqual(files.filter { $0.path.hasPrefix("search/d") }.count, SearchIndex.commonFrom / SearchIndex.documentsPerChunk)
        // Of a common word, the pages where it weighs most, at equal weight the first; kept in page order.
        XCTAssertEqual(SearchIndex.best([0, 1, 1, 5, 2, 5, 3, 2, 4, 9], 3), [1, 5, 2, 5, 4, 9])
    }

    func test_shards_are_cut_by_size_in_term_order_and_meta_names_each_ones_first_term() throws {
        let place = SearchPlace(kind: .portal, schemes: [])
        let words = (0..<3000).map { "w\(String($0, radix: 36))x" }
        let documents = stride(from: 0, to: words.count, by: 100).map { start in
            document("p\(start)/index.html", title: "", text: words[start..<(start + 100)].joined(separator: " "), place)
        }
        let files = SearchIndex(documents: documents, schemes: []).files(sink: nil).files
        let meta = try XCTUnwrap(json(files, SearchIndex.meta) as? [String: Any])
        let firsts = try XCTUnwrap(meta["shards"] as? [String])
        XCTAssertGreaterThan(firsts.count, 1)
        XCTAssertEqual(firsts, firsts.sorted(by: SearchTerms.precedes))
        var seen: [String] = []
        for (number, first) in firsts.enumerated() {
            let shard = try XCTUnwrap(json(files, "search/t\(number).json") as? [String: [Int]])
            let terms = shard.keys.sorted(by: SearchTerms.precedes)
            XCTAssertEqual(terms.first, first)
            XCTAssertLessThan(files.first { $0.path == "search/t\(number).json" }?.contents.count ?? 0, SearchIndex.shardBytes + 200)
            seen += terms
        }
        XCTAssertEqual(seen, words.sorted(by: SearchTerms.precedes))
    }

    func test_the_same_pages_make_the_same_bytes_and_a_change_makes_a_new_build_mark() throws {
        let place = SearchPlace(kind: .portal, schemes: [])
        let files = { (text: String) in SearchIndex(documents: [self.document("a/index.html", title: "A", text: text, place)], schemes: []).files(sink: nil).files }
        XCTAssertEqual(files("one two").map(\.contents), files("one two").map(\.contents))
        let before = try XCTUnwrap(json(files("one two"), SearchIndex.meta) as? [String: Any])["build"] as? String
        let after = try XCTUnwrap(json(files("one three"), SearchIndex.meta) as? [String: Any])["build"] as? String
        XCTAssertNotEqual(before, after)
    }

    func test_a_term_weighs_most_in_the_title_then_in_headings_and_a_long_page_cannot_win_by_repeating_it() {
        XCTAssertEqual(SearchDocument.weight(inTitle: true, headings: 0, body: 0), 20)
        XCTAssertEqual(SearchDocument.weight(inTitle: false, headings: 1, body: 0), 6)
        XCTAssertEqual(SearchDocument.weight(inTitle: false, headings: 0, body: 500), 10)
        let long = SearchDocument(path: "x", place: SearchPlace(kind: .portal, schemes: []), text: SearchText(title: "T", sections: [
            .init(anchor: "a", heading: "H", text: String(repeating: "word ", count: 2_000)),
        ]))
        XCTAssertLessThanOrEqual(long.text.sections[0].text.count, SearchDocument.storedCharacters + 2)
        XCTAssertTrue(long.text.sections[0].text.hasSuffix(" …"))
    }
}
