import XCTest
@testable import SchemePortal

/// A scheme's name, as typed after `portal add-scheme`, is written into its YAML so that it reads back as
/// exactly the same text, however odd.
final class StarterTextTests: XCTestCase {
    func test_a_plain_name_is_written_as_it_is() {
        XCTAssertEqual(StarterText.yaml("Reverse mentoring 2027–28 (pilot)"), "Reverse mentoring 2027–28 (pilot)")
        XCTAssertEqual(StarterText.yaml("Women’s network, Leeds & York"), "Women’s network, Leeds & York")
    }

    func test_a_name_YAML_would_misread_is_quoted_with_escapes() {
        XCTAssertEqual(StarterText.yaml("Mentoring: 2027"), #""Mentoring: 2027""#)
        XCTAssertEqual(StarterText.yaml(#"Say "hi" \ bye"#), #""Say \"hi\" \\ bye""#)
        XCTAssertEqual(StarterText.yaml("Zero\u{200B}width"), #""Zero\u200bwidth""#)
    }

    func test_every_awkward_name_reads_back_as_typed() throws {
        let names = ["Mentoring: 2027", "#1 scheme", "\"Quoted\"", "'Single'", #"Back\slash"#, "yes", "null", "~", "- dash first",
                     "[list]", "{map}", "& anchor", "* alias", "! tag", "% directive", "@at", "`tick`", "a #comment", "Tab\there",
                     "Zero\u{200B}width", "Ünïcödé Mentoring", "12:30", "0123", "1.10"]
        var files: [String: String] = [:]
        for (index, name) in names.enumerated() {
            let scheme = StarterScheme(title: name, slug: "scheme-\(index)", dates: StarterDates(today: CalendarDay(year: 2027, month: 3, day: 1)))
            for file in scheme.files { files["Content/" + file.path] = file.contents }
        }
        let portal = try TestPortal(files)
        let outcome = portal.check()
        XCTAssertEqual(outcome.errors.map(\.description), [])
        for (index, name) in names.enumerated() {
            XCTAssertEqual(outcome.portal?.scheme(slug: "scheme-\(index)")?.title, name)
        }
    }
}
