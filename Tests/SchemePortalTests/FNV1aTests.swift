import XCTest
@testable import SchemePortal

/// Calendar UIDs and the search index's build mark must be the same on every machine and run: the published
/// FNV-1a values, not Swift's seeded `Hasher`.
final class FNV1aTests: XCTestCase {
    func test_the_hash_is_the_published_fnv_1a_64() {
        XCTAssertEqual(FNV1a.hex(""), "cbf29ce484222325")
        XCTAssertEqual(FNV1a.hex("a"), "af63dc4c8601ec8c")
        XCTAssertEqual(FNV1a.hex("foobar"), "85944171f73967e8")
    }

    func test_bytes_added_in_parts_hash_as_one() {
        var parts = FNV1a()
        parts.add("foo".utf8)
        parts.add(Array("bar".utf8))
        XCTAssertEqual(parts.hex, FNV1a.hex("foobar"))
    }
}
