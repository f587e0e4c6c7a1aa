import XCTest
@testable import SchemePortal

/// Suggestions that fit (issue 13, item 4): a link to no page gets the page it most likely meant, found part by
/// part of its address or by title, written as the author writes addresses (Check/LinkSuggestions.swift).
final class LinkSuggestionsTests: XCTestCase {
    private let handbookPage = "schemes/peer/handbook/first-meeting/index.html"

    private func page(_ path: String, _ title: String, anchors: Set<String> = []) -> RenderedPage {
        RenderedPage(path: path, bytes: [], links: [], anchors: anchors.union(["main", "toc-heading"]), title: title)
    }

    private var site: [RenderedPage] {
        [page("index.html", "Mentoring portal"),
         page("schemes/peer/index.html", "Peer mentoring"),
         page("schemes/peer/key-dates/index.html", "Key dates", anchors: ["applications-open", "the-scheme-runs"]),
         page("schemes/peer/handbook/index.html", "Handbook"),
         page(handbookPage, "First meeting", anchors: ["before-you-meet"]),
         page("schemes/peer/handbook/matching/index.html", "Matching process"),
         page("schemes/peer/handbook/ending-well/index.html", "Ending the partnership"),
         page("schemes/peer/handbook/records/index.html", "Keeping records"),
         page("schemes/other/index.html", "Other scheme"),
         page("schemes/other/key-dates/index.html", "Key dates"),
         page("schemes/other/handbook/index.html", "Handbook"),
         page("schemes/other/handbook/welcome/index.html", "Welcome"),
         page("404.html", "Page not found")]
    }

    /// The hint for one link, written on `from`.
    private func hint(_ destination: String, text: String = "", from: String? = nil) -> String? {
        let from = from ?? handbookPage
        var pages = site
        let link = MarkdownLink(destination: destination, isImage: false,
                                location: SourceLocation(file: "Content/x.md", line: 1, column: 1), text: text)
        if let index = pages.firstIndex(where: { $0.path == from }) { pages[index].links = [link] }
        let found = LinkRules().check(pages, extraFiles: ["calendar.ics"])
        XCTAssertEqual(found.count, 1, "\(destination): \(found)")
        return found.first?.hint
    }

    func test_a_slip_in_a_part_of_the_address_gets_the_page_written_from_the_top_as_the_author_did() {
        XCTAssertEqual(hint("/schemes/peer/key-date/"), "did you mean ‘/schemes/peer/key-dates/’?")
        XCTAssertEqual(hint("/schemes/pear/handbok/matching/"), "did you mean ‘/schemes/peer/handbook/matching/’?")
        XCTAssertEqual(hint("/calendar.isc"), "did you mean ‘/calendar.ics’?")
    }

    func test_a_relative_address_is_suggested_relative_to_the_same_page() {
        XCTAssertEqual(hint("../matchng/"), "did you mean ‘../matching/’?")
        XCTAssertEqual(hint("../../key-date/"), "did you mean ‘../../key-dates/’?")
    }

    func test_a_page_written_as_a_file_or_in_capitals_is_its_folder() {
        XCTAssertEqual(hint("../matching.html"), "did you mean ‘../matching/’?")
        XCTAssertEqual(hint("/schemes/peer/key-dates/index.htm"), "did you mean ‘/schemes/peer/key-dates/’?")
        XCTAssertEqual(hint("/Schemes/Peer/Key_Dates/"), "did you mean ‘/schemes/peer/key-dates/’?")
    }

    func test_another_sites_address_written_without_https_is_told_to_start_with_it() {
        let told = { (address: String) in "an address on another site starts with https://: write ‘https://\(address)’" }
        for address in ["www.example.org/staff", "linkedin.com/in/robin-example", "gov.uk", "bit.ly/abc?x=1", "example.ac.uk/people/"] {
            XCTAssertEqual(hint(address), told(address), address)
        }
        // A page's file, or a name that is no site, is looked for among the portal's pages.
        XCTAssertEqual(hint("matching.html"), "did you mean ‘../matching/’?")
        XCTAssertNotEqual(hint("records.pdf"), told("records.pdf"))
        XCTAssertNotEqual(hint("notes.v2"), told("notes.v2"))
    }

