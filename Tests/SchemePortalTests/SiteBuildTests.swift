import XCTest
@testable import SchemePortal

/// Building small portals end to end: the pages a reader gets, and what happens when content is wrong.
final class SiteBuildTests: XCTestCase {
    private let fullScheme = """
        ---
        title: Peer Mentoring Scheme 2022-23
        short_title: Peer Mentoring
        organisers: [Policy Engagement Team]
        cohort: 2022-23
        summary: Researchers and policy professionals mentor each other.
        model: peer
        sides:
          - id: researcher
            name: Researcher
            eligibility: Researchers on a contract that lasts the scheme.
            how_to_apply: Fill in the [form](https://forms.example.org/eoi).
          - id: policy
            name: Policy professional
            eligibility: Grade 7 or higher.
        objectives:
          - To deepen understanding of how research can inform policy.
          - To broaden networks.
        key_dates:
          - label: Call opens
            date: 24 November 2022
            kind: opens
          - label: Application deadline
            date: 12:00 GMT, 19 December 2022
            kind: deadline
          - label: Cohort event
            date: 2 March 2023
            kind: event
          - label: Networking event
            date: Summer 2023
        contacts:
          - role: Mentoring coordinator (researchers)
            email: researchers@example.org
            side: researcher
        ---
        The scheme pairs researchers with policy professionals.

        ## How it works
        Pairs meet monthly. See the [key dates](/schemes/peer/key-dates/) and [evaluation](../evaluation/#questionnaire).

        ## Evaluation
        ### Questionnaire
        Everyone completes one.
        """

    private func portal() throws -> TestPortal {
        try TestPortal([
            "Content/schemes/test-scheme/scheme.md": "",
            "Content/schemes/peer/scheme.md": fullScheme,
            "Content/schemes/peer/handbook/matching.md": "---\ntitle: Matching\norder: 1\n---\n## Preferences\nRank up to three.\n\n## Chemistry meeting\nFifteen minutes.\n",
            "Content/schemes/peer/toolkit/grow-model.md": "---\ntitle: The GROW model\n---\nGoal, Reality, Options, Will.\n",
        ]).removingDefaultScheme()
    }

