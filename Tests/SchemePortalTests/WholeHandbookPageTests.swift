import XCTest
@testable import SchemePortal

/// The whole handbook on one page: its own address beside the chapters', a cover, contents in the
/// chapters' order, every chapter as its own page renders it (headings one level down, ids unique on
/// the page), links between chapters leading within the page, and what links say on paper.
final class WholeHandbookPageTests: XCTestCase {
    private static let scheme = """
        ---
        title: Research Mentoring Scheme
        short_title: Research Mentoring
        organisers: [Research Office, Staff Development]
        cohort: "2026-27"
        summary: A scheme for tests.
        model: peer
        sides:
          - id: mentor
            name: Mentor
          - id: mentee
            name: Mentee
        ---
        Introduction.
        """

    private static let chapters: [String: String] = [
        "Content/schemes/research/handbook/welcome.md": """
            ---
            title: Welcome
            order: 1
            ---
            ## Registration

            Sign up first, then read [the matching chapter](/schemes/research/handbook/matching/#registration) and
            [Matching](../matching/). Write to [help@example.org](mailto:help@example.org) or visit
            [our web site](https://example.org/mentoring), or read the [goal worksheet](/schemes/research/toolkit/goals/).
            See [below](#next-steps).

            ## Next steps

            ### Your first meeting

            Bring a notebook.[^1]

            [^1]: Or a tablet.
            """,
        "Content/schemes/research/handbook/matching.md": """
            ---
            title: Matching
            order: 2
            ---
            ## Registration

            Matching starts once both of you have registered: see [Welcome](/schemes/research/handbook/welcome/).[^1]

            [^1]: Usually in October.
            """,
        "Content/schemes/research/handbook/all.md": """
            ---
            title: All about mentoring
            order: 3
            ---
            ## What mentoring is

            Two people meeting.
            """,
        "Content/schemes/research/toolkit/goals.md": """
            ---
            title: Goal-setting worksheet
            ---
            ## Goals

            Write them down.
            """,
    ]

    private func built() throws -> (TestPortal, Build.Outcome) {
        var files = Self.chapters
        files["Content/schemes/research/scheme.md"] = Self.scheme
        let portal = try TestPortal(files)
        let outcome = portal.build()
        XCTAssertTrue(outcome.wrote, outcome.lines.joined(separator: "\n"))
        return (portal, outcome)
    }

    private func page(_ portal: TestPortal) throws -> String {
        try portal.read(SitePaths.wholeHandbook("research"))
    }

    func test_the_whole_handbook_has_its_own_address_which_a_chapter_called_all_does_not_take() throws {
        let (portal, outcome) = try built()
        XCTAssertEqual(SitePaths.wholeHandbook("research"), "schemes/research/handbook/all.html")
        XCTAssertTrue(outcome.diagnostics.isEmpty, outcome.lines.joined(separator: "\n"))
        XCTAssertTrue(try page(portal).contains("<h1>Research Mentoring Scheme: the whole handbook</h1>"))
        XCTAssertTrue(try portal.read("schemes/research/handbook/all/index.html").contains("<h1>All about mentoring</h1>"),
                      "the chapter called ‘all’ keeps its own page")
    }

    func test_the_cover_names_the_scheme_its_organisers_and_cohort() throws {
        let html = try page(try built().0)
        XCTAssertTrue(html.contains("<div><dt>Scheme</dt><dd>Research Mentoring Scheme</dd></div>"), html)
        XCTAssertTrue(html.contains("<span class=\"handbook-organiser\">Research Office</span><span class=\"handbook-organiser\">Staff Development</span>"))
        XCTAssertTrue(html.contains("<div><dt>Cohort</dt><dd>2026-27</dd></div>"))
    }

