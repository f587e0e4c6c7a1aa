import XCTest
@testable import SchemePortal

/// Validator: one run over a loaded portal reports the problems of every rule, none hiding another.
final class ValidatorTests: XCTestCase {
    private static let portalFile = TestPortal.minimalPortalFile + "\ncontact_email: not-an-address\ntime_zone: Europe/Paris\n"

    private static let scheme = TestPortal.minimalScheme.replacingOccurrences(of: "---\nIntroduction.", with: """
        key_dates:
          - label: Launch
            date: 12:00 BST, 19 December 2022
            side: mentors
        contacts:
          - role: Coordinator
        links:
          - title: Files
            url: ftp://files.example.org/
        ---
        Introduction.

        ## Evaluation
        One.

        ## Evaluation!
        Two.

        ## Con
        Three.

        ## Оutcomes
        Four.
        """)

    private static let people = """
        people:
          - id: ben
            name: Ben ben@example.org
            side: mentor
            partners: [cy]
            consent: [name]
          - id: cy
            name: Cy
            side: mentee
            consent: [name]
        """

    private func validate(_ files: [String: String]) throws -> [String] {
        let portal = try TestPortal(files)
        let loaded = ContentLoader(contentDirectory: portal.root.appendingPathComponent("Content"), displayRoot: "Content").load()
        let model = try XCTUnwrap(loaded.portal)
        XCTAssertEqual(loaded.diagnostics.filter { $0.severity == .error }, [], "the mistakes must all be the rules' to find")
        return Diagnostic.ordered(Validator().validate(model)).map(\.description)
    }

    func test_one_run_reports_a_problem_from_every_rule() throws {
        let lines = try validate(["Content/portal.yaml": Self.portalFile, "Content/schemes/test-scheme/scheme.md": Self.scheme,
                                  "Content/people/more.yaml": "id: Dee Smith\nname: Dee\nconsent: [name]\n",
                                  "Content/schemes/test-scheme/people.yaml": Self.people])
        XCTAssertEqual(lines, [
            // PeopleRules
            "Content/people/more.yaml:1:5: error: the id ‘Dee Smith’ should be lowercase letters, digits and hyphens; write ‘dee-smith’",
            // IdentifierRules
            "Content/people/more.yaml:1:5: warning: this person is in no scheme; add ‘schemes:’ with ‘- scheme: <name>’ and ‘side: <side id>’",
            // EmailAddressRules
            "Content/portal.yaml:8:16: error: ‘not-an-address’ is not an e-mail address; write an address such as ‘mentoring@example.org’",
            // PortalSettingsRules
            "Content/portal.yaml:9:12: error: time zone ‘Europe/Paris’ is not supported; write ‘Europe/London’ (UK schemes) or leave the key out",
            // EmailInTextRules
            "Content/schemes/test-scheme/people.yaml:3:15: warning: the ‘name’ contains an e-mail address, which is left out of the page because ‘email’ is not in this person's ‘consent’; remove the address, or add ‘email’ to ‘consent’ if the person agrees to publish it",
            // PairingRules
            "Content/schemes/test-scheme/people.yaml:5:16: error: ben lists cy as a partner, but cy does not list ben; add ‘ben’ to cy's partners, or remove this one",
            // SchemeReferenceRules and KeyDateRules
            "Content/schemes/test-scheme/scheme.md:13:11: error: BST is not in force on 19 December 2022: UK clocks show GMT then; write GMT (or leave the zone out for UK time)",
            "Content/schemes/test-scheme/scheme.md:14:11: error: the key date ‘Launch’ names the side ‘mentors’, which the scheme does not have; did you mean ‘mentor’?",
            // SchemeShapeRules
            "Content/schemes/test-scheme/scheme.md:16:5: error: this contact has no ‘email’, ‘phone’ or ‘url’; add at least one way to reach the role",
            // AddressRules
            "Content/schemes/test-scheme/scheme.md:19:10: error: ‘url’ cannot be a “ftp:” address: only web pages (https://…), e-mail (mailto:…) and pages of this portal can be linked; write the full address of the page, e.g. ‘https://www.example.org/mentoring’",
            // DuplicateRules
            "Content/schemes/test-scheme/scheme.md:26:1: error: a second section with the address ‘evaluation’; merge the two sections or give this one another heading",
            // OutputNameRules
            "Content/schemes/test-scheme/scheme.md:29:1: error: ‘con’ is a name Windows reserves (like CON, PRN, AUX, NUL, COM1 and LPT1), so the site would not work when copied to a Windows computer; give the section another heading",
            // LookAlikeLetterRules
            "Content/schemes/test-scheme/scheme.md:32:4: warning: the ‘О’ in ‘Оutcomes’ is a Cyrillic letter that looks like a Latin ‘O’; retype it on an English keyboard: search, screen readers and the directory's filters would treat it as a different letter",
        ])
    }

    func test_a_portal_with_no_mistakes_passes_every_rule() throws {
        XCTAssertEqual(try validate([:]), [])
    }
}
