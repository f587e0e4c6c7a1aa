import XCTest
@testable import SchemePortal

final class UTF8SearchTests: XCTestCase {
    func test_a_marker_is_found_where_it_first_occurs() {
        let text = "é <p>one</p> <p>two</p>"
        let range = text.byteRange(of: "<p>")
        XCTAssertEqual(range.map { String(text[$0]) }, "<p>")
        XCTAssertEqual(range.map { text.distance(from: text.startIndex, to: $0.lowerBound) }, 2)
        XCTAssertTrue(text.containsBytes("</p> <p>"))
    }

    func test_absent_partial_and_overlong_markers_are_not_found() {
        XCTAssertNil("<p>".byteRange(of: "<p>x"))
        XCTAssertNil("aab".byteRange(of: "abb"))
        XCTAssertNil("".byteRange(of: "a"))
        XCTAssertNil("abc".byteRange(of: ""))
        XCTAssertTrue("aaab".containsBytes("aab"))
        XCTAssertTrue("xyz".containsBytes("xyz"))
        XCTAssertFalse("xyz".containsBytes("xyzz"))
    }

    func test_text_that_is_not_native_is_searched_too() {
        let bridged = String(describing: "<section class=\"footnotes\">" as Substring)
        XCTAssertTrue(bridged.containsBytes("footnotes"))
    }

    func test_a_byte_is_found_in_native_and_bridged_text() {
        XCTAssertTrue("a@b".containsByte(UInt8(ascii: "@")))
        XCTAssertFalse("ab".containsByte(UInt8(ascii: "@")))
        XCTAssertFalse("".containsByte(0))
        XCTAssertTrue("a\u{0}b".containsByte(0))
        XCTAssertTrue(String(describing: "x\ry" as Substring).containsByte(13))
    }
}
