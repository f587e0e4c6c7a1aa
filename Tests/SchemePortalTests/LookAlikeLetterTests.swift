import XCTest
@testable import SchemePortal

/// A Cyrillic or Greek letter that looks like a Latin one (“Оverview” with a Cyrillic О) is a warning
/// naming the letter, and the address made from the text keeps the letter the reader sees instead of
/// silently losing it.
final class LookAlikeLetterTests: XCTestCase {
    private let hint = "retype it on an English keyboard: search, screen readers and the directory's filters would treat it as a different letter"

    func test_a_look_alike_in_a_Latin_word_is_found_and_named() {
        XCTAssertEqual(LookAlikeLetters.find(in: "Оverview").map(\.message),
                       ["the ‘О’ in ‘Оverview’ is a Cyrillic letter that looks like a Latin ‘O’"])
        XCTAssertEqual(LookAlikeLetters.find(in: "Κey dates").map(\.message),
                       ["the ‘Κ’ in ‘Κey’ is a Greek letter that looks like a Latin ‘K’"])
        XCTAssertEqual(LookAlikeLetters.find(in: "Key dates for СОР").map(\.letter), ["С", "О", "Р"])
    }

    func test_words_written_in_Cyrillic_or_Greek_and_accented_Latin_are_left_alone() {
        for text in ["Введение", "Café society", "Ωmega and ΑΒΓ", "Overview", "Mentoring в России", "naïve Zoë"] {
            XCTAssertEqual(LookAlikeLetters.find(in: text), [], text)
        }
    }

    func test_an_address_keeps_the_letter_a_look_alike_stands_for() {
        XCTAssertEqual(Slug.make(from: "Оverview"), "overview")
        XCTAssertEqual(MarkdownAnchor.slug("Оverview of the scheme"), "overview-of-the-scheme")
        XCTAssertFalse(Slug.isValid("оpen-mentoring"), "an id with a Cyrillic о must not pass as ‘open-mentoring’")
    }

    func test_a_section_heading_with_a_look_alike_is_a_warning_at_the_letter_and_keeps_its_address() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/scheme.md": TestPortal.minimalScheme + "\n\n## Оverview of the scheme\nText.\n"])
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/scheme.md:14:4: warning: the ‘О’ in ‘Оverview’ is a Cyrillic letter that looks like a Latin ‘O’; \(hint)",
        ])
        XCTAssertEqual(outcome.diagnostics.first?.sourceLine, "## Оverview of the scheme")
        XCTAssertTrue(outcome.files.contains { $0.path == "schemes/test-scheme/overview-of-the-scheme/index.html" })
    }

    func test_a_Markdown_heading_with_a_look_alike_is_a_warning_at_the_letter_and_keeps_its_anchor() throws {
        let portal = try TestPortal([
            "Content/schemes/test-scheme/handbook/guide.md": "---\ntitle: Guide\n---\nIntro.\n\n## How it wоrks *in practice*\nText.\n",
        ])
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/test-scheme/handbook/guide.md:6:12: warning: the ‘о’ in ‘wоrks’ is a Cyrillic letter that looks like a Latin ‘o’; \(hint)",
        ])
        let page = try portal.read("schemes/test-scheme/handbook/guide/index.html")
        XCTAssertTrue(page.contains("id=\"how-it-works-in-practice\""), page)
    }

    /// A fuzzing finding (F8, docs/fuzzing.md): one heading of the same look-alike words repeated thousands of
    /// times found each copy's column on the whole line, then removed the copies; it took seconds. The same
    /// letter in the same word is now one warning, at its first place.
    func test_a_look_alike_repeated_thousands_of_times_in_one_heading_is_one_warning() {
        let heading = String(repeating: "wоrks and Вees ", count: 4_000)
        let warnings = LookAlikeLetterRules.warnings(heading, at: SourceLocation(file: "a.md", line: 3, column: 4),
                                                     sourceLine: "## " + heading)
        XCTAssertEqual(warnings.map(\.description), [
            "a.md:3:5: warning: the ‘о’ in ‘wоrks’ is a Cyrillic letter that looks like a Latin ‘o’; \(hint)",
            "a.md:3:14: warning: the ‘В’ in ‘Вees’ is a Cyrillic letter that looks like a Latin ‘B’; \(hint)",
        ])
    }

    func test_a_people_filter_value_with_a_look_alike_is_an_error_at_the_value() throws {
        let portal = try TestPortal(["Content/schemes/test-scheme/people.yaml": """
            people:
              - id: ada-lovelace
                name: Ada Lovelace
                organisation: Оffice for Students
                grade: Grаde 7
                expertise_offered: [Pоlicy]
                side: mentor
                consent: [name, organisation, grade, expertise_offered]
            """])
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/test-scheme/people.yaml:4:19: error: the ‘О’ in ‘Оffice’ is a Cyrillic letter that looks like a Latin ‘O’; \(hint)",
            "Content/schemes/test-scheme/people.yaml:5:12: error: the ‘а’ in ‘Grаde’ is a Cyrillic letter that looks like a Latin ‘a’; \(hint)",
            "Content/schemes/test-scheme/people.yaml:6:25: error: the ‘о’ in ‘Pоlicy’ is a Cyrillic letter that looks like a Latin ‘o’; \(hint)",
        ])
    }
}
