import XCTest
@testable import SchemePortal

/// The one rule for addresses: what a browser would do with them decides, not how they look.
final class LinkAddressTests: XCTestCase {
    func test_web_mail_and_portal_addresses_are_allowed() {
        let cases: [(String, LinkAddress.Kind)] = [
            ("https://www.example.org/mentoring", .web), ("http://example.org", .web), ("HTTPS://EXAMPLE.ORG", .web),
            ("mailto:team@example.org", .email), ("MailTo:team@example.org", .email),
            ("/schemes/open/key-dates/", .page), ("../handbook/", .page), ("handbook/matching.md", .page), ("", .page),
            ("?page=2", .page), ("schemes/x/?q=a:b", .page), ("#matching", .anchor), ("  #matching", .anchor),
        ]
        for (address, kind) in cases {
            XCTAssertEqual(LinkAddress.classify(address), kind, address)
        }
    }

    func test_any_other_scheme_is_refused_however_it_is_disguised() {
        let cases: [(String, String)] = [
            ("javascript:alert(1)", "javascript"), ("JaVaScRiPt:alert(1)", "javascript"), (" javascript:alert(1)", "javascript"),
            ("java\tscript:alert(1)", "javascript"), ("java\nscript:alert(1)", "javascript"), ("\u{1}javascript:alert(1)", "javascript"),
            ("javascript:alert(1) ", "javascript"), ("jav&#x61;script:alert(1)", "javascript"), ("jav&#97;script&colon;alert(1)", "javascript"),
            ("&#106avascript:alert(1)", "javascript"), ("jav&amp;#x61;script:alert(1)", "javascript"), ("java&Tab;script:alert(1)", "javascript"),
            ("%6Aavascript:alert(1)", "javascript"), ("%256Aavascript:alert(1)", "javascript"), ("java%09script:alert(1)", "javascript"),
            ("data:text/html,<script>alert(1)</script>", "data"), ("vbscript:msgbox(1)", "vbscript"), ("file:///etc/passwd", "file"),
            ("tel:+441865270000", "tel"), ("ftp://example.org", "ftp"), ("C:\\Users\\me\\form.docx", "c"),
            ("//evil.example.org", "//"), ("\\\\evil.example.org", "//"), ("/\\evil.example.org", "//"),
        ]
        for (address, scheme) in cases {
            XCTAssertEqual(LinkAddress.classify(address), .refused(scheme: scheme), address.debugDescription)
        }
    }

    func test_a_calendar_subscription_is_the_one_webcal_address_and_is_made_only_from_a_web_address() {
        XCTAssertEqual(LinkAddress.calendarSubscription("https://mentoring.example.org/calendar.ics"),
                       "webcal://mentoring.example.org/calendar.ics")
        XCTAssertEqual(LinkAddress.calendarSubscription("HTTP://intranet.example.org/portal/schemes/x/calendar.ics"),
                       "webcal://intranet.example.org/portal/schemes/x/calendar.ics")
        for address in ["javascript://x/%0Aalert(1)", "mailto:a@example.org", "/calendar.ics", "webcal://x/calendar.ics", "//x/calendar.ics"] {
            XCTAssertNil(LinkAddress.calendarSubscription(address), address)
        }
        // Content still may not link to one: the exception is the portal's own subscribe links, never a written link.
        XCTAssertEqual(LinkAddress.classify("webcal://mentoring.example.org/calendar.ics"), .refused(scheme: "webcal"))
    }

    func test_letters_that_only_look_like_a_scheme_are_not_one() {
        // Browsers read no scheme here either, so these are (broken) paths, which the link check reports.
        XCTAssertEqual(LinkAddress.classify("\u{A0}javascript:alert(1)"), .page)
        XCTAssertEqual(LinkAddress.classify("ｊａｖａｓｃｒｉｐｔ:alert(1)"), .page)
    }

    func test_the_base_url_must_be_an_absolute_web_address() {
        XCTAssertTrue(PortalSettings.isValidBaseURL("https://mentoring.example.org/"))
        for text in ["javascript://mentoring.example.org/%0Aalert(1)", "https:mentoring.example.org", "/portal/", "mailto:a@example.org",
                     " https://mentoring.example.org/", "https://"] {
            XCTAssertFalse(PortalSettings.isValidBaseURL(text), text)
        }
    }
}
