import XCTest
@testable import SchemePortal

/// Names that must differ (anchors, calendar files, filter addresses, table names) are numbered from 2,
/// step round names that may not be used, and never hand out one name twice.
final class UniqueNameTests: XCTestCase {
    func test_repeats_are_numbered_from_two_and_each_name_is_handed_out_once() {
        var taken = UniqueName.Taken()
        XCTAssertEqual((0..<4).map { _ in UniqueName.make("faq", taken: &taken) }, ["faq", "faq-2", "faq-3", "faq-4"])
        XCTAssertEqual(UniqueName.make("faq-2", taken: &taken), "faq-2-2")
        XCTAssertEqual(taken.count, 5)
    }

    func test_names_that_are_not_allowed_are_stepped_round_and_the_numbering_can_be_written_another_way() {
        var taken = UniqueName.Taken()
        XCTAssertEqual(UniqueName.make("con", taken: &taken, allowed: { !ReservedFileName.isReserved($0) }), "con-2")
        XCTAssertFalse(taken.contains("con"))
        var tables = UniqueName.Taken(["Table: Dates"])
        XCTAssertEqual(UniqueName.make("Table: Dates", taken: &tables, numbered: { "\($0) (\($1))" }), "Table: Dates (2)")
    }

    /// A fuzzing finding (docs/fuzzing.md): each repeat tried every number given before it, so a page of 16,000
    /// headings with the same text took a minute.
    func test_thousands_of_repeats_of_one_name_are_numbered_quickly() {
        var taken = UniqueName.Taken(["notes-3"])
        let started = ContinuousClock.now
        let names = (0..<10_000).map { _ in UniqueName.make("notes", taken: &taken) }
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(2))
        XCTAssertEqual(names.prefix(4), ["notes", "notes-2", "notes-4", "notes-5"])
        XCTAssertEqual(names.last, "notes-10001")
        XCTAssertEqual(Set(names).count, 10_000)
    }
}
