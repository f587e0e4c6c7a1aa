import XCTest
@testable import SchemePortal

/// Terms numbered in the order first met, found again by their bytes, however many there are.
final class SearchTermTableTests: XCTestCase {
    func test_a_term_keeps_its_number_and_new_terms_are_numbered_in_order() {
        var table = SearchTermTable()
        XCTAssertEqual(table.number(of: Array("meeting".utf8)).number, 0)
        XCTAssertEqual(table.number(of: Array("meet".utf8)).number, 1)
        let again = table.number(of: Array("meeting".utf8))
        XCTAssertEqual(again.number, 0)
        XCTAssertFalse(again.isNew)
        XCTAssertEqual(table.string(1), "meet")
    }

    func test_thousands_of_terms_survive_the_table_growing() {
        var table = SearchTermTable(capacity: 4)
        let words = (0..<5_000).map { "w\($0)" }
        for word in words { XCTAssertTrue(table.number(of: Array(word.utf8)).isNew) }
        XCTAssertEqual(table.count, words.count)
        for (number, word) in words.enumerated() {
            XCTAssertEqual(table.number(of: Array(word.utf8)).number, number)
            XCTAssertEqual(table.string(number), word)
        }
    }
}
