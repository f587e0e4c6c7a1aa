import XCTest
@testable import SchemePortal

/// Slug: the web address a name makes: lowercase ASCII, single hyphens, accents and apostrophes folded, look-alikes kept.
final class SlugTests: XCTestCase {
    func test_names_become_lowercase_words_joined_by_single_hyphens() {
        XCTAssertEqual(Slug.make(from: "How it works"), "how-it-works")
        XCTAssertEqual(Slug.make(from: "  Key dates -- 2024/25!  "), "key-dates-2024-25")
        XCTAssertEqual(Slug.make(from: "C++ & Swift"), "c-swift")
    }

    func test_accents_are_folded_and_apostrophes_do_not_split_a_word() {
        XCTAssertEqual(Slug.make(from: "Café naïve Zoë"), "cafe-naive-zoe")
        XCTAssertEqual(Slug.make(from: "Mentor’s guide"), "mentors-guide")
        XCTAssertEqual(Slug.make(from: "Mentee's guide"), "mentees-guide")
        XCTAssertEqual(Slug.make(from: "ﬁrst ①"), "first-1", "compatibility forms read as their plain letters")
    }

    func test_a_Cyrillic_look_alike_keeps_the_Latin_letter_it_looks_like() {
        XCTAssertEqual(Slug.make(from: "Оverview"), "overview")
    }

    func test_a_name_with_no_latin_letters_or_digits_makes_no_address() {
        XCTAssertEqual(Slug.make(from: "***"), "")
        XCTAssertEqual(Slug.make(from: "日本語"), "")
        XCTAssertFalse(Slug.isValid(""))
    }

    func test_ASCII_is_made_over_its_bytes_as_the_general_rule_makes_it() {
        let printable = (0x20..<0x7F).map { Character(UnicodeScalar(UInt8($0))) }
        for first in printable {
            for second in printable {
                let text = "A\(first)\(second)b-\(second)"
                XCTAssertEqual(Slug.makeFromASCII(text), Slug.makeFromScalars(text), text)
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = String((0..<Int.random(in: 0...12, using: &generator)).map { _ in printable.randomElement(using: &generator)! })
            XCTAssertEqual(Slug.make(from: text), Slug.makeFromScalars(text), text)
        }
        XCTAssertEqual(Slug.make(from: "  Grade 7 (SCS) -- O'Brien's "), "grade-7-scs-obriens")
    }

    func test_only_an_address_already_in_its_final_form_is_valid() {
        XCTAssertTrue(Slug.isValid("open-peer-mentoring"))
        XCTAssertTrue(Slug.isValid("2024"))
        for invalid in ["Open", "open--peer", "-open", "open-", "open peer", "open_peer", "café"] {
            XCTAssertFalse(Slug.isValid(invalid), invalid)
        }
    }
}