    func test_a_link_to_an_image_or_document_the_portal_lacks_says_files_are_published_from_layouts_assets() {
        XCTAssertEqual(hint("process.png"),
                       "images and files to download are published from Layouts/assets/: put the file there and link to it as ‘/assets/process.png’")
        XCTAssertEqual(hint("../Mentoring Agreement.DOCX"),
                       "images and files to download are published from Layouts/assets/: put the file there as ‘mentoring-agreement.docx’ and link to it as ‘/assets/mentoring-agreement.docx’")
        // One that is there, linked as if it were next to the page.
        var pages = site
        let link = MarkdownLink(destination: "process.png", isImage: true, location: SourceLocation(file: "Content/x.md", line: 1, column: 1), text: "")
        pages[pages.firstIndex { $0.path == handbookPage }!].links = [link]
        XCTAssertEqual(LinkRules().check(pages, extraFiles: ["assets/process.png"]).map(\.hint), ["did you mean ‘/assets/process.png’?"])
        // In a folder of its own, in other capitals, or under the name it was given there.
        pages[pages.firstIndex { $0.path == handbookPage }!].links = [
            MarkdownLink(destination: "images/Process.PNG", isImage: true, location: SourceLocation(file: "Content/x.md", line: 1, column: 1), text: ""),
            MarkdownLink(destination: "Mentoring Agreement.pdf", isImage: false, location: SourceLocation(file: "Content/x.md", line: 2, column: 1), text: "")]
        XCTAssertEqual(LinkRules().check(pages, extraFiles: ["assets/images/process.png", "assets/forms/mentoring-agreement.pdf"]).map(\.hint),
                       ["did you mean ‘/assets/images/process.png’?", "did you mean ‘/assets/forms/mentoring-agreement.pdf’?"])
    }

    func test_a_part_left_out_is_put_back() {
        XCTAssertEqual(hint("/schemes/peer/matching/"), "did you mean ‘/schemes/peer/handbook/matching/’?")
    }

    func test_a_page_is_found_by_its_title_in_the_links_text_or_the_addresss_last_part() {
        XCTAssertEqual(hint("../how-we-pair/", text: "the matching process"), "did you mean ‘../matching/’?")
        XCTAssertEqual(hint("/schemes/peer/handbook/keeping-record/"), "did you mean ‘/schemes/peer/handbook/records/’?")
    }

    func test_of_pages_with_one_title_the_one_in_the_linking_pages_scheme_is_suggested() {
        XCTAssertEqual(hint("../../timeline/", text: "Key dates"), "did you mean ‘../../key-dates/’?")
        XCTAssertEqual(hint("../../timeline/", text: "key dates", from: "schemes/other/handbook/welcome/index.html"),
                       "did you mean ‘../../key-dates/’?")
        XCTAssertEqual(hint("/schemes/other/timeline/", text: "Key dates", from: "schemes/other/handbook/welcome/index.html"),
                       "did you mean ‘/schemes/other/key-dates/’?")
    }

    func test_the_heading_goes_with_the_page_or_is_corrected_on_it() {
        XCTAssertEqual(hint("/schemes/peer/key-date/#applications-open"), "did you mean ‘/schemes/peer/key-dates/#applications-open’?")
        XCTAssertEqual(hint("/schemes/peer/key-date/#aplications-open"), "did you mean ‘/schemes/peer/key-dates/#applications-open’?")
        XCTAssertEqual(hint("/schemes/peer/key-date/#zzz"), "did you mean ‘/schemes/peer/key-dates/’?")
    }

    func test_an_address_near_no_page_gets_the_pages_in_its_folder_or_the_sitemap() {
        XCTAssertEqual(hint("../qqqqqqq/"),
                       "the pages there are ‘../matching/’ (Matching process), ‘../ending-well/’ (Ending the partnership) and ‘../records/’ (Keeping records)")
        XCTAssertEqual(hint("/schemes/peer/handbook/qqqqqqq/", from: "schemes/other/handbook/welcome/index.html"),
                       "the pages there are ‘/schemes/peer/handbook/first-meeting/’ (First meeting), ‘/schemes/peer/handbook/matching/’ (Matching process), ‘/schemes/peer/handbook/ending-well/’ (Ending the partnership) and 1 more")
        XCTAssertEqual(hint("/nowhere/at/all/"), "check the address; pages are listed in sitemap.xml after a build")
    }

    func test_a_missing_anchor_gets_the_heading_it_names_or_the_headings_there() {
        XCTAssertEqual(hint("#Before-You-Meet"), "did you mean ‘#before-you-meet’?")
        XCTAssertEqual(hint("#before-meeting"), "did you mean ‘#before-you-meet’?")
        XCTAssertEqual(hint("/schemes/peer/key-dates/#sceme-runs"), "did you mean ‘/schemes/peer/key-dates/#the-scheme-runs’?")
        XCTAssertEqual(hint("/schemes/peer/key-dates/#zzz"),
                       "the headings there are ‘/schemes/peer/key-dates/#applications-open’, ‘/schemes/peer/key-dates/#the-scheme-runs’")
        XCTAssertEqual(hint("../matching/#zzz"), "that page has no headings to link to; link to the page itself")
    }

    func test_a_built_portal_suggests_a_page_by_the_title_it_was_given() throws {
        let portal = try TestPortal([
            "Content/schemes/test-scheme/handbook/matching.md": "---\ntitle: How pairs are matched\n---\nText.\n",
            "Content/schemes/test-scheme/handbook/welcome.md": "---\ntitle: Welcome\n---\nRead [how pairs are matched](../pairing/).\n",
        ])
        XCTAssertEqual(portal.check().lines, [
            "Content/schemes/test-scheme/handbook/welcome.md:4:6: error: the link ‘../pairing/’ goes to no page of the portal; did you mean ‘../matching/’?",
        ])
    }
}
