import Foundation
import XCTest
import Yams
@testable import SchemePortal

/// The reader of plain YAML (Load/YAMLSimpleReader.swift) must make exactly the nodes libyaml's events make,
/// place for place, and leave to libyaml every text it does not read whole.
final class YAMLSimpleReaderTests: XCTestCase {
    /// Checks the reader against libyaml on `text`; true when the reader read it.
    @discardableResult
    private func agrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
        guard let ours = YAMLSimpleReader.read(text) else { return false }
        guard case .composed(let theirs) = YAMLComposer.composeFromEvents(text) else {
            XCTFail("read, but libyaml's events are not composed: \(text.debugDescription)", file: file, line: line)
            return true
        }
        XCTAssertEqual(yamlNodeDump(ours), yamlNodeDump(theirs), text.debugDescription, file: file, line: line)
        return true
    }

    func test_a_person_file_is_read_as_libyaml_reads_it() {
        let person = """
            id: p00042
            name: "Person 42"
            job_title: 'Senior analyst, O''Neill''s team'
            grade: Grade 7
            organisation: Department 25 (R&D)
            expertise_offered: [area-9, area-3, area 43]
            expertise_sought: []
            biography: |
              Engagement finance inclusion.

              # A heading, and C# and 50%: in a block

                an indented line
              - area-9
            consent: [name, job_title, grade, organisation, expertise_offered, biography]
            sensitive:
              notes: private
            schemes:
              - scheme: research-exchange
                side: mentor
                preferences: [ada, ben]
              - scheme: café-club
                side: mentee
            partners:
            - ada
            - ben
            # the end

            """
        XCTAssertTrue(agrees(person))
        for chomping in ["|-", "|+"] {
            XCTAssertTrue(agrees(person.replacingOccurrences(of: "biography: |", with: "biography: \(chomping)")), chomping)
        }
        XCTAssertTrue(agrees("people:\n  - id: a\n    name: A\n    bio: |\n      One.\n\n\n  - id: b\n    name: B\n"))
        XCTAssertTrue(agrees("café: ✓\nnom: “Zoë” — ok\n"))
    }

    func test_what_it_does_not_read_whole_is_left_to_libyaml() {
        for text in ["a: 1 # note\n", "a: \"tab\\there\"\n", "a: >\n  folded\n", "a: |2\n   x\n", "a: first\n  second\n", "a:\nb: 2\n",
                     "a: &x 1\nb: *x\n", "a: !!str 1\n", "a: {b: c}\n", "a: [b, [c]]\n", "\ta: 1\n", "a: 1\r\n", "---\na: 1\n",
                     "a: 1\na: 2\n", "- a\n- b\n", "  a: 1\n", "a: 1", "a: |\n\n  x\n", "a: [b,\n  c]\n", "a: 'x\n  y'\n",
                     "\u{FEFF}a: 1\n", "a: b: c\n", "a: b #c\n", "? a\n: b\n", "a:\n  - b\n  c: d\n", "a: |\n  x\n   \n", "a: -1\n",
                     "a: x\u{2028}y\n", "- - x\n", "a: \"b\" c\n", "a: [b, ]\n", "", "# only\n", "a: b\n...\n"] {
            XCTAssertNil(YAMLSimpleReader.read(text), text.debugDescription)
        }
    }

    /// What libyaml refuses (a document marker after the first line, a key over 1,024 characters, nesting
    /// near 1,000 levels) must reach libyaml and its message, not be read as ordinary keys.
    func test_what_libyaml_refuses_is_left_to_it() {
        for text in ["a: b\n... c: d\n", "a:\n  b: c\n... d: e\n", "a:\n- b\n... c: d\n", "a: |\n  x\n... b: c\n",
                     "a: b\n---\nc: d\n"] {
            XCTAssertNil(YAMLSimpleReader.read(text), text.debugDescription)
            guard case .fallBack = YAMLComposer.composeFromEvents(text) else { return XCTFail("libyaml reads \(text.debugDescription)") }
        }
        XCTAssertTrue(agrees(String(repeating: "k", count: 1024) + ": v\n"))
        for key in [String(repeating: "k", count: 1025), String(repeating: "é", count: 1025), String(repeating: "é", count: 600)] {
            for text in [key + ": v\n", "a: 1\n" + key + ": v\n", "a:\n- " + key + ": v\n"] {
                XCTAssertNil(YAMLSimpleReader.read(text), "a key of \(key.count) characters")
            }
        }
        func nested(_ levels: Int) -> String {
            (0..<levels).map { String(repeating: " ", count: $0) + "a:\n" }.joined() + String(repeating: " ", count: levels) + "b: c\n"
        }
        XCTAssertTrue(agrees(nested(40)))
        XCTAssertNil(YAMLSimpleReader.read(nested(999)))
        guard case .fallBack = YAMLComposer.composeFromEvents(nested(999)) else { return XCTFail("libyaml reads 1,000 levels") }
    }

    /// A mapping's keys and a `[…]`'s items are searched linearly, so very many of them are left to libyaml,
    /// which reads them in linear time; up to that many, and with each item's column counted on from the last.
    func test_very_many_keys_or_items_are_left_to_libyaml() {
        let keys = (0..<256).map { "k\($0): v\n" }
        XCTAssertTrue(agrees(keys.joined()))
        XCTAssertNil(YAMLSimpleReader.read(keys.joined() + "k256: v\n"))
        let items = (0..<256).map { $0 % 3 == 0 ? "é\($0)" : "x\($0)" }
        XCTAssertTrue(agrees("a: [" + items.joined(separator: ", ") + "]\n"))
        XCTAssertNil(YAMLSimpleReader.read("a: [" + (items + ["x"]).joined(separator: ", ") + "]\n"))
        XCTAssertTrue(agrees("a: [ é ,  ü,x ,   ✓✓ ]\nb: [日本, 語]\n"))
    }

    func test_every_yaml_file_and_front_matter_of_the_repository_is_read_as_libyaml_reads_it() throws {
        let root = TestPortal.repository
        var texts: [String] = []
        for folder in ["Content", "Tests/Fixtures", "Sources/SchemePortal/Starter"] {
            let walker = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = walker?.nextObject() as? URL {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                if url.pathExtension == "yaml" {
                    texts.append(text)
                } else if url.pathExtension == "md", text.hasPrefix("---\n"), let end = text.range(of: "\n---\n"),
                          end.lowerBound >= text.index(text.startIndex, offsetBy: 4) {
                    texts.append(String(text[text.index(text.startIndex, offsetBy: 4)...end.lowerBound]))
                }
            }
        }
        XCTAssertGreaterThan(texts.count, 250)
        let read = texts.filter { agrees($0) }.count
        // Most content is plain; the rest (mistakes on purpose, comments after values) is libyaml's.
        XCTAssertGreaterThan(read, texts.count / 2, "\(read) of \(texts.count)")
    }

    /// Documents put together from pieces chosen to sit on the reader's edges: each one it reads must be read
    /// as libyaml reads it.
    func test_generated_documents_are_read_as_libyaml_reads_them() {
        var generator = SeededGenerator(seed: 20261201)
        let keys = ["id", "name", "a b", "café", "k-1", "x_y", "q\"uote", "it's", "C#", "50%", "a:b", "-k", "#", "k ", "ü"]
        let values = ["plain", "two  words", "O'Neill", "R&D", "50% off", "a,b", "a]b", "x#y", "x #y", "a: b", "a:b", "ends:", "-5", "- x",
                      "'single'", "'it''s'", "'open", "\"double\"", "\"a\\\"b\"", "\"\"", "''", "[a, b]", "[]", "[ a , b c ]", "[a,]", "[a, 'b']",
                      "[a: b]", "[-a]", "{a: b}", "&anchor x", "*alias", "!tag x", "|", "|-", "|+", ">", "~", "null", "Zoë ✓", "x ", "@at", "`tick"]
        let blocks = ["  line\n", "  line\n\n  more\n", "  line\n    deeper\n", "  line\n\n\n", "  line\n  \n  x\n", "    four\n  two\n",
                      "  # not a comment\n", "\n  late\n", "  line\n     \n", "  trailing  \n"]
        var read = 0
        for _ in 0..<4_000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                let key = keys.randomElement(using: &generator)!
                switch Int.random(in: 0..<10, using: &generator) {
                case 0..<5:
                    let value = values.randomElement(using: &generator)!
                    text += "\(key): \(value)\n"
                    if value.hasPrefix("|") || value == ">" { text += blocks.randomElement(using: &generator)! }
                case 5:
                    text += "\(key):\n" + (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                        ["  - ", "- ", "    - ", "  -  "].randomElement(using: &generator)! + values.randomElement(using: &generator)! + "\n"
                    }.joined()
                case 6:
                    text += "\(key):\n  - \(keys.randomElement(using: &generator)!): \(values.randomElement(using: &generator)!)\n"
                        + "    \(keys.randomElement(using: &generator)!): \(values.randomElement(using: &generator)!)\n"
                case 7:
                    text += "\(key):\n  \(keys.randomElement(using: &generator)!): \(values.randomElement(using: &generator)!)\n"
                case 8:
                    text += ["# comment\n", "\n", "   \n", "  # indented comment\n"].randomElement(using: &generator)!
                default:
                    text += "\(key): \(values.randomElement(using: &generator)!)\(["  ", " # c", ""].randomElement(using: &generator)!)\n"
                }
            }
            if agrees(text) { read += 1 }
        }
        XCTAssertGreaterThan(read, 200, "too few generated documents were read to test the reader")
    }
}

/// Random numbers that repeat from run to run, so a failure can be found again.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
