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

    func test_only_an_address_already_in_its_final_form_is_valid() {
        XCTAssertTrue(Slug.isValid("open-peer-mentoring"))
        XCTAssertTrue(Slug.isValid("2024"))
        for invalid in ["Open", "open--peer", "-open", "open-", "open peer", "open_peer", "café"] {
            XCTAssertFalse(Slug.isValid(invalid), invalid)
        }
    }
}
