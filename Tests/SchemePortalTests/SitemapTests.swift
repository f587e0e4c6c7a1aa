import XCTest
@testable import SchemePortal

/// Sitemap: absolute addresses of every public page, folders rather than index.html, in a stable order, escaped.
final class SitemapTests: XCTestCase {
    func test_the_sitemap_lists_folders_sorted_by_file_and_leaves_out_the_404_page() {
        let sitemap = Sitemap(baseURL: "https://portal.example.org/",
                              pages: ["schemes/open/index.html", "404.html", "index.html", "accessibility/index.html"])
        XCTAssertEqual(sitemap.xml, """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://portal.example.org/accessibility/</loc></url>
              <url><loc>https://portal.example.org/</loc></url>
              <url><loc>https://portal.example.org/schemes/open/</loc></url>
            </urlset>

            """)
    }

    func test_the_order_of_pages_given_does_not_change_the_file() {
        let pages = ["b/index.html", "a/index.html", "index.html", "c/calendar.ics"]
        XCTAssertEqual(Sitemap(baseURL: "https://x.org/", pages: pages).xml,
                       Sitemap(baseURL: "https://x.org/", pages: pages.reversed()).xml)
        XCTAssertTrue(Sitemap(baseURL: "https://x.org/", pages: pages).xml.contains("<loc>https://x.org/c/calendar.ics</loc>"))
    }

    func test_an_ampersand_in_the_base_address_is_escaped_so_the_XML_stays_valid() {
        let xml = Sitemap(baseURL: "https://x.org/?a=1&b=<2>/", pages: ["index.html"]).xml
        XCTAssertTrue(xml.contains("<loc>https://x.org/?a=1&amp;b=&lt;2&gt;/</loc>"), xml)
    }

    func test_the_whole_handbook_page_is_left_out_because_it_repeats_the_chapters_listed_at_their_own_addresses() {
        let xml = Sitemap(baseURL: "https://x.org/", pages: ["schemes/open/handbook/index.html", "schemes/open/handbook/all.html",
                                                             "schemes/open/handbook/meetings/index.html"]).xml
        XCTAssertFalse(xml.contains("all.html"), xml)
        XCTAssertTrue(xml.contains("<loc>https://x.org/schemes/open/handbook/</loc>"), xml)
        XCTAssertTrue(xml.contains("<loc>https://x.org/schemes/open/handbook/meetings/</loc>"), xml)
    }
}
