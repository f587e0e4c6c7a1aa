import XCTest
@testable import SchemePortal

/// A page's data made into TemplateValue once: what it takes, what it leaves to swift-mustache, and
/// swift-mustache's transforms on each kind of value.
final class TemplateValueTests: XCTestCase {
    private func value(_ any: Any) -> TemplateValue? { TemplateValue.make(any)?.value }

    private func text(_ value: TemplateValue?) -> String? {
        if case .text(let text)? = value { return text }
        return nil
    }

    func test_what_the_renderers_build_is_taken_and_counted() throws {
        let context: [String: Any] = ["title": "Zoë", "noindex": true, "count": 3,
                                      "nav": [["title": "Home", "url": "../"]], "tags": ["a", "b"], "empty": [String: Any]()]
        let made = try XCTUnwrap(TemplateValue.make(context))
        XCTAssertEqual(made.count, 12, "the map, six values, the nav map and its two texts, two tags")
        XCTAssertEqual(made.textBytes, "Zoë".utf8.count + "Home".utf8.count + 3 + 2)
        XCTAssertEqual(text(made.value.child("title")), "Zoë")
        guard case .list(let nav, sortable: false)? = made.value.child("nav"), case .map(let home)? = nav.first else {
            return XCTFail("nav")
        }
        XCTAssertEqual(text(home["url"]), "../")
        guard case .list(_, sortable: true)? = made.value.child("tags") else { return XCTFail("[String] sorts") }
    }

    /// These would cast to something ours knows, but swift-mustache treats them otherwise.
    func test_what_swift_mustache_treats_differently_is_left_to_it() {
        XCTAssertNil(value(["x": Optional("text") as Any]))
        XCTAssertNil(value(["x": Optional<String>.none as Any]))
        XCTAssertNil(value(["x": 1.5]))
        XCTAssertNil(value([AnyHashable("k"): "v"] as [AnyHashable: Any]))
        XCTAssertNil(value(["x": Set(["a"])]))
        XCTAssertNil(value(["x": Substring("a")]))
        XCTAssertNil(value(["x": ["a"][...]]))
        XCTAssertNotNil(value(["x": ["k": "v"] as [String: String]]))
    }

    func test_only_arrays_of_comparable_elements_sort() {
        guard case .list(_, sortable: true)? = value([3, 1, 2]),
              case .list(_, sortable: false)? = value(["b", "a"] as [Any]),
              case .list(_, sortable: false)? = value([["a": 1]]),
              case .list(_, sortable: false)? = value([true]) else {
            return XCTFail("sortable")
        }
        guard case .list(let sorted, _)? = value(["pear", "Apple", "apple"])?.transformed(by: .sorted) else { return XCTFail("sorted") }
        XCTAssertEqual(sorted.compactMap(text), ["Apple", "apple", "pear"])
        XCTAssertNil(value(["b", "a"] as [Any])?.transformed(by: .sorted))
    }

    func test_transforms_by_kind_of_value() {
        XCTAssertEqual(text(value("zoë ab")?.transformed(by: .capitalized)), "Zoë Ab")
        XCTAssertEqual(text(value("abc")?.transformed(by: .reversed)), "cba")
        guard case .bool(true)? = value("")?.transformed(by: .empty),
              case .int(4)? = value(3)?.transformed(by: .plusone),
              case .bool(true)? = value(0)?.transformed(by: .equalzero),
              case .int(2)? = value(["a", "b"])?.transformed(by: .count),
              case .bool(true)? = value([String: Any]())?.transformed(by: .empty) else {
            return XCTFail("transforms")
        }
        XCTAssertNil(value(true)?.transformed(by: .empty), "a flag has no transforms")
        XCTAssertNil(value([String]())?.transformed(by: .first), "an empty list has no first")
        XCTAssertNil(value("a")?.transformed(by: .count))
        guard case .list(let entries, sortable: false)? = value(["b": 2, "a": 1])?.transformed(by: .sorted),
              case .entry("a", .int(1))? = entries.first else {
            return XCTFail("a map sorts into (key, value) entries")
        }
        XCTAssertEqual(text(entries.first?.child("key")), "a")
    }
}
