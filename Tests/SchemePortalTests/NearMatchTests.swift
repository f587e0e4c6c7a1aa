import XCTest
@testable import SchemePortal

/// Suggestions that fit (issue 13, item 4): a value is matched to a listed name by meaning before spelling,
/// and a name that only looks alike is not offered (Diagnostics/NearMatch.swift, Validate/Vocabulary+Hint.swift).
final class NearMatchTests: XCTestCase {
    private func meant(_ typed: String, _ names: [String]) -> [String] {
        NearMatch.meant(typed, among: names.map { NearMatch.Name($0) })
    }

    private let expertise = Vocabulary(terms: [
        "Climate adaptation", "Climate science", "Engagement finance", "Evidence synthesis", "Public policy",
        "Coproduction", "Select committees",
    ].map { Vocabulary.Term(name: $0) } + [Vocabulary.Term(name: "Department for Education", synonyms: ["DfE"])])

    func test_a_short_common_word_gets_no_name_that_is_merely_spelt_alike() {
        XCTAssertEqual(meant("during", ["spring", "summer"]), [], "two letters of six is not a slip")
        XCTAssertEqual(meant("HR", ["IR", "Finance"]), [], "a letter of a two-letter word is the whole word")
        XCTAssertEqual(meant("Law", ["Tax", "Art"]), [])
    }

    func test_a_slip_of_a_letter_or_two_still_gets_its_name() {
        XCTAssertEqual(meant("Univeristy", ["University", "College"]), ["University"])
        XCTAssertEqual(meant("pear", ["peer", "mutual"]), ["peer"])
        XCTAssertEqual(meant("Evidence syntheses", ["Evidence synthesis"]), ["Evidence synthesis"])
    }

    func test_case_spaces_and_punctuation_do_not_count() {
        XCTAssertEqual(meant("co-production", ["Coproduction"]), ["Coproduction"])
        XCTAssertEqual(meant("PUBLIC  POLICY.", ["Public policy"]), ["Public policy"])
        XCTAssertEqual(meant("one to one", ["one-to-one", "peer"]), ["one-to-one"])
        XCTAssertEqual(meant("Research & innovation", ["Research and innovation"]), ["Research and innovation"])
    }

    func test_another_form_or_order_of_the_same_words_is_the_same_name() {
        XCTAssertEqual(meant("Policies", ["Policy", "Police"]), ["Policy"])
        XCTAssertEqual(meant("finance engagement", ["Engagement finance", "Finance"]), ["Engagement finance"])
        XCTAssertEqual(meant("Closing", ["open", "running", "closed"]), ["closed"])
        XCTAssertEqual(meant("Deadlines", ["opens", "deadline", "event"]), ["deadline"])
        XCTAssertEqual(meant("Organization design", ["Organisation design"]), ["Organisation design"])
    }

    func test_initials_stand_for_the_name() {
        XCTAssertEqual(meant("DfE", ["Department for Education", "Department for Transport"]), ["Department for Education"])
        XCTAssertEqual(meant("HMT", ["His Majesty's Treasury", "Home Office"]), ["His Majesty's Treasury"])
    }

    func test_a_word_that_is_part_of_a_name_gets_every_name_holding_it_up_to_three() {
        XCTAssertEqual(meant("Climate", ["Climate adaptation", "Public policy"]), ["Climate adaptation"])
        XCTAssertEqual(meant("Climate", ["Climate adaptation", "Climate science"]), ["Climate adaptation", "Climate science"])
        XCTAssertEqual(meant("Climate", ["Climate policy", "Climate science", "Climate law", "Climate finance"]), [], "too many to choose between")
        XCTAssertEqual(meant("Evidence synthesis and review", ["Evidence synthesis", "Review"]), ["Evidence synthesis"])
    }

    func test_meaning_comes_before_spelling() {
        // ‘Policys’ is a letter from ‘Police’ too, but it is a plural of ‘Policy’.
        XCTAssertEqual(meant("Policys", ["Police", "Policy"]), ["Policy"])
    }

    func test_the_vocabulary_hint_names_the_term_a_synonym_belongs_to() {
        XCTAssertEqual(expertise.hint(for: "D.f.E."), "did you mean ‘Department for Education’?")
        XCTAssertEqual(expertise.hint(for: "committees, select"), "did you mean ‘Select committees’?")
        XCTAssertEqual(expertise.hint(for: "Climate"), "did you mean ‘Climate adaptation’ or ‘Climate science’?")
    }

    func test_the_vocabulary_hint_lists_a_handful_of_values_when_nothing_fits() {
        XCTAssertEqual(expertise.hint(for: "during"),
                       "use one of ‘Climate adaptation’, ‘Climate science’, ‘Engagement finance’, ‘Evidence synthesis’, ‘Public policy’ (and 3 more) from ‘vocabularies’ in portal.yaml, or add it there")
        let small = Vocabulary(terms: ["Law", "Tax"].map { Vocabulary.Term(name: $0) })
        XCTAssertEqual(small.hint(for: "Art"), "use one of ‘Law’, ‘Tax’ from ‘vocabularies’ in portal.yaml, or add it there")
    }

    func test_a_word_in_a_date_is_not_offered_a_season_it_only_looks_like() {
        guard case .failure(let error) = DateGrammar().parse("during March 2024") else { return XCTFail("read") }
        XCTAssertFalse(error.hint?.contains("spring") ?? false, error.hint ?? "")
        guard case .failure(let weekday) = DateGrammar().parse("Wensday 1 March 2023") else { return XCTFail("read") }
        XCTAssertEqual(weekday.hint, "did you mean “Wednesday”?")
    }

    func test_a_value_that_is_not_a_choice_gets_the_choice_it_means() {
        let file = SourceFile(displayPath: "s.md", text: "---\ntitle: S\norganisers: [O]\nsummary: x\nmodel: Peer circles\nsides: [{id: peer, name: Peer}]\n---\n")
        var diagnostics: [Diagnostic] = []
        _ = SchemeLoader.load(file, slug: "s", diagnostics: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.description), ["s.md:5:8: error: ‘Peer circles’ is not a known value for ‘model’; did you mean ‘peer-circle’?"])
    }
}
