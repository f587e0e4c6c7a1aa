import XCTest
@testable import SchemePortal

/// A name's possessive and plural, as pages say them: "Analysis Functions’ dates", "Coaches".
final class NameFormsTests: XCTestCase {
    func test_a_name_takes_apostrophe_s_and_a_name_ending_in_s_the_apostrophe_alone() {
        XCTAssertEqual(NameForms.possessive("OPEN Peer Mentoring"), "OPEN Peer Mentoring’s")
        XCTAssertEqual(NameForms.possessive("Analysis Functions"), "Analysis Functions’")
        XCTAssertEqual(NameForms.possessive("CLES"), "CLES’")
        XCTAssertEqual(NameForms.possessive("Mentoring 2024 "), "Mentoring 2024’s")
        XCTAssertEqual(NameForms.possessive(""), "")
    }

    func test_a_plural_follows_the_english_rules_for_its_last_word() {
        let cases = [
            ("Mentee", "Mentees"), ("Junior partner", "Junior partners"), ("Policy professional", "Policy professionals"),
            ("Coach", "Coaches"), ("Boss", "Bosses"), ("Box", "Boxes"), ("Buddy", "Buddies"), ("Day", "Days"),
            ("Peer", "Peers"), ("Person", "People"), ("Senior person", "Senior people"), ("Staff", "Staff"),
            ("Woman", "Women"), ("SCS", "SCSs"), ("MP", "MPs"),
            // A name that does not end in a word is left as it is: its plural must be written.
            ("Mentor (senior)", "Mentor (senior)"),
        ]
        for (name, plural) in cases {
            XCTAssertEqual(NameForms.plural(name), plural, name)
        }
    }

    func test_a_side_without_a_plural_gets_the_plural_of_its_name() {
        var diagnostics: [Diagnostic] = []
        let text = """
            ---
            title: Coaching
            organisers: [O]
            summary: x
            model: one-to-one
            sides: [{id: coach, name: Coach}, {id: buddy, name: Study buddy}, {id: mentee, name: Mentee, plural: Mentees and friends}]
            ---
            """
        let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "coaching", diagnostics: &diagnostics)
        XCTAssertEqual(scheme?.sides.map(\.plural), ["Coaches", "Study buddies", "Mentees and friends"])
    }
}
