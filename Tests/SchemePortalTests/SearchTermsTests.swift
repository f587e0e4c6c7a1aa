import XCTest
@testable import SchemePortal

/// The words a search matches, cut the way search.js cuts a query: lower case, accents dropped, runs of
/// letters and digits, 2 to 30 long.
final class SearchTermsTests: XCTestCase {
    func test_words_are_lower_case_runs_of_letters_and_digits() {
        XCTAssertEqual(SearchTerms.all(in: "The GROW model: 15-minute “chemistry” meetings, 2026/27."),
                       ["the", "grow", "model", "15", "minute", "chemistry", "meetings", "2026", "27"])
    }

    func test_accents_are_dropped_so_a_word_is_found_typed_without_them() {
        XCTAssertEqual(SearchTerms.all(in: "Café with Zoë and Sebastián, Ångström"), ["cafe", "with", "zoe", "and", "sebastian", "angstrom"])
        // A letter written as a letter and a combining accent is the same word.
        XCTAssertEqual(SearchTerms.all(in: "Cafe\u{301}"), ["cafe"])
    }

    func test_single_letters_and_runs_longer_than_thirty_are_not_terms() {
        XCTAssertEqual(SearchTerms.all(in: "a mentor's b"), ["mentor"])
        XCTAssertEqual(SearchTerms.all(in: String(repeating: "x", count: 31) + " " + String(repeating: "y", count: 30)),
                       [String(repeating: "y", count: 30)])
    }

    func test_letters_of_other_scripts_are_words_too() {
        XCTAssertEqual(SearchTerms.all(in: "Μέντορας 導師"), ["μεντορασ", "導師"])
        // A final sigma, written small or capital, is one letter, as search.js folds it.
        XCTAssertEqual(SearchTerms.all(in: "ΜΈΝΤΟΡΑΣ μέντορας"), ["μεντορασ", "μεντορασ"])
    }

    func test_terms_are_ordered_as_javascript_compares_strings() {
        // UTF-16 order: U+FF21 (fullwidth A) sorts before U+1F600 (a surrogate pair, D83D DE00) in Swift's
        // scalar order it would not.
        XCTAssertTrue(SearchTerms.precedes("\u{FF21}", "\u{1F600}") == false)
        XCTAssertTrue(SearchTerms.precedes("\u{1F600}", "\u{FF21}"))
        XCTAssertTrue(SearchTerms.precedes("meet", "meeting"))
        XCTAssertFalse(SearchTerms.precedes("meeting", "meet"))
    }
}
