import XCTest
@testable import SchemePortal

/// Dates counted from another key date, worked out once the scheme's key dates are read; and the messages
/// for a label that names no key date, or a count that comes back to itself.
final class KeyDateLoaderRelativeTests: XCTestCase {
    private func load(_ keyDates: String) -> (scheme: Scheme?, messages: [String]) {
        let text = """
            ---
            title: S
            organisers: [O]
            summary: x
            model: peer
            sides: [{id: researcher, name: Researcher}, {id: policy, name: Policy professional}]
            key_dates:
            \(keyDates)
            ---
            """
        var diagnostics: [Diagnostic] = []
        let scheme = SchemeLoader.load(SourceFile(displayPath: "s.md", text: text), slug: "s", diagnostics: &diagnostics)
        return (scheme, diagnostics.map(\.description))
    }

    private func shown(_ scheme: Scheme?, _ label: String) -> String? {
        scheme?.keyDates.first { $0.label == label }.map { DateFormatting.display($0.when) }
    }

    func test_a_date_counted_from_a_day_comes_to_a_day_and_is_shown_both_ways() {
        let (scheme, messages) = load("""
              - label: Application deadline
                date: 12:00 GMT, 19 December 2022
                kind: deadline
              - label: Applicants hear the outcome
                date: within 2 months after ‘Application deadline’
              - label: Relationships end
                date: 31 August 2023
              - label: Impact questionnaire
                date: 6 months after 'Relationships end'
            """)
        XCTAssertEqual(messages, [])
        XCTAssertEqual(shown(scheme, "Applicants hear the outcome"),
                       "Within 2 months after ‘Application deadline’ (by Sunday 19 February 2023)")
        XCTAssertEqual(shown(scheme, "Impact questionnaire"), "6 months after ‘Relationships end’ (Thursday 29 February 2024)")
        XCTAssertEqual(scheme?.keyDates.last?.when.earliestDay, CalendarDay(year: 2024, month: 2, day: 29), "counted to the day, in a leap year")
    }

    func test_a_date_counted_after_an_evening_to_midnight_counts_from_the_evenings_day() {
        let (scheme, messages) = load("""
              - label: Launch evening
                date: 19:00–midnight, Friday 15 January 2027
                kind: event
              - label: Follow-up
                date: 1 week after ‘Launch evening’
            """)
        XCTAssertEqual(messages, [])
        XCTAssertEqual(shown(scheme, "Follow-up"), "1 week after ‘Launch evening’ (Friday 22 January 2027)")
    }

    func test_a_count_from_a_count_from_months_comes_to_about_a_month_and_may_be_written_before_the_date_it_counts_from() {
        let (scheme, messages) = load("""
              - label: Follow-up survey
                date: 2 weeks after ‘Impact questionnaire’
              - label: Impact questionnaire
                date: 1 month after ‘Relationships end’
              - label: Relationships end
                date: September 2024
            """)
        XCTAssertEqual(messages, [])
        XCTAssertEqual(shown(scheme, "Impact questionnaire"), "1 month after ‘Relationships end’ (about October 2024)")
        XCTAssertEqual(shown(scheme, "Follow-up survey"), "2 weeks after ‘Impact questionnaire’ (about November 2024)")
        XCTAssertEqual(scheme?.keyDates.first?.when.isVague, true, "counted from months: no particular day")
    }

    func test_a_label_that_names_no_key_date_is_an_error_at_the_label_listing_the_labels() {
        let (scheme, messages) = load("""
              - label: Application deadline
                date: 12:00 GMT, 19 December 2022
                kind: deadline
              - label: Applicants hear the outcome
                date: within 2 months after the closing date
            """)
        XCTAssertEqual(messages, [
            "s.md:12:33: error: “the closing date” is not the label of a key date of this scheme: the labels are ‘Application deadline’; write the label exactly as its key date's ‘label:’ says, in quotes, as in “within 2 months after ‘Application deadline’”",
        ])
        XCTAssertEqual(scheme?.keyDates.map(\.label), ["Application deadline"], "the date that cannot be worked out is left out")
    }

    func test_a_label_that_is_close_to_one_suggests_it() {
        let (_, messages) = load("""
              - label: Call opens
                date: 2 November 2026
              - label: Application deadline
                date: 4 December 2026
              - label: Outcome
                date: 2 weeks after ‘application deadline.’
            """)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages.first?.contains("the labels are ‘Call opens’, ‘Application deadline’; write the label exactly as its key date's ‘label:’ says, in quotes, as in “2 weeks after ‘Application deadline’”") == true, messages.first ?? "")
    }

    func test_a_date_counted_from_itself_is_an_error() {
        let (_, messages) = load("""
              - label: Launch
                date: 2 March 2027
              - label: Training
                date: 2 weeks after ‘Training’
            """)
        XCTAssertEqual(messages, [
            "s.md:11:26: error: ‘Training’ is counted from itself, so it never comes to a day; count it from a key date written as a day: ‘Launch’; or write it as a day itself",
        ])
    }

    func test_two_dates_counted_from_each_other_are_one_error_at_the_first() {
        let (scheme, messages) = load("""
              - label: Training
                date: 2 weeks after ‘Matching’
              - label: Matching
                date: 2 weeks before ‘Training’
              - label: Launch
                date: 2 March 2027
            """)
        XCTAssertEqual(messages, [
            "s.md:9:26: error: ‘Training’ is counted from a date that is counted back from it (‘Training’ → ‘Matching’ → ‘Training’), so none of them comes to a day; count it from a key date written as a day: ‘Launch’; or write it as a day itself",
        ])
        XCTAssertEqual(scheme?.keyDates.map(\.label), ["Launch"])
    }

    func test_a_count_from_a_date_with_its_own_error_adds_no_second_message() {
        let (_, messages) = load("""
              - label: Launch
                date: 31 February 2027
              - label: Training
                date: 2 weeks after ‘Launch’
            """)
        XCTAssertEqual(messages.count, 1)
        XCTAssertTrue(messages.first?.contains("is not a day") == true)
    }
}
