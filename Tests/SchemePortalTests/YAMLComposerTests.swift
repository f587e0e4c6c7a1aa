import Foundation
import XCTest
import Yams
@testable import SchemePortal

/// The composer that reads YAML straight from libyaml's events (Load/YAMLComposer.swift) must make the nodes
/// Yams makes, and leave to Yams every text it does not handle.
final class YAMLComposerTests: XCTestCase {
    private func composed(_ text: String) -> Node?? {
        if case .composed(let node) = YAMLComposer.compose(text) { return .some(node) }
        return nil
    }

    func test_a_mark_can_be_made() {
        XCTAssertTrue(Mark.canBeMade)
        XCTAssertEqual(Mark.made(line: 12, column: 5).description, "12:5")
    }

    func test_every_yaml_file_and_front_matter_of_the_demo_and_fixtures_is_composed_as_Yams_composes_it() throws {
        let root = TestPortal.repository
        var texts: [(String, String)] = []
        for folder in ["Content", "Tests/Fixtures"] {
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                if url.pathExtension == "yaml" {
                    texts.append((url.path, text))
                } else if url.pathExtension == "md", text.hasPrefix("---\n") {
                    let start = text.index(text.startIndex, offsetBy: 4)
                    if let end = text.range(of: "\n---", range: text.index(before: start)..<text.endIndex), end.lowerBound >= start {
                        texts.append((url.path, String(text[start..<end.lowerBound])))
                    }
                }
            }
        }
        XCTAssertGreaterThan(texts.count, 250)
        var composedCount = 0
        for (path, text) in texts {
            let ours = composed(text)
            let yams = try? Yams.compose(yaml: text, YAMLDocument.resolver, YAMLDocument.constructor(), .utf8)
            guard let ours else { continue }
            composedCount += 1
            XCTAssertEqual(yamlNodeDump(ours), yamlNodeDump(yams ?? nil), path)
        }
        // Most are the common case; the rest (mistakes on purpose) are Yams's to report.
        XCTAssertGreaterThan(composedCount, texts.count * 3 / 4)
    }

    func test_the_common_shapes_are_composed_with_their_styles_and_places() {
        let text = """
            id: ada   # a comment
            name: "Ada O'Neill"
            quoted: 'single'
            list: [a, "b", 3]
            block:
              - one
              - {k: v}
            empty:
            bio: |
              Line one.
              Line two.
            folded: >
              Folded
              text.
            café: ✓
            """
        XCTAssertEqual(yamlNodeDump(composed(text) ?? nil), yamlNodeDump(try Yams.compose(yaml: text, YAMLDocument.resolver, YAMLDocument.constructor(), .utf8)))
        XCTAssertEqual(yamlNodeDump(composed("") ?? nil), "nil")
        XCTAssertEqual(yamlNodeDump(composed("# only a comment\n") ?? nil), "nil")
    }

    func test_document_markers_a_byte_order_mark_CRLF_nulls_and_flow_in_flow_are_composed_as_Yams_composes_them() throws {
        for text in ["---\na: 1\n...\n", "---\n", "\u{FEFF}a: b\n", "a: b\r\nc:\r\n  - d\r\n", "a: ~\nb:\nc: ''\n",
                     "a: {b: [c, {d: e}], f: []}\n", "? a\n: b\n", "- - x\n  - y\n- z\n", "a: 'it''s'\nb: \"tab\\there\"\n"] {
            let ours = try XCTUnwrap(composed(text), "\(text.debugDescription) was left to Yams")
            XCTAssertEqual(yamlNodeDump(ours), yamlNodeDump(try Yams.compose(yaml: text, YAMLDocument.resolver, YAMLDocument.constructor(), .utf8)),
                           text.debugDescription)
        }
        // The `!` tag is an explicit tag: Yams's.
        XCTAssertNil(composed("a: ! b\n"))
    }

    func test_what_it_does_not_handle_is_left_to_Yams() {
        for text in ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "? [a, b]\n: c\n", "a: [1, 2\n", "a: 1\n---\nb: 2\n",
                     "- &list [1]\n", "x: 'unclosed\n", "\ta: 1\n"] {
            XCTAssertNil(composed(text), text)
        }
        // A key given twice is found however long the mapping (short ones compare keys, long ones hash them).
        for count in [2, 15, 16, 17, 40] {
            let keys = (1...count).map { "k\($0): \($0)\n" }.joined()
            XCTAssertNotNil(composed(keys), "\(count) keys")
            for twice in [1, count] { XCTAssertNil(composed(keys + "k\(twice): again\n"), "k\(twice) of \(count) again") }
        }
    }
}
