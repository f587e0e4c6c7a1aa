import XCTest
@testable import SchemePortal

/// A line of YAML by its shape: what the place-finding messages read.
final class YAMLLineTests: XCTestCase {
    func test_a_list_item_with_a_key_and_a_value() {
        let line = YAMLLine("  - label: Applications open")
        XCTAssertEqual(line.indent, 2)
        XCTAssertTrue(line.isItem)
        XCTAssertEqual(line.key, "label")
        XCTAssertEqual(line.value, "Applications open")
        XCTAssertEqual(line.keyColumn, 4)
        XCTAssertEqual(line.column(of: line.value), 12)
    }

    func test_a_key_needs_a_space_or_the_end_after_its_colon() {
        XCTAssertEqual(YAMLLine("sides:").key, "sides")
        XCTAssertEqual(YAMLLine("sides:").value, "")
        XCTAssertNil(YAMLLine("https://example.org").key)
        XCTAssertNil(YAMLLine("funding bids and public engagement.").key)
        XCTAssertEqual(YAMLLine("funding bids and public engagement.").value, "funding bids and public engagement.")
        XCTAssertNil(YAMLLine("- \"Staff: Mentoring").key, "a quoted value is no key")
        XCTAssertTrue(YAMLLine("   ").isBlank)
    }
}
