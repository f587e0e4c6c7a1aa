import XCTest
@testable import SchemePortal

/// An e-mail field holding something that is not an address is an error at the value, quoted or not;
/// a person's address is never repeated in the message.
final class EmailAddressRulesTests: XCTestCase {
    func test_an_address_that_is_not_one_is_an_error_at_its_value_in_every_email_field() throws {
        let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "sides:", with: "contacts: [{role: Lead, email: 'lead at example'}]\nsides:")
        let portal = try TestPortal([
            "Content/portal.yaml": TestPortal.minimalPortalFile + "\ncontact_email: \"not-an-address\"\n",
            "Content/schemes/test-scheme/scheme.md": scheme,
            "Content/people/p.yaml": "id: ann\nname: Ann\nemail: ann.private(at)example.org\nconsent: [name]\nschemes: [{scheme: test-scheme, side: mentor}]\n",
        ])
        let outcome = portal.check()
        XCTAssertEqual(outcome.lines, [
            "Content/people/p.yaml:3:8: error: ‘email’ is not an e-mail address; write an address such as ‘name@example.org’",
            "Content/portal.yaml:8:16: error: ‘not-an-address’ is not an e-mail address; write an address such as ‘mentoring@example.org’",
            "Content/schemes/test-scheme/scheme.md:6:32: error: ‘lead at example’ is not an e-mail address; write an address such as ‘mentoring@example.org’",
        ])
        XCTAssertFalse(DiagnosticPrinter().format(outcome.diagnostics).replacingOccurrences(of: "email: ann.private", with: "")
                        .contains("ann.private"), "the person's address must appear only in the quoted line")
    }

    func test_plausible_addresses_are_accepted_and_names_and_web_addresses_are_not() {
        for text in ["a@example.org", "first.last+tag@dept.example.gov.uk"] { XCTAssertTrue(EmailAddress.isPlausible(text), text) }
        for text in ["Ann Smith", "https://example.org", "a@b", "@example.org", "a@example.", "a @example.org", "<a@example.org>"] {
            XCTAssertFalse(EmailAddress.isPlausible(text), text)
        }
    }
}
