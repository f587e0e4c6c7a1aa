import Foundation
import XCTest
@testable import SchemePortal

/// The trimming the loaders use must agree with Foundation's, which it replaced for speed.
final class TextTrimmingTests: XCTestCase {
    func test_trimming_agrees_with_foundation_for_every_kind_of_space_and_line_break() {
        var spaces: [Unicode.Scalar] = (0...0x3000).compactMap(Unicode.Scalar.init).filter {
            CharacterSet.whitespacesAndNewlines.contains($0) || $0.properties.isWhitespace
        }
        spaces += ["\u{FEFF}", "\u{200B}", "\u{180E}", "x", "é"]
        for space in spaces {
            for text in ["\(space)a b\(space)", "\(space)\(space)", "a\(space)", "\(space)é", "\(space)", "a\(space)\u{301}"] {
                XCTAssertEqual(text.trimmingSpaces(), text.trimmingCharacters(in: .whitespaces),
                               "U+\(String(space.value, radix: 16)) in \(text.debugDescription)")
                XCTAssertEqual(text.trimmingSpaces(andLineBreaks: true), text.trimmingCharacters(in: .whitespacesAndNewlines),
                               "U+\(String(space.value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    func test_plain_text_comes_back_as_it_is() {
        XCTAssertEqual("Ada Lovelace".trimmingSpaces(), "Ada Lovelace")
        XCTAssertEqual("".trimmingSpaces(andLineBreaks: true), "")
        XCTAssertEqual("  \n Ada \n".trimmingSpaces(andLineBreaks: true), "Ada")
        XCTAssertEqual(" Ada \n".trimmingSpaces(), "Ada \n")
    }
}
