import XCTest
@testable import SchemePortal

/// What each page of the golden portal says it was made from: what a dev server will rebuild it for.
final class PageInputsTests: XCTestCase {
    private static let scheme = PageInput.file("Content/schemes/pilot/scheme.md")
    private static let people = PageInput.file("Content/schemes/pilot/people.yaml")

    private func inputs(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> PageInputs {
        let portal = try TestPortal(fixture: "golden-site")
        let outcome = Build(configuration: portal.configuration(today: GoldenSiteTests.reference)).run(until: .render)
        XCTAssertEqual(outcome.errors.map(\.description), [], file: file, line: line)
        return try XCTUnwrap(outcome.inputs[path], "no inputs recorded for \(path)", file: file, line: line)
    }

    private func assertLists(_ inputs: PageInputs, _ expected: [PageInput], file: StaticString = #filePath, line: UInt = #line) {
        for input in expected {
            XCTAssertTrue(inputs.contains(input), "missing \(input) in \(inputs.sorted.map(\.description))", file: file, line: line)
        }
    }

    private func people(in inputs: PageInputs) -> [String] {
        inputs.sorted.compactMap { if case .person(let id) = $0 { return id } else { return nil } }
    }

    private func cards(in inputs: PageInputs) -> [String] {
        inputs.sorted.compactMap { if case .card(let id) = $0 { return id } else { return nil } }
    }

    func test_a_handbook_page_lists_its_markdown_its_scheme_its_templates_the_settings_and_the_navigation() throws {
        let inputs = try inputs("schemes/pilot/handbook/first-meeting/index.html")
        assertLists(inputs, [.file("Content/schemes/pilot/handbook/first-meeting.md"), Self.scheme,
                             .template("document"), .template("base"), .template("partials/toc"), .template("partials/header"),
                             .template("partials/footer"), .template("partials/breadcrumbs"), .template("partials/scheme-nav"),
                             .settings, .navigation])
        // Nothing it does not use: a change to a person or to the people template must not rebuild it.
        XCTAssertEqual(people(in: inputs), [])
        XCTAssertFalse(inputs.contains(Self.people))
        XCTAssertFalse(inputs.contains(.template("people")))
        XCTAssertFalse(inputs.contains(.template("partials/person-card")))
    }

    func test_a_profile_lists_that_persons_file_and_id_and_their_shown_partner() throws {
        let inputs = try inputs("people/ada-mentor/index.html")
        assertLists(inputs, [.person("ada-mentor"), Self.people, .person("ben-mentee"), Self.scheme, .template("person")])
    }

    func test_a_published_person_a_profile_does_not_show_is_not_among_its_inputs() throws {
        let portal = try TestPortal(fixture: "golden-site")
        for (path, text) in PageInputsHonestyTests.extraFiles { try portal.write(path, text) }
        let outcome = Build(configuration: portal.configuration(today: GoldenSiteTests.reference)).run(until: .render)
        XCTAssertEqual(outcome.errors.map(\.description), [])
        XCTAssertTrue(try XCTUnwrap(outcome.inputs["people/index.html"]).contains(.card("dee-mentor")), "Dee is published")
        XCTAssertFalse(try XCTUnwrap(outcome.inputs["people/ada-mentor/index.html"]).contains(.person("dee-mentor")),
                       "someone a page does not show is not its input")
    }

    func test_a_directory_and_its_facet_pages_list_the_card_of_every_person_in_the_directory_and_not_their_records() throws {
        for path in ["schemes/pilot/people/index.html", "schemes/pilot/people/expertise/leadership/index.html"] {
            let inputs = try inputs(path)
            XCTAssertEqual(cards(in: inputs), ["ada-mentor", "ben-mentee"], path)
            assertLists(inputs, [Self.scheme, .members(scheme: "pilot"), .template("partials/person-card")])
            // A biography is on the profile only: editing one must not re-render every list its person is in.
            XCTAssertEqual(people(in: inputs), [], path)
            XCTAssertFalse(inputs.contains(Self.people), path)
        }
        let everyone = try inputs("people/index.html")
        XCTAssertEqual(cards(in: everyone), ["ada-mentor", "ben-mentee"])
        assertLists(everyone, [.members(scheme: nil)])
    }

    func test_pages_that_show_key_date_states_or_statuses_list_the_reference_day_and_others_do_not() throws {
        for path in ["schemes/pilot/key-dates/index.html", "index.html", "schemes/pilot/index.html", "calendar.ics",
                     "schemes/pilot/key-dates/launch-event.ics"] {
            XCTAssertTrue(try inputs(path).contains(.today), path)
        }
        for path in ["about/index.html", "people/ada-mentor/index.html", "404.html"] {
            XCTAssertFalse(try inputs(path).contains(.today), path)
        }
    }

    func test_the_home_page_lists_every_scheme_it_summarises() throws {
        assertLists(try inputs("index.html"), [Self.scheme, .members(scheme: "pilot"), .template("home"),
                                               .template("partials/status-badge"), .template("partials/next-date")])
    }

    func test_calendars_the_sitemap_and_assets_list_what_they_were_made_from_and_no_template() throws {
        let calendar = try inputs("schemes/pilot/calendar.ics")
        XCTAssertEqual(calendar.sorted, [Self.scheme, .settings, .today])
        let sitemap = try inputs("sitemap.xml")
        assertLists(sitemap, [.settings, Self.scheme, Self.people, .file("Content/pages/about.md")])
        XCTAssertFalse(sitemap.sorted.contains { if case .template = $0 { return true } else { return false } })
        XCTAssertEqual(try inputs("assets/style.css").sorted, [.asset("assets/style.css")])
    }

    func test_an_address_is_found_however_a_reader_writes_it_and_a_wrong_one_gets_a_suggestion() throws {
        let portal = try TestPortal(fixture: "golden-site")
        let outcome = Build(configuration: portal.configuration(today: GoldenSiteTests.reference)).run(until: .render)
        for address in ["schemes/pilot/", "/schemes/pilot/", "schemes/pilot/index.html", "schemes/pilot"] {
            guard case .found(let path, _) = outcome.inputs(of: address) else { return XCTFail(address) }
            XCTAssertEqual(path, "schemes/pilot/index.html", address)
        }
        guard case .found(let home, _) = outcome.inputs(of: "/") else { return XCTFail("/") }
        XCTAssertEqual(home, "index.html")
        XCTAssertEqual(outcome.inputs(of: "schemes/pilto/"), .unknown(hint: "did you mean ‘schemes/pilot/index.html’?"))
    }
}
