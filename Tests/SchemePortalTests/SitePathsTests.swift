import XCTest
@testable import SchemePortal

/// SitePaths: relative links between pages (so the site works from any folder), resolving written links, people pages.
final class SitePathsTests: XCTestCase {
    func test_a_link_between_pages_climbs_only_as_far_as_their_common_folder() {
        XCTAssertEqual(SitePaths.relative(from: "schemes/open/index.html", to: "schemes/open/key-dates/index.html"), "key-dates/index.html")
        XCTAssertEqual(SitePaths.relative(from: "schemes/open/key-dates/index.html", to: "schemes/open/handbook/index.html"),
                       "../handbook/index.html")
        XCTAssertEqual(SitePaths.relative(from: "schemes/open/key-dates/index.html", to: "index.html"), "../../../index.html")
        XCTAssertEqual(SitePaths.relative(from: "people/ada/index.html", to: "schemes/open/index.html"), "../../schemes/open/index.html")
        XCTAssertEqual(SitePaths.relative(from: "index.html", to: "assets/style.css"), "assets/style.css")
    }

    func test_folders_are_compared_by_whole_names_not_by_their_first_letters() {
        XCTAssertEqual(SitePaths.relative(from: "schemes/open/index.html", to: "schemes/open-peer/index.html"), "../open-peer/index.html")
    }

    func test_a_link_from_a_page_to_itself_names_the_page() {
        XCTAssertEqual(SitePaths.relative(from: "index.html", to: "index.html"), "index.html")
        XCTAssertEqual(SitePaths.relative(from: "schemes/open/index.html", to: "schemes/open/index.html"), "index.html")
    }

    func test_the_way_back_to_the_root_has_one_step_per_folder() {
        XCTAssertEqual(SitePaths.root(from: "index.html"), "")
        XCTAssertEqual(SitePaths.root(from: "404.html"), "")
        XCTAssertEqual(SitePaths.root(from: "schemes/open/index.html"), "../../")
        XCTAssertEqual(SitePaths.root(from: "schemes/open/people/organisation/dfe/index.html"), "../../../../../")
    }

    func test_a_written_address_resolves_to_the_file_a_server_would_send() {
        let page = "schemes/open/key-dates/index.html"
        XCTAssertEqual(SitePaths.resolve("/schemes/open/", from: page), "schemes/open/index.html")
        XCTAssertEqual(SitePaths.resolve("/schemes/open", from: page), "schemes/open/index.html")
        XCTAssertEqual(SitePaths.resolve("../handbook/", from: page), "schemes/open/handbook/index.html")
        XCTAssertEqual(SitePaths.resolve("./../../open/./toolkit", from: page), "schemes/open/toolkit/index.html")
        XCTAssertEqual(SitePaths.resolve("calendar.ics", from: "schemes/open/index.html"), "schemes/open/calendar.ics")
        XCTAssertEqual(SitePaths.resolve("/", from: page), "index.html")
        XCTAssertEqual(SitePaths.resolve("../../..", from: page), "index.html")
    }

    func test_an_address_that_climbs_above_the_portal_resolves_to_nothing() {
        XCTAssertNil(SitePaths.resolve("../../../../x/", from: "schemes/open/key-dates/index.html"))
        XCTAssertNil(SitePaths.resolve("/../x/", from: "index.html"))
        XCTAssertNil(SitePaths.resolve("..", from: "index.html"))
    }

    func test_only_directory_facet_and_profile_pages_count_as_people_pages() {
        for path in ["people/index.html", "people/ada/index.html", "people/organisation/dfe/index.html",
                     "schemes/open/people/index.html", "schemes/open/people/side/mentor/index.html"] {
            XCTAssertTrue(SitePaths.isPeoplePage(path), path)
        }
        // A scheme or section may be named "people"-like without its pages being hidden from search engines.
        for path in ["index.html", "schemes/open/index.html", "schemes/people/index.html", "schemes/open/handbook/people/index.html",
                     "schemes/open/peoples/index.html", "peoplehood/index.html"] {
            XCTAssertFalse(SitePaths.isPeoplePage(path), path)
        }
    }

    func test_people_directories_live_under_the_portal_or_under_their_scheme() {
        XCTAssertEqual(SitePaths.directory(nil), "people/index.html")
        XCTAssertEqual(SitePaths.directory("open"), "schemes/open/people/index.html")
        XCTAssertEqual(SitePaths.facetValue(in: SitePaths.peopleFolder("open"), "organisation", "dfe"),
                       "schemes/open/people/organisation/dfe/index.html")
        XCTAssertEqual(SitePaths.facetValue(in: SitePaths.peopleFolder(nil), "side", "mentor"), "people/side/mentor/index.html")
    }

    /// Pages share their navigation's links when they agree on depth and on the folders shared with each
    /// target (PageFrames); that holds only if those two decide `relative(from:to:)` completely.
    func test_a_relative_link_depends_only_on_depth_and_shared_folders() {
        let folders = ["", "people/", "people/ada/", "people/expertise/grant-writing/", "people/page/2/", "peoplex/",
                       "schemes/", "schemes/pilot/", "schemes/pilot/people/", "schemes/pilot/people/page/3/", "schemes/pil/",
                       "schemes/pilot-two/handbook/", "about/", "assets/", "a/b/c/d/e/"]
        let pages = folders.flatMap { [$0 + "index.html", $0 + "other.html"] }
        let targets = pages + ["calendar.ics", "assets/style.css", "schemes/pilot/calendar.ics"]
        var seen: [String: String] = [:]
        for page in pages {
            for target in targets {
                let shape = "\(SitePaths.depth(of: page)) \(SitePaths.sharedFolders(page, target)) \(target)"
                let link = SitePaths.relative(from: page, to: target)
                if let other = seen[shape] { XCTAssertEqual(link, other, "\(page) → \(target)") }
                seen[shape] = link
            }
        }
        XCTAssertEqual(SitePaths.sharedFolders("schemes/pilot/people/index.html", "schemes/pil/index.html"), 1)
        XCTAssertEqual(SitePaths.sharedFolders("people/ada/index.html", "people/index.html"), 1)
        XCTAssertEqual(SitePaths.depth(of: "people/ada/index.html"), 2)
    }
}
