import XCTest
@testable import SchemePortal

/// A date marked `confirm:` is a warning at the date until staff have checked it and deleted the line.
final class DateConfirmRulesTests: XCTestCase {
    private func check(_ keyDates: String, intakes: String = "") -> [String] {
        let text = """
            ---
            title: S
            organisers: [O]
            summary: x
            model: peer
            sides: [{id: researcher, name: Researcher}, {id: policy, name: Policy professional}]
            \(keyDates.isEmpty ? intakes : "key_dates:\n" + keyDates)
            ---
            """
        var diagnostics: [Diagnostic] = []
        guard let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "s", diagnostics: &diagnostics) else {
            return diagnostics.map(\.description)
        }
        return (diagnostics + DateConfirmRules().check(scheme)).map(\.description)
    }

    func test_a_moved_date_is_a_warning_at_the_date_saying_where_it_came_from_and_which_line_to_delete() {
        XCTAssertEqual(check("""
              - label: Application deadline
                date: Tuesday 4 June 2024
                confirm: moved a year on from Tuesday 6 June 2023 by portal rollover
                kind: deadline
            """), ["s.md:9:11: warning: ‘Application deadline’ was moved a year on from Tuesday 6 June 2023 by portal rollover; check the new date, then delete the ‘confirm’ line (line 10)"])
    }

    func test_once_the_line_is_deleted_there_is_no_warning() {
        XCTAssertEqual(check("""
              - label: Application deadline
                date: Tuesday 4 June 2024
                kind: deadline
            """), [])
    }

    func test_a_confirm_line_written_by_hand_is_a_warning_too_quoting_it() {
        XCTAssertEqual(check("""
              - label: Launch
                date: 4 June 2024
                confirm: ask the venue
            """), ["s.md:9:11: warning: ‘Launch’ is marked to be confirmed (“ask the venue”); check the new date, then delete the ‘confirm’ line (line 10)"])
    }

    func test_an_empty_confirm_line_is_a_warning_too() {
        XCTAssertEqual(check("""
              - label: Launch
                date: 4 June 2024
                confirm:
            """), ["s.md:9:11: warning: ‘Launch’ is marked to be confirmed; check the new date, then delete the ‘confirm’ line (line 10)"])
    }

    func test_an_intakes_start_can_be_marked_and_names_its_intake() {
        XCTAssertEqual(check("", intakes: """
            intakes:
              - name: January 2028
                starts: Monday 10 January 2028
                confirm: moved a year on from Monday 11 January 2027 by portal rollover
            """), ["s.md:9:13: warning: ‘Intake starts’ of the January 2028 intake was moved a year on from Monday 11 January 2027 by portal rollover; check the new date, then delete the ‘confirm’ line (line 10)"])
    }
}