    func test_a_build_writes_every_page_of_the_portal() throws {
        let portal = try portal()
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [])
        let files = try portal.snapshot().keys.sorted()
        for expected in ["index.html", "404.html", "sitemap.xml", "accessibility/index.html", "assets/style.css",
                         "schemes/peer/index.html", "schemes/peer/objectives/index.html", "schemes/peer/eligibility/index.html",
                         "schemes/peer/how-it-works/index.html", "schemes/peer/evaluation/index.html",
                         "schemes/peer/key-dates/index.html", "schemes/peer/contacts/index.html",
                         "schemes/peer/handbook/index.html", "schemes/peer/handbook/matching/index.html",
                         "schemes/peer/toolkit/index.html", "schemes/peer/toolkit/grow-model/index.html"] {
            XCTAssertTrue(files.contains(expected), "missing \(expected); have \(files)")
        }
    }

    func test_links_between_pages_are_written_relative_so_the_site_works_from_any_folder() throws {
        let portal = try portal()
        portal.build()
        let page = try portal.read("schemes/peer/how-it-works/index.html")
        XCTAssertTrue(page.contains("href=\"../key-dates/index.html\""), page)
        XCTAssertTrue(page.contains("href=\"../evaluation/index.html#questionnaire\""), page)
        XCTAssertFalse(page.contains("href=\"/"), "no root-relative links: the site must work from any folder")
    }

    func test_the_sitemap_lists_absolute_addresses_and_leaves_out_the_404_page() throws {
        let portal = try portal()
        portal.build()
        let sitemap = try portal.read("sitemap.xml")
        XCTAssertTrue(sitemap.contains("<loc>https://portal.example.org/schemes/peer/key-dates/</loc>"), sitemap)
        XCTAssertFalse(sitemap.contains("404"))
    }

    func test_the_key_dates_page_marks_past_and_next_dates_and_lists_vague_ones_as_written() throws {
        let portal = try portal()
        portal.build(today: CalendarDay(year: 2023, month: 1, day: 10))
        let page = try portal.read("schemes/peer/key-dates/index.html")
        XCTAssertTrue(page.contains("datetime=\"2022-12-19T12:00Z\""), page)
        // On 10 January 2023 the deadline has passed and the cohort event is next; Summer 2023 is to be confirmed.
        XCTAssertTrue(page.contains("<li class=\"key-date state-past kind-deadline\" id=\"date-application-deadline\""), page)
        XCTAssertTrue(page.contains("<li class=\"key-date state-next kind-event\" id=\"date-cohort-event\""), page)
        XCTAssertEqual(page.components(separatedBy: "state-next").count - 1, 1, "exactly one date is next")
    }

    func test_two_builds_of_the_same_content_are_byte_identical() throws {
        let portal = try portal()
        portal.build()
        let first = try portal.snapshot()
        portal.build()
        XCTAssertEqual(try portal.snapshot(), first)
    }

    /// Separate processes, because Swift seeds its hashing per process: an order that came from a dictionary
    /// would differ between runs, never within one. The demo has people, facet pages and pairs.
    func test_two_builds_of_the_demo_with_its_people_in_separate_processes_are_byte_identical() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("determinism-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var sites: [TestPortal.Files] = []
        for name in ["first", "second"] {
            let result = try PortalProgram.run([
                "build", "--content", TestPortal.repository.appendingPathComponent("Content").path,
                "--layouts", TestPortal.repository.appendingPathComponent("Layouts").path,
                "--output", folder.appendingPathComponent(name).path, "--today", "2026-11-23"], in: folder)
            XCTAssertEqual(result.status, 0, result.err)
            sites.append(try TestPortal.files(under: folder.appendingPathComponent(name)))
        }
        XCTAssertGreaterThan(sites[0].keys.filter { $0.hasPrefix("people/") }.count, 50)
        XCTAssertEqual(sites[0].keys.sorted(), sites[1].keys.sorted())
        let differing = sites[0].keys.filter { sites[0][$0] != sites[1][$0] }.sorted()
        XCTAssertEqual(differing, [], "these files differ between two builds of the same content")
    }

    func test_a_failed_build_leaves_the_previous_output_untouched() throws {
        let portal = try portal()
        portal.build()
        let before = try portal.snapshot()
        try portal.write("Content/portal.yaml", "title: [broken\n")
        let outcome = portal.build()
        XCTAssertTrue(outcome.diagnostics.hasErrors)
        XCTAssertFalse(outcome.wrote)
        XCTAssertEqual(try portal.snapshot(), before)
    }

    func test_a_link_to_a_page_that_does_not_exist_is_an_error_at_its_line() throws {
        let portal = try portal()
        try portal.write("Content/schemes/peer/handbook/matching.md", "---\ntitle: Matching\n---\nSee [dates](/schemes/peer/key-date/).\n")
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/peer/handbook/matching.md:4:5: error: the link ‘/schemes/peer/key-date/’ goes to no page of the portal; did you mean ‘/schemes/peer/key-dates/’?",
        ])
    }

    func test_a_link_to_a_missing_anchor_is_an_error() throws {
        let portal = try portal()
        try portal.write("Content/schemes/peer/toolkit/grow-model.md", "---\ntitle: GROW\n---\nSee [chemistry](/schemes/peer/handbook/matching/#chemistry).\n")
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/schemes/peer/toolkit/grow-model.md:4:5: error: the link ‘/schemes/peer/handbook/matching/#chemistry’ names the anchor ‘#chemistry’, which is not on schemes/peer/handbook/matching/; did you mean ‘/schemes/peer/handbook/matching/#chemistry-meeting’?",
        ])
    }

    func test_a_javascript_link_is_an_error_and_never_reaches_a_page() throws {
        let portal = try portal()
        try portal.write("Content/pages/about.md", "---\ntitle: About\n---\nClick [here](javascript:alert(1)).\n")
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/pages/about.md:4:7: error: link to a “javascript:” URL is not allowed; link to an https:// or mailto: address, or to a page of the portal",
        ])
        XCTAssertFalse(outcome.files.contains { String(decoding: $0.contents, as: UTF8.self).contains("javascript:") })
    }

    func test_raw_HTML_is_left_out_of_the_page() throws {
        let portal = try portal()
        try portal.write("Content/pages/about.md", "---\ntitle: About\n---\n<script>alert(1)</script>\n\nText <b onclick=x>bold</b>.\n")
        let outcome = portal.check()
        let file = try XCTUnwrap(outcome.files.first { $0.path == "about/index.html" })
        let page = String(decoding: file.contents, as: UTF8.self)
        XCTAssertFalse(page.contains("<script>alert"))
        XCTAssertFalse(page.contains("onclick"))
        XCTAssertTrue(page.contains("<p>Text bold.</p>"), page)
        XCTAssertEqual(outcome.warnings.map(\.description), [
            "Content/pages/about.md:4:1: warning: raw HTML is not allowed in Markdown and was left out; write it in Markdown, or put it in a template in Layouts/",
            "Content/pages/about.md:6:6: warning: raw HTML is not allowed in Markdown and was left out; write it in Markdown, or put it in a template in Layouts/",
        ])
    }

    func test_every_page_escapes_text_from_the_content() throws {
        let portal = try portal()
        try portal.write("Content/pages/about.md", "---\ntitle: \"<img src=x onerror=alert(1)>\"\n---\nText.\n")
        portal.build()
        let page = try portal.read("about/index.html")
        XCTAssertFalse(page.contains("<img src=x"))
        XCTAssertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
    }

    func test_a_missing_portal_file_is_reported() throws {
        let portal = try TestPortal(["Content/schemes/x/scheme.md": TestPortal.minimalScheme], withDefaults: false)
        XCTAssertEqual(portal.check().lines, [
            "Content/portal.yaml:1:1: error: there is no portal file; create portal.yaml with at least ‘title:’ and ‘organisation:’ (see docs/content-format.md)",
        ])
    }

    func test_a_broken_portal_file_does_not_hide_the_schemes_problems() throws {
        let portal = try TestPortal(["Content/portal.yaml": "title: T\n",
                                     "Content/schemes/x/scheme.md": TestPortal.minimalScheme + "\nSee [y](/schemes/y/).\n"],
                                    withDefaults: false)
        let outcome = portal.build()
        XCTAssertEqual(outcome.lines, [
            "Content/portal.yaml:1:1: error: the portal file is missing the required key ‘organisation’; add ‘organisation: …’",
            "Content/schemes/x/scheme.md:13:5: error: the link ‘/schemes/y/’ goes to no page of the portal; check the address; pages are listed in sitemap.xml after a build",
        ])
        XCTAssertFalse(outcome.wrote)
    }

    func test_a_scheme_folder_name_that_cannot_be_an_address_is_reported() throws {
        let portal = try TestPortal(["Content/schemes/Peer Scheme/scheme.md": TestPortal.minimalScheme])
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/Peer Scheme:1:1: error: ‘Peer Scheme’ cannot be used in a web address; rename it ‘peer-scheme’",
        ])
    }

    func test_a_template_that_does_not_parse_is_reported_at_its_line() throws {
        let portal = try portal()
        try portal.write("Layouts/templates/section.mustache", "<main>\n{{#bodyHtml}}\n</main>\n")
        let outcome = portal.check()
        // A section never closed can only be noticed at the end of the file, so that is where it is reported.
        XCTAssertEqual(outcome.lines, [
            "Layouts/templates/section.mustache:4:1: error: the template cannot be read: a section is not closed; check that every {{#section}} has a matching {{/section}}",
        ])
    }

    func test_a_layouts_file_replaces_the_built_in_one() throws {
        let portal = try portal()
        try portal.write("Layouts/assets/style.css", "body { color: black }\n")
        portal.build()
        XCTAssertEqual(try portal.read("assets/style.css"), "body { color: black }\n")
    }
}

extension TestPortal {
    func removingDefaultScheme() throws -> TestPortal {
        try remove("Content/schemes/test-scheme")
        return self
    }
}