    func test_the_contents_list_every_chapter_in_order_and_link_to_its_section() throws {
        let html = try page(try built().0)
        let contents = html.components(separatedBy: "<nav class=\"handbook-contents\"")[1].components(separatedBy: "</nav>")[0]
        XCTAssertTrue(contents.contains("""
            <li><a href="#welcome">Welcome</a></li>
            <li><a href="#matching">Matching</a></li>
            <li><a href="#all">All about mentoring</a></li>
            """), contents)
        for (anchor, title) in [("welcome", "Welcome"), ("matching", "Matching"), ("all", "All about mentoring")] {
            XCTAssertTrue(html.contains("<section class=\"handbook-chapter\">\n<h2 id=\"\(anchor)\">\(title) "), title)
        }
    }

    func test_each_chapter_is_its_own_page_s_text_with_headings_one_level_down_and_unique_ids() throws {
        let html = try page(try built().0)
        XCTAssertTrue(html.contains("<h3 id=\"welcome-registration\">Registration"))
        XCTAssertTrue(html.contains("<h3 id=\"matching-registration\">Registration"))
        XCTAssertTrue(html.contains("<h4 id=\"welcome-your-first-meeting\">Your first meeting"))
        XCTAssertTrue(html.contains("<p>Bring a notebook.<sup"))
        XCTAssertTrue(html.contains("href=\"#matching-fn-1\""), "each chapter's footnotes keep ids of their own")
        let ids = html.matches(of: /id="([^"]+)"/).map { String($0.1) }
        XCTAssertEqual(ids.count, Set(ids).count, "ids repeat on the page: \(ids)")
        XCTAssertEqual(html.components(separatedBy: "<h1").count - 1, 1, "one h1")
    }

    func test_links_between_chapters_lead_within_the_page_and_others_from_it() throws {
        let html = try page(try built().0)
        XCTAssertTrue(html.contains("<a href=\"#matching-registration\">the matching chapter</a>"), html)
        XCTAssertTrue(html.contains("<a href=\"#matching\">Matching</a>"), "a relative link to a chapter")
        XCTAssertTrue(html.contains("<a href=\"#welcome\">Welcome</a>"))
        XCTAssertTrue(html.contains("<a href=\"#welcome-next-steps\">below</a>"), "a link within its own chapter")
        XCTAssertTrue(html.contains("<a href=\"../toolkit/goals/index.html\">goal worksheet</a>"), "other pages, from this page")
    }

    func test_on_paper_links_say_where_they_lead_and_addresses_print_once() throws {
        let html = try page(try built().0)
        XCTAssertTrue(html.contains("<a href=\"#matching-registration\">the matching chapter</a><span class=\"print-note\" hidden> (see ‘Registration’ in Matching)</span>"))
        XCTAssertTrue(html.contains("<a href=\"#welcome-next-steps\">below</a><span class=\"print-note\" hidden> (see ‘Next steps’)</span>"))
        XCTAssertTrue(html.contains("goal worksheet</a><span class=\"print-note\" hidden> (see Goal-setting worksheet)</span>"))
        XCTAssertTrue(html.contains("our web site</a><span class=\"print-note\" hidden> (https://example.org/mentoring)</span>"))
        XCTAssertTrue(html.contains("<a href=\"mailto:help@example.org\">help@example.org</a> or"), "no note repeats the address")
        XCTAssertFalse(html.contains("<a href=\"#matching\">Matching</a><span"), "a link whose words are the chapter's title needs no note")
    }

    func test_the_handbook_contents_link_to_the_whole_handbook_and_every_scheme_page_names_its_scheme_on_paper() throws {
        let (portal, _) = try built()
        let index = try portal.read("schemes/research/handbook/index.html")
        XCTAssertTrue(index.contains("<a href=\"all.html\">Read or print the whole handbook</a>"), index)
        let chapter = try portal.read("schemes/research/handbook/welcome/index.html")
        XCTAssertTrue(chapter.contains("<style>@media print { @page { @top-center { content: \"Research Mentoring Scheme\"; } } }</style>"))
        XCTAssertFalse(try portal.read("index.html").contains("@top-center"), "the home page belongs to no scheme")
    }

    func test_a_scheme_s_name_is_escaped_for_the_stylesheet() {
        XCTAssertEqual(HTMLText.cssString("A \"quoted\" </style> name"), "A \\22 quoted\\22  \\3c \\2f style\\3e  name")
    }
}
