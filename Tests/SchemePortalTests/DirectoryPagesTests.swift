import XCTest
@testable import SchemePortal

/// Directories of several pages: every list is split at `people.page_size`, the pages link to each other,
/// and a directory with a list of several pages gets a search index holding only published card fields.
final class DirectoryPagesTests: XCTestCase {
    private func portal(people count: Int, pageSize: Int) throws -> TestPortal {
        var files = ["Content/portal.yaml": TestPortal.minimalPortalFile + "\npeople:\n  page_size: \(pageSize)\n"]
        for index in 1...count {
            files["Content/people/p\(index).yaml"] = """
                id: p\(index)
                name: Person \(index)
                email: p\(index)@example.org
                job_title: Analyst
                expertise_offered: [\(index % 2 == 0 ? "Rivers" : "Hills")]
                schemes:
                  - scheme: test-scheme
                    side: \(index % 2 == 0 ? "mentor" : "mentee")
                consent: [name, job_title, expertise_offered]
                """
        }
        return try TestPortal(files)
    }

    private func names(_ html: String) -> [String] {
        html.components(separatedBy: "data-name=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    func test_a_long_list_runs_to_pages_that_link_to_each_other() throws {
        let portal = try portal(people: 5, pageSize: 2)
        let outcome = portal.build()
        XCTAssertTrue(outcome.wrote, outcome.lines.joined(separator: "\n"))
        let first = try portal.read("people/index.html")
        let second = try portal.read("people/page/2/index.html")
        let third = try portal.read("people/page/3/index.html")
        XCTAssertThrowsError(try portal.read("people/page/4/index.html"))
        XCTAssertEqual(names(first) + names(second) + names(third), (1...5).map { "Person \($0)" }.sorted())
        XCTAssertTrue(second.contains("<title>People (page 2 of 3)"), second)
        XCTAssertTrue(second.contains("5 people, 3 to 4 shown on this page."), second)
        XCTAssertTrue(second.contains("<a href=\"../../index.html\" rel=\"prev\">"), second)
        XCTAssertTrue(second.contains("<a href=\"../3/index.html\" rel=\"next\">"), second)
        XCTAssertTrue(second.contains("aria-current=\"page\"><span class=\"visually-hidden\">Page </span>2</a>"), second)
        XCTAssertFalse(third.contains("rel=\"next\""))
        // A profile link from a page two folders down still reaches the profile.
        XCTAssertTrue(second.contains("href=\"../../p3/index.html\""), second)
    }

    func test_a_scheme_directory_lists_its_sides_in_order_across_its_pages() throws {
        let portal = try portal(people: 5, pageSize: 3)
        XCTAssertTrue(portal.build().wrote)
        let pages = try ["", "page/2/"].map { try portal.read("schemes/test-scheme/people/\($0)index.html") }
        // Mentors (even numbers) first, then mentees; a page shows the heading of each side it lists.
        XCTAssertEqual(pages.flatMap(names), ["Person 2", "Person 4", "Person 1", "Person 3", "Person 5"])
        XCTAssertTrue(pages[0].contains(">Mentors</h2>") && pages[0].contains(">Mentees</h2>"), pages[0])
        XCTAssertFalse(pages[1].contains(">Mentors</h2>"), pages[1])
    }

    func test_the_index_holds_only_published_card_fields_and_each_persons_facets() throws {
        let portal = try portal(people: 3, pageSize: 2)
        XCTAssertTrue(portal.build().wrote)
        let index = try portal.read("people/people-index.js")
        XCTAssertTrue(index.hasPrefix("window.schemePortalDirectory = {\"people\": [\n"), index)
        XCTAssertTrue(index.contains(#"{"i":"p2","n":"Person 2","u":"p2/index.html","r":"Analyst","o":"","s":"person 2 analyst rivers test scheme","f":["expertise/rivers"]}"#), index)
        XCTAssertFalse(index.contains("example.org"), "the e-mail address was not consented to")
        let page = try portal.read("people/page/2/index.html")
        XCTAssertTrue(page.contains(#"data-people-index="../../people-index.js" data-index-base="../../" data-facet="""#), page)
    }

    /// The filter's results offer the shortlist's toggle, which needs each person's id and, in a scheme's
    /// directory, their side; everyone's directory has no shortlist, so no side.
    func test_index_entries_carry_the_id_and_in_a_scheme_directory_the_side() throws {
        let portal = try portal(people: 5, pageSize: 3)
        XCTAssertTrue(portal.build().wrote)
        let scheme = try indexEntries(portal.read("schemes/test-scheme/people/people-index.js"))
        XCTAssertEqual(scheme.map { $0["i"] as? String }, ["p2", "p4", "p1", "p3", "p5"])
        XCTAssertEqual(scheme.map { $0["d"] as? String }, ["mentor", "mentor", "mentee", "mentee", "mentee"])
        XCTAssertEqual(scheme.map { $0["n"] as? String }, ["Person 2", "Person 4", "Person 1", "Person 3", "Person 5"])
        let everyone = try indexEntries(portal.read("people/people-index.js"))
        XCTAssertEqual(everyone.map { $0["i"] as? String }, ["p1", "p2", "p3", "p4", "p5"])
        XCTAssertTrue(everyone.allSatisfy { $0["d"] == nil }, "everyone's directory has no shortlist, so no side")
    }

    private func indexEntries(_ script: String) throws -> [[String: Any]] {
        let prefix = "window.schemePortalDirectory = "
        XCTAssertTrue(script.hasPrefix(prefix), script)
        var json = script.dropFirst(prefix.count)
        while let last = json.last, last == "\n" || last == ";" { json.removeLast() }
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return object?["people"] as? [[String: Any]] ?? []
    }

    func test_lists_of_one_page_have_no_index_and_no_page_links() throws {
        let portal = try portal(people: 3, pageSize: 100)
        XCTAssertTrue(portal.build().wrote)
        XCTAssertThrowsError(try portal.read("people/people-index.js"))
        let page = try portal.read("people/index.html")
        XCTAssertFalse(page.contains("data-pagination"))
        XCTAssertFalse(page.contains("data-people-index"))
        XCTAssertTrue(page.contains("3 people shown."), page)
    }

    func test_json_text_cannot_end_a_script_or_a_line() {
        XCTAssertEqual(JSONText.quoted("a\"b\\c</script>\u{2028}\n\u{1}é"), #""a\"b\\c\u003c/script>\u2028\n\u0001é""#)
    }

    /// Every ASCII character and some that are not, alone and in runs, read back unchanged by a JSON parser,
    /// with nothing a script or a line of script could end at left unescaped.
    func test_json_text_reads_back_as_the_same_text() throws {
        var samples = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
        samples += ["", "naïve café", "日本語", "👩‍💻 and 🇬🇧", "\u{2028}\u{2029}", "a\u{2027}b\u{202A}c", "\u{E2}\u{80}",
                    String(repeating: "x<y>\"z\"\\", count: 50), "\u{7F}\u{80}\u{9F}\u{A0}", "line\r\nnext\ttab"]
        for sample in samples {
            let quoted = JSONText.quoted(sample)
            for forbidden in ["<", "\n", "\r", "\u{2028}", "\u{2029}"] { XCTAssertFalse(quoted.contains(forbidden), quoted) }
            let decoded = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
            XCTAssertEqual(decoded, [sample], quoted)
        }
    }

    /// A card is rendered once with a mark where its template writes the person's address; each page writes
    /// it with the way from itself to the profile at every mark, and the card's other bytes as they are.
    func test_a_card_is_written_with_the_way_to_the_profile_at_every_place_the_template_put_the_address() {
        let card = SiteRenderer.CardHTML(bytes: Array("<a href=\"\u{1}\">Ada</a> <a href=\"\u{1}#facts\">facts</a>\n".utf8), stopped: nil)
        var output = Array("before ".utf8)
        card.write(address: .init("../\u{1}/index.html"), id: "ada", into: &output)
        XCTAssertEqual(String(decoding: output, as: UTF8.self),
                       "before <a href=\"../ada/index.html\">Ada</a> <a href=\"../ada/index.html#facts\">facts</a>\n")
        var plain: [UInt8] = []
        SiteRenderer.CardHTML(bytes: Array("<p>no link</p>".utf8), stopped: nil).write(address: .init("\u{1}/"), id: "x", into: &plain)
        XCTAssertEqual(String(decoding: plain, as: UTF8.self), "<p>no link</p>")
        var edges: [UInt8] = []
        SiteRenderer.CardHTML(bytes: [1, 65, 1], stopped: nil).write(address: .init("p/\u{1}"), id: "é", into: &edges)
        XCTAssertEqual(String(decoding: edges, as: UTF8.self), "p/éAp/é")
    }
}
